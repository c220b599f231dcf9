#pragma once
// Reserving a big buffer that is filled right away: on Linux the reservation is advised to use transparent
// huge pages, which turns the thousands of 4 KB page faults of the first fill (a large share of loading a
// run, and dearer still in a VM) into a few dozen. Elsewhere, or when the kernel declines, a plain reserve.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace breadcrumb {

// Advises [data, data + bytes) to use huge pages; only whole huge pages inside it, and only when it is big.
inline void adviseHugePages(void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    if (bytes < 4 * kHugePage)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE); // a hint: failure is harmless
#else
    (void)data;
    (void)bytes;
#endif
}

template <typename T, typename Allocator>
void reserveHugePages(std::vector<T, Allocator>& buffer, std::size_t count)
{
    buffer.reserve(count);
    adviseHugePages(buffer.data(), buffer.capacity() * sizeof(T));
}

} // namespace breadcrumb
