#pragma once
// The threads a session has seen: their states (kept alive for stop(), which finishes their open
// calls) and every thread_id the run used. Cold: touched once per thread, and at stop(). Under the GIL.
#include "ThreadState.h"

#include <cstdint>
#include <memory>
#include <unordered_set>
#include <vector>

namespace breadcrumb {

class ThreadRegistry
{
public:
    // threading.get_ident(); but Python gives a new thread the ident of one that finished (the same
    // pthread stack comes back), and the trace must keep their calls apart: a reused ident gets 2^48
    // added (idents are addresses below 2^47 on 64-bit Linux and macOS).
    int64_t uniqueId(int64_t ident)
    {
        while (!m_ids.insert(ident).second)
            ident += int64_t(1) << 48;
        return ident;
    }
    void add(std::shared_ptr<ThreadState> ts) { m_threads.push_back(std::move(ts)); }
    const std::vector<std::shared_ptr<ThreadState>>& threads() const { return m_threads; }
    // The state of thread `threadId`; another thread's when that one is gone; null when there is none.
    ThreadState* owner(int64_t threadId) const
    {
        for (const auto& t : m_threads)
            if (t->threadId == threadId)
                return t.get();
        return m_threads.empty() ? nullptr : m_threads.front().get();
    }
    // The states go (the ids stay taken: the run's thread_ids remain unique).
    void releaseThreads() { m_threads.clear(); }

private:
    std::vector<std::shared_ptr<ThreadState>> m_threads;
    std::unordered_set<int64_t> m_ids; // every thread_id of this session's run
};

} // namespace breadcrumb
