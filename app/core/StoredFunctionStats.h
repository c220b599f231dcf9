#pragma once
// FunctionStats' rows from a run's stored summaries (RunSummaries), so a table can show a run before its
// calls are decoded. Only the figures a summary holds are filled, by FunctionSummary's definitions; the ones
// that need every call's duration (min, median, p95, p99, stddev) stay 0 and are not to be shown.

#include "FunctionStats.h"
#include "RunSummaries.h"

#include <vector>

namespace breadcrumb {

class StoredFunctionStats
{
public:
    // A RunData naming the summaries' functions as a loaded run does (the same functions in the same id
    // order, display names included), with `run` as its run and no calls.
    static RunData names(const RunInfo& run, const std::vector<StoredFunctionSummary>& stored);
    // One row per stored summary; FunctionSummary::function is the summary's index, as in names().
    static std::vector<FunctionSummary> summarize(const std::vector<StoredFunctionSummary>& stored);
};

} // namespace breadcrumb
