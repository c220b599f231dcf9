#pragma once
// Two sides of a comparison, each one run or several whose calls are pooled (RunRef: "FILE:1-5",
// "FILE:all"), compared by core's RunComparison. `breadcrumb compare` and the MCP compare_runs tool both
// start here, so they give the same rows, verdicts and p values for the same runs.

#include "ComparisonSummary.h"
#include "RunComparison.h"
#include "TraceReader.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace breadcrumb {

struct ComparedSide
{
    std::string file;
    std::vector<std::shared_ptr<const RunData>> runs; // oldest first, never empty

    // Loads the runs `ref` names from `reader` (the file ref.file) through `load`, which lets the MCP
    // server use its run cache. Throws TraceError (NoSuchRun, ...).
    using RunLoader = std::function<std::shared_ptr<const RunData>(std::int64_t runId)>;
    static ComparedSide load(const RunRef& ref, const TraceReader& reader, const RunLoader& load);

    bool pooled() const { return runs.size() > 1; }
    std::vector<std::int64_t> runIds() const;
    // "run 3 of before.db" / "5 runs (1-5) of before.db, calls pooled" (file name only, not escaped).
    std::string describe() const;
};

struct ComparedRuns
{
    ComparedSide before;
    ComparedSide after;
    std::vector<ComparisonRow> rows; // sorted by the absolute change of total time
    ComparisonSummary summary;

    static ComparedRuns compare(ComparedSide before, ComparedSide after);
    // Both sides are the same runs of the same file: nothing to compare.
    bool sameRuns() const;
};

} // namespace breadcrumb
