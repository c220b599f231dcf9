#pragma once
// The --help page of a sub-command, in the layout the man pages (resources/linux/man-from-help.py) and
// the bash completion (breadcrumb.bash) read: a usage line, the summary (the App's description),
// paragraphs, "Options:" with one "  -s, --long VALUE   help" entry each, and examples.

#include <CLI/CLI.hpp>
#include <string>
#include <utility>
#include <vector>

namespace breadcrumb::cli {

class HelpFormatter : public CLI::FormatterBase
{
public:
    void setUsage(std::string usage) { m_usage = std::move(usage); } // "[FUNCTION] [options]"
    void setDescription(std::string description)
    {
        m_description = std::move(description);
    } // after the summary
    void addExample(std::string commandLine, std::string explanation);

    std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;

private:
    std::string m_usage;
    std::string m_description;
    std::vector<std::pair<std::string, std::string>> m_examples;
};

} // namespace breadcrumb::cli
