#include "RunSummaryBuilder.h"

#include <algorithm>

namespace breadcrumb {

int64_t& RunSummaryBuilder::SubtreeTimes::slowSlot(int64_t function)
{
    if (m_entries.size() < kIndexFrom) { // not there (slot() looked)
        m_entries.emplace_back(function, 0);
        if (m_entries.size() == kIndexFrom) { // from now on the index finds the slots
            m_indexed = true;
            for (uint32_t i = 0; i < m_entries.size(); ++i)
                addToIndex(m_entries[i].first, i);
        }
        return m_entries.back().second;
    }
    if (uint64_t(function) < kDirectIds) { // not there either (slot() looked)
        addToIndex(function, uint32_t(m_entries.size()));
        return m_entries.emplace_back(function, 0).second;
    }
    const auto [it, added] = m_index.try_emplace(function, uint32_t(m_entries.size()));
    if (added)
        m_entries.emplace_back(function, 0);
    return m_entries[it->second].second;
}

void RunSummaryBuilder::SubtreeTimes::addToIndex(int64_t function, uint32_t entry)
{
    if (uint64_t(function) >= kDirectIds) {
        m_index.emplace(function, entry);
        return;
    }
    if (uint64_t(function) >= m_direct.size())
        m_direct.resize(
            std::min<size_t>(kDirectIds, std::max<size_t>(size_t(function) + 1, 2 * m_direct.size())));
    m_direct[size_t(function)] = entry + 1;
}

RunSummaryBuilder::ThreadCalls& RunSummaryBuilder::otherThread(int64_t threadId)
{
    for (size_t i = 0; i < m_threads.size(); ++i) // a run has a handful of threads
        if (m_threads[i].threadId == threadId) {
            m_lastThread = i;
            return m_threads[i];
        }
    m_lastThread = m_threads.size();
    return m_threads.emplace_back(ThreadCalls{threadId, {}});
}

void RunSummaryBuilder::grow(int64_t functionId)
{
    m_functions.resize(size_t(functionId) + 64);
}

uint32_t RunSummaryBuilder::newMap()
{
    if (!m_freeMaps.empty()) {
        const uint32_t map = m_freeMaps.back();
        m_freeMaps.pop_back();
        return map;
    }
    m_maps.emplace_back();
    return uint32_t(m_maps.size() - 1);
}

void RunSummaryBuilder::releaseMap(uint32_t map)
{
    m_maps[map].clear();
    m_freeMaps.push_back(map);
}

void RunSummaryBuilder::addRoot(int64_t functionId, int64_t onStackNs, uint32_t map)
{
    if (map == kNoMap) {
        function(functionId).inclusiveNs += onStackNs;
        return;
    }
    for (const auto& [f, ns] : m_maps[map].entries())
        function(f).inclusiveNs += ns;
    releaseMap(map);
}

void RunSummaryBuilder::add(const CallRow& r)
{
    FunctionSummaryRow& f = function(r.functionId);
    const int64_t selfNs = std::max<int64_t>(0, r.durationNs - r.childNs); // as readers clamp it
    ++f.calls;
    f.selfNs += selfNs;
    f.durationSumNs += r.durationNs;
    f.maxDurationNs = std::max(f.maxDurationNs, r.durationNs);
    f.exceptions += r.exceptionId != 0;

    ThreadCalls& t = thread(r.threadId);
    int64_t onStackNs = selfNs;
    uint32_t map = kNoMap;
    // Its own accumulator, if a child finished before it: the last open call of the thread, or none
    // (a leaf: every open call started before it); elsewhere only when calls interleave (coroutines).
    auto own = t.open.end();
    if (!t.open.empty() && t.open.back().callId >= r.callId)
        own = t.open.back().callId == r.callId
                  ? t.open.end() - 1
                  : std::lower_bound(t.open.begin(), t.open.end(), r.callId,
                                     [](const Open& o, int64_t id) { return o.callId < id; });
    if (own != t.open.end() && own->callId == r.callId) {
        onStackNs += own->childOnStackNs;
        map = own->map;
        if (own == t.open.end() - 1)
            t.open.pop_back();
        else
            t.open.erase(own);
        m_maps[map].set(r.functionId, onStackNs); // this call is above every call of f under it
    }
    // A parent starts before its children (readers refuse a file where it does not).
    if (r.parentId == 0 || r.parentId >= r.callId) {
        addRoot(r.functionId, onStackNs, map);
        return;
    }
    Open* parent = nullptr; // usually the last open call: its other children finished before
    if (t.open.empty() || t.open.back().callId < r.parentId) {
        parent = &t.open.emplace_back(Open{r.parentId, 0, kNoMap});
    } else if (t.open.back().callId == r.parentId) {
        parent = &t.open.back();
    } else {
        auto at = std::lower_bound(t.open.begin(), t.open.end(), r.parentId,
                                   [](const Open& o, int64_t id) { return o.callId < id; });
        if (at->callId != r.parentId)
            at = t.open.insert(at, {r.parentId, 0, kNoMap});
        parent = &*at;
    }
    parent->childOnStackNs += onStackNs;
    if (map == kNoMap) {
        if (parent->map == kNoMap)
            parent->map = newMap();
        m_maps[parent->map].add(r.functionId, onStackNs);
    } else if (parent->map == kNoMap) {
        parent->map = map;
    } else {
        uint32_t small = map, large = parent->map;
        if (m_maps[small].size() > m_maps[large].size())
            std::swap(small, large);
        m_maps[small].mergeInto(m_maps[large]);
        releaseMap(small);
        parent->map = large;
    }
}

std::vector<FunctionSummaryRow> RunSummaryBuilder::rows() const
{
    std::vector<FunctionSummaryRow> out;
    for (size_t id = 0; id < m_functions.size(); ++id)
        if (m_functions[id].calls) {
            out.push_back(m_functions[id]);
            out.back().functionId = int64_t(id);
        }
    // Calls whose parent was never written on their thread are roots.
    std::vector<size_t> position(m_functions.size(), 0);
    for (size_t i = 0; i < out.size(); ++i)
        position[size_t(out[i].functionId)] = i;
    for (const ThreadCalls& t : m_threads)
        for (const Open& o : t.open)
            if (o.map != kNoMap)
                for (const auto& [f, ns] : m_maps[o.map].entries())
                    out[position[size_t(f)]].inclusiveNs += ns;
    return out;
}

} // namespace breadcrumb
