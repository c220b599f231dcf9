#pragma once
// The calls of a loaded run (RunData::calls), stored in 24 bytes a call instead of a CallRecord's 56: a
// loaded run's size is mostly this. What almost every call shares is not stored per call:
// - its start is an offset of 32 bits from a base shared by a block of 256 calls (which start within
//   microseconds or milliseconds of each other: they are in start order); one out of reach (after a pause
//   of seconds) is kept beside;
// - its id is the run's first id plus its index (ids are given at start, calls are in start order); the
//   few that differ (a clock stepping back, a hand-made run) are kept beside;
// - duration and self time fit 32 bits (4.29 s); longer ones are kept beside;
// - its on-stack time equals its duration unless it or a call below it was suspended (generators,
//   coroutines): only those are kept beside, set by RunData::buildIndexes;
// - thread (13 bits), depth (16 bits) and the outermost flag share a word; more threads or deeper calls
//   are kept beside.
// Reading a call assembles a CallRecord by value; what the reader does not use is not computed (the look-ups
// beside are pure functions, out of line). Writing goes through set() and the setters.
// set() may be called for distinct calls from several threads at once (a parallel load).

#include "IndexIterator.h"
#include "TraceTypes.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace breadcrumb {

class CallList
{
public:
    // One call as stored.
    struct Stored
    {
        std::uint32_t start = 0;    // startNs - its block's base; kWide: beside
        std::uint32_t duration = 0; // kWide: beside
        std::uint32_t self = 0;     // kWide: in the wide self times
        std::int32_t parent = -1;
        std::uint32_t function = 0;
        std::uint32_t bits = kOutermost; // see below
    };
    static_assert(sizeof(Stored) == 24, "a loaded call's cost");

    // Reads call i; the iterator's element.
    struct At
    {
        const CallList* list = nullptr;
        CallRecord operator()(std::ptrdiff_t i) const { return (*list)[static_cast<std::size_t>(i)]; }
    };
    using const_iterator = IndexIterator<At>;
    using iterator = const_iterator;
    using value_type = CallRecord;
    using size_type = std::size_t;

    CallList();
    CallList(const CallList& other);
    CallList(CallList&& other) noexcept;
    CallList& operator=(const CallList& other);
    CallList& operator=(CallList&& other) noexcept;
    ~CallList();

    std::size_t size() const { return m_calls.size(); }
    bool empty() const { return m_calls.empty(); }
    const_iterator begin() const { return {At{this}, 0}; }
    const_iterator end() const { return {At{this}, static_cast<std::ptrdiff_t>(m_calls.size())}; }

    CallRecord operator[](std::size_t i) const
    {
        const Stored& s = m_calls[i];
        CallRecord c;
        c.id = (s.bits & kIdAside) ? wide(m_ids, i) : idInStep(i);
        c.parent = s.parent;
        c.function = s.function;
        c.thread = threadOf(s, i);
        c.outermost = (s.bits & kOutermost) != 0;
        c.depth = depthOf(s, i);
        c.startNs = startOf(s, i);
        c.durationNs = s.duration == kWide ? wide(m_durations, i) : Nanos(s.duration);
        c.selfNs = s.self == kWide ? wide(m_selfs, i) : Nanos(s.self);
        c.onStackNs = (s.bits & kOnStackAside) ? onStackAside(i) : c.durationNs;
        return c;
    }
    CallRecord front() const { return (*this)[0]; }
    CallRecord back() const { return (*this)[m_calls.size() - 1]; }

    // The fields one at a time, for loops that read one of them over many calls.
    Nanos startNs(std::size_t i) const { return startOf(m_calls[i], i); }
    std::int32_t parent(std::size_t i) const { return m_calls[i].parent; }
    std::uint32_t function(std::size_t i) const { return m_calls[i].function; }
    std::uint32_t thread(std::size_t i) const { return threadOf(m_calls[i], i); }
    Nanos selfNs(std::size_t i) const
    {
        const Stored& s = m_calls[i];
        return s.self == kWide ? wide(m_selfs, i) : Nanos(s.self);
    }

