#pragma once
// Transforms of a top-down CallTree that the flame graph stacks (as the Firefox Profiler does):
// - focus on function: only the calls of a function and what they call, merged over all call sites
//   (the outermost calls, so recursion counts once); the root's total becomes the function's inclusive time;
// - focus on subtree: only one call path and what it calls;
// - merge recursion: a function's calls inside another call of it (directly or through other functions)
//   are folded into the outermost one, the frames in between giving up that time; the total is kept;
// - collapse frame: one call path's callees folded into it (their time becomes its self time); the total
//   is kept.
// Transforms apply in order, each to the tree the previous one produced; paths are function paths, so a
// stack can be re-applied to a rebuilt tree (another thread filter) of the same run.

#include "CallTree.h"

#include <span>
#include <vector>

namespace breadcrumb {

class CallTreeTransform
{
public:
    enum class Kind
    {
        FocusFunction,
        FocusSubtree,
        MergeRecursion,
        CollapseFrame
    };

    static CallTreeTransform focusFunction(std::int32_t function);
    static CallTreeTransform mergeRecursion(std::int32_t function);
    // The path of `node` in `tree`, which is the tree the transform applies to.
    static CallTreeTransform focusSubtree(const CallTree& tree, std::uint32_t node);
    static CallTreeTransform collapseFrame(const CallTree& tree, std::uint32_t node);

    Kind kind() const { return m_kind; }
    // The function the transform names: the focused or merged one, or the last frame of the path.
    std::int32_t function() const { return m_path.empty() ? -1 : m_path.back(); }
    const std::vector<std::int32_t>& path() const { return m_path; }
    bool operator==(const CallTreeTransform&) const = default;

    // The top-down `tree` with `transforms` applied in order (a copy of it when there are none).
    static CallTree apply(const CallTree& tree, std::span<const CallTreeTransform> transforms);

    // Maps a call path (functions below the root) in place; false when the path is dropped. `own` is
    // cleared when the path's last frame is folded into an earlier one (its calls then belong to that one).
    bool map(std::vector<std::int32_t>& path, bool& own) const;

private:
    CallTreeTransform(Kind kind, std::vector<std::int32_t> path) : m_kind(kind), m_path(std::move(path)) {}
    static std::vector<std::int32_t> functionPath(const CallTree& tree, std::uint32_t node);

    Kind m_kind;
    std::vector<std::int32_t> m_path; // FocusFunction, MergeRecursion: {function}
};

} // namespace breadcrumb
