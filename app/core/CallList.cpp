#include "CallList.h"

#include "HugePages.h"

#include <algorithm>
#include <atomic>

namespace breadcrumb {

CallList::CallList() : m_asideLock(std::make_unique<std::mutex>()) {}

CallList::CallList(const CallList& other)
    : m_calls(other.m_calls), m_firstId(other.m_firstId), m_bases(other.m_bases), m_starts(other.m_starts),
      m_ids(other.m_ids), m_durations(other.m_durations), m_selfs(other.m_selfs), m_threads(other.m_threads),
      m_depths(other.m_depths), m_onStack(other.m_onStack), m_asideLock(std::make_unique<std::mutex>())
{
}

CallList::CallList(CallList&& other) noexcept = default;

CallList& CallList::operator=(const CallList& other)
{
    if (this != &other) {
        CallList copy(other);
        *this = std::move(copy);
    }
    return *this;
}

CallList& CallList::operator=(CallList&& other) noexcept = default;

CallList::~CallList() = default;

std::int64_t CallList::wide(const Aside& aside, std::size_t i)
{
    const auto it = aside.find(static_cast<std::uint32_t>(i));
    return it == aside.end() ? 0 : it->second;
}

Nanos CallList::onStackAside(std::size_t i) const
{
    const auto it = std::lower_bound(
        m_onStack.begin(), m_onStack.end(), static_cast<std::uint32_t>(i),
        [](const std::pair<std::uint32_t, Nanos>& e, std::uint32_t call) { return e.first < call; });
    return it != m_onStack.end() && it->first == i ? it->second : 0;
}

// Keeps `value` beside for call i when isWide, else forgets what was kept for it.
void CallList::putAside(Aside& aside, std::size_t i, std::int64_t value, bool isWide)
{
    if (!isWide && aside.empty())
        return;
    if (!m_asideLock)
        m_asideLock = std::make_unique<std::mutex>();
    std::lock_guard lock(*m_asideLock);
    if (isWide)
        aside[static_cast<std::uint32_t>(i)] = value;
    else
        aside.erase(static_cast<std::uint32_t>(i));
}

void CallList::store(std::size_t i, const CallRecord& call, bool inOrder)
{
    Stored& s = m_calls[i];
    // The block's base is set by its first call: the call's start when calls come in order (push_back),
    // else half the reach below it, as calls stored later (a parallel load stores in any order) may start
    // before or after it. Several threads may store into one block.
    std::atomic_ref<Nanos> base(m_bases[i >> kBlockShift]);
    Nanos b = base.load(std::memory_order_relaxed);
    if (b == kNoBase) {
        const Nanos below = inOrder ? 0 : Nanos(1) << 31;
        const Nanos wanted = call.startNs > kNoBase + below ? call.startNs - below : 0;
        if (base.compare_exchange_strong(b, wanted, std::memory_order_relaxed))
            b = wanted;
    }
    const bool startWide =
        call.startNs < b || static_cast<std::uint64_t>(call.startNs) - static_cast<std::uint64_t>(b) >= kWide;
    if (startWide || s.start == kWide)
        putAside(m_starts, i, call.startNs, startWide);
    const bool idAside = call.id != idInStep(i);
    if (idAside || (s.bits & kIdAside))
        putAside(m_ids, i, call.id, idAside);
    const bool durationWide = call.durationNs < 0 || call.durationNs >= Nanos(kWide);
    if (durationWide || s.duration == kWide)
        putAside(m_durations, i, call.durationNs, durationWide);
    const bool selfWide = call.selfNs < 0 || call.selfNs >= Nanos(kWide);
    if (selfWide || s.self == kWide)
        putAside(m_selfs, i, call.selfNs, selfWide);
    const bool threadWide = call.thread >= kThreadWide;
    if (threadWide || ((s.bits >> kThreadShift) & kThreadWide) == kThreadWide)
        putAside(m_threads, i, call.thread, threadWide);
    const bool depthWide = call.depth >= kDepthWide;
    if (depthWide || (s.bits >> kDepthShift) == kDepthWide)
        putAside(m_depths, i, call.depth, depthWide);

    s.start = startWide ? kWide
                        : static_cast<std::uint32_t>(static_cast<std::uint64_t>(call.startNs) -
                                                     static_cast<std::uint64_t>(b));
    s.duration = durationWide ? kWide : static_cast<std::uint32_t>(call.durationNs);
    s.self = selfWide ? kWide : static_cast<std::uint32_t>(call.selfNs);
    s.parent = call.parent;
    s.function = call.function;
    // A stored on-stack time belongs to the call that was here: the new one has its duration until
    // buildIndexes says otherwise.
    s.bits = (call.outermost ? kOutermost : 0) | (idAside ? kIdAside : 0) |
             ((threadWide ? kThreadWide : call.thread) << kThreadShift) |
             ((depthWide ? kDepthWide : call.depth) << kDepthShift);
}

void CallList::push_back(const CallRecord& call)
{
    if (m_calls.empty())
        m_firstId = call.id;
    m_calls.emplace_back();
    m_calls.back().bits = 0;
    m_calls.back().start = 0;
    if (((m_calls.size() - 1) >> kBlockShift) >= m_bases.size())
        m_bases.push_back(kNoBase);
    store(m_calls.size() - 1, call, true);
}

void CallList::set(std::size_t i, const CallRecord& call)
{
    store(i, call, false);
}

void CallList::setThread(std::size_t i, std::uint32_t thread)
{
    Stored& s = m_calls[i];
    const bool threadWide = thread >= kThreadWide;
    if (threadWide || ((s.bits >> kThreadShift) & kThreadWide) == kThreadWide)
        putAside(m_threads, i, thread, threadWide);
    s.bits =
        (s.bits & ~(kThreadWide << kThreadShift)) | ((threadWide ? kThreadWide : thread) << kThreadShift);
}

void CallList::setDepth(std::size_t i, std::uint32_t depth)
{
    Stored& s = m_calls[i];
    const bool depthWide = depth >= kDepthWide;
    if (depthWide || (s.bits >> kDepthShift) == kDepthWide)
        putAside(m_depths, i, depth, depthWide);
    s.bits = (s.bits & ~(kDepthWide << kDepthShift)) | ((depthWide ? kDepthWide : depth) << kDepthShift);
}

void CallList::setOnStackAside(std::vector<std::pair<std::uint32_t, Nanos>> aside)
{
    for (const auto& [call, onStack] : m_onStack)
        m_calls[call].bits &= ~kOnStackAside;
    m_onStack = std::move(aside);
    m_onStack.shrink_to_fit();
    for (const auto& [call, onStack] : m_onStack)
        m_calls[call].bits |= kOnStackAside;
}

void CallList::assign(std::size_t count, std::int64_t firstId)
{
    clear();
    reserveHugePages(m_calls, count);
    m_calls.assign(count, Stored{});
    m_bases.assign((count + (std::size_t(1) << kBlockShift) - 1) >> kBlockShift, kNoBase);
    m_firstId = firstId;
}

void CallList::reserve(std::size_t count)
{
    reserveHugePages(m_calls, count);
    m_bases.reserve((count + (std::size_t(1) << kBlockShift) - 1) >> kBlockShift);
}

void CallList::resize(std::size_t count)
{
    if (count >= m_calls.size())
        return;
    for (Aside* aside : {&m_starts, &m_ids, &m_durations, &m_selfs, &m_threads, &m_depths})
        std::erase_if(*aside, [count](const auto& e) { return e.first >= count; });
    std::erase_if(m_onStack, [count](const auto& e) { return e.first >= count; });
    m_calls.resize(count);
    m_bases.resize((count + (std::size_t(1) << kBlockShift) - 1) >> kBlockShift);
}

void CallList::clear()
{
    m_calls.clear();
    m_bases.clear();
    m_firstId = 0;
    for (Aside* aside : {&m_starts, &m_ids, &m_durations, &m_selfs, &m_threads, &m_depths})
        aside->clear();
    m_onStack.clear();
}

void CallList::moveDown(std::size_t to, std::size_t from, std::size_t count)
{
    for (std::size_t k = 0; k < count; ++k)
        set(to + k, (*this)[from + k]);
}

std::size_t CallList::bytes() const
{
    std::size_t aside = 0;
    for (const Aside* a : {&m_starts, &m_ids, &m_durations, &m_selfs, &m_threads, &m_depths})
        aside += a->size() * (sizeof(std::pair<std::uint32_t, std::int64_t>) + 2 * sizeof(void*));
    return m_calls.capacity() * sizeof(Stored) + m_bases.capacity() * sizeof(Nanos) + aside +
           m_onStack.capacity() * sizeof(m_onStack[0]);
}

} // namespace breadcrumb
