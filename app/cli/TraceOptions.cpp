#include "TraceOptions.h"

#include "CliError.h"

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

void TraceOptions::addTo(ArgParser& parser, int features)
{
    parser.addOption("-t, --trace", "FILE",
                     "Trace file to read (default: $BREADCRUMB_DB, else .breadcrumb/traces.db).");
    if (features & Run)
        parser.addOption("--run", "ID", "Run to analyse (default: the newest run in the file).");
    if (features & Format)
        parser.addOption("--format", "FORMAT", "Output format: table, json or csv.", "table");
    if (features & Timeout)
        parser.addOption("--timeout", "SECONDS", "Stop a query that runs longer than this; 0 = no limit.",
                         "30");
}

TraceOptions::TraceOptions(const ArgParser& parser, int features)
{
    m_path = parser.has("trace") ? parser.value("trace") : defaultTracePath();
    if (m_path.empty())
        parser.fail("--trace needs a file name");
    m_run = parser.intValue("run", 1, std::numeric_limits<std::int64_t>::max());
    if (const auto format = parser.get("format"); format && (features & Format))
        m_format = parseOutputFormat(*format);
    if (const auto seconds = parser.doubleValue("timeout", 0, 24 * 3600))
        m_timeout = std::chrono::milliseconds(static_cast<std::int64_t>(*seconds * 1000));
}

std::unique_ptr<TraceReader> TraceOptions::open() const
{
    return std::make_unique<TraceReader>(m_path);
}

std::int64_t TraceOptions::selectRun(const TraceReader& reader) const
{
    if (m_run)
        return reader.run(*m_run).id; // throws NoSuchRun with the available ids
    return reader.newestRunId();
}

} // namespace breadcrumb::cli
