#include "ExternalCallSort.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <unistd.h>

namespace breadcrumb {

namespace {

constexpr std::size_t kReadCalls = 4096;

[[noreturn]] void failTemp(const std::string& what, int error)
{
    throw TraceError(TraceError::Kind::Interrupted,
                     "cannot " + what +
                         " the temporary file the export sorts calls in: " + std::strerror(error));
}

// pwrite/pread until all of `bytes` is done: they may do part of it, or be interrupted. `what` and
// `shortError` name a failure, or a call that moved nothing (the disk full, the file shorter than written).
template <typename Io, typename Byte>
void transferAll(Io io, int fd, Byte* bytes, std::size_t left, off_t offset, const char* what, int shortError)
{
    while (left > 0) {
        const ssize_t n = io(fd, bytes, left, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            failTemp(what, n < 0 ? errno : shortError);
        bytes += n;
        left -= static_cast<std::size_t>(n);
        offset += n;
    }
}

} // namespace

ExternalCallSort::ExternalCallSort(Order order, std::size_t bufferCalls)
    : m_order(order), m_bufferCalls(std::max<std::size_t>(bufferCalls, 1))
{
    m_buffer.reserve(std::min<std::size_t>(m_bufferCalls, 1 << 16));
}

ExternalCallSort::~ExternalCallSort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void ExternalCallSort::reserve(std::size_t calls)
{
    m_buffer.reserve(std::min(calls, m_bufferCalls));
}

void ExternalCallSort::add(const ExportCall& call)
{
    if (m_buffer.size() == m_bufferCalls)
        spill();
    m_buffer.push_back(call);
    ++m_size;
}

void ExternalCallSort::sortBuffer()
{
    // Lambdas, not the functions' addresses: a type of their own is what gets the comparison inlined.
    if (m_order == Order::ByStart)
        std::sort(m_buffer.begin(), m_buffer.end(),
                  [](const auto& a, const auto& b) { return byStart(a, b); });
    else
        std::sort(m_buffer.begin(), m_buffer.end(),
                  [](const auto& a, const auto& b) { return byThread(a, b); });
}

void ExternalCallSort::spill()
{
    sortBuffer();
    if (m_fd < 0) {
        const char* dir = std::getenv("TMPDIR");
        std::string path = std::string(dir && *dir ? dir : "/tmp") + "/breadcrumb-export-XXXXXX";
        m_fd = ::mkstemp(path.data());
        if (m_fd < 0)
            failTemp("create", errno);
        ::unlink(path.c_str()); // gone when closed, whatever happens to this process
    }
    const std::size_t first = m_runs.empty() ? 0 : m_runs.back().first + m_runs.back().second;
    transferAll(::pwrite, m_fd, reinterpret_cast<const char*>(m_buffer.data()),
                m_buffer.size() * sizeof(ExportCall), static_cast<off_t>(first * sizeof(ExportCall)), "write",
                ENOSPC);
    m_runs.emplace_back(first, m_buffer.size());
    m_buffer.clear();
}

void ExternalCallSort::finish()
{
    if (!m_runs.empty() && !m_buffer.empty())
        spill();
    else
        sortBuffer();
    if (!m_runs.empty())
        std::vector<ExportCall>().swap(m_buffer); // the merge reads from the file
}

void ExternalCallSort::forEach(const std::function<void(const ExportCall&)>& visit) const
{
    if (m_runs.empty()) {
        for (const ExportCall& call : m_buffer)
            visit(call);
    } else if (m_order == Order::ByStart) {
        merge([](const auto& a, const auto& b) { return byStart(a, b); }, visit);
    } else {
        merge([](const auto& a, const auto& b) { return byThread(a, b); }, visit);
    }
}

template <typename Less>
void ExternalCallSort::merge(Less less, const std::function<void(const ExportCall&)>& visit) const
{
    struct Reader
    {
        std::size_t next, end; // calls of the run in the file
        std::vector<ExportCall> buffer;
        std::size_t at = 0;
    };
    std::vector<Reader> readers;
    readers.reserve(m_runs.size());
    auto refill = [this](Reader& r) {
        const std::size_t count = std::min(kReadCalls, r.end - r.next);
        r.buffer.resize(count);
        r.at = 0;
        transferAll(::pread, m_fd, reinterpret_cast<char*>(r.buffer.data()), count * sizeof(ExportCall),
                    static_cast<off_t>(r.next * sizeof(ExportCall)), "read", EIO);
        r.next += count;
    };
    for (const auto& [first, count] : m_runs) {
        readers.push_back({first, first + count, {}, 0});
        refill(readers.back());
    }
    // The heap holds run indexes; the greatest by `later` is the run whose current call comes first.
    auto later = [&](std::size_t a, std::size_t b) {
        return less(readers[b].buffer[readers[b].at], readers[a].buffer[readers[a].at]);
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < readers.size(); ++i) {
        if (!readers[i].buffer.empty())
            heap.push(i);
    }
    while (!heap.empty()) {
        const std::size_t i = heap.top();
        heap.pop();
        Reader& r = readers[i];
        visit(r.buffer[r.at]);
        if (++r.at == r.buffer.size()) {
            if (r.next == r.end)
                continue;
            refill(r);
        }
        heap.push(i);
    }
}

} // namespace breadcrumb
