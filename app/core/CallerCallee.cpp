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
        for (const auto& e : m_entries) {
            if (e.calls == 0)
                continue;
            CallerCalleeEntry entry = e;
            entry.share = functionTotal > 0 ? static_cast<double>(e.total) / static_cast<double>(functionTotal) : 0;
            out.push_back(entry);
        }
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
        return out;
    }

private:
    std::vector<CallerCalleeEntry> m_entries;
};

Nanos totalOf(const RunData& run, std::uint32_t function)
{
    Nanos total = 0;
    for (std::uint32_t call : run.callsOf(function))
        total += run.calls[call].durationNs;
    return total;
}

} // namespace

std::vector<CallerCalleeEntry> CallerCallee::callers(const RunData& run, std::uint32_t function)
{
    Tally tally(run.functions.size());
    for (std::uint32_t call : run.callsOf(function)) {
        const CallRecord& c = run.calls[call];
        const std::int32_t caller =
            c.parent < 0 ? -1 : static_cast<std::int32_t>(run.calls[static_cast<std::size_t>(c.parent)].function);
        tally.add(caller, c.durationNs);
    }
    return tally.result(totalOf(run, function), run);
}

std::vector<CallerCalleeEntry> CallerCallee::callees(const RunData& run, std::uint32_t function)
{
    Tally tally(run.functions.size());
    for (std::uint32_t call : run.callsOf(function)) {
        for (std::uint32_t child : run.children(call)) {
            const CallRecord& c = run.calls[child];
            tally.add(static_cast<std::int32_t>(c.function), c.durationNs);
        }
    }
    return tally.result(totalOf(run, function), run);
}

} // namespace breadcrumb
