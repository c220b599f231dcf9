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

template <typename T> void reserveHugePages(std::vector<T>& buffer, std::size_t count)
{
    buffer.reserve(count);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const std::size_t bytes = buffer.capacity() * sizeof(T);
    if (bytes < 4 * kHugePage)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(buffer.data());
    const std::uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE); // a hint: failure is harmless
#endif
}

} // namespace breadcrumb
