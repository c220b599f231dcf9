#include "SourceLineReader.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb {
namespace {

// Closes the file whichever way line() returns.
struct Fd
{
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            close(fd);
    }
};

int64_t mtimeNs(const struct stat& st)
{
    return int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + int64_t(st.st_mtim.tv_nsec);
}

// From `offset` on, up to `count` bytes into `out` (fewer at the end of the file); false on an error.
bool readAt(int fd, size_t offset, size_t count, std::string& out)
{
    out.resize(count);
    size_t done = 0;
    while (done < count) {
        const ssize_t got = pread(fd, out.data() + done, count - done, off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return false;
        if (got == 0)
            break;
        done += size_t(got);
    }
    out.resize(done);
    return true;
}

} // namespace

// The whole file into m_buffer: the size it has plus one byte to see the end (a file that grew, or says 0
// as /proc's do).
bool SourceLineReader::readAll(int fd, size_t sizeHint)
{
    m_buffer.resize(sizeHint + 1);
    size_t done = 0;
    for (;;) {
        if (done == m_buffer.size())
            m_buffer.resize(m_buffer.size() * 2);
        const ssize_t got = read(fd, m_buffer.data() + done, m_buffer.size() - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return false;
        if (got == 0)
            break;
        done += size_t(got);
    }
    m_buffer.resize(done);
    return done < UINT32_MAX; // offsets are kept in 32 bits
}

// The index of the file in m_buffer: lines as std::getline splits them ('\n' dropped, a last
// unterminated one kept).
void SourceLineReader::build(Index& index) const
{
    index.marks.clear();
    index.lines = 0;
    const char* data = m_buffer.data();
    const size_t size = m_buffer.size();
    for (size_t start = 0; start < size;) {
        if (index.lines % kStride == 0)
            index.marks.push_back(uint32_t(start));
        ++index.lines;
        const void* nl = memchr(data + start, '\n', size - start);
        start = nl ? size_t(static_cast<const char*>(nl) - data) + 1 : size;
    }
    if (index.marks.empty())
        index.marks.push_back(0); // an empty file: indexed all the same (no line)
    index.marks.shrink_to_fit();
}

// The line `skip` lines after the one starting at `start` in m_buffer. `whole`: m_buffer ends where the
// file does; else a line running past m_buffer's end is `incomplete` (a bigger window is needed).
std::optional<std::string_view> SourceLineReader::lineIn(size_t start, size_t skip, bool whole,
                                                         bool& incomplete)
{
    incomplete = false;
    const char* data = m_buffer.data();
    const size_t size = m_buffer.size();
    for (; skip > 0; --skip) {
        const void* nl = memchr(data + start, '\n', size - start);
        if (!nl)
            break;
        start = size_t(static_cast<const char*>(nl) - data) + 1;
    }
    const void* nl = skip == 0 ? memchr(data + start, '\n', size - start) : nullptr;
    if (!nl && !whole) {
        incomplete = true;
        return std::nullopt;
    }
    if (skip > 0)
        return std::nullopt; // fewer lines than indexed: changed within its mtime's resolution
    const size_t end = nl ? size_t(static_cast<const char*>(nl) - data) : size;
    return std::string_view(m_buffer).substr(start, end - start);
}

std::optional<std::string_view> SourceLineReader::line(const std::string& file, size_t number)
{
    auto it = m_files.find(file);
    if (it != m_files.end() && !it->second.readable)
        return std::nullopt; // not asked again: a file that could not be read stays so for the run
    if (it == m_files.end()) {
        if (m_files.size() >= kMaxFiles)
            m_files.clear();
        it = m_files.emplace(file, Index{}).first;
    }
    Index& index = it->second;
    const Fd f{open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    struct stat st
    {
    };
    if (f.fd < 0 || fstat(f.fd, &st) != 0) {
        index = Index{};
        return std::nullopt;
    }
    bool incomplete = false;
    if (index.marks.empty() || index.size != int64_t(st.st_size) || index.mtimeNs != mtimeNs(st)) {
        // new or changed: indexed from the whole file, which is then in m_buffer
        index = Index{};
        if (!readAll(f.fd, st.st_size > 0 ? size_t(st.st_size) : size_t(4096)))
            return std::nullopt;
        index.readable = true;
        index.size = int64_t(st.st_size);
        index.mtimeNs = mtimeNs(st);
        build(index);
        if (number < 1 || number > index.lines)
            return std::nullopt;
        return lineIn(index.marks[(number - 1) / kStride], (number - 1) % kStride, true, incomplete);
    }
    if (number < 1 || number > index.lines)
        return std::nullopt;
    // A window from the indexed line before it, doubled until it holds the whole line.
    const size_t from = index.marks[(number - 1) / kStride];
    for (size_t window = 8192;; window *= 2) {
        if (!readAt(f.fd, from, window, m_buffer))
            return std::nullopt;
        auto found = lineIn(0, (number - 1) % kStride, m_buffer.size() < window, incomplete);
        if (!incomplete)
            return found;
    }
}

void SourceLineReader::clear()
{
    m_files.clear();
}

} // namespace breadcrumb
