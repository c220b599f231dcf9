#include "StoredFunctionStats.h"

namespace breadcrumb {

RunData StoredFunctionStats::names(const RunInfo& run, const std::vector<StoredFunctionSummary>& stored)
{
    RunData data;
    data.run = run;
    data.functions.reserve(stored.size());
    for (const auto& s : stored)
        data.functions.push_back(s.function);
    data.buildIndexes();
    return data;
}

std::vector<FunctionSummary> StoredFunctionStats::summarize(const std::vector<StoredFunctionSummary>& stored)
{
    std::vector<FunctionSummary> rows;
    rows.reserve(stored.size());
    for (std::uint32_t i = 0; i < stored.size(); ++i) {
        const StoredFunctionSummary& s = stored[i];
        FunctionSummary row;
        row.function = i;
        row.calls = s.calls;
        row.total = s.total;
        row.self = s.self;
        row.durationSum = s.durationSum;
        row.max = s.max;
        row.exceptions = s.exceptions;
        // FunctionStats' average: the durations' sum over the calls (RunSummaries::read keeps calls >= 1).
        row.avg = static_cast<double>(s.durationSum) / static_cast<double>(s.calls);
        rows.push_back(row);
    }
    return rows;
}

} // namespace breadcrumb
