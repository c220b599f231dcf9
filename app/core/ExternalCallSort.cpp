#include "ExternalCallSort.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <new>
#include <numeric>
#include <unistd.h>

namespace breadcrumb {

namespace {

constexpr std::size_t kCallBytes = sizeof(ExportCall);
constexpr std::size_t kAlign = ExternalCallSort::kDirectAlign;

std::size_t roundUp(std::size_t bytes)
{
    return (bytes + kAlign - 1) / kAlign * kAlign;
}

[[noreturn]] void failTemp(const std::string& what, int error)
{
    throw TraceError(TraceError::Kind::Interrupted,
                     "cannot " + what +
                         " the temporary file the export sorts calls in: " + std::strerror(error));
}

bool clearDirect(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_DIRECT) == 0;
}

// pwrite/pread until all of `bytes` is done: they may do part of it, or be interrupted. 0, or the error
// (`shortError` for a call that moved nothing: the disk full, the file shorter than written). A file
// system that takes O_DIRECT but refuses its transfers (EINVAL) gets them through the cache from then on.
// Called from the spiller and the reader threads: no throw.
template <typename Io, typename Byte>
int transferAll(Io io, int fd, Byte* bytes, std::size_t left, std::uint64_t offset, int shortError)
{
    while (left > 0) {
        const ssize_t n = io(fd, bytes, left, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && (::fcntl(fd, F_GETFL) & O_DIRECT) && clearDirect(fd))
            continue;
        if (n <= 0)
            return n < 0 ? errno : shortError;
        bytes += n;
        left -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return 0;
}

} // namespace

std::size_t ExternalCallSort::alignedCalls()
{
    return std::lcm(kCallBytes, kAlign) / kCallBytes; // 512 calls of 56 bytes
}

void ExternalCallSort::Block::Free::operator()(void* p) const
{
    std::free(p);
}

ExternalCallSort::Block ExternalCallSort::Block::withCapacity(std::size_t calls)
{
    Block block;
    const std::size_t bytes = roundUp(std::max<std::size_t>(calls, 1) * kCallBytes);
    block.bytes.reset(static_cast<std::byte*>(std::aligned_alloc(kAlign, bytes)));
    if (!block.bytes)
        throw std::bad_alloc();
    block.capacity = bytes / kCallBytes;
    return block;
}

ExternalCallSort::ExternalCallSort(Order order, std::size_t bufferCalls)
    : m_order(order), m_bufferCalls(std::max<std::size_t>(bufferCalls, 1))
{
}

ExternalCallSort::~ExternalCallSort()
{
    stopSpiller();
    if (m_fd >= 0)
        ::close(m_fd);
}

void ExternalCallSort::reserve(std::size_t calls)
{
    calls = std::min(calls, m_bufferCalls);
    if (calls <= m_fill.capacity || m_spiller.joinable())
        return;
    Block bigger = Block::withCapacity(calls);
    std::copy_n(m_fill.calls(), m_fill.size, bigger.calls());
    bigger.size = m_fill.size;
    m_fill = std::move(bigger);
}

// m_fill is full: a bigger buffer while it may grow, else the buffer goes to the spiller.
void ExternalCallSort::makeRoom()
{
    if (m_fill.capacity < m_bufferCalls)
        reserve(std::max<std::size_t>(m_fill.capacity * 2, 1 << 12));
    else
        handOff();
}

void ExternalCallSort::handOff()
{
    if (!m_spiller.joinable()) {
        const char* dir = std::getenv("TMPDIR");
        std::string path = std::string(dir && *dir ? dir : "/tmp") + "/breadcrumb-export-XXXXXX";
        m_fd = ::mkstemp(path.data());
        if (m_fd < 0)
            failTemp("create", errno);
        ::unlink(path.c_str()); // gone when closed, whatever happens to this process
        const int flags = ::fcntl(m_fd, F_GETFL);
        if (flags >= 0)
            ::fcntl(m_fd, F_SETFL, flags | O_DIRECT); // refused: through the cache
        m_spilling = Block::withCapacity(m_fill.capacity);
        m_spiller = std::thread([this] { spillerLoop(); });
    }
    std::unique_lock lock(m_mutex);
    waitForSpiller(lock);
    std::swap(m_fill, m_spilling);
    m_fill.size = 0;
    m_pending = true;
    m_cv.notify_all();
}

void ExternalCallSort::waitForSpiller(std::unique_lock<std::mutex>& lock)
{
    m_cv.wait(lock, [this] { return !m_pending; });
    if (m_spillError)
        failTemp("write", m_spillError);
}

void ExternalCallSort::stopSpiller()
{
    if (!m_spiller.joinable())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
        m_cv.notify_all();
    }
    m_spiller.join(); // after the run it was writing, if any
}

