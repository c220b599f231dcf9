#include "FunctionStats.h"

#include "DurationMoments.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace breadcrumb {

namespace {

// Per function, the calls of `thread` an exception escaped from (RunData::callExceptions, one pass).
std::vector<std::int64_t> raisingCalls(const RunData& run, std::int32_t thread)
{
    std::vector<std::int64_t> counts(run.functions.size(), 0);
    for (const auto& [call, exception] : run.callExceptions) {
        if (exception < 0 || call >= run.calls.size() || !run.inThread(call, thread))
            continue;
        if (const std::uint32_t f = run.calls[call].function; f < counts.size())
            ++counts[f];
    }
    return counts;
}

// `buffer` is reused between functions to avoid reallocations; `raising` comes from raisingCalls().
FunctionSummary summarizeCalls(const RunData& run, std::uint32_t function, std::int32_t thread,
                               std::vector<Nanos>& buffer, const std::vector<std::int64_t>& raising)
{
    FunctionSummary s;
    s.function = function;
    buffer.clear();
    s.min = std::numeric_limits<Nanos>::max();
    s.max = std::numeric_limits<Nanos>::min();
    DurationMoments moments;
    for (std::uint32_t index : run.callsOf(function)) {
        if (!run.inThread(index, thread))
            continue;
        const CallRecord& c = run.calls[index];
        buffer.push_back(c.durationNs);
        if (c.outermost)
            s.total += c.onStackNs;
        s.durationSum += c.durationNs;
        s.self += c.selfNs;
        s.min = std::min(s.min, c.durationNs);
        s.max = std::max(s.max, c.durationNs);
        moments.add(c.durationNs);
    }
    s.exceptions = function < raising.size() ? raising[function] : 0;
    s.calls = static_cast<std::int64_t>(buffer.size());
    if (s.calls == 0) {
        s.min = s.max = 0;
        return s;
    }
    s.avg = static_cast<double>(s.durationSum) / static_cast<double>(s.calls);
    s.stddev = moments.sampleStddev(s.calls, s.durationSum);
    s.median = FunctionStats::percentileUnsorted(buffer, 50);
    s.p95 = FunctionStats::percentileUnsorted(buffer, 95);
    s.p99 = FunctionStats::percentileUnsorted(buffer, 99);
    return s;
}

} // namespace

double FunctionStats::percentile(const std::vector<Nanos>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    p = std::clamp(p, 0.0, 100.0);
    const double rank = p / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    if (lo + 1 >= sorted.size())
        return static_cast<double>(sorted[lo]);
    const double low = static_cast<double>(sorted[lo]);
    const double high = static_cast<double>(sorted[lo + 1]);
    return low + (rank - static_cast<double>(lo)) * (high - low);
}

double FunctionStats::percentileUnsorted(std::vector<Nanos>& values, double p)
{
    if (values.empty())
        return 0;
    // The closest ranks percentile() reads from the sorted vector, and the same arithmetic on them.
    p = std::clamp(p, 0.0, 100.0);
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(values.begin(), nth, values.end());
    if (lo + 1 >= values.size())
        return static_cast<double>(*nth);
    const double low = static_cast<double>(*nth);
    const double high = static_cast<double>(*std::min_element(nth + 1, values.end()));
    return low + (rank - static_cast<double>(lo)) * (high - low);
}

std::vector<Nanos> FunctionStats::durations(const RunData& run, std::uint32_t function)
{
    std::vector<Nanos> out;
    const auto calls = run.callsOf(function);
    out.reserve(calls.size());
    for (std::uint32_t index : calls)
        out.push_back(run.calls[index].durationNs);
    return out;
}

FunctionSummary FunctionStats::summarize(const RunData& run, std::uint32_t function, std::int32_t thread)
{
    std::vector<Nanos> buffer;
    return summarizeCalls(run, function, thread, buffer, raisingCalls(run, thread));
}

std::vector<FunctionSummary> FunctionStats::summarize(const RunData& run, SortKey key, std::int32_t thread)
{
    std::vector<FunctionSummary> out;
    out.reserve(run.functions.size());
    std::vector<Nanos> buffer;
    const std::vector<std::int64_t> raising = raisingCalls(run, thread);
    for (std::uint32_t f = 0; f < run.functions.size(); ++f) {
        FunctionSummary s = summarizeCalls(run, f, thread, buffer, raising);
        if (s.calls > 0)
            out.push_back(s);
    }
    sort(out, run.functions, key);
    return out;
}

void FunctionStats::sort(std::vector<FunctionSummary>& out, std::span<const FunctionInfo> functions,
                         SortKey key)
{
    auto byName = [&](const FunctionSummary& a, const FunctionSummary& b) {
        const auto& fa = functions[a.function];
        const auto& fb = functions[b.function];
        if (fa.name != fb.name)
            return fa.name < fb.name;
        if (fa.module != fb.module)
            return fa.module < fb.module;
        return a.function < b.function;
    };
    auto descending = [&](auto field) {
        return [&, field](const FunctionSummary& a, const FunctionSummary& b) {
            const auto va = field(a);
            const auto vb = field(b);
            if (va != vb)
                return va > vb;
            return byName(a, b);
        };
    };
    switch (key) {
    case SortKey::Total:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.total; }));
        break;
    case SortKey::Avg:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.avg; }));
        break;
    case SortKey::Self:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.self; }));
        break;
    case SortKey::Calls:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.calls; }));
        break;
    case SortKey::Max:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.max; }));
        break;
    case SortKey::P95:
        std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.p95; }));
        break;
    case SortKey::Name:
        std::sort(out.begin(), out.end(), byName);
        break;
    }
}

} // namespace breadcrumb
