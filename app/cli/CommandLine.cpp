#include "CommandLine.h"

#include "CliError.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace breadcrumb::cli {

HelpFormatter& setUpCommand(CLI::App& app, std::string usage)
{
    auto formatter = std::make_shared<HelpFormatter>();
    formatter->setUsage(std::move(usage));
    app.formatter(formatter);
    app.set_help_flag("-h,--help", "Show this help and exit.");
    // `--limit 5 --limit 10` means 10, as in most tools (CLI11 would refuse the second one); a flag
    // takes no value (CLI11 would read `--force=no` as "not forced").
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)->disable_flag_override();
    return *formatter;
}

void usageError(const CLI::App& app, const std::string& message)
{
    const std::string& command = app.get_name();
    throw CliError(command + ": " + message + " (see 'breadcrumb " + command + " --help')");
}

namespace {

// CLI11 names the option first ("--limit: ..."); our messages read "--limit must be ...".
std::string optionMessage(const std::string& text)
{
    const auto colon = text.find(": ");
    return colon == std::string::npos ? text : text.substr(0, colon) + " " + text.substr(colon + 2);
}

} // namespace

std::size_t walkOptionWords(const CLI::App& app, const Args& args, std::size_t start,
                            const std::function<bool(const OptionWord&)>& visit)
{
    for (std::size_t i = start; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word.size() < 2 || word[0] != '-' || word == "--" ||
            std::isdigit(static_cast<unsigned char>(word[1])))
            return i;
        OptionWord option;
        option.index = i;
        const bool isLong = word[1] == '-';
        option.name = isLong ? word.substr(0, word.find('=')) : word.substr(0, 2);
        option.inlineValue = isLong ? option.name.size() < word.size() : word.size() > 2;
        option.option = app.get_option_no_throw(option.name);
        if (!visit(option))
            return i;
        if (option.takesValue() && !option.inlineValue)
            ++i;
    }
    return args.size();
}

namespace {

// CLI11 reads `--force=` (an empty value) as the bare flag, so a typo would still delete a trace: find
// it before CLI11 does. A command with positionals goes on past them (its options may follow); a prefix
// command (`run`) stops at its first positional, whose words are the program's.
const std::string* emptyFlagValue(const CLI::App& app, const Args& args)
{
    const std::string* found = nullptr;
    auto check = [&](const OptionWord& word) {
        const std::string& text = args[word.index];
        if (word.option && !word.takesValue() && text[1] == '-' && text.size() == word.name.size() + 1)
            found = &text; // `--force=`
        return found == nullptr;
    };
    for (std::size_t i = walkOptionWords(app, args, 0, check); !found && i < args.size();
         i = walkOptionWords(app, args, i + 1, check)) {
        if (args[i] == "--" || app.get_prefix_command())
            break; // the words after it are positionals (or the program's)
    }
    return found;
}

} // namespace

bool parseCommandLine(CLI::App& app, const Args& args)
{
    if (const std::string* word = emptyFlagValue(app, args))
        usageError(app, "option '" + word->substr(0, word->size() - 1) + "' takes no value");
    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 consumes from the back
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return false;
    } catch (const CLI::ExtrasError&) {
        // What CLI11 could not place: an unknown option, or one positional too many.
        const std::string word = app.remaining().empty() ? std::string{} : app.remaining().front();
        if (word.rfind("--", 0) == 0)
            usageError(app, "unknown option '" + word.substr(0, word.find('=')) + "'");
        if (word.size() > 1 && word[0] == '-')
            usageError(app, "unknown option '" + word + "'");
        usageError(app, "unexpected argument '" + word + "'");
    } catch (const CLI::ArgumentMismatch& error) {
        // "--limit: 1 required N missing" (the option came last, without its value) or "--force was
        // given a disallowed flag override".
        const std::string text = error.what();
        std::string name = text.substr(0, text.find_first_of(": "));
        if (name.rfind('-', 0) != 0)
            name = (name.size() == 1 ? "-" : "--") + name; // a flag's is "force", an option's "--limit"
        const CLI::Option* option = app.get_option_no_throw(name);
        if (option && option->get_items_expected_max() == 0)
            usageError(app, "option '" + name + "' takes no value");
        usageError(app, "option '" + name + "' needs a value" +
                            (option ? " (" + option->get_type_name() + ")" : std::string{}));
    } catch (const CLI::ParseError& error) {
        usageError(app, optionMessage(error.what()));
    }
    // An optional positional takes any number of words in CLI11 (it has to allow extra arguments to
    // take one at all): more than it expects are refused here.
    for (const CLI::Option* option : app.get_options()) {
        const auto max = static_cast<std::size_t>(option->get_items_expected_max());
        if (!option->nonpositional() && option->count() > max)
            usageError(app, "unexpected argument '" + option->results()[max] + "'");
    }
    return true;
}

CLI::Validator wholeNumber(std::int64_t min, std::int64_t max)
{
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            std::int64_t value = 0;
            const auto* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            if (ec != std::errc{} || ptr != end)
                return "expects a whole number, not '" + text + "'";
            if (value < min || value > max)
                return "must be between " + std::to_string(min) + " and " + std::to_string(max);
            return {};
        },
        std::string{});
}

CLI::Validator number(double min, double max)
{
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            char* end = nullptr;
            const double value = std::strtod(text.c_str(), &end);
            if (text.empty() || end != text.c_str() + text.size())
                return "expects a number, not '" + text + "'";
            if (!(value >= min && value <= max))
                return "must be between " + std::to_string(static_cast<long long>(min)) + " and " +
                       std::to_string(static_cast<long long>(max));
            return {};
        },
        std::string{});
}

} // namespace breadcrumb::cli