void ExternalCallSort::spillerLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_pending || m_stop; });
        if (!m_pending)
            return;
        const std::uint64_t offset = m_fileEnd;
        lock.unlock();
        ExportCall* calls = m_spilling.calls();
        sortCalls(calls, calls + m_spilling.size);
        // Whole blocks: the run's last one padded with zeros (the merge reads only the run's calls).
        const std::size_t used = m_spilling.size * kCallBytes;
        const std::size_t bytes = roundUp(used);
        std::memset(m_spilling.bytes.get() + used, 0, bytes - used);
        const int error = transferAll(::pwrite, m_fd, m_spilling.bytes.get(), bytes, offset, ENOSPC);
        lock.lock();
        if (error && !m_spillError)
            m_spillError = error;
        m_runs.push_back({offset, m_spilling.size});
        m_fileEnd = offset + bytes;
        m_pending = false;
        m_cv.notify_all();
    }
}

void ExternalCallSort::sortCalls(ExportCall* begin, ExportCall* end) const
{
    // Lambdas, not the functions' addresses: a type of their own is what gets the comparison inlined.
    if (m_order == Order::ByStart)
        std::sort(begin, end, [](const auto& a, const auto& b) { return byStart(a, b); });
    else
        std::sort(begin, end, [](const auto& a, const auto& b) { return byThread(a, b); });
}

// The last run stays in memory, sorted here while the spiller writes the one before: writing it and
// reading it back only to merge it was the tail every export waited for.
void ExternalCallSort::finish()
{
    sortCalls(m_fill.calls(), m_fill.calls() + m_fill.size);
    if (!m_spiller.joinable())
        return;
    {
        std::unique_lock lock(m_mutex);
        waitForSpiller(lock);
    }
    stopSpiller();
    m_spilling = Block();
}

void ExternalCallSort::forEach(const std::function<void(const ExportCall&)>& visit) const
{
    if (m_runs.empty()) {
        std::for_each(m_fill.calls(), m_fill.calls() + m_fill.size, visit);
    } else if (m_order == Order::ByStart) {
        merge([](const auto& a, const auto& b) { return byStart(a, b); }, visit);
    } else {
        merge([](const auto& a, const auto& b) { return byThread(a, b); }, visit);
    }
}

