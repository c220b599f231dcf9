#pragma once
// Every function's callers and callees at once: the edges (calling function -> called function) of a run
// with their calls and times, aggregated in one walk of the call tree. CallerCallee computes one
// function's lists by visiting its calls, their children and, for recursion, their ancestors: at 10 M
// calls the most called function took seconds. The viewer builds this index once, off the GUI thread, and
// a selection reads its lists from here: the same entries in the same order as CallerCallee's.

#include "CallGraph.h"
#include "FunctionStats.h"

#include <cstdint>
#include <vector>

namespace breadcrumb {

// The pairs go into a CallGraph, the same store and ranking the MCP analysis reads from a streamed run;
// this class is the walk that fills it from a loaded run.
class CallerCalleeIndex
{
public:
    CallerCalleeIndex() = default;
    explicit CallerCalleeIndex(const RunData& run);

    // As CallerCallee::callers / callees (same figures, same order); empty for an unknown function.
    std::vector<CallerCalleeEntry> callers(const RunData& run, std::uint32_t function) const;
    std::vector<CallerCalleeEntry> callees(const RunData& run, std::uint32_t function) const;

private:
    CallGraph m_graph; // its mostFromOneCall is not filled (nothing here asks for it)
    std::size_t m_functions = 0;
};

} // namespace breadcrumb
