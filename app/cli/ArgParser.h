#pragma once
// The small command-line parser every command uses: long/short options with or without a value,
// positionals, `--opt=value`, `--`, and a generated `--help` with usage, options and examples.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace breadcrumb::cli {

class ArgParser
{
public:
    // `command` is the sub-command's name ("performance"); `summary` its one-line description.
    ArgParser(std::string command, std::string summary);

    void setUsage(std::string usage);             // e.g. "[FUNCTION] [options]"
    void setDescription(std::string description); // paragraphs after the usage line
    void addExample(std::string commandLine, std::string explanation);

    // `names` like "-f, --force" or "--flow"; the long name (without dashes) is the key for lookups.
    void addFlag(const std::string& names, std::string help);
    void addOption(const std::string& names, std::string valueName, std::string help,
                   std::string defaultValue = {}, bool repeatable = false);
    // Positionals are collected in order; `maxPositionals` limits their count (-1 = any).
    void setPositionals(int minCount, int maxCount);
    // Everything from the first positional on is kept verbatim (`breadcrumb run script.py --its-flag`).
    void stopAtFirstPositional(bool stop) { m_stopAtPositional = stop; }
    // Options whose value also ends option parsing (`run -m MODULE args...`).
    void setTerminatingOption(const std::string& name) { m_terminatingOption = name; }

    // Parses `args` (the words after the command name). Returns false after printing the help for
    // `-h/--help`. Throws CliError for usage errors.
    bool parse(const std::vector<std::string>& args);

    bool has(const std::string& name) const;
    std::optional<std::string> get(const std::string& name) const;  // last value, or the default
    std::string value(const std::string& name) const;               // get() or ""
    std::vector<std::string> values(const std::string& name) const; // every occurrence, in order
    // Integer value checked against [min, max]; throws CliError naming the option.
    std::optional<std::int64_t> intValue(const std::string& name, std::int64_t min, std::int64_t max) const;
    std::optional<double> doubleValue(const std::string& name, double min, double max) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

    const std::string& command() const { return m_command; }
    std::string help() const;
    [[noreturn]] void fail(const std::string& message) const; // usage error mentioning --help

private:
    struct Option
    {
        std::string shortName; // "f" or empty
        std::string longName;  // "force"
        std::string valueName; // empty for a flag
        std::string help;
        std::string defaultValue;
        bool repeatable = false;
    };
    const Option* findLong(const std::string& name) const;
    const Option* findShort(const std::string& name) const;
    void addParsed(const Option& option, std::string value);

    std::string m_command;
    std::string m_summary;
    std::string m_usage;
    std::string m_description;
    std::vector<std::pair<std::string, std::string>> m_examples;
    std::vector<Option> m_options;
    int m_minPositionals = 0;
    int m_maxPositionals = 0;
    bool m_stopAtPositional = false;
    std::string m_terminatingOption;

    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

} // namespace breadcrumb::cli
