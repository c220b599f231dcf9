#pragma once
// Files written and read with O_DIRECT where their file system takes it (the exports' output and the
// external sort's runs: gigabytes that would otherwise go through fresh page-cache pages, a large and
// erratic cost on a VM, and push the user's cached files out). One rule for both: ask for the flag, and
// when the file system refuses it or its transfers, go through the cache instead. Linux-only, as
// O_DIRECT is; no throw, so the threads that do the transfers can report errors to their owners.

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <sys/types.h>
#include <unistd.h>

namespace breadcrumb::directio {

// O_DIRECT's unit: buffer address, size and file offset in multiples of it.
inline constexpr std::size_t kAlign = 4096;

struct FreeAligned
{
    void operator()(char* p) const { std::free(p); }
};
using AlignedBuffer = std::unique_ptr<char[], FreeAligned>;

// `size` bytes (a multiple of kAlign) at a kAlign boundary, as direct transfers need; null when memory is
// short, for the caller to decide whether that is an error.
inline AlignedBuffer allocateAligned(std::size_t size)
{
    return AlignedBuffer(static_cast<char*>(std::aligned_alloc(kAlign, size)));
}

// True when the file is now open for direct transfers.
inline bool setDirect(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_DIRECT) == 0;
}

inline bool clearDirect(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_DIRECT) == 0;
}

// io(fd, bytes, size, offset) (pread/pwrite, or a write() that ignores the offset) until all of `size` is
// done: it may do part of it, or be interrupted. 0, or the error: `shortError` for a call that moved
// nothing (the disk full, the file shorter than written). A file system that takes O_DIRECT but refuses
// a transfer (EINVAL) gets it, and every later one, through the cache.
template <typename Io, typename Byte>
int transferAll(Io io, int fd, Byte* bytes, std::size_t size, std::uint64_t offset, int shortError)
{
    while (size > 0) {
        const ssize_t n = io(fd, bytes, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && (::fcntl(fd, F_GETFL) & O_DIRECT) && clearDirect(fd))
            continue;
        if (n <= 0)
            return n < 0 ? errno : shortError;
        bytes += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return 0;
}

} // namespace breadcrumb::directio
