#pragma once
// Hands chunks of call rows from the traced threads to the writer thread. Memory is bounded: at most
// maxChunks chunks exist; when none is free a producer waits (backpressure) instead of dropping calls.
#include "Chunk.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace breadcrumb {

// A producer's current chunk, registered so the writer can drain it periodically.
struct ProducerSlot
{
    Chunk* chunk = nullptr;
};

class ChunkQueue
{
public:
    explicit ChunkQueue(size_t maxChunks);

    // Producer side (called without the GIL when it may block).
    void attach(ProducerSlot& slot); // gives the slot a chunk and registers it
    void swap(ProducerSlot& slot);   // queues the full chunk, waits for a free one
    void detach(ProducerSlot& slot); // queues the slot's chunk and unregisters it
    bool wouldBlock() const;         // no free chunk and none may be allocated
    size_t allocatedChunks() const;  // never more than maxChunks

    // Writer side.
    // Keeps `spare` free chunks allocated and touched (within maxChunks), so a traced thread that
    // needs a fresh chunk does not pay for the allocation and its page faults.
    void keepSpare(size_t spare);
    struct Batch
    {
        std::vector<Chunk*> full;     // write rows [consumed, count) then release()
        std::vector<CallRow> partial; // copied out of registered slots' chunks
    };
    // Waits up to `timeout` for full chunks; copies partial rows when `drainPartial`.
    Batch take(std::chrono::milliseconds timeout, bool drainPartial);
    void release(const std::vector<Chunk*>& chunks);
    void wakeWriter();
    bool hasFull() const;
    // After the writer finished: frees every chunk (no producer is registered any more).
    void releaseMemory();

private:
    Chunk* acquireLocked(std::unique_lock<std::mutex>& lock);

    mutable std::mutex m_mutex;
    std::condition_variable m_writerCv;
    std::condition_variable m_freeCv;
    std::vector<std::unique_ptr<Chunk>> m_storage;
    std::vector<Chunk*> m_free;
    std::deque<Chunk*> m_full;
    std::vector<ProducerSlot*> m_slots;
    size_t m_maxChunks;
    bool m_wake = false;
};

} // namespace breadcrumb
