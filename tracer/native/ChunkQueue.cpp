#include "ChunkQueue.h"

#include <algorithm>
#include <cstring>

namespace breadcrumb {

ChunkQueue::ChunkQueue(size_t maxChunks) : m_maxChunks(std::max<size_t>(maxChunks, 2)) {}

Chunk* ChunkQueue::acquireLocked(std::unique_lock<std::mutex>& lock)
{
    for (;;) {
        if (!m_free.empty()) {
            Chunk* c = m_free.back();
            m_free.pop_back();
            c->reset();
            return c;
        }
        if (m_storage.size() < m_maxChunks) {
            m_storage.push_back(std::make_unique_for_overwrite<Chunk>()); // rows are written before read
            return m_storage.back().get();
        }
        m_writerCv.notify_one();
        m_freeCv.wait(lock);
    }
}

void ChunkQueue::keepSpare(size_t spare)
{
    size_t missing = 0;
    {
        std::unique_lock lock(m_mutex);
        if (m_free.size() < spare)
            missing = std::min(spare - m_free.size(), m_maxChunks - m_storage.size());
    }
    if (!missing)
        return;
    std::vector<std::unique_ptr<Chunk>> fresh;
    for (size_t i = 0; i < missing; ++i) {
        fresh.push_back(std::make_unique_for_overwrite<Chunk>());
        std::memset(fresh.back()->rows, 0, sizeof fresh.back()->rows); // the page faults happen here
    }
    {
        std::unique_lock lock(m_mutex);
        for (auto& c : fresh) {
            if (m_storage.size() >= m_maxChunks) // producers allocated meanwhile
                break;
            m_free.push_back(c.get());
            m_storage.push_back(std::move(c));
        }
    }
    m_freeCv.notify_all();
}

void ChunkQueue::attach(ProducerSlot& slot)
{
    std::unique_lock lock(m_mutex);
    slot.chunk = acquireLocked(lock);
    m_slots.push_back(&slot);
}

void ChunkQueue::swap(ProducerSlot& slot)
{
    std::unique_lock lock(m_mutex);
    m_full.push_back(slot.chunk);
    slot.chunk = nullptr;
    m_writerCv.notify_one();
    slot.chunk = acquireLocked(lock);
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
    return m_free.empty() && m_storage.size() >= m_maxChunks;
}

size_t ChunkQueue::allocatedChunks() const
{
    std::unique_lock lock(m_mutex);
    return m_storage.size();
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
                batch.partial.insert(batch.partial.end(), c->rows + c->consumed, c->rows + n);
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
        m_free.insert(m_free.end(), chunks.begin(), chunks.end());
    }
    m_freeCv.notify_all();
}

void ChunkQueue::releaseMemory()
{
    std::unique_lock lock(m_mutex);
    if (!m_slots.empty() || !m_full.empty() || m_free.size() != m_storage.size())
        return; // still in use: keep it
    m_free.clear();
    m_storage.clear();
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
