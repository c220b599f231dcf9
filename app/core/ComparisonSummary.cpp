#include "ComparisonSummary.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace breadcrumb {

ComparisonSummary ComparisonSummary::summarize(const std::vector<ComparisonRow>& rows, const RunData& before,
                                               const RunData& after, const ComparisonOptions& options)
{
    const RunData* b[] = {&before};
    const RunData* a[] = {&after};
    return summarize(rows, std::span<const RunData* const>(b), std::span<const RunData* const>(a), options);
}

ComparisonSummary ComparisonSummary::summarize(const std::vector<ComparisonRow>& rows,
                                               std::span<const RunData* const> before,
                                               std::span<const RunData* const> after,
                                               const ComparisonOptions& options)
{
    ComparisonSummary s;
    s.totalBefore = RunComparison::totalTime(before);
    s.totalAfter = RunComparison::totalTime(after);
    s.delta = s.totalAfter - s.totalBefore;
    if (s.totalBefore > 0)
        s.deltaPercent = 100.0 * static_cast<double>(s.delta) / static_cast<double>(s.totalBefore);
    if (!before.empty())
        s.commandBefore = before.front()->run.commandLine;
    if (!after.empty())
        s.commandAfter = after.front()->run.commandLine;

    int common = 0, onlyBefore = 0, onlyAfter = 0;
    for (const auto& row : rows) {
        switch (row.verdict) {
        case ComparisonRow::Verdict::Faster:
            ++s.faster;
            break;
        case ComparisonRow::Verdict::Slower:
            ++s.slower;
            break;
        case ComparisonRow::Verdict::Unchanged:
            ++s.unchanged;
            break;
        case ComparisonRow::Verdict::New:
            ++s.added;
            break;
        case ComparisonRow::Verdict::Gone:
            ++s.gone;
            break;
        }
        if (row.before && row.after)
            ++common;
        else if (row.before)
            ++onlyBefore;
        else
            ++onlyAfter;
    }
    if (common + onlyBefore > 0)
        s.commonShareBefore = double(common) / double(common + onlyBefore);
    if (common + onlyAfter > 0)
        s.commonShareAfter = double(common) / double(common + onlyAfter);
    s.differentPrograms = !rows.empty() && (s.commonShareBefore < 0.5 || s.commonShareAfter < 0.5);

    // Self times add up to the traced time, so their deltas add up to the total Δ: the few largest in
    // its direction say where it came from (inclusive deltas would name every wrapper on the way).
    const Nanos floor = RunComparison::noiseFloor(s.totalBefore, s.totalAfter, options);
    if (std::llabs(s.delta) < floor)
        return s;
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].deltaSelf != 0 && (rows[i].deltaSelf > 0) == (s.delta > 0) &&
            std::llabs(rows[i].deltaSelf) >= floor)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::llabs(rows[a].deltaSelf) > std::llabs(rows[b].deltaSelf);
    });
    Nanos covered = 0;
    for (std::size_t i : order) {
        if (s.explaining.size() >= 5 || std::llabs(covered) >= std::llabs(s.delta) * 8 / 10)
            break;
        s.explaining.push_back(i);
        covered += rows[i].deltaSelf;
    }
    return s;
}

std::string ComparisonSummary::countsText() const
{
    return std::to_string(faster) + " faster, " + std::to_string(slower) + " slower, " +
           std::to_string(added) + " new, " + std::to_string(gone) + " gone";
}

std::string ComparisonSummary::warningText() const
{
    if (!differentPrograms)
        return {};
    const auto percent = [](double share) {
        return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
    };
    return "These runs do not look like the same program: only " + percent(commonShareBefore) +
           " of the before run's functions and " + percent(commonShareAfter) +
           " of the after run's are in both, so the deltas compare different code.";
}

} // namespace breadcrumb
