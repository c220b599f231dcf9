#include "ComparisonTree.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace breadcrumb {

ComparisonTree ComparisonTree::build(const RunData& beforeRun, const CallTree& before,
                                     const RunData& afterRun, const CallTree& after)
{
    ComparisonTree tree;
    tree.m_direction = after.direction();
    tree.m_ofBefore.assign(before.size(), -1);
    tree.m_ofAfter.assign(after.size(), -1);
    tree.m_nodes.emplace_back();
    if (before.size() == 0 && after.size() == 0)
        return tree;

    auto fill = [&](std::uint32_t index, const CallTree& source, std::int32_t sourceNode, bool isAfter) {
        auto& n = tree.m_nodes[index];
        const CallTreeNode& s = source.node(static_cast<std::uint32_t>(sourceNode));
        if (isAfter) {
            n.afterNode = sourceNode;
            n.functionAfter = s.function;
            n.callsAfter = s.calls;
            n.inclusiveAfter = s.inclusive;
            n.selfAfter = s.self;
            tree.m_ofAfter[static_cast<std::size_t>(sourceNode)] = static_cast<std::int32_t>(index);
        } else {
            n.beforeNode = sourceNode;
            n.functionBefore = s.function;
            n.callsBefore = s.calls;
            n.inclusiveBefore = s.inclusive;
            n.selfBefore = s.self;
            tree.m_ofBefore[static_cast<std::size_t>(sourceNode)] = static_cast<std::int32_t>(index);
        }
    };
    if (before.size() > 0)
        fill(0, before, 0, false);
    if (after.size() > 0)
        fill(0, after, 0, true);

    // Depth first; each merged node matches the children of its before and after nodes by function key.
    using Key = std::pair<std::string, std::string>;
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t index = stack.back();
        stack.pop_back();
        std::map<Key, std::uint32_t> byKey;
        auto merge = [&](const RunData& run, const CallTree& source, std::int32_t sourceNode, bool isAfter) {
            if (sourceNode < 0)
                return;
            for (std::uint32_t child : source.node(static_cast<std::uint32_t>(sourceNode)).children) {
                const auto& f = run.functions[static_cast<std::size_t>(source.node(child).function)];
                auto [it, inserted] = byKey.try_emplace(Key{f.module, f.name}, 0);
                if (inserted) {
                    it->second = static_cast<std::uint32_t>(tree.m_nodes.size());
                    ComparisonTreeNode n;
                    n.name = f.name;
                    n.module = f.module;
                    n.parent = static_cast<std::int32_t>(index);
                    tree.m_nodes.push_back(std::move(n));
                    tree.m_nodes[index].children.push_back(it->second);
                }
                fill(it->second, source, static_cast<std::int32_t>(child), isAfter);
            }
        };
        // Copies: the vector may grow (and move the nodes) while merging.
        const std::int32_t beforeNode = tree.m_nodes[index].beforeNode;
        const std::int32_t afterNode = tree.m_nodes[index].afterNode;
        merge(beforeRun, before, beforeNode, false);
        merge(afterRun, after, afterNode, true);
        auto& children = tree.m_nodes[index].children;
        std::stable_sort(children.begin(), children.end(), [&](std::uint32_t a, std::uint32_t b) {
            const auto& na = tree.m_nodes[a];
            const auto& nb = tree.m_nodes[b];
            return std::max(na.inclusiveBefore, na.inclusiveAfter) >
                   std::max(nb.inclusiveBefore, nb.inclusiveAfter);
        });
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
    }
    for (std::size_t i = 1; i < tree.m_nodes.size(); ++i)
        tree.m_maxAbsDelta = std::max<Nanos>(tree.m_maxAbsDelta, std::llabs(tree.m_nodes[i].delta()));
    return tree;
}

std::vector<std::uint32_t> ComparisonTree::hotPath(std::uint32_t from) const
{
    std::vector<std::uint32_t> path;
    if (from >= m_nodes.size())
        return path;
    path.push_back(from);
    for (;;) {
        const auto& children = m_nodes[path.back()].children;
        const auto best =
            std::max_element(children.begin(), children.end(), [&](std::uint32_t a, std::uint32_t b) {
                return std::llabs(m_nodes[a].delta()) < std::llabs(m_nodes[b].delta());
            });
        if (best == children.end() || m_nodes[*best].delta() == 0)
            break;
        path.push_back(*best);
    }
    return path;
}

std::int32_t ComparisonTree::nodeOfAfter(std::uint32_t afterNode) const
{
    return afterNode < m_ofAfter.size() ? m_ofAfter[afterNode] : -1;
}

std::int32_t ComparisonTree::nodeOfBefore(std::uint32_t beforeNode) const
{
    return beforeNode < m_ofBefore.size() ? m_ofBefore[beforeNode] : -1;
}

} // namespace breadcrumb
