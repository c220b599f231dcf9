#pragma once
// The options most commands share (-t/--trace, --run, --format, --timeout) and opening the trace they
// name: the file defaults to breadcrumb::defaultTracePath(), the run to the newest one.

#include "ArgParser.h"
#include "OutputFormat.h"
#include "TraceReader.h"

#include <chrono>
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

    // Registers -t/--trace plus the selected features on `parser`.
    static void addTo(ArgParser& parser, int features);
    // `features` must match what addTo() registered (export has a --format of its own).
    explicit TraceOptions(const ArgParser& parser, int features = Run | Format | Timeout);

    const std::string& path() const { return m_path; }
    std::optional<std::int64_t> requestedRun() const { return m_run; }
    OutputFormat format() const { return m_format; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Opens the trace read-only (throws TraceError with a user-facing message).
    std::unique_ptr<TraceReader> open() const;
    // --run, else the newest run; checks that the run exists.
    std::int64_t selectRun(const TraceReader& reader) const;

private:
    std::string m_path;
    std::optional<std::int64_t> m_run;
    OutputFormat m_format = OutputFormat::Table;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace breadcrumb::cli
