#include "CallGraph.h"

#include <algorithm>
#include <numeric>

namespace breadcrumb {

CallGraph::CallGraph(std::vector<CallEdge> edges, std::size_t functions) : m_inclusive(functions, 0)
{
    std::sort(edges.begin(), edges.end(), [](const CallEdge& a, const CallEdge& b) {
        return a.caller != b.caller ? a.caller < b.caller : a.callee < b.callee;
    });
    for (const CallEdge& e : edges) {
        if (!m_edges.empty() && m_edges.back().caller == e.caller && m_edges.back().callee == e.callee) {
            CallEdge& same = m_edges.back();
            same.calls += e.calls;
            same.inclusiveNs += e.inclusiveNs;
            same.onStackNs += e.onStackNs;
            same.mostFromOneCall = std::max(same.mostFromOneCall, e.mostFromOneCall);
        } else {
            m_edges.push_back(e);
        }
    }
    for (const CallEdge& e : m_edges)
        m_inclusive[e.callee] += e.inclusiveNs;
    m_byCallee.resize(m_edges.size());
    std::iota(m_byCallee.begin(), m_byCallee.end(), 0u);
    std::sort(m_byCallee.begin(), m_byCallee.end(), [&](std::uint32_t a, std::uint32_t b) {
        const CallEdge& x = m_edges[a];
        const CallEdge& y = m_edges[b];
        return x.callee != y.callee ? x.callee < y.callee : x.caller < y.caller;
    });
}

std::vector<CallerCalleeEntry> CallGraph::callers(std::uint32_t function,
                                                  std::span<const FunctionInfo> functions) const
{
    const auto begin =
        std::lower_bound(m_byCallee.begin(), m_byCallee.end(), function,
                         [&](std::uint32_t e, std::uint32_t f) { return m_edges[e].callee < f; });
    std::vector<CallerCalleeEntry> entries; // by caller, "<root>" first: the order ranked() expects
    for (auto it = begin; it != m_byCallee.end() && m_edges[*it].callee == function; ++it) {
        const CallEdge& e = m_edges[*it];
        entries.push_back({e.caller, e.calls, e.inclusiveNs, 0});
    }
    return CallerCallee::ranked(std::move(entries), m_inclusive[function], functions);
}

std::vector<CallerCalleeEntry> CallGraph::callees(std::uint32_t function,
                                                  std::span<const FunctionInfo> functions) const
{
    const auto caller = static_cast<std::int32_t>(function);
    const auto begin = std::lower_bound(m_edges.begin(), m_edges.end(), caller,
                                        [](const CallEdge& e, std::int32_t c) { return e.caller < c; });
    std::vector<CallerCalleeEntry> entries;
    for (auto it = begin; it != m_edges.end() && it->caller == caller; ++it)
        entries.push_back({static_cast<std::int32_t>(it->callee), it->calls, it->onStackNs, 0});
    return CallerCallee::ranked(std::move(entries), m_inclusive[function], functions);
}

std::int64_t CallGraph::mostCallsFromOneCall(std::uint32_t caller, std::uint32_t function) const
{
    const auto key = std::make_pair(static_cast<std::int32_t>(caller), function);
    const auto it =
        std::lower_bound(m_edges.begin(), m_edges.end(), key, [](const CallEdge& e, const auto& k) {
            return std::make_pair(e.caller, e.callee) < k;
        });
    return it != m_edges.end() && it->caller == key.first && it->callee == function ? it->mostFromOneCall : 0;
}

} // namespace breadcrumb
