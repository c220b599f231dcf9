#include "FunctionStats.h"

#include <algorithm>

namespace breadcrumb {

namespace {

// Accumulates per function index (slot 0 is "<root>", i.e. function -1).
class Tally
{
public:
    explicit Tally(std::size_t functions) : m_entries(functions + 1) {}
    void add(std::int32_t function, Nanos time)
    {
        auto& e = m_entries[static_cast<std::size_t>(function + 1)];
        e.function = function;
        ++e.calls;
        e.total += time;
    }
    std::vector<CallerCalleeEntry> result(Nanos functionTotal, const RunData& run) const
    {
        std::vector<CallerCalleeEntry> out;
        for (const auto& e : m_entries)
            if (e.calls != 0)
                out.push_back(e);
        CallerCallee::order(out, functionTotal, run);
        return out;
    }

private:
    std::vector<CallerCalleeEntry> m_entries;
};

// Whether an ancestor of `call` is a call of the same function made from `caller` (recursion: the
// outer call's time holds this one's).
bool nestedInSameEdge(const RunData& run, std::uint32_t call, std::uint32_t caller)
{
    const std::uint32_t function = run.calls[call].function;
    for (std::int32_t a = run.calls[call].parent; a >= 0; a = run.calls[static_cast<std::size_t>(a)].parent) {
        const CallRecord& ancestor = run.calls[static_cast<std::size_t>(a)];
        if (ancestor.function == function && ancestor.parent >= 0 &&
            run.calls[static_cast<std::size_t>(ancestor.parent)].function == caller)
            return true;
    }
    return false;
}

} // namespace

void CallerCallee::order(std::vector<CallerCalleeEntry>& out, Nanos functionTotal, const RunData& run)
{
    for (CallerCalleeEntry& entry : out)
        entry.share =
            functionTotal > 0 ? static_cast<double>(entry.total) / static_cast<double>(functionTotal) : 0;
    std::sort(out.begin(), out.end(), [&](const CallerCalleeEntry& a, const CallerCalleeEntry& b) {
        if (a.total != b.total)
            return a.total > b.total;
        if (a.calls != b.calls)
            return a.calls > b.calls;
        if (a.function < 0 || b.function < 0)
            return a.function < b.function;
        return run.functions[static_cast<std::size_t>(a.function)].name <
               run.functions[static_cast<std::size_t>(b.function)].name;
    });
}

std::vector<CallerCalleeEntry> CallerCallee::callers(const RunData& run, std::uint32_t function)
{
    Tally tally(run.functions.size());
    Nanos total = 0;
    for (std::uint32_t call : run.callsOf(function)) {
        const CallRecord& c = run.calls[call];
        const std::int32_t caller =
            c.parent < 0 ? -1
                         : static_cast<std::int32_t>(run.calls[static_cast<std::size_t>(c.parent)].function);
        const Nanos time = c.outermost ? c.onStackNs : 0;
        tally.add(caller, time);
        total += time;
    }
    return tally.result(total, run);
}

std::vector<CallerCalleeEntry> CallerCallee::callees(const RunData& run, std::uint32_t function)
{
    Tally tally(run.functions.size());
    Nanos total = 0;
    for (std::uint32_t call : run.callsOf(function)) {
        const CallRecord& c = run.calls[call];
        if (c.outermost)
            total += c.onStackNs;
        for (std::uint32_t child : run.children(call)) {
            const CallRecord& k = run.calls[child];
            tally.add(static_cast<std::int32_t>(k.function),
                      nestedInSameEdge(run, child, function) ? 0 : k.onStackNs);
        }
    }
    return tally.result(total, run);
}

} // namespace breadcrumb
