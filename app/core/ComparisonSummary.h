#pragma once
// The one-paragraph answer to "did it get faster?": total Δ, how many functions changed which way, the
// functions whose own (self) time explains most of the Δ, both command lines, and a warning when the two
// sides do not look like the same program. Shared by `breadcrumb compare`, MCP compare_runs and the viewer.

#include "RunComparison.h"

#include <span>
#include <string>
#include <vector>

namespace breadcrumb {

struct ComparisonSummary
{
    Nanos totalBefore = 0; // traced time (per-run mean with several runs)
    Nanos totalAfter = 0;
    Nanos delta = 0;
    std::optional<double> deltaPercent; // nullopt when the before side traced nothing
    int faster = 0, slower = 0, unchanged = 0, added = 0, gone = 0;
    // Indices into the rows, largest self-time change first, of the functions whose self Δ (in the
    // direction of the total Δ) adds up to most of it; empty when the total did not change beyond noise.
    std::vector<std::size_t> explaining;
    std::string commandBefore; // the first run's of each side
    std::string commandAfter;
    // Functions present on both sides, as a share of each side's functions.
    double commonShareBefore = 1;
    double commonShareAfter = 1;
    bool differentPrograms = false; // fewer than half of either side's functions in common

    static ComparisonSummary summarize(const std::vector<ComparisonRow>& rows,
                                       std::span<const RunData* const> before,
                                       std::span<const RunData* const> after,
                                       const ComparisonOptions& options = {});
    static ComparisonSummary summarize(const std::vector<ComparisonRow>& rows, const RunData& before,
                                       const RunData& after, const ComparisonOptions& options = {});

    // "3 faster, 1 slower, 2 new, 0 gone"
    std::string countsText() const;
    // The warning sentence, or "" when the runs look like the same program.
    std::string warningText() const;
};

} // namespace breadcrumb
