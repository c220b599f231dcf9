#include "HelpFormatter.h"

#include <sstream>

namespace breadcrumb::cli {

namespace {

// Wraps `text` at `width` columns, indenting continuation lines by `indent`.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width)
{
    std::ostringstream out;
    std::istringstream words(text);
    std::string word;
    std::size_t column = indent;
    bool first = true;
    while (words >> word) {
        if (!first && column + 1 + word.size() > width) {
            out << '\n' << std::string(indent, ' ');
            column = indent;
        } else if (!first) {
            out << ' ';
            ++column;
        }
        out << word;
        column += word.size();
        first = false;
    }
    return out.str();
}

// Paragraphs are separated by blank lines; lines starting with spaces are kept as they are.
void writeDescription(std::ostream& out, const std::string& description)
{
    std::istringstream lines(description);
    std::string line, paragraph;
    auto flush = [&] {
        if (!paragraph.empty())
            out << wrap(paragraph, 0, 100) << '\n';
        paragraph.clear();
    };
    while (std::getline(lines, line)) {
        if (line.empty()) {
            flush();
            out << '\n';
        } else if (line[0] == ' ') {
            flush();
            out << line << '\n';
        } else {
            paragraph += (paragraph.empty() ? "" : " ") + line;
        }
    }
    flush();
}

void writeOption(std::ostream& out, const CLI::Option& option)
{
    std::string names = "  ";
    const auto& shortNames = option.get_snames();
    const auto& longNames = option.get_lnames();
    names += shortNames.empty() ? "    " : "-" + shortNames.front() + ", ";
    names += "--" + longNames.front();
    if (option.get_items_expected_max() > 0) // a flag takes no value
        names += " " + option.get_type_name();
    std::string text = option.get_description();
    if (!option.get_default_str().empty())
        text += " (default: " + option.get_default_str() + ")";
    if (option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll)
        text += " May be repeated.";
    constexpr std::size_t column = 28;
    if (names.size() + 2 > column)
        out << names << '\n' << std::string(column, ' ');
    else
        out << names << std::string(column - names.size(), ' ');
    out << wrap(text, column, 100) << '\n';
}

} // namespace

void HelpFormatter::addExample(std::string commandLine, std::string explanation)
{
    m_examples.emplace_back(std::move(commandLine), std::move(explanation));
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const
{
    std::ostringstream out;
    out << "Usage: breadcrumb " << app->get_name() << (m_usage.empty() ? " [options]" : " " + m_usage)
        << "\n\n";
    out << wrap(app->get_description(), 0, 100) << "\n";
    if (!m_description.empty()) {
        out << '\n';
        writeDescription(out, m_description);
    }
    out << "\nOptions:\n";
    for (const CLI::Option* option : app->get_options())
        if (option->nonpositional() && !option->get_lnames().empty())
            writeOption(out, *option);
    if (!m_examples.empty()) {
        out << "\nExamples:\n";
        for (const auto& [commandLine, explanation] : m_examples) {
            out << "  " << commandLine << '\n';
            if (!explanation.empty())
                out << "      " << wrap(explanation, 6, 100) << '\n';
        }
    }
    return out.str();
}

} // namespace breadcrumb::cli
