#pragma once
// Hands chunks of call rows from the traced threads to the writer thread. Memory is bounded: at most
// maxChunks chunks exist; when none is free a producer waits (backpressure) instead of dropping calls.
// The chunks live in one region reserved up front (address space only) and backed by huge pages where
// the kernel has them: a chunk's first use costs one fault per 2 MB instead of one per 4 KB page.
#include "Chunk.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace breadcrumb {

// A producer's current chunk, registered so the writer can drain it periodically.
struct ProducerSlot
{
    Chunk* chunk = nullptr;
    int64_t threadId = 0; // given to each chunk the slot gets (Chunk::threadId)
};

class ChunkQueue
{
public:
    explicit ChunkQueue(size_t maxChunks);
    ~ChunkQueue();
    ChunkQueue(const ChunkQueue&) = delete;
    ChunkQueue& operator=(const ChunkQueue&) = delete;

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
        std::vector<CallRow> partial; // unpacked from registered slots' chunks
    };
    // Waits up to `timeout` for full chunks; copies partial rows when `drainPartial`.
    Batch take(std::chrono::milliseconds timeout, bool drainPartial);
    void release(const std::vector<Chunk*>& chunks); // skips null entries (released one by one)
    void release(Chunk* chunk);
    void wakeWriter();
    bool hasFull() const;
    // After the writer finished: frees every chunk (no producer is registered any more).
    void releaseMemory();

    // Backpressure so far: how often and how long producers waited for a free chunk.
    struct Stalls
    {
        uint64_t count = 0;
        int64_t ns = 0;
    };
    Stalls stalls() const;

private:
    Chunk* acquireLocked(std::unique_lock<std::mutex>& lock);
    Chunk* chunkAt(size_t index) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_writerCv;
    std::condition_variable m_freeCv;
    std::byte* m_region = nullptr; // maxChunks chunks; [0, m_allocated) constructed
    size_t m_regionBytes = 0;
    size_t m_allocated = 0;
    Stalls m_stalls;
    std::vector<Chunk*> m_free;
    std::deque<Chunk*> m_full;
    std::vector<ProducerSlot*> m_slots;
    size_t m_maxChunks;
    bool m_wake = false;
};

} // namespace breadcrumb
