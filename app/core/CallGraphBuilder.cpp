#include "CallGraphBuilder.h"

#include <algorithm>

namespace breadcrumb {

CallGraphBuilder::Sums& CallGraphBuilder::SumMap::slowSlot(Key key)
{
    if (m_entries.size() < kIndexFrom) { // not there (slot() looked)
        m_entries.push_back({key, 0, 0});
        if (m_entries.size() == kIndexFrom) // from now on the index finds the slots
            reindex();
        return m_entries.back();
    }
    const auto [it, added] = m_index.try_emplace(key, static_cast<std::uint32_t>(m_entries.size()));
    if (added)
        m_entries.push_back({key, 0, 0});
    return m_entries[it->second];
}

void CallGraphBuilder::SumMap::reindex()
{
    m_index.clear();
    if (m_entries.size() >= kIndexFrom)
        for (std::uint32_t i = 0; i < m_entries.size(); ++i)
            m_index.emplace(m_entries[i].key, i);
}

template <typename Take> void CallGraphBuilder::SumMap::extract(std::uint32_t callee, const Take& take)
{
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (calleeOf(m_entries[i].key) == callee)
            take(m_entries[i]);
        else
            m_entries[kept++] = m_entries[i];
    }
    if (kept == m_entries.size())
        return;
    m_entries.resize(kept);
    reindex();
}

// Maps are reused: clearing the index key by key costs its entries, where unordered_map::clear() zeroes
// every bucket it ever grew to (as RunSummaryBuilder found).
void CallGraphBuilder::SumMap::clear()
{
    if (!m_index.empty()) {
        if (m_index.bucket_count() > 4 * m_entries.size())
            for (const Sums& s : m_entries)
                m_index.erase(s.key);
        else
            m_index.clear();
    }
    m_entries.clear();
}

CallEdge& CallGraphBuilder::edge(std::uint32_t caller, std::uint32_t callee)
{
    const auto [it, added] =
        m_edgeIndex.try_emplace(pair(caller, callee), static_cast<std::uint32_t>(m_edges.size()));
    if (added) {
        CallEdge& e = m_edges.emplace_back();
        e.caller = static_cast<std::int32_t>(caller);
        e.callee = callee;
    }
    return m_edges[it->second];
}

void CallGraphBuilder::addRoot(std::uint32_t function, std::int64_t calls, Nanos onStackNs)
{
    if (function >= m_roots.size())
        m_roots.resize(function + 1);
    CallEdge& e = m_roots[function];
    e.callee = function;
    e.calls += calls;
    e.inclusiveNs += onStackNs; // a root is the outermost call of its function
    e.onStackNs += onStackNs;
}

std::uint32_t CallGraphBuilder::newAccumulator()
{
    if (!m_free.empty()) {
        const std::uint32_t a = m_free.back();
        m_free.pop_back();
        return a;
    }
    m_accumulators.emplace_back();
    return static_cast<std::uint32_t>(m_accumulators.size() - 1);
}

void CallGraphBuilder::release(std::uint32_t accumulator)
{
    Accumulator& a = m_accumulators[accumulator];
    a.direct.clear();
    a.below.clear();
    a.conditional.clear();
    m_free.push_back(accumulator);
}

void CallGraphBuilder::resolve(Accumulator& a, std::uint32_t function)
{
    for (const Sums& child : a.direct.entries()) {
        const auto callee = static_cast<std::uint32_t>(child.key);
        CallEdge& e = edge(function, callee);
        e.calls += child.first;
        e.mostFromOneCall = std::max(e.mostFromOneCall, child.first);
        a.below.add(pair(function, callee), child.second, child.second);
    }
    for (const Sums& s : a.conditional.entries())
        if (callerOf(s.key) != function) // else this call's pair with the child is above them
            a.below.add(s.key, 0, s.second);
    a.direct.clear();
    a.conditional.clear();
}

void CallGraphBuilder::settle(const Accumulator& a)
{
    for (const Sums& child : a.direct.entries())
        addRoot(static_cast<std::uint32_t>(child.key), child.first, child.second);
    for (const Sums& s : a.below.entries()) {
        CallEdge& e = edge(callerOf(s.key), calleeOf(s.key));
        e.inclusiveNs += s.first;
        e.onStackNs += s.second;
    }
    for (const Sums& s : a.conditional.entries())
        edge(callerOf(s.key), calleeOf(s.key)).onStackNs += s.second;
}

void CallGraphBuilder::add(std::int64_t callId, std::int64_t parentId, std::uint32_t function, Nanos selfNs)
{
    Nanos onStackNs = selfNs;
    std::uint32_t own = kNone;
    // Its own accumulator, if a child ended before it: the last open call, or none (a leaf: every open
    // call started before it); elsewhere only when calls interleave (coroutines).
    if (!m_open.empty() && m_open.back().callId >= callId) {
        auto it = m_open.back().callId == callId
                      ? m_open.end() - 1
                      : std::lower_bound(m_open.begin(), m_open.end(), callId,
                                         [](const Open& o, std::int64_t id) { return o.callId < id; });
        if (it != m_open.end() && it->callId == callId) {
            onStackNs += it->childOnStackNs;
            own = it->accumulator;
            m_open.erase(it);
            resolve(m_accumulators[own], function);
        }
    }

    if (parentId == kNoParent || parentId >= callId) {
        addRoot(function, 1, onStackNs);
        if (own != kNone) {
            Accumulator& a = m_accumulators[own];
            // this call is above every call of its function below it: none of them is the outermost
            a.below.clearFirst(function);
            settle(a);
            release(own);
        }
        return;
    }

    Open* parent = nullptr; // usually the last open call: its other children ended before
    if (m_open.empty() || m_open.back().callId < parentId) {
        parent = &m_open.emplace_back(Open{parentId, 0, kNone});
    } else if (m_open.back().callId == parentId) {
        parent = &m_open.back();
    } else {
        auto at = std::lower_bound(m_open.begin(), m_open.end(), parentId,
                                   [](const Open& o, std::int64_t id) { return o.callId < id; });
        if (at->callId != parentId)
            at = m_open.insert(at, {parentId, 0, kNone});
        parent = &*at;
    }
    parent->childOnStackNs += onStackNs;
    if (parent->accumulator == kNone)
        parent->accumulator = newAccumulator();
    Accumulator& up = m_accumulators[parent->accumulator];
    up.direct.add(function, 1, onStackNs);
    if (own == kNone)
        return;
    Accumulator& a = m_accumulators[own];
    // Pairs ending at this call's function below it: this call is above them (no callers' time left),
    // and their pair repeats above them if the parent's function is their caller.
    a.below.extract(function, [&](const Sums& s) { up.conditional.add(s.key, 0, s.second); });
    if (a.below.size() > up.below.size())
        a.below.swap(up.below); // the smaller map is merged into the larger
    a.below.mergeInto(up.below);
    release(own);
}

std::vector<CallEdge> CallGraphBuilder::finish()
{
    for (const Open& o : m_open)
        if (o.accumulator != kNone) // a parent never added: its children are roots
            settle(m_accumulators[o.accumulator]);
    m_open.clear();
    std::vector<CallEdge> out = std::move(m_edges);
    for (const CallEdge& root : m_roots)
        if (root.calls > 0)
            out.push_back(root);
    m_edges.clear();
    m_edgeIndex.clear();
    m_roots.clear();
    return out;
}

} // namespace breadcrumb