template <typename Less>
void ExternalCallSort::merge(Less less, const std::function<void(const ExportCall&)>& visit) const
{
    // Each run is read a block at a time into one of its two buffers, by a thread of its own, while the
    // merge takes calls from the other. The buffers share what the sort buffers took while adding.
    const std::size_t unit = alignedCalls();
    const std::size_t budgetCalls = m_bufferCalls / (2 * m_runs.size()); // the last run keeps the other

    const std::size_t blockCalls = std::max<std::size_t>(unit, budgetCalls / unit * unit);

    struct Reader
    {
        std::uint64_t next;  // file offset of the first call not yet asked for
        std::size_t unasked; // calls of the run not yet asked for
        Block buffers[2];
        bool ready[2] = {false, false};
        bool asked[2] = {false, false};
        int current = 0;
    };
    std::vector<Reader> readers(m_runs.size());

    struct Request
    {
        Reader* reader;
        int buffer;
    };
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<Request> requests;
    int readError = 0;
    bool stop = false;

    // Called with `mutex` held.
    auto ask = [&](Reader& r, int buffer) {
        const std::size_t count = std::min(r.buffers[buffer].capacity, r.unasked);
        r.buffers[buffer].size = count;
        r.ready[buffer] = false;
        r.asked[buffer] = true;
        r.unasked -= count;
        requests.push_back({&r, buffer});
        cv.notify_all();
    };
    std::thread fetcher([&] {
        std::unique_lock lock(mutex);
        for (;;) {
            cv.wait(lock, [&] { return stop || !requests.empty(); });
            if (stop)
                return;
            const Request request = requests.front();
            requests.pop_front();
            Reader& r = *request.reader;
            Block& block = r.buffers[request.buffer];
            const std::uint64_t offset = r.next;
            r.next += block.size * kCallBytes;
            lock.unlock();
            const int error =
                transferAll(::pread, m_fd, block.bytes.get(), roundUp(block.size * kCallBytes), offset, EIO);
            lock.lock();
            if (error && !readError)
                readError = error;
            r.ready[request.buffer] = true;
            cv.notify_all();
        }
    });
    struct StopFetcher // also when `visit` throws
    {
        std::thread& thread;
        std::mutex& mutex;
        std::condition_variable& cv;
        bool& stop;
        ~StopFetcher()
        {
            {
                std::unique_lock lock(mutex);
                stop = true;
                cv.notify_all();
            }
            thread.join();
        }
    } stopFetcher{fetcher, mutex, cv, stop};

    // Waits for r's buffer to arrive; false when the run has no more calls.
    auto arrive = [&](Reader& r, int buffer) {
        std::unique_lock lock(mutex);
        if (!r.asked[buffer])
            return false;
        cv.wait(lock, [&] { return r.ready[buffer]; });
        if (readError)
            failTemp("read", readError);
        r.asked[buffer] = false;
        r.current = buffer;
        if (r.unasked > 0)
            ask(r, 1 - buffer); // the one just consumed
        return true;
    };

    {
        std::unique_lock lock(mutex);
        for (std::size_t i = 0; i < m_runs.size(); ++i) {
            Reader& r = readers[i];
            r.next = m_runs[i].offset;
            r.unasked = m_runs[i].calls;
            const std::size_t calls = std::min(blockCalls, m_runs[i].calls);
            r.buffers[0] = Block::withCapacity(calls);
            if (calls < m_runs[i].calls)
                r.buffers[1] = Block::withCapacity(calls);
            ask(r, 0);
        }
    }
    // A tree of losers over the runs' current calls (Knuth's replacement selection): the next call is at
    // the root, and replacing it replays one path of log2(runs) comparisons; a heap's pop and push took
    // twice as many, and a quarter of a 10 M-call export went into them.
    // The runs in the file, then the last one, in memory.
    const std::size_t k = readers.size() + (m_fill.size > 0 ? 1 : 0);
    std::vector<const ExportCall*> heads(k, nullptr), ends(k, nullptr); // null head: the run is done
    auto first = [](std::size_t a, std::size_t b, const std::vector<const ExportCall*>& h, Less& lt) {
        return h[a] && (!h[b] || lt(*h[a], *h[b]));
    };
    auto take = [&](std::size_t i, int buffer) {
        if (!arrive(readers[i], buffer)) {
            heads[i] = nullptr;
            return;
        }
        const Block& block = readers[i].buffers[buffer];
        heads[i] = block.calls();
        ends[i] = block.calls() + block.size;
    };
    for (std::size_t i = 0; i < readers.size(); ++i)
        take(i, 0);
    if (k > readers.size()) {
        heads[k - 1] = m_fill.calls();
        ends[k - 1] = m_fill.calls() + m_fill.size;
    }
    std::vector<std::size_t> tree(k); // [0]: the winner; [1, k): the loser at each node
    // Nodes 1..k-1 are inner nodes, k..2k-1 the runs; returns the winner below `node`.
    auto build = [&](auto& self, std::size_t node) -> std::size_t {
        if (node >= k)
            return node - k;
        const std::size_t a = self(self, 2 * node), b = self(self, 2 * node + 1);
        const bool aFirst = first(a, b, heads, less);
        tree[node] = aFirst ? b : a;
        return aFirst ? a : b;
    };
    tree[0] = build(build, 1);
    for (;;) {
        std::size_t winner = tree[0];
        const ExportCall* call = heads[winner];
        if (!call)
            break;
        visit(*call);
        if (++call < ends[winner])
            heads[winner] = call;
        else if (winner < readers.size())
            take(winner, 1 - readers[winner].current);
        else
            heads[winner] = nullptr;
        for (std::size_t node = (winner + k) / 2; node > 0; node /= 2) {
            if (first(tree[node], winner, heads, less))
                std::swap(tree[node], winner);
        }
        tree[0] = winner;
    }
}

} // namespace breadcrumb
