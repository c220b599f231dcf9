#pragma once
// Every function's callers and callees at once: the edges (calling function -> called function) of a run
// with their calls and times, aggregated in one walk of the call tree. CallerCallee computes one
// function's lists by visiting its calls, their children and, for recursion, their ancestors: at 10 M
// calls the most called function took seconds. The viewer builds this index once, off the GUI thread, and
// a selection reads its lists from here: the same entries in the same order as CallerCallee's.

#include "FunctionStats.h"

#include <cstdint>
#include <vector>

namespace breadcrumb {

class CallerCalleeIndex
{
public:
    CallerCalleeIndex() = default;
    explicit CallerCalleeIndex(const RunData& run);

    // As CallerCallee::callers / callees (same figures, same order); empty for an unknown function.
    std::vector<CallerCalleeEntry> callers(const RunData& run, std::uint32_t function) const;
    std::vector<CallerCalleeEntry> callees(const RunData& run, std::uint32_t function) const;

private:
    struct Edge
    {
        std::int32_t caller = -1; // index into RunData::functions; -1 = "<root>"
        std::uint32_t callee = 0;
        std::int64_t calls = 0;
        Nanos callerTotal = 0; // the callee's outermost on-stack time entered through this edge
        Nanos calleeTotal = 0; // the callee's on-stack time, a recursion through this edge counted once
    };
    std::vector<Edge> m_edges;
    // Per function: its edges as a callee (callers) and as a caller (callees), by ascending other end.
    std::vector<std::vector<std::uint32_t>> m_in;
    std::vector<std::vector<std::uint32_t>> m_out;
    std::vector<Nanos> m_total; // per function: its inclusive time (the shares' denominator)
};

} // namespace breadcrumb
