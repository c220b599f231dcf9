#pragma once
// Per-function statistics over a run: the figures of `breadcrumb performance` and the viewer's table.

#include "RunData.h"

#include <vector>

namespace breadcrumb {

struct FunctionSummary
{
    std::uint32_t function = 0; // index into RunData::functions
    std::int64_t calls = 0;
    Nanos total = 0;       // inclusive time: on-stack time of the outermost calls (RunData.h)
    Nanos self = 0;        // sum of self times; self <= total
    Nanos durationSum = 0; // sum of the call durations (SUM(duration_ms)): suspensions and
                           // recursion included, so it can exceed the run
    // Latency: figures over the call durations (start to end).
    Nanos min = 0;
    Nanos max = 0;
    double avg = 0;    // ns
    double median = 0; // ns, linear interpolation (same as MEDIAN())
    double p95 = 0;    // ns (same as PERCENTILE(x, 95))
    double p99 = 0;
    double stddev = 0;           // ns, sample standard deviation (same as STDDEV())
    std::int64_t exceptions = 0; // calls an exception escaped from
};

enum class SortKey
{
    Total,
    Avg,
    Self,
    Calls,
    Max,
    P95,
    Name
};

class FunctionStats
{
public:
    // One entry per function that has calls in the run (on `thread`, an index into RunData::threads, or
    // all), ordered by `key` (descending; Name ascending).
    static std::vector<FunctionSummary> summarize(const RunData& run, SortKey key = SortKey::Total,
                                                  std::int32_t thread = kAllThreads);
    static FunctionSummary summarize(const RunData& run, std::uint32_t function,
                                     std::int32_t thread = kAllThreads);

    // Orders summaries as summarize() does; `functions` are what their `function` indexes.
    static void sort(std::vector<FunctionSummary>& summaries, std::span<const FunctionInfo> functions,
                     SortKey key);

    // Durations (ns) of the function's calls, in start order / sorted ascending.
    static std::vector<Nanos> durations(const RunData& run, std::uint32_t function);
    // p in 0..100 over an ascending vector; linear interpolation between closest ranks.
    static double percentile(const std::vector<Nanos>& sorted, double p);
    // The same figure over `values` in any order, found by selection (linear, where a sort is n log n);
    // reorders `values`.
    static double percentileUnsorted(std::vector<Nanos>& values, double p);
};

// Who calls a function and whom it calls.
struct CallerCalleeEntry
{
    std::int32_t function = -1; // index into RunData::functions; -1 = "<root>" (no traced caller)
    std::int64_t calls = 0;
    Nanos total = 0;  // callers: the function's inclusive time entered from there (its
                      // recursive calls count in the outer call: the totals add up to the
                      // function's total); callees: the callee's on-stack time when called
                      // from the function, its recursion counted once
    double share = 0; // total / the function's total (0..1)
};

class CallerCallee
{
public:
    // Both ordered by total descending.
    static std::vector<CallerCalleeEntry> callers(const RunData& run, std::uint32_t function);
    static std::vector<CallerCalleeEntry> callees(const RunData& run, std::uint32_t function);
    // Orders entries (at most one per function, in function index order, "<root>" first) as callers() and
    // callees() do, each with its share of `functionTotal`; `functions` are what they index.
    static std::vector<CallerCalleeEntry> ranked(std::vector<CallerCalleeEntry> entries, Nanos functionTotal,
                                                 std::span<const FunctionInfo> functions);
};

} // namespace breadcrumb
