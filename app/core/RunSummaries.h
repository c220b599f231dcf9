#pragma once
// Format 1.3's function_summaries: the per-function figures the tracer wrote when a run ended, read
// without decoding the run's calls. Absent for older files and crashed runs; a file may also lie, so the
// rows are checked and any doubt means "aggregate the calls instead" (nullopt), never a wrong figure.

#include "TraceDatabase.h"
#include "TraceTypes.h"

#include <optional>
#include <vector>

namespace breadcrumb {

// The figures of FunctionSummary (FunctionStats.h) that need no single call: same definitions.
struct StoredFunctionSummary
{
    FunctionInfo function; // strings capped as RunLoader caps them
    std::int64_t calls = 0;
    Nanos self = 0;
    Nanos total = 0; // inclusive
    Nanos durationSum = 0;
    Nanos max = 0;
    std::int64_t exceptions = 0;
};

// What a run report counts beside its functions, from small tables.
struct RunCounts
{
    std::int64_t threads = 0;    // as a loaded run has them: the threads table's, the calls', the exceptions'
    std::int64_t exceptions = 0; // clean SystemExits left out (isCleanSystemExit)
    std::int64_t escaped = 0;    // of those, the ones that escaped the call that raised them
};

class RunSummaries
{
public:
    // The run's rows in function id order, or nullopt when the file has none for it or they cannot be
    // true (a count or time out of range, a self time above the inclusive one, an unknown function).
    static std::optional<std::vector<StoredFunctionSummary>> read(const TraceDatabase& db,
                                                                  std::int64_t runId);
    // Without decoding the calls: the chunks' thread ids come through the run's index. Format 1.1+.
    static RunCounts counts(const TraceDatabase& db, std::int64_t runId);
};

} // namespace breadcrumb
