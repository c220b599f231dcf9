#pragma once
// Before/after comparison of two runs, per function matched by (module, qualified name).

#include "FunctionStats.h"

#include <optional>
#include <string>
#include <vector>

namespace breadcrumb {

struct ComparisonRow
{
    enum class Status { Changed, New, Vanished };
    std::string name;
    std::string module;
    Status status = Status::Changed;
    std::optional<FunctionSummary> before; // index fields refer to the before run
    std::optional<FunctionSummary> after;  // index fields refer to the after run
    Nanos deltaTotal = 0;                   // after.total - before.total, inclusive times (missing side: 0)
    std::optional<double> deltaPercent;     // relative to before.total; nullopt for New
    double deltaAvg = 0;                    // ns
};

class RunComparison
{
public:
    // Sorted by |deltaTotal| descending.
    static std::vector<ComparisonRow> compare(const RunData& before, const RunData& after);
    static Nanos totalTime(const RunData& run); // the run's traced time (RunData::tracedNs)
};

} // namespace breadcrumb
