#pragma once
// Who calls whom in a run, per pair (caller function, callee function): what CallerCallee computes from a
// loaded run for one function, for every function at once and in a few bytes per pair, so the MCP server's
// analysis needs no call in memory. CallGraphBuilder fills it from the calls as they stream past.

#include "FunctionStats.h"

#include <span>
#include <vector>

namespace breadcrumb {

// The calls of `callee` whose parent is a call of `caller` (-1: no traced parent, "<root>").
struct CallEdge
{
    std::int32_t caller = -1; // function index; -1 = "<root>"
    std::uint32_t callee = 0;
    std::int64_t calls = 0;
    // The on-stack time of those calls that are the outermost of `callee` (its inclusive time entered from
    // `caller`: CallerCallee::callers' total).
    Nanos inclusiveNs = 0;
    // The on-stack time of those calls with no call of `callee` from `caller` above them (recursion
    // through this pair counted once: CallerCallee::callees' total).
    Nanos onStackNs = 0;
    // The most of them one call of `caller` made.
    std::int64_t mostFromOneCall = 0;
};

class CallGraph
{
public:
    CallGraph() = default;
    // `edges` in any order, a pair possibly several times (one builder per thread): they are summed.
    CallGraph(std::vector<CallEdge> edges, std::size_t functions);

    // CallerCallee::callers(run, function) and callees(run, function) of the run the graph is of;
    // `functions` are the run's (RunData::functions), which the indexes refer to.
    std::vector<CallerCalleeEntry> callers(std::uint32_t function,
                                           std::span<const FunctionInfo> functions) const;
    std::vector<CallerCalleeEntry> callees(std::uint32_t function,
                                           std::span<const FunctionInfo> functions) const;
    // The most calls of `function` one call of `caller` made (0 when it never called it).
    std::int64_t mostCallsFromOneCall(std::uint32_t caller, std::uint32_t function) const;
    // The function's inclusive time (FunctionSummary::total): its time entered from every caller.
    Nanos inclusiveNs(std::uint32_t function) const { return m_inclusive[function]; }

    std::span<const CallEdge> edges() const { return m_edges; } // by (caller, callee)

private:
    std::vector<CallEdge> m_edges;
    std::vector<std::uint32_t> m_byCallee; // indexes into m_edges, by (callee, caller)
    std::vector<Nanos> m_inclusive;
};

} // namespace breadcrumb
