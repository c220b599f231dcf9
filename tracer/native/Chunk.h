#pragma once
// A fixed-size block of call rows filled by one thread. `count` is published with release order so the
// writer may drain a partly filled chunk (crash safety) while its thread keeps appending. The rows are
// packed (PackedCall, Rows.h): most calls take one slot, the others two (a CallTail follows), and
// `count` counts slots, never publishing a call without its tail.
#include "Rows.h"

#include <atomic>
#include <cstddef>
#include <vector>

namespace breadcrumb {

struct Chunk
{
    static constexpr uint32_t kCapacity = 2048; // slots: at most this many calls
    std::atomic<uint32_t> count{0};
    uint32_t consumed = 0; // slots already taken by the writer; guarded by the ChunkQueue mutex
    int64_t threadId = 0;  // the thread filling it (set under the ChunkQueue mutex as it is handed out)
    CallSlot rows[kCapacity];

    void reset()
    {
        count.store(0, std::memory_order_relaxed);
        consumed = 0;
    }

    // Whether the call fits one slot in a chunk of `threadId`: the fields PackedCall narrows fit.
    static bool fitsOneSlot(int64_t callId, int64_t parentId, int64_t functionId, int64_t childNs)
    {
        return ((uint64_t(callId - parentId) | uint64_t(childNs) | uint64_t(functionId)) >> 32) == 0;
    }
    // Slots the call takes here: 1 or 2.
    uint32_t slotsFor(const CallRow& r) const
    {
        return r.threadId == threadId && r.exceptionId == 0 &&
                       fitsOneSlot(r.callId, r.parentId, r.functionId, r.childNs)
                   ? 1
                   : 2;
    }
    // Writes the call at slot n (slotsFor(r) of them free), not publishing it; returns the next slot.
    uint32_t put(uint32_t n, const CallRow& r)
    {
        PackedCall& p = rows[n].call;
        p.callId = r.callId;
        p.startNs = r.startNs;
        p.durationNs = r.durationNs;
        if (slotsFor(r) == 1) {
            p.parentGap = uint32_t(r.callId - r.parentId);
            p.childNs = uint32_t(r.childNs);
            p.functionId = uint32_t(r.functionId);
            p.depth = uint32_t(r.depth);
            return n + 1;
        }
        p.parentGap = p.childNs = p.functionId = 0;
        p.depth = uint32_t(r.depth) | PackedCall::kHasTail;
        rows[n + 1].tail = CallTail{r.parentId, r.childNs, r.functionId, r.threadId, r.exceptionId};
        return n + 2;
    }
    // The call at slot i (published); moves i past it.
    CallRow read(uint32_t& i) const
    {
        const PackedCall& p = rows[i].call;
        CallRow r;
        r.callId = p.callId;
        r.startNs = p.startNs;
        r.durationNs = p.durationNs;
        r.depth = int32_t(p.depth & ~PackedCall::kHasTail);
        if (!(p.depth & PackedCall::kHasTail)) [[likely]] {
            r.parentId = p.callId - int64_t(p.parentGap);
            r.childNs = int64_t(p.childNs);
            r.functionId = int64_t(p.functionId);
            r.threadId = threadId;
            r.exceptionId = 0;
            i += 1;
            return r;
        }
        const CallTail& t = rows[i + 1].tail;
        r.parentId = t.parentId;
        r.childNs = t.childNs;
        r.functionId = t.functionId;
        r.threadId = t.threadId;
        r.exceptionId = t.exceptionId;
        i += 2;
        return r;
    }
    // The calls in slots [from, to) into out[] (room for to - from); returns how many.
    size_t readInto(uint32_t from, uint32_t to, CallRow* out) const
    {
        CallRow* const begin = out;
        while (from < to)
            *out++ = read(from);
        return size_t(out - begin);
    }
    // ... appended to `calls`.
    void readInto(uint32_t from, uint32_t to, std::vector<CallRow>& calls) const
    {
        const size_t size = calls.size();
        calls.resize(size + (to - from));
        calls.resize(size + readInto(from, to, calls.data() + size));
    }
};

} // namespace breadcrumb
