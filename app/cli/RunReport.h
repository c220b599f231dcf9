#pragma once
// The short report printed after `breadcrumb run` and by `breadcrumb report`: run id, command,
// duration, status, calls, exceptions, the hottest functions and where the trace is. Its figures come
// from the run's summaries (format 1.3) when it has them, so the calls need not be loaded, else from the
// loaded run: the same report either way.

#include "RunData.h"
#include "TraceReader.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace breadcrumb::cli {

struct RunReportOptions
{
    std::size_t topFunctions = 5;
    std::string tracePath; // shown on the last line
};

struct RunReportFigures
{
    RunInfo run;
    Nanos durationNs = 0;
    bool untilLastCall = false; // no end time: the duration runs to the last call's end
    std::int64_t calls = 0, functions = 0, threads = 0;
    std::int64_t raised = 0, escaped = 0; // clean SystemExits left out
    struct Hot
    {
        std::string name; // RunData::displayName
        std::int64_t calls = 0;
        Nanos self = 0, total = 0;
    };
    std::vector<Hot> hottest; // by self time, at most topFunctions
};

RunReportFigures runReportFigures(const RunData& run, std::size_t topFunctions);
// Without loading the calls; nullopt when the run has no summaries that can be used (an older file, a
// crashed run, rows that cannot be true, no end time): then the report needs the loaded run.
std::optional<RunReportFigures> runReportFiguresFromSummaries(TraceReader& reader, std::int64_t runId,
                                                              std::size_t topFunctions);

void printRunReport(std::ostream& out, const RunReportFigures& figures, const RunReportOptions& options);
void printRunReport(std::ostream& out, const RunData& run, const RunReportOptions& options);
// From the summaries when the run has them, else from its loaded calls.
RunReportFigures runReportFigures(TraceReader& reader, std::int64_t runId, std::size_t topFunctions);

} // namespace breadcrumb::cli
