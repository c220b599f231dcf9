#pragma once
// Which function of one run is "the same" function in another run: matched by (module, qualified name), as
// RunComparison matches them (ids differ between files, lines move with edits). The viewer keeps two runs
// in step with it: a selection, a call path in a call tree, a frame of a flame graph.

#include "CallTree.h"
#include "RunData.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace breadcrumb {

class FunctionMatch
{
public:
    FunctionMatch() = default;
    FunctionMatch(const RunData& first, const RunData& second);

    // The same function in the other run; -1 when that run has none (or the index is out of range).
    std::int32_t toSecond(std::int32_t firstFunction) const { return lookup(m_firstToSecond, firstFunction); }
    std::int32_t toFirst(std::int32_t secondFunction) const
    {
        return lookup(m_secondToFirst, secondFunction);
    }

    // The node of `to` with the same call path (function by function from the root) as `node` of `from`;
    // nullopt when `to` has no such path. The root matches the root.
    std::optional<std::uint32_t> secondNode(const CallTree& from, std::uint32_t node,
                                            const CallTree& to) const
    {
        return matchNode(m_firstToSecond, from, node, to);
    }
    std::optional<std::uint32_t> firstNode(const CallTree& from, std::uint32_t node, const CallTree& to) const
    {
        return matchNode(m_secondToFirst, from, node, to);
    }

private:
    static std::int32_t lookup(const std::vector<std::int32_t>& map, std::int32_t function);
    static std::optional<std::uint32_t> matchNode(const std::vector<std::int32_t>& map, const CallTree& from,
                                                  std::uint32_t node, const CallTree& to);

    std::vector<std::int32_t> m_firstToSecond;
    std::vector<std::int32_t> m_secondToFirst;
};

} // namespace breadcrumb
