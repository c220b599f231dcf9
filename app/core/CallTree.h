#pragma once
// Calls aggregated by call path: the top-down tree (and the flame graph) and the inverted bottom-up tree.
// Times are those of RunData.h. Top-down, a node stands for the calls with its call path: inclusive = their
// on-stack time, self = their self time, so self + the children's inclusive = inclusive and the root is
// the traced time (threads are merged by call path, their times summed). Bottom-up, a node is a function
// followed by the callers it was entered from: the outermost calls of the function with that caller chain
// (recursion counted once), with inclusive = their on-stack time, and self and calls taken over them and
// the recursive calls inside them; a function's top-level node has its Functions table figures, and its
// children (callers) split its time among them.

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
    Nanos inclusive = 0; // see above
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

    // The calls of `thread` (an index into RunData::threads) or of all threads. Throws
    // TraceError(Interrupted) when *cancel becomes true.
    static CallTree build(const RunData& run, Direction direction, const std::atomic_bool* cancel = nullptr,
                          std::int32_t thread = kAllThreads);

    Direction direction() const { return m_direction; }
    std::int32_t thread() const { return m_thread; }
    std::size_t size() const { return m_nodes.size(); }
    const CallTreeNode& node(std::uint32_t index) const { return m_nodes[index]; }
    const CallTreeNode& root() const { return m_nodes[0]; }
    // The traced time of the tree's threads (RunData::tracedNs): what "% of run" divides by.
    Nanos total() const { return m_nodes.empty() ? 0 : m_nodes[0].inclusive; }

    // From `from` follow the child with the largest inclusive time down to a leaf; includes `from`.
    std::vector<std::uint32_t> hotPath(std::uint32_t from = 0) const;
    // Node indices whose function name contains `text` (case-insensitive), in depth-first order.
    std::vector<std::uint32_t> find(const RunData& run, std::string_view text) const;
    // Node indices from the root to `index`.
    std::vector<std::uint32_t> pathTo(std::uint32_t index) const;

    // A tree made by a transform (CallTreeTransform, FunctionSandwich): nodes[0] is the root, parents come
    // before their children and list them; children are put in this class's order.
    static CallTree fromNodes(Direction direction, std::int32_t thread, std::vector<CallTreeNode> nodes);

private:
    void sortChildren();

    Direction m_direction = Direction::TopDown;
    std::int32_t m_thread = kAllThreads;
    std::vector<CallTreeNode> m_nodes; // [0] is the root
};

} // namespace breadcrumb
