#pragma once
// Calls aggregated by call path: the top-down tree (and the flame graph) and the inverted bottom-up tree.

#include "RunData.h"

#include <atomic>
#include <vector>

namespace breadcrumb {

struct CallTreeNode
{
    std::int32_t function = -1;          // index into RunData::functions; -1 for the root node
    std::int32_t parent = -1;            // node index; -1 for the root
    std::vector<std::uint32_t> children; // node indices, ordered by inclusive time descending
    std::int64_t calls = 0;
    Nanos inclusive = 0; // top-down: time of this path; bottom-up: time of the leaf function
                         // reached through this path
    Nanos self = 0;
    Nanos firstStartNs = 0; // earliest start of a call on this path (flame graph ordering)
};

class CallTree
{
public:
    enum class Direction
    {
        TopDown,
        BottomUp
    };

    // Throws TraceError(Interrupted) when *cancel becomes true.
    static CallTree build(const RunData& run, Direction direction, const std::atomic_bool* cancel = nullptr);

    Direction direction() const { return m_direction; }
    std::size_t size() const { return m_nodes.size(); }
    const CallTreeNode& node(std::uint32_t index) const { return m_nodes[index]; }
    const CallTreeNode& root() const { return m_nodes[0]; }
    Nanos total() const { return m_nodes.empty() ? 0 : m_nodes[0].inclusive; } // the run's traced time

    // From `from` follow the child with the largest inclusive time down to a leaf; includes `from`.
    std::vector<std::uint32_t> hotPath(std::uint32_t from = 0) const;
    // Node indices whose function name contains `text` (case-insensitive), in depth-first order.
    std::vector<std::uint32_t> find(const RunData& run, std::string_view text) const;
    // Node indices from the root to `index`.
    std::vector<std::uint32_t> pathTo(std::uint32_t index) const;

private:
    Direction m_direction = Direction::TopDown;
    std::vector<CallTreeNode> m_nodes; // [0] is the root
};

} // namespace breadcrumb
