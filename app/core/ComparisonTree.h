#pragma once
// Two call trees of the same direction (top-down or bottom-up, see CallTree.h) merged by call path: a node
// is a path present in either run, with its inclusive and self time, and calls, before and after. A path
// only in the after run is new, only in the before run gone. Paths are matched by (module, qualified
// name) at every level, as RunComparison matches functions.

#include "CallTree.h"

#include <optional>
#include <string>
#include <vector>

namespace breadcrumb {

struct ComparisonTreeNode
{
    std::string name; // qualified name; empty for the root
    std::string module;
    std::int32_t functionBefore = -1; // index into the before run's functions; -1 when gone or the root
    std::int32_t functionAfter = -1;  // index into the after run's functions
    std::int32_t beforeNode = -1;     // node of the before CallTree; -1 when the path is new
    std::int32_t afterNode = -1;      // node of the after CallTree; -1 when the path is gone
    std::int32_t parent = -1;
    std::vector<std::uint32_t> children; // ordered by max(inclusive before, after) descending
    std::int64_t callsBefore = 0, callsAfter = 0;
    Nanos inclusiveBefore = 0, inclusiveAfter = 0;
    Nanos selfBefore = 0, selfAfter = 0;

    Nanos delta() const { return inclusiveAfter - inclusiveBefore; }
    Nanos selfDelta() const { return selfAfter - selfBefore; }
    // Relative to the inclusive time before; nullopt when new (or nothing before).
    std::optional<double> deltaPercent() const
    {
        if (inclusiveBefore <= 0)
            return std::nullopt;
        return 100.0 * static_cast<double>(delta()) / static_cast<double>(inclusiveBefore);
    }
    bool isNew() const { return beforeNode < 0; }
    bool isGone() const { return afterNode < 0; }
};

class ComparisonTree
{
public:
    // Both trees of one direction; each built from its run.
    static ComparisonTree build(const RunData& beforeRun, const CallTree& before, const RunData& afterRun,
                                const CallTree& after);

    CallTree::Direction direction() const { return m_direction; }
    std::size_t size() const { return m_nodes.size(); }
    const ComparisonTreeNode& node(std::uint32_t index) const { return m_nodes[index]; }
    const ComparisonTreeNode& root() const { return m_nodes[0]; }

    // From `from` follow the child with the largest |Δ| down to a leaf (or to where nothing changed);
    // includes `from`.
    std::vector<std::uint32_t> hotPath(std::uint32_t from = 0) const;
    // The merged node of a node of the after (before) CallTree; -1 when out of range.
    std::int32_t nodeOfAfter(std::uint32_t afterNode) const;
    std::int32_t nodeOfBefore(std::uint32_t beforeNode) const;
    // The largest |Δ| of any node below the root: the scale of a differential flame graph's colours.
    Nanos maxAbsDelta() const { return m_maxAbsDelta; }

private:
    CallTree::Direction m_direction = CallTree::Direction::TopDown;
    std::vector<ComparisonTreeNode> m_nodes; // [0] is the root
    std::vector<std::int32_t> m_ofAfter;
    std::vector<std::int32_t> m_ofBefore;
    Nanos m_maxAbsDelta = 0;
};

} // namespace breadcrumb
