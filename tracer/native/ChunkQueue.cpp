#include "ChunkQueue.h"

#include <algorithm>
#include <cstring>

namespace breadcrumb {

ChunkQueue::ChunkQueue(size_t maxChunks) : maxChunks_(std::max<size_t>(maxChunks, 2)) {}

Chunk *ChunkQueue::acquireLocked(std::unique_lock<std::mutex> &lock) {
    for (;;) {
        if (!free_.empty()) {
            Chunk *c = free_.back();
            free_.pop_back();
            c->reset();
            return c;
        }
        if (storage_.size() < maxChunks_) {
            storage_.push_back(std::make_unique_for_overwrite<Chunk>()); // rows are written before read
            return storage_.back().get();
        }
        writerCv_.notify_one();
        freeCv_.wait(lock);
    }
}

void ChunkQueue::keepSpare(size_t spare) {
    size_t missing = 0;
    {
        std::unique_lock lock(mutex_);
        if (free_.size() < spare)
            missing = std::min(spare - free_.size(), maxChunks_ - storage_.size());
    }
    if (!missing)
        return;
    std::vector<std::unique_ptr<Chunk>> fresh;
    for (size_t i = 0; i < missing; ++i) {
        fresh.push_back(std::make_unique_for_overwrite<Chunk>());
        std::memset(fresh.back()->rows, 0, sizeof fresh.back()->rows); // the page faults happen here
    }
    {
        std::unique_lock lock(mutex_);
        for (auto &c : fresh) {
            if (storage_.size() >= maxChunks_) // producers allocated meanwhile
                break;
            free_.push_back(c.get());
            storage_.push_back(std::move(c));
        }
    }
    freeCv_.notify_all();
}

void ChunkQueue::attach(ProducerSlot &slot) {
    std::unique_lock lock(mutex_);
    slot.chunk = acquireLocked(lock);
    slots_.push_back(&slot);
}

void ChunkQueue::swap(ProducerSlot &slot) {
    std::unique_lock lock(mutex_);
    full_.push_back(slot.chunk);
    slot.chunk = nullptr;
    writerCv_.notify_one();
    slot.chunk = acquireLocked(lock);
}

void ChunkQueue::detach(ProducerSlot &slot) {
    std::unique_lock lock(mutex_);
    if (slot.chunk) {
        full_.push_back(slot.chunk);
        slot.chunk = nullptr;
    }
    std::erase(slots_, &slot);
    writerCv_.notify_one();
}

bool ChunkQueue::wouldBlock() const {
    std::unique_lock lock(mutex_);
    return free_.empty() && storage_.size() >= maxChunks_;
}

size_t ChunkQueue::allocatedChunks() const {
    std::unique_lock lock(mutex_);
    return storage_.size();
}

bool ChunkQueue::hasFull() const {
    std::unique_lock lock(mutex_);
    return !full_.empty();
}

ChunkQueue::Batch ChunkQueue::take(std::chrono::milliseconds timeout, bool drainPartial) {
    Batch batch;
    std::unique_lock lock(mutex_);
    if (full_.empty() && !wake_)
        writerCv_.wait_for(lock, timeout, [&] { return !full_.empty() || wake_; });
    wake_ = false;
    batch.full.assign(full_.begin(), full_.end());
    full_.clear();
    if (drainPartial) {
        for (ProducerSlot *slot : slots_) {
            Chunk *c = slot->chunk;
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

void ChunkQueue::release(const std::vector<Chunk *> &chunks) {
    if (chunks.empty())
        return;
    {
        std::unique_lock lock(mutex_);
        free_.insert(free_.end(), chunks.begin(), chunks.end());
    }
    freeCv_.notify_all();
}

void ChunkQueue::releaseMemory() {
    std::unique_lock lock(mutex_);
    if (!slots_.empty() || !full_.empty() || free_.size() != storage_.size())
        return;  // still in use: keep it
    free_.clear();
    storage_.clear();
}

void ChunkQueue::wakeWriter() {
    {
        std::unique_lock lock(mutex_);
        wake_ = true;
    }
    writerCv_.notify_one();
}

} // namespace breadcrumb