    // Appends a call (its onStackNs is RunData::buildIndexes' to set).
    void push_back(const CallRecord& call);
    // Replaces call i (its onStackNs as in push_back).
    void set(std::size_t i, const CallRecord& call);
    void setParent(std::size_t i, std::int32_t parent) { m_calls[i].parent = parent; }
    void setFunction(std::size_t i, std::uint32_t function) { m_calls[i].function = function; }
    void setThread(std::size_t i, std::uint32_t thread);
    void setDepth(std::size_t i, std::uint32_t depth);
    void setOutermost(std::size_t i, bool outermost)
    {
        m_calls[i].bits = outermost ? m_calls[i].bits | kOutermost : m_calls[i].bits & ~kOutermost;
    }
    // The on-stack times that differ from the durations, as (call, on-stack time) in call order; every
    // other call's on-stack time is its duration. RunData::buildIndexes' output.
    void setOnStackAside(std::vector<std::pair<std::uint32_t, Nanos>> aside);

    // `count` default calls (ids from firstId on), for a load that fills them in place with set().
    void assign(std::size_t count, std::int64_t firstId);
    void reserve(std::size_t count);
    void resize(std::size_t count); // only shrinks
    void clear();
    void shrink_to_fit() { m_calls.shrink_to_fit(); }
    std::size_t capacity() const { return m_calls.capacity(); }
    // Moves calls [from, from + count) to [to, to + count) (to < from), with what is kept beside.
    void moveDown(std::size_t to, std::size_t from, std::size_t count);

    // Bytes held, for measurements and tests.
    std::size_t bytes() const;
    // How many on-stack times are kept beside (calls with suspended time below them).
    std::size_t onStackAsideCount() const { return m_onStack.size(); }

private:
    static constexpr std::uint32_t kWide = 0xffffffffu;
    static constexpr std::uint32_t kOutermost = 1u << 0;
    static constexpr std::uint32_t kOnStackAside = 1u << 1;
    static constexpr std::uint32_t kIdAside = 1u << 2;
    static constexpr unsigned kThreadShift = 3, kThreadBits = 13;
    static constexpr std::uint32_t kThreadWide = (1u << kThreadBits) - 1;
    static constexpr unsigned kDepthShift = 16;
    static constexpr std::uint32_t kDepthWide = 0xffffu;
    static constexpr unsigned kBlockShift = 8;
    static constexpr Nanos kNoBase = std::numeric_limits<Nanos>::min();

    using Aside = std::unordered_map<std::uint32_t, std::int64_t>;

    // The id of the call at i when ids are in step with indices (wrapping, as a hand-made id may be huge).
    std::int64_t idInStep(std::size_t i) const
    {
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(m_firstId) + i);
    }
    Nanos startOf(const Stored& s, std::size_t i) const
    {
        return s.start == kWide ? wide(m_starts, i) : m_bases[i >> kBlockShift] + Nanos(s.start);
    }
    std::uint32_t threadOf(const Stored& s, std::size_t i) const
    {
        const std::uint32_t t = (s.bits >> kThreadShift) & kThreadWide;
        return t == kThreadWide ? static_cast<std::uint32_t>(wide(m_threads, i)) : t;
    }
    std::uint32_t depthOf(const Stored& s, std::size_t i) const
    {
        const std::uint32_t d = s.bits >> kDepthShift;
        return d == kDepthWide ? static_cast<std::uint32_t>(wide(m_depths, i)) : d;
    }
    // Pure, so that a reader that does not use the field does not look it up.
    [[gnu::pure, gnu::noinline]] static std::int64_t wide(const Aside& aside, std::size_t i);
    [[gnu::pure, gnu::noinline]] Nanos onStackAside(std::size_t i) const;
    void putAside(Aside& aside, std::size_t i, std::int64_t value, bool isWide);
    void store(std::size_t i, const CallRecord& call, bool inOrder);

    std::vector<Stored> m_calls;
    std::int64_t m_firstId = 0;
    std::vector<Nanos> m_bases; // per block of 1 << kBlockShift calls; kNoBase until one is stored
    Aside m_starts, m_ids, m_durations, m_selfs, m_threads, m_depths;
    std::vector<std::pair<std::uint32_t, Nanos>> m_onStack; // sorted by call
    std::unique_ptr<std::mutex> m_asideLock;                // set() from several threads
};

} // namespace breadcrumb
