#pragma once
// Before/after comparison of runs, per function matched by (module, qualified name), with a verdict on
// whether each change is real or timing noise. Several runs per side pool their calls.

#include "FunctionStats.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace breadcrumb {

struct ComparisonRow
{
    enum class Status
    {
        Changed,
        New,
        Vanished
    };
    enum class Verdict
    {
        Unchanged,
        Slower,
        Faster,
        New,
        Gone
    };
    // What the verdict rests on.
    enum class Basis
    {
        None,            // new or gone
        RankTest,        // the Mann–Whitney test on the per-call times (p_value, cliffsDelta set)
        CallCount,       // the call count changed enough to explain a change above the noise floor
        TooFewCalls,     // fewer than ComparisonOptions::minCalls on a side: judged by the noise floor only
        BelowNoiseFloor, // |Δ| under the noise floor: unchanged whatever the test says
    };
    std::string name;
    std::string module;
    Status status = Status::Changed;
    // One run per side: the function's figures in that run (index fields refer to it). Several runs: calls,
    // exceptions and the latency figures (avg, percentiles, min, max) are over the pooled calls, total,
    // self and durationSum are per-run means; `function` is its index in the first run that has it.
    std::optional<FunctionSummary> before;
    std::optional<FunctionSummary> after;
    Nanos deltaTotal = 0;               // after.total - before.total, inclusive times (missing side: 0)
    std::optional<double> deltaPercent; // relative to before.total; nullopt for New
    double deltaAvg = 0;                // ns
    Nanos deltaSelf = 0;                // after.self - before.self: where the time itself went
    Verdict verdict = Verdict::Unchanged;
    Basis basis = Basis::None;
    std::optional<double> pValue;      // set when both sides have enough calls for the test
    std::optional<double> cliffsDelta; // the test's effect size: > 0 the after calls are longer
};

struct ComparisonOptions
{
    std::int64_t minCalls = 8; // per side, for the rank test
    double alpha = 0.01;       // p below this: a real change
    Nanos floorNs = 100'000;   // noise floor: |Δ| must reach 0.1 ms...
    double floorShare = 0.01;  // ...and 1% of the run's traced time (the larger side's)
};

class RunComparison
{
public:
    // Sorted by |deltaTotal| descending.
    static std::vector<ComparisonRow> compare(const RunData& before, const RunData& after,
                                              const ComparisonOptions& options = {});
    // Several runs per side (none empty): their calls pooled.
    static std::vector<ComparisonRow> compare(std::span<const RunData* const> before,
                                              std::span<const RunData* const> after,
                                              const ComparisonOptions& options = {});
    static Nanos totalTime(const RunData& run);                   // the run's traced time (RunData::tracedNs)
    static Nanos totalTime(std::span<const RunData* const> runs); // the per-run mean
    // The smallest |Δ| that is not noise for runs of these traced times.
    static Nanos noiseFloor(Nanos totalBefore, Nanos totalAfter, const ComparisonOptions& options = {});

    // "slower", "faster", "unchanged", "new", "gone": the CLI's and the MCP server's words.
    static const char* verdictName(ComparisonRow::Verdict verdict);
    // "rank test", "call count", "too few calls", "noise floor", "".
    static const char* basisName(ComparisonRow::Basis basis);
};

} // namespace breadcrumb
