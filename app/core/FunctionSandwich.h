#pragma once
// The sandwich of one function (as speedscope draws it): who calls it and what it calls, each merged
// over all of its call sites. Both trees have the function at their root, whose inclusive time is the
// function's inclusive time in the source tree (its outermost calls: recursion counts once).
// - callers: the root's children are its callers, theirs the callers' callers, up to the threads' top
//   frames; a node's inclusive time is the function's time under that caller chain, its self time the
//   part whose chain ends there (a thread's top frame).
// - callees: the function's top-down subtree merged over its call sites (CallTreeTransform's focus).

#include "CallTree.h"

namespace breadcrumb {

class FunctionSandwich
{
public:
    // `tree` must be top-down (transformed or not).
    static FunctionSandwich build(const CallTree& tree, std::int32_t function);

    std::int32_t function() const { return m_function; }
    const CallTree& callers() const { return m_callers; }
    const CallTree& callees() const { return m_callees; }
    Nanos inclusive() const { return m_callees.total(); }
    std::int64_t calls() const { return m_callees.size() ? m_callees.root().calls : 0; }

private:
    std::int32_t m_function = -1;
    CallTree m_callers;
    CallTree m_callees;
};

} // namespace breadcrumb
