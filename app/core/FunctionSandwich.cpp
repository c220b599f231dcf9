#include "FunctionSandwich.h"

#include "CallPathTrie.h"

#include <algorithm>

namespace breadcrumb {

FunctionSandwich FunctionSandwich::build(const CallTree& tree, std::int32_t function)
{
    FunctionSandwich sandwich;
    sandwich.m_function = function;
    CallPathTrie callers(function);
    CallPathTrie callees(function);
    struct Pending
    {
        std::uint32_t node;
        std::uint32_t depth;
    };
    // Depth-first, carrying the function path and, once inside a call of `function`, the callee node
    // each source node merges into.
    std::vector<std::int32_t> path;
    std::vector<std::uint32_t> target; // per depth: callee trie node, or UINT32_MAX outside the function
    std::vector<Pending> stack;
    if (tree.size() > 0)
        for (auto it = tree.root().children.rbegin(); it != tree.root().children.rend(); ++it)
            stack.push_back({*it, 0});
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        const CallTreeNode& n = tree.node(p.node);
        path.resize(p.depth);
        target.resize(p.depth);
        path.push_back(n.function);
        const std::uint32_t above = p.depth > 0 ? target[p.depth - 1] : UINT32_MAX;
        std::uint32_t here = UINT32_MAX;
        if (above != UINT32_MAX) {
            here = callees.child(above, n.function);
        } else if (n.function == function) {
            // An outermost call of the function: the root of both trees, and one caller chain.
            here = 0;
            std::uint32_t caller = 0;
            callers.node(0).calls += n.calls;
            callers.node(0).firstStartNs = std::min(callers.node(0).firstStartNs, n.firstStartNs);
            for (std::size_t d = p.depth; d-- > 0;) {
                caller = callers.child(caller, path[d]);
                CallTreeNode& c = callers.node(caller);
                c.calls += n.calls;
                c.firstStartNs = std::min(c.firstStartNs, n.firstStartNs);
            }
            callers.node(caller).self += n.inclusive;
        }
        target.push_back(here);
        if (here != UINT32_MAX) {
            CallTreeNode& c = callees.node(here);
            c.self += n.self;
            c.calls += n.calls;
            c.firstStartNs = std::min(c.firstStartNs, n.firstStartNs);
        }
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back({*it, p.depth + 1});
    }
    sandwich.m_callers = std::move(callers).finish(CallTree::Direction::BottomUp, tree.thread());
    sandwich.m_callees = std::move(callees).finish(CallTree::Direction::TopDown, tree.thread());
    return sandwich;
}

} // namespace breadcrumb
