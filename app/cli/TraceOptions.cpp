#include "TraceOptions.h"

#include "CliError.h"
#include "CommandLine.h"

#include <limits>

namespace breadcrumb::cli {

OutputFormat parseOutputFormat(const std::string& text)
{
    if (text == "table" || text == "text")
        return OutputFormat::Table;
    if (text == "json")
        return OutputFormat::Json;
    if (text == "csv")
        return OutputFormat::Csv;
    throw CliError("unknown format '" + text + "' (expected table, json or csv)");
}

TraceOptions::TraceOptions(CLI::App& app, int features)
{
    app.add_option("-t,--trace", m_path,
                   "Trace file to read (default: $BREADCRUMB_DB, else .breadcrumb/traces.db).")
        ->type_name("FILE")
        ->check(CLI::Validator(
            [](std::string& text) { return text.empty() ? std::string("needs a file name") : std::string{}; },
            std::string{}));
    if (features & Run)
        app.add_option("--run", m_run, "Run to analyse (default: the newest run in the file).")
            ->type_name("ID")
            ->check(wholeNumber(1, std::numeric_limits<std::int64_t>::max()));
    if (features & Format)
        app.add_option("--format", m_format, "Output format: table, json or csv.")
            ->type_name("FORMAT")
            ->capture_default_str()
            ->check(CLI::Validator(
                [](std::string& text) {
                    try {
                        parseOutputFormat(text);
                        return std::string{};
                    } catch (const CliError&) {
                        return "must be table, json or csv, not '" + text + "'";
                    }
                },
                std::string{}));
    if (features & Timeout)
        app.add_option("--timeout", m_timeoutSeconds,
                       "Stop a query that runs longer than this; 0 = no limit.")
            ->type_name("SECONDS")
            ->default_str("30")
            ->check(number(0, 24 * 3600));
}

std::unique_ptr<TraceReader> TraceOptions::open() const
{
    return std::make_unique<TraceReader>(path());
}

std::int64_t TraceOptions::selectRun(const TraceReader& reader) const
{
    if (m_run)
        return reader.run(*m_run).id; // throws NoSuchRun with the available ids
    return reader.newestRunId();
}

} // namespace breadcrumb::cli
