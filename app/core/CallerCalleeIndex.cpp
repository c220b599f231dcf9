#include "CallerCalleeIndex.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace breadcrumb {

namespace {

constexpr std::uint32_t kNoEdge = std::numeric_limits<std::uint32_t>::max();
// Edge ids by (caller + 1, callee) in a flat table while it stays small (a few hundred functions: every
// call's lookup is one load), in a hash map beyond.
constexpr std::size_t kMaxFlatSlots = std::size_t(1) << 22;

} // namespace

CallerCalleeIndex::CallerCalleeIndex(const RunData& run)
{
    const std::size_t functions = run.functions.size();
    m_functions = functions;
    std::vector<CallEdge> edges;
    const bool flat = (functions + 1) * functions <= kMaxFlatSlots;
    std::vector<std::uint32_t> flatIds(flat ? (functions + 1) * functions : 0, kNoEdge);
    std::unordered_map<std::uint64_t, std::uint32_t> hashedIds;
    std::vector<std::uint32_t> active; // per edge: its calls on the stack being walked
    const auto edgeOf = [&](std::int32_t caller, std::uint32_t callee) -> std::uint32_t {
        const std::size_t from = static_cast<std::size_t>(caller + 1);
        std::uint32_t* id = nullptr;
        if (flat) {
            id = &flatIds[from * functions + callee];
        } else {
            const auto [it, inserted] = hashedIds.try_emplace((std::uint64_t(from) << 32) | callee, kNoEdge);
            id = &it->second;
        }
        if (*id == kNoEdge) {
            *id = static_cast<std::uint32_t>(edges.size());
            edges.push_back({caller, callee});
            active.push_back(0);
        }
        return *id;
    };

    // One depth-first walk per root, as RunData::buildIndexes: a call is nested in its own edge when a
    // call above it on the stack went through the same edge (CallerCallee's recursion rule), so its time is
    // already in the outer one's.
    struct Frame
    {
        std::uint32_t call;
        std::uint32_t next; // next child position
        std::uint32_t edge; // kNoEdge for a call of an unknown function
    };
    std::vector<Frame> stack;
    const auto enter = [&](std::uint32_t call) {
        const CallRecord& c = run.calls[call];
        const std::int32_t caller =
            c.parent < 0 ? -1
                         : static_cast<std::int32_t>(run.calls[static_cast<std::size_t>(c.parent)].function);
        std::uint32_t id = kNoEdge;
        if (c.function < functions && (caller < 0 || static_cast<std::size_t>(caller) < functions)) {
            id = edgeOf(caller, c.function);
            CallEdge& edge = edges[id];
            ++edge.calls;
            if (c.outermost)
                edge.inclusiveNs += c.onStackNs;
            if (active[id] == 0)
                edge.onStackNs += c.onStackNs;
            ++active[id];
        }
        stack.push_back({call, 0, id});
    };
    for (const std::uint32_t root : run.roots()) {
        enter(root);
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto kids = run.children(top.call);
            if (top.next < kids.size()) {
                enter(kids[top.next++]);
                continue;
            }
            if (top.edge != kNoEdge)
                --active[top.edge];
            stack.pop_back();
        }
    }

    m_graph = CallGraph(std::move(edges), functions);
}

std::vector<CallerCalleeEntry> CallerCalleeIndex::callers(const RunData& run, std::uint32_t function) const
{
    return function < m_functions ? m_graph.callers(function, run.functions)
                                  : std::vector<CallerCalleeEntry>{};
}

std::vector<CallerCalleeEntry> CallerCalleeIndex::callees(const RunData& run, std::uint32_t function) const
{
    return function < m_functions ? m_graph.callees(function, run.functions)
                                  : std::vector<CallerCalleeEntry>{};
}

} // namespace breadcrumb
