#pragma once
// Call paths merged into tree nodes, for the trees the transforms and the sandwich derive from a
// top-down CallTree: each (parent, function) pair becomes one node, times and calls are added in, and
// finish() makes every node's inclusive time its self time plus its children's.

#include "CallTree.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class CallPathTrie
{
public:
    explicit CallPathTrie(std::int32_t rootFunction = -1)
    {
        CallTreeNode root;
        root.function = rootFunction;
        root.firstStartNs = std::numeric_limits<Nanos>::max();
        m_nodes.push_back(std::move(root));
    }

    std::uint32_t child(std::uint32_t parent, std::int32_t function)
    {
        const std::uint64_t key =
            (static_cast<std::uint64_t>(parent) << 32) | static_cast<std::uint32_t>(function);
        const auto [it, inserted] = m_children.try_emplace(key, static_cast<std::uint32_t>(m_nodes.size()));
        if (inserted) {
            CallTreeNode n;
            n.function = function;
            n.parent = static_cast<std::int32_t>(parent);
            n.firstStartNs = std::numeric_limits<Nanos>::max();
            m_nodes.push_back(std::move(n));
            m_nodes[parent].children.push_back(it->second);
        }
        return it->second;
    }
    CallTreeNode& node(std::uint32_t index) { return m_nodes[index]; }

    CallTree finish(CallTree::Direction direction, std::int32_t thread) &&
    {
        // Parents precede children, so one backward pass sums the subtrees.
        for (std::size_t i = m_nodes.size(); i-- > 0;) {
            CallTreeNode& n = m_nodes[i];
            n.inclusive = n.self;
            for (const std::uint32_t c : n.children) {
                n.inclusive += m_nodes[c].inclusive;
                n.firstStartNs = std::min(n.firstStartNs, m_nodes[c].firstStartNs);
            }
            if (n.firstStartNs == std::numeric_limits<Nanos>::max())
                n.firstStartNs = 0;
        }
        return CallTree::fromNodes(direction, thread, std::move(m_nodes));
    }

private:
    std::vector<CallTreeNode> m_nodes;
    std::unordered_map<std::uint64_t, std::uint32_t> m_children;
};

} // namespace breadcrumb
