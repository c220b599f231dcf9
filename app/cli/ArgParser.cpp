#include "ArgParser.h"

#include "CliError.h"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace breadcrumb::cli {

namespace {

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
}

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

// An option's name never holds whitespace: "-- slowest first\nSELECT ..." is SQL that starts with a
// comment, not an option.
bool looksLikeText(const std::string& arg)
{
    const std::string name = arg.substr(0, arg.find('='));
    return name.find_first_of(" \t\r\n") != std::string::npos;
}

} // namespace

ArgParser::ArgParser(std::string command, std::string summary)
    : m_command(std::move(command)), m_summary(std::move(summary))
{
    addFlag("-h, --help", "Show this help and exit.");
}

void ArgParser::setUsage(std::string usage)
{
    m_usage = std::move(usage);
}
void ArgParser::setDescription(std::string description)
{
    m_description = std::move(description);
}

void ArgParser::addExample(std::string commandLine, std::string explanation)
{
    m_examples.emplace_back(std::move(commandLine), std::move(explanation));
}

void ArgParser::addFlag(const std::string& names, std::string help)
{
    addOption(names, {}, std::move(help));
}

void ArgParser::addOption(const std::string& names, std::string valueName, std::string help,
                          std::string defaultValue, bool repeatable)
{
    Option option;
    std::istringstream parts(names);
    std::string part;
    while (std::getline(parts, part, ',')) {
        part = trim(part);
        if (part.rfind("--", 0) == 0)
            option.longName = part.substr(2);
        else if (part.rfind('-', 0) == 0)
            option.shortName = part.substr(1);
    }
    option.valueName = std::move(valueName);
    option.help = std::move(help);
    option.defaultValue = std::move(defaultValue);
    option.repeatable = repeatable;
    m_options.push_back(std::move(option));
}

void ArgParser::setPositionals(int minCount, int maxCount)
{
    m_minPositionals = minCount;
    m_maxPositionals = maxCount;
}

const ArgParser::Option* ArgParser::findLong(const std::string& name) const
{
    for (const auto& option : m_options)
        if (option.longName == name)
            return &option;
    return nullptr;
}

const ArgParser::Option* ArgParser::findShort(const std::string& name) const
{
    for (const auto& option : m_options)
        if (!option.shortName.empty() && option.shortName == name)
            return &option;
    return nullptr;
}

void ArgParser::fail(const std::string& message) const
{
    throw CliError(m_command + ": " + message + " (see 'breadcrumb " + m_command + " --help')");
}

void ArgParser::addParsed(const Option& option, std::string value)
{
    auto& slot = m_values[option.longName];
    if (!slot.empty() && !option.repeatable && !option.valueName.empty())
        slot.clear(); // the last occurrence wins, as in most tools
    slot.push_back(std::move(value));
}

bool ArgParser::parse(const std::vector<std::string>& args)
{
    m_values.clear();
    m_positionals.clear();
    bool optionsDone = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsDone || arg == "-" || arg.empty() || arg[0] != '-' || looksLikeText(arg) ||
            (arg.size() > 1 && std::isdigit(static_cast<unsigned char>(arg[1])) &&
             !findShort(arg.substr(1, 1)))) {
            m_positionals.push_back(arg);
            if (m_stopAtPositional)
                optionsDone = true;
            continue;
        }
        if (arg == "--") {
            optionsDone = true;
            continue;
        }
        const Option* option = nullptr;
        std::optional<std::string> inlineValue;
        std::string shown = arg;
        if (arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
                shown = "--" + name;
            }
            option = findLong(name);
        } else {
            // "-n5" and "-n 5" both work for short options with a value.
            option = findShort(arg.substr(1, 1));
            if (option && arg.size() > 2) {
                if (option->valueName.empty())
                    option = nullptr;
                else
                    inlineValue = arg.substr(2);
            }
        }
        if (!option)
            fail("unknown option '" + shown + "'");
        if (option->longName == "help") {
            std::cout << help();
            return false;
        }
        if (option->valueName.empty()) {
            if (inlineValue)
                fail("option '" + shown + "' takes no value");
            addParsed(*option, "1");
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                fail("option '" + shown + "' needs a value (" + option->valueName + ")");
            inlineValue = args[++i];
        }
        addParsed(*option, *inlineValue);
        if (option->longName == m_terminatingOption)
            optionsDone = true;
    }
    const int count = static_cast<int>(m_positionals.size());
    if (count < m_minPositionals)
        fail(m_minPositionals == 1 && m_maxPositionals == 1 ? "missing argument" : "missing arguments");
    if (m_maxPositionals >= 0 && count > m_maxPositionals && !m_stopAtPositional)
        fail("unexpected argument '" + m_positionals[m_maxPositionals] + "'");
    return true;
}

bool ArgParser::has(const std::string& name) const
{
    const auto it = m_values.find(name);
    return it != m_values.end() && !it->second.empty();
}

std::optional<std::string> ArgParser::get(const std::string& name) const
{
    if (has(name))
        return m_values.at(name).back();
    if (const Option* option = findLong(name); option && !option->defaultValue.empty())
        return option->defaultValue;
    return std::nullopt;
}

std::string ArgParser::value(const std::string& name) const
{
    return get(name).value_or(std::string{});
}

std::vector<std::string> ArgParser::values(const std::string& name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::int64_t> ArgParser::intValue(const std::string& name, std::int64_t min,
                                                std::int64_t max) const
{
    const auto text = get(name);
    if (!text)
        return std::nullopt;
    std::int64_t result = 0;
    const auto* end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, result);
    if (ec != std::errc{} || ptr != end)
        fail("--" + name + " expects a whole number, not '" + *text + "'");
    if (result < min || result > max)
        fail("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    return result;
}

std::optional<double> ArgParser::doubleValue(const std::string& name, double min, double max) const
{
    const auto text = get(name);
    if (!text)
        return std::nullopt;
    char* end = nullptr;
    const double result = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size())
        fail("--" + name + " expects a number, not '" + *text + "'");
    if (!(result >= min && result <= max))
        fail("--" + name + " must be between " + std::to_string(static_cast<long long>(min)) + " and " +
             std::to_string(static_cast<long long>(max)));
    return result;
}

std::string ArgParser::help() const
{
    std::ostringstream out;
    out << "Usage: breadcrumb " << m_command << (m_usage.empty() ? " [options]" : " " + m_usage) << "\n\n";
    out << wrap(m_summary, 0, 100) << "\n";
    if (!m_description.empty()) {
        // Paragraphs are separated by blank lines; lines starting with spaces are kept as they are.
        std::istringstream lines(m_description);
        std::string line, paragraph;
        out << '\n';
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
    out << "\nOptions:\n";
    for (const auto& option : m_options) {
        std::string names = "  ";
        names += option.shortName.empty() ? "    " : "-" + option.shortName + ", ";
        names += "--" + option.longName;
        if (!option.valueName.empty())
            names += " " + option.valueName;
        std::string text = option.help;
        if (!option.defaultValue.empty())
            text += " (default: " + option.defaultValue + ")";
        if (option.repeatable)
            text += " May be repeated.";
        constexpr std::size_t column = 28;
        if (names.size() + 2 > column)
            out << names << '\n' << std::string(column, ' ');
        else
            out << names << std::string(column - names.size(), ' ');
        out << wrap(text, column, 100) << '\n';
    }
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
