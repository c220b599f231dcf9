#include "ChunkQueue.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <new>
#include <sys/mman.h>
#include <unistd.h>

namespace breadcrumb {
namespace {

constexpr size_t kHugePage = size_t(2) << 20;

// Faults a fresh chunk's pages in without writing them from user space (Linux 5.14+), else by zeroing.
void touch(Chunk* c)
{
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = uintptr_t(c) & ~(page - 1);
    const auto end = uintptr_t(c + 1);
    if (madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE) != 0)
        std::memset(static_cast<void*>(c->rows), 0, sizeof c->rows);
}

} // namespace

ChunkQueue::ChunkQueue(size_t maxChunks) : m_maxChunks(std::max<size_t>(maxChunks, 2))
{
    // Reserved, not committed: memory is used only as chunks are, up to maxChunks. The spare 2 MB lets
    // the chunks start on a huge page boundary.
    m_regionBytes = m_maxChunks * sizeof(Chunk) + kHugePage;
    void* region = mmap(nullptr, m_regionBytes, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        throw std::bad_alloc();
    m_region = static_cast<std::byte*>(region);
    madvise(m_region, m_regionBytes, MADV_HUGEPAGE); // advice only: 4 KB pages where it is refused
}

ChunkQueue::~ChunkQueue()
{
    munmap(m_region, m_regionBytes);
}

Chunk* ChunkQueue::chunkAt(size_t index) const
{
    const auto base = (uintptr_t(m_region) + kHugePage - 1) & ~(kHugePage - 1);
    return reinterpret_cast<Chunk*>(base) + index;
}

Chunk* ChunkQueue::acquireLocked(std::unique_lock<std::mutex>& lock)
{
    for (;;) {
        if (!m_free.empty()) {
            Chunk* c = m_free.back();
            m_free.pop_back();
            c->reset();
            return c;
        }
        if (m_allocated < m_maxChunks)
            return new (chunkAt(m_allocated++)) Chunk; // rows are written before they are read
        m_writerCv.notify_one();
        const auto start = std::chrono::steady_clock::now();
        m_freeCv.wait(lock);
        ++m_stalls.count;
        m_stalls.ns +=
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
                .count();
    }
}

void ChunkQueue::keepSpare(size_t spare)
{
    size_t first = 0, missing = 0;
    {
        std::unique_lock lock(m_mutex);
        if (m_free.size() < spare)
            missing = std::min(spare - m_free.size(), m_maxChunks - m_allocated);
        first = m_allocated; // taken now, so producers allocating meanwhile take others
        m_allocated += missing;
    }
    if (!missing)
        return;
    std::vector<Chunk*> fresh;
    for (size_t i = 0; i < missing; ++i) {
        fresh.push_back(new (chunkAt(first + i)) Chunk);
        touch(fresh.back()); // the page faults happen here, not on a traced thread
    }
    {
        std::unique_lock lock(m_mutex);
        m_free.insert(m_free.end(), fresh.begin(), fresh.end());
    }
    m_freeCv.notify_all();
}

void ChunkQueue::attach(ProducerSlot& slot)
{
    std::unique_lock lock(m_mutex);
    slot.chunk = acquireLocked(lock);
    slot.chunk->threadId = slot.threadId;
    m_slots.push_back(&slot);
}

void ChunkQueue::swap(ProducerSlot& slot)
{
    std::unique_lock lock(m_mutex);
    m_full.push_back(slot.chunk);
    slot.chunk = nullptr;
    m_writerCv.notify_one();
    slot.chunk = acquireLocked(lock);
    slot.chunk->threadId = slot.threadId;
}

void ChunkQueue::detach(ProducerSlot& slot)
{
    std::unique_lock lock(m_mutex);
    if (slot.chunk) {
        m_full.push_back(slot.chunk);
        slot.chunk = nullptr;
    }
    std::erase(m_slots, &slot);
    m_writerCv.notify_one();
}

bool ChunkQueue::wouldBlock() const
{
    std::unique_lock lock(m_mutex);
    return m_free.empty() && m_allocated >= m_maxChunks;
}

size_t ChunkQueue::allocatedChunks() const
{
    std::unique_lock lock(m_mutex);
    return m_allocated;
}

bool ChunkQueue::hasFull() const
{
    std::unique_lock lock(m_mutex);
    return !m_full.empty();
}

ChunkQueue::Batch ChunkQueue::take(std::chrono::milliseconds timeout, bool drainPartial)
{
    Batch batch;
    std::unique_lock lock(m_mutex);
    if (m_full.empty() && !m_wake)
        m_writerCv.wait_for(lock, timeout, [&] { return !m_full.empty() || m_wake; });
    m_wake = false;
    batch.full.assign(m_full.begin(), m_full.end());
    m_full.clear();
    if (drainPartial) {
        for (ProducerSlot* slot : m_slots) {
            Chunk* c = slot->chunk;
            if (!c)
                continue;
            const uint32_t n = c->count.load(std::memory_order_acquire);
            if (n > c->consumed) {
                c->readInto(c->consumed, n, batch.partial);
                c->consumed = n;
            }
        }
    }
    return batch;
}

void ChunkQueue::release(const std::vector<Chunk*>& chunks)
{
    if (chunks.empty())
        return;
    {
        std::unique_lock lock(m_mutex);
        std::copy_if(chunks.begin(), chunks.end(), std::back_inserter(m_free), [](Chunk* c) { return c; });
    }
    m_freeCv.notify_all();
}

void ChunkQueue::release(Chunk* chunk)
{
    {
        std::unique_lock lock(m_mutex);
        m_free.push_back(chunk);
    }
    m_freeCv.notify_all();
}

void ChunkQueue::releaseMemory()
{
    std::unique_lock lock(m_mutex);
    if (!m_slots.empty() || !m_full.empty() || m_free.size() != m_allocated)
        return; // still in use: keep it
    m_free.clear();
    madvise(m_region, m_regionBytes, MADV_DONTNEED); // the reservation stays; its pages go back
    m_allocated = 0;
}

ChunkQueue::Stalls ChunkQueue::stalls() const
{
    std::unique_lock lock(m_mutex);
    return m_stalls;
}

void ChunkQueue::wakeWriter()
{
    {
        std::unique_lock lock(m_mutex);
        m_wake = true;
    }
    m_writerCv.notify_one();
}

} // namespace breadcrumb
