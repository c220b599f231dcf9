#pragma once
// The run's per-function summary (format 1.3, table function_summaries), built by the writer thread from
// the call rows as they pass, so a reader can show the function table without decoding the calls.
// Time follows tracer/FORMAT.md "Time: self, on-stack, inclusive", the rules app/core/RunData.h
// implements (tests/core/tst_runsummaries.cpp checks both agree on real traces):
// - self = duration - child; on-stack = self + the children's on-stack, summed bottom-up;
// - inclusive of a function = on-stack of its calls with no call of the same function above them;
// - parents on another thread, or never written, are no parents (the calls are roots).
// Rows of a thread arrive children first, so every call still open that has finished children keeps
// one accumulator: its children's on-stack time, and per function the on-stack time of the outermost
// calls of that function in the finished part of its subtree. A finishing call of f replaces f's entry
// (it is above them all) and hands the rest to its parent, the smaller map merged into the larger.
#include "Rows.h"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace breadcrumb {

struct FunctionSummaryRow
{
    int64_t functionId = 0; // the session's id (TraceWriter maps it to the file's)
    int64_t calls = 0;
    int64_t selfNs = 0;
    int64_t inclusiveNs = 0;
    int64_t durationSumNs = 0;
    int64_t maxDurationNs = 0;
    int64_t exceptions = 0; // calls an exception escaped from
};

class RunSummaryBuilder
{
public:
    void add(const CallRow* rows, size_t n)
    {
        for (size_t i = 0; i < n; ++i)
            add(rows[i]);
    }
    // The summary so far, one row per function with calls; calls still waiting for a parent that was
    // never written count as roots (as readers take them).
    std::vector<FunctionSummaryRow> rows() const;

private:
    // Function -> on-stack time of the outermost calls of it in a subtree. Small maps scan a vector;
    // past kIndexFrom entries an index finds the slot: by the function id itself while ids are small (they
    // are dense: the session's, or a reader's function rows), else hashed.
    class SubtreeTimes
    {
    public:
        size_t size() const { return m_entries.size(); }
        void add(int64_t function, int64_t ns) { slot(function) += ns; }
        void set(int64_t function, int64_t ns) { slot(function) = ns; }
        void mergeInto(SubtreeTimes& other) const
        {
            for (const auto& [f, ns] : m_entries)
                other.add(f, ns);
        }
        const std::vector<std::pair<int64_t, int64_t>>& entries() const { return m_entries; }
        // Maps are reused (m_freeMaps): clearing the index key by key costs its entries, where
        // unordered_map::clear() zeroes every bucket it ever grew to, even when empty (the writer's
        // biggest memset on a docutils run).
        void clear()
        {
            if (m_indexed) {
                for (const auto& [f, ns] : m_entries)
                    if (uint64_t(f) < m_direct.size())
                        m_direct[size_t(f)] = 0;
                m_indexed = false;
            }
            if (!m_index.empty()) {
                if (m_index.bucket_count() > 4 * m_entries.size())
                    for (const auto& [f, ns] : m_entries)
                        m_index.erase(f);
                else
                    m_index.clear();
            }
            m_entries.clear();
        }

    private:
        static constexpr size_t kIndexFrom = 12;
        // Ids below this are indexed directly: at most 256 KB of index per map, and only maps past
        // kIndexFrom entries have one (a handful of calls open at once).
        static constexpr uint64_t kDirectIds = uint64_t(1) << 16;
        int64_t& slot(int64_t function)
        {
            if (m_entries.size() < kIndexFrom) { // most subtrees run a few functions
                for (auto& [f, ns] : m_entries)
                    if (f == function)
                        return ns;
            } else if (uint64_t(function) < m_direct.size() && m_direct[size_t(function)] != 0) {
                return m_entries[m_direct[size_t(function)] - 1].second;
            }
            return slowSlot(function);
        }
        int64_t& slowSlot(int64_t function); // a new entry, or a look-up in the hashed index
        void addToIndex(int64_t function, uint32_t entry);
        std::vector<std::pair<int64_t, int64_t>> m_entries;
        std::vector<uint32_t> m_direct;                // entry + 1 by function id below kDirectIds; 0: none
        bool m_indexed = false;                        // m_direct holds the entries (cleared entry by entry)
        std::unordered_map<int64_t, uint32_t> m_index; // the others
    };

    static constexpr uint32_t kNoMap = UINT32_MAX;
    struct Open // a call not written yet whose children (some) are
    {
        int64_t callId;
        int64_t childOnStackNs;
        uint32_t map; // index into m_maps, or kNoMap
    };
    struct ThreadCalls
    {
        int64_t threadId;
        std::vector<Open> open; // by call id
    };

    void add(const CallRow& r);
    ThreadCalls& thread(int64_t threadId)
    {
        if (m_lastThread < m_threads.size() && m_threads[m_lastThread].threadId == threadId) [[likely]]
            return m_threads[m_lastThread];
        return otherThread(threadId);
    }
    ThreadCalls& otherThread(int64_t threadId);
    FunctionSummaryRow& function(int64_t functionId)
    {
        if (size_t(functionId) >= m_functions.size()) [[unlikely]]
            grow(functionId);
        return m_functions[size_t(functionId)];
    }
    void grow(int64_t functionId);
    uint32_t newMap();
    void releaseMap(uint32_t map);
    void addRoot(int64_t function, int64_t onStackNs, uint32_t map);

    std::vector<FunctionSummaryRow> m_functions; // by session function id
    std::vector<ThreadCalls> m_threads;
    size_t m_lastThread = 0;
    std::vector<SubtreeTimes> m_maps;
    std::vector<uint32_t> m_freeMaps;
};

} // namespace breadcrumb
