#pragma once
// Which traced call created a coroutine or async generator that has not started yet: when an event
// loop starts it as a task, that call (not the loop) is its parent. Cold: only resumable code.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace breadcrumb {

class CoroutineCreators
{
public:
    struct Creator
    {
        // The creating call's id and frame, then its caller's: a generator expression that created
        // the coroutines (gather(*(f(x) for x in xs))) has finished when they start; its caller has not.
        int64_t callId[2];
        void* key[2];
        uint64_t bits; // the created coroutine's code: a stale entry for a reused address does not match
    };
    void note(void* key, const Creator& creator)
    {
        if (m_creators.size() >= (size_t(1) << 20))
            m_creators.clear(); // coroutines created and never started: keep the table bounded
        m_creators[key] = creator;
    }
    // The creator of the frame `key` (forgotten from here on), if one was noted.
    std::optional<Creator> take(void* key)
    {
        if (m_creators.empty())
            return std::nullopt;
        const auto it = m_creators.find(key);
        if (it == m_creators.end())
            return std::nullopt;
        const Creator creator = it->second;
        m_creators.erase(it);
        return creator;
    }
    void clear() { m_creators.clear(); }

private:
    std::unordered_map<void*, Creator> m_creators; // coroutine frame key -> creating call
};

} // namespace breadcrumb
