#include "FunctionStats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace breadcrumb {

namespace {

// Wall time per function with recursion counted once: only calls without an active call of the same
// function above them contribute. One iterative depth-first pass over the whole run.
std::vector<Nanos> recursionAwareInclusive(const RunData& run)
{
    std::vector<Nanos> inclusive(run.functions.size(), 0);
    std::vector<std::uint32_t> active(run.functions.size(), 0);
    struct Frame
    {
        std::uint32_t call;
        std::uint32_t next; // next child position
    };
    std::vector<Frame> stack;
    for (std::uint32_t root : run.roots()) {
        stack.push_back({root, 0});
        const auto& r = run.calls[root];
        if (active[r.function]++ == 0)
            inclusive[r.function] += r.durationNs;
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto kids = run.children(top.call);
            if (top.next < kids.size()) {
                const std::uint32_t child = kids[top.next++];
                const auto& c = run.calls[child];
                if (active[c.function]++ == 0)
                    inclusive[c.function] += c.durationNs;
                stack.push_back({child, 0});
            } else {
                --active[run.calls[top.call].function];
                stack.pop_back();
            }
        }
    }
    return inclusive;
}

Nanos inclusiveOf(const RunData& run, std::uint32_t function)
{
    Nanos total = 0;
    for (std::uint32_t call : run.callsOf(function)) {
        bool nested = false;
        for (std::int32_t a = run.calls[call].parent; a >= 0; a = run.calls[static_cast<std::size_t>(a)].parent) {
            if (run.calls[static_cast<std::size_t>(a)].function == function) {
                nested = true;
                break;
            }
        }
        if (!nested)
            total += run.calls[call].durationNs;
    }
    return total;
}

// Fills everything but `inclusive`; `buffer` is reused between functions to avoid reallocations.
FunctionSummary summarizeCalls(const RunData& run, std::uint32_t function, std::vector<Nanos>& buffer)
{
    FunctionSummary s;
    s.function = function;
    const auto calls = run.callsOf(function);
    buffer.clear();
    if (calls.empty())
        return s;
    s.min = std::numeric_limits<Nanos>::max();
    s.max = std::numeric_limits<Nanos>::min();
    for (std::uint32_t index : calls) {
        const CallRecord& c = run.calls[index];
        buffer.push_back(c.durationNs);
        s.total += c.durationNs;
        s.self += c.selfNs;
        s.min = std::min(s.min, c.durationNs);
        s.max = std::max(s.max, c.durationNs);
        if (c.exception >= 0)
            ++s.exceptions;
    }
    s.calls = static_cast<std::int64_t>(calls.size());
    s.avg = static_cast<double>(s.total) / static_cast<double>(s.calls);
    if (s.calls > 1) {
        double m2 = 0;
        for (Nanos d : buffer) {
            const double delta = static_cast<double>(d) - s.avg;
            m2 += delta * delta;
        }
        s.stddev = std::sqrt(m2 / static_cast<double>(s.calls - 1));
    }
    std::sort(buffer.begin(), buffer.end());
    s.median = FunctionStats::percentile(buffer, 50);
    s.p95 = FunctionStats::percentile(buffer, 95);
    s.p99 = FunctionStats::percentile(buffer, 99);
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

std::vector<Nanos> FunctionStats::durations(const RunData& run, std::uint32_t function)
{
    std::vector<Nanos> out;
    const auto calls = run.callsOf(function);
    out.reserve(calls.size());
    for (std::uint32_t index : calls)
        out.push_back(run.calls[index].durationNs);
    return out;
}

FunctionSummary FunctionStats::summarize(const RunData& run, std::uint32_t function)
{
    std::vector<Nanos> buffer;
    FunctionSummary s = summarizeCalls(run, function, buffer);
    s.inclusive = inclusiveOf(run, function);
    return s;
}

std::vector<FunctionSummary> FunctionStats::summarize(const RunData& run, SortKey key)
{
    const std::vector<Nanos> inclusive = recursionAwareInclusive(run);
    std::vector<FunctionSummary> out;
    out.reserve(run.functions.size());
    std::vector<Nanos> buffer;
    for (std::uint32_t f = 0; f < run.functions.size(); ++f) {
        if (run.callsOf(f).empty())
            continue;
        FunctionSummary s = summarizeCalls(run, f, buffer);
        s.inclusive = inclusive[f];
        out.push_back(s);
    }
    auto byName = [&](const FunctionSummary& a, const FunctionSummary& b) {
        const auto& fa = run.functions[a.function];
        const auto& fb = run.functions[b.function];
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
    case SortKey::Total: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.total; })); break;
    case SortKey::Avg: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.avg; })); break;
    case SortKey::Self: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.self; })); break;
    case SortKey::Calls: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.calls; })); break;
    case SortKey::Max: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.max; })); break;
    case SortKey::P95: std::sort(out.begin(), out.end(), descending([](const FunctionSummary& s) { return s.p95; })); break;
    case SortKey::Name: std::sort(out.begin(), out.end(), byName); break;
    }
    return out;
}

} // namespace breadcrumb
