#pragma once
// The options most commands share (-t/--trace, --run, --format, --timeout) and opening the trace they
// name: the file defaults to breadcrumb::defaultTracePath(), the run to the newest one.

#include "OutputFormat.h"
#include "TraceReader.h"

#include <chrono>
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>

namespace breadcrumb::cli {

// Throws CliError for anything but table|text|json|csv.
OutputFormat parseOutputFormat(const std::string& text);

class TraceOptions
{
public:
    enum Feature
    {
        Run = 1,
        Format = 2,
        Timeout = 4
    };

    // Registers -t/--trace plus the selected features on `app`; parsing writes into this object, so it
    // stays where it is (no copies) until the command is done.
    TraceOptions(CLI::App& app, int features);
    TraceOptions(const TraceOptions&) = delete;
    TraceOptions& operator=(const TraceOptions&) = delete;

    std::string path() const { return m_path.empty() ? defaultTracePath() : m_path; }
    void setPath(std::string path) { m_path = std::move(path); } // a command's FILE argument
    std::optional<std::int64_t> requestedRun() const { return m_run; }
    OutputFormat format() const { return parseOutputFormat(m_format); }
    std::chrono::milliseconds timeout() const
    {
        return std::chrono::milliseconds(static_cast<std::int64_t>(m_timeoutSeconds * 1000));
    }

    // Opens the trace read-only (throws TraceError with a user-facing message).
    std::unique_ptr<TraceReader> open() const;
    // --run, else the newest run; checks that the run exists.
    std::int64_t selectRun(const TraceReader& reader) const;

private:
    std::string m_path;
    std::optional<std::int64_t> m_run;
    std::string m_format = "table";
    double m_timeoutSeconds = 30;
};

} // namespace breadcrumb::cli
