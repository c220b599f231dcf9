#pragma once
// Fills a CallGraph from one thread's calls as they stream past, in the order the tracer writes them: a
// call after its children (its row is written when it ends). Like the tracer's RunSummaryBuilder, every
// call still open whose children have ended keeps one accumulator, handed to its parent when it ends:
// - its direct children per function (calls, on-stack time): their pair is (its function, theirs), known
//   when it ends;
// - per pair of its finished subtree, the on-stack time still counted for the callers' figure (calls with
//   no call of the callee above them so far) and for the callees' figure (no call of the same pair above);
// - pairs ending at a direct child's function, from below that child: their callees' time goes when the
//   pair turns out to be (its function, the child's function), which then repeats above them.
// Time follows tracer/FORMAT.md "Time: self, on-stack, inclusive"; CallerCallee gives the same figures
// from a loaded run (tests/mcp/tst_mcp_analysis.cpp compares them).

#include "CallGraph.h"

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class CallGraphBuilder
{
public:
    static constexpr std::int64_t kNoParent = std::numeric_limits<std::int64_t>::min();

    // One call of the thread; `function` is an index the graph keeps. A parent that is never added (on
    // another thread, or never written) is no parent, and one that does not start before the call neither.
    void add(std::int64_t callId, std::int64_t parentId, std::uint32_t function, Nanos selfNs);
    // The pairs of the calls added; those still waiting for a parent are roots. Ends the stream.
    std::vector<CallEdge> finish();

private:
    using Key = std::uint64_t; // (caller << 32) | callee, or a function alone
    static Key pair(std::uint32_t caller, std::uint32_t callee) { return Key(caller) << 32 | callee; }
    static std::uint32_t callerOf(Key key) { return static_cast<std::uint32_t>(key >> 32); }
    static std::uint32_t calleeOf(Key key) { return static_cast<std::uint32_t>(key); }

    struct Sums
    {
        Key key;
        std::int64_t first;  // calls (direct children), or the callers' figure
        std::int64_t second; // on-stack time: the callees' figure
    };
    // Key -> sums. Small maps scan a vector; past kIndexFrom entries a hash index finds the slot.
    class SumMap
    {
    public:
        std::size_t size() const { return m_entries.size(); }
        bool empty() const { return m_entries.empty(); }
        const std::vector<Sums>& entries() const { return m_entries; }
        void add(Key key, std::int64_t first, std::int64_t second)
        {
            Sums& s = slot(key);
            s.first += first;
            s.second += second;
        }
        // Zeroes the callers' figure of the pairs ending at `callee`.
        void clearFirst(std::uint32_t callee)
        {
            for (Sums& s : m_entries)
                if (calleeOf(s.key) == callee)
                    s.first = 0;
        }
        // Hands the entries whose callee is `callee` to take(const Sums&) and drops them.
        template <typename Take> void extract(std::uint32_t callee, const Take& take);
        void mergeInto(SumMap& other) const
        {
            for (const Sums& s : m_entries)
                other.add(s.key, s.first, s.second);
        }
        void swap(SumMap& other) noexcept
        {
            m_entries.swap(other.m_entries);
            m_index.swap(other.m_index);
        }
        void clear();

    private:
        static constexpr std::size_t kIndexFrom = 12;
        Sums& slot(Key key)
        {
            if (m_entries.size() < kIndexFrom) { // most subtrees hold a few pairs
                for (Sums& s : m_entries)
                    if (s.key == key)
                        return s;
            }
            return slowSlot(key);
        }
        Sums& slowSlot(Key key);
        void reindex();
        std::vector<Sums> m_entries;
        std::unordered_map<Key, std::uint32_t> m_index;
    };

    struct Accumulator
    {
        SumMap direct;      // child function -> (calls, on-stack time)
        SumMap below;       // pair -> (callers' figure, callees' figure)
        SumMap conditional; // pair -> (0, callees' figure), dropped when the pair is (this call's, callee)
    };
    static constexpr std::uint32_t kNone = UINT32_MAX;
    struct Open // a call not added yet, some of whose children are
    {
        std::int64_t callId;
        Nanos childOnStackNs;
        std::uint32_t accumulator;
    };

    CallEdge& edge(std::uint32_t caller, std::uint32_t callee);
    void addRoot(std::uint32_t function, std::int64_t calls, Nanos onStackNs);
    // The direct children's pairs of a call of `function` that just ended, into its `below`.
    void resolve(Accumulator& a, std::uint32_t function);
    // What is left of an accumulator when its call has no parent: final.
    void settle(const Accumulator& a);
    std::uint32_t newAccumulator();
    void release(std::uint32_t accumulator);

    std::vector<Open> m_open; // by call id
    std::vector<Accumulator> m_accumulators;
    std::vector<std::uint32_t> m_free;
    std::vector<CallEdge> m_edges;
    std::unordered_map<Key, std::uint32_t> m_edgeIndex;
    std::vector<CallEdge> m_roots; // by callee
};

} // namespace breadcrumb
