#pragma once
// A fixed-size block of call rows filled by one thread. `count` is published with release order so the
// writer may drain a partly filled chunk (crash safety) while its thread keeps appending.
#include "Rows.h"

#include <atomic>
#include <cstddef>

namespace breadcrumb {

struct Chunk
{
    static constexpr uint32_t kCapacity = 2048;
    std::atomic<uint32_t> count{0};
    uint32_t consumed = 0; // rows already taken by the writer; guarded by the ChunkQueue mutex
    CallRow rows[kCapacity];

    void reset()
    {
        count.store(0, std::memory_order_relaxed);
        consumed = 0;
    }
};

} // namespace breadcrumb
