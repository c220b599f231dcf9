#include "ExternalCallSort.h"

#include "DirectIo.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <new>
#include <numeric>
#include <queue>
#include <thread>
#include <unistd.h>

namespace breadcrumb {

namespace {

constexpr std::size_t kCallBytes = sizeof(ExportCall);
constexpr std::size_t kAlign = directio::kAlign;
// Calls whose bytes are whole 4 KB blocks, as O_DIRECT's offsets and sizes must be (512 of 56 bytes).
constexpr std::size_t kAlignedCalls = std::lcm(kCallBytes, kAlign) / kCallBytes;
constexpr std::size_t kFetchers = 2;    // the merge's reading threads: reads in flight while one waits
constexpr std::size_t kSpareBlocks = 8; // blocks read ahead of the merge, beyond one per run
// A block is at least this many kAlignedCalls (112 KB): smaller reads cost more CPU than they save.
constexpr std::size_t kMinBlockUnits = 4;

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

} // namespace

ExternalCallSort::Block ExternalCallSort::Block::withCapacity(std::size_t calls)
{
    Block block;
    const std::size_t bytes = roundUp(std::max<std::size_t>(calls, 1) * kCallBytes);
    block.bytes = directio::allocateAligned(bytes);
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
    m_spiller.reset(); // after the run it is writing, if any
    if (m_fd >= 0)
        ::close(m_fd);
}

void ExternalCallSort::reserve(std::size_t calls)
{
    calls = std::min(calls, m_bufferCalls);
    if (calls <= m_fill.capacity || m_spiller)
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
    if (!m_spiller) {
        const char* dir = std::getenv("TMPDIR");
        std::string path = std::string(dir && *dir ? dir : "/tmp") + "/breadcrumb-export-XXXXXX";
        m_fd = ::mkstemp(path.data());
        if (m_fd < 0)
            failTemp("create", errno);
        ::unlink(path.c_str());    // gone when closed, whatever happens to this process
        directio::setDirect(m_fd); // refused: through the cache
        m_spilling = Block::withCapacity(m_fill.capacity);
        m_spiller = std::make_unique<SerialWorker>();
    }
    if (const int error = m_spiller->waitIdle())
        failTemp("write", error);
    std::swap(m_fill, m_spilling);
    m_fill.size = 0;
    m_spiller->post([this] { return spill(); });
}

int ExternalCallSort::spill()
{
    ExportCall* calls = m_spilling.calls();
    sortCalls(calls, calls + m_spilling.size);
    // Whole blocks: the run's last one padded with zeros (the merge reads only the run's calls).
    const std::size_t used = m_spilling.size * kCallBytes;
    const std::size_t bytes = roundUp(used);
    std::memset(m_spilling.bytes.get() + used, 0, bytes - used);
    const int error = directio::transferAll(::pwrite, m_fd, m_spilling.bytes.get(), bytes, m_fileEnd, ENOSPC);
    m_runs.push_back({m_fileEnd, m_spilling.size});
    m_fileEnd += bytes;
    return error;
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
    if (!m_spiller)
        return;
    const int error = m_spiller->waitIdle();
    m_spiller.reset();
    m_spilling = Block();
    if (error)
        failTemp("write", error);
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

// Reading the runs back. Each run has the block the merge takes calls from; a few spare blocks are read
// ahead, each for the run that will run out first: the one whose latest block read ends with the
// smallest call (Knuth's forecasting, TAOCP 5.4.6). So the blocks are as big as the memory allows with one
// per run, rather than two: a direct read costs ~0.1 ms of the disk and ~50 us of CPU (a VM exit) whatever
// its size, and 50 M calls' 191 runs in 28 KB blocks took 8 s of kernel time against 1.5 s in 112 KB ones.
template <typename Less>
void ExternalCallSort::merge(Less less, const std::function<void(const ExportCall&)>& visit) const
{
    const std::size_t runCount = m_runs.size();
    const std::size_t blockCount = runCount + kSpareBlocks;
    std::size_t blockCalls =
        std::max(kMinBlockUnits * kAlignedCalls, m_bufferCalls / blockCount / kAlignedCalls * kAlignedCalls);
    std::size_t longest = 0;
    for (const Run& run : m_runs)
        longest = std::max(longest, run.calls);
    blockCalls =
        std::min(blockCalls, longest); // a block that holds a whole run need not be aligned within it
    std::vector<Block> blocks;
    blocks.reserve(blockCount);
    for (std::size_t b = 0; b < blockCount; ++b)
        blocks.push_back(Block::withCapacity(blockCalls));

    struct Reader
    {
        std::uint64_t next;             // file offset of the first call not yet asked for
        std::size_t unasked;            // calls of the run not yet asked for
        std::deque<std::size_t> loaded; // blocks read, in the run's order
        bool reading = false;
        std::uint64_t reads = 0; // asked for so far: tells a forecast made before the latest read
    };
    std::vector<Reader> readers(runCount);
    for (std::size_t i = 0; i < runCount; ++i) {
        readers[i].next = m_runs[i].offset;
        readers[i].unasked = m_runs[i].calls;
    }
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::size_t> freeBlocks(blocks.size());
    std::iota(freeBlocks.begin(), freeBlocks.end(), std::size_t{0});
    // Runs the merge waits for, read first: every run's first block, then any run the forecast missed
    // (calls that compare equal, which a damaged trace may have, can fool it; waiting would never end).
    std::deque<std::size_t> needed(runCount);
    std::iota(needed.begin(), needed.end(), std::size_t{0});
    struct Forecast
    {
        ExportCall last; // the last call of the run's latest block read (a copy: blocks are reused)
        std::size_t run;
        std::uint64_t reads; // the run's, when made; stale once the run was read again
    };
    // The run whose latest block ends first on top.
    auto endsLater = [&](const Forecast& a, const Forecast& b) {
        return less(b.last, a.last) || (!less(a.last, b.last) && a.run > b.run);
    };
    std::priority_queue<Forecast, std::vector<Forecast>, decltype(endsLater)> forecast(endsLater);
    int readError = 0;
    bool stop = false;

    auto fetch = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            cv.wait(lock,
                    [&] { return stop || (!freeBlocks.empty() && (!needed.empty() || !forecast.empty())); });
            if (stop)
                return;
            std::size_t run;
            if (!needed.empty()) {
                run = needed.front();
                needed.pop_front();
            } else {
                run = forecast.top().run;
                const bool stale = forecast.top().reads != readers[run].reads;
                forecast.pop();
                if (stale)
                    continue;
            }
            Reader& r = readers[run];
            if (r.reading || r.unasked == 0)
                continue; // asked for both ways: the other one is reading it
            const std::size_t b = freeBlocks.back();
            freeBlocks.pop_back();
            Block& block = blocks[b];
            block.size = std::min(blockCalls, r.unasked);
            const std::uint64_t offset = r.next;
            r.next += block.size * kCallBytes;
            r.unasked -= block.size;
            r.reading = true;
            ++r.reads;
            lock.unlock();
            const int error = directio::transferAll(::pread, m_fd, block.bytes.get(),
                                                    roundUp(block.size * kCallBytes), offset, EIO);
            lock.lock();
            if (error && !readError)
                readError = error;
            r.reading = false;
            r.loaded.push_back(b);
            if (r.unasked > 0)
                forecast.push({block.calls()[block.size - 1], run, r.reads});
            cv.notify_all();
        }
    };
    std::vector<std::thread> fetchers;
    struct StopFetchers // also when `visit` throws
    {
        std::vector<std::thread>& threads;
        std::mutex& mutex;
        std::condition_variable& cv;
        bool& stop;
        ~StopFetchers()
        {
            {
                std::unique_lock lock(mutex);
                stop = true;
                cv.notify_all();
            }
            for (std::thread& thread : threads)
                thread.join();
        }
    } stopFetchers{fetchers, mutex, cv, stop};
    for (std::size_t i = 0; i < std::min(kFetchers, runCount); ++i)
        fetchers.emplace_back(fetch);

    // The runs in the file, then the last one, in memory.
    const std::size_t k = runCount + (m_fill.size > 0 ? 1 : 0);
    std::vector<const ExportCall*> heads(k, nullptr), ends(k, nullptr); // null head: the run is done
    std::vector<std::size_t> current(runCount, blocks.size());          // the block merged from
    // Gives back run i's block and waits for its next one; null when the run is done.
    auto take = [&](std::size_t i) {
        std::unique_lock lock(mutex);
        if (current[i] < blocks.size()) {
            freeBlocks.push_back(current[i]);
            current[i] = blocks.size();
            cv.notify_all();
        }
        Reader& r = readers[i];
        if (r.loaded.empty() && !r.reading && r.unasked > 0) {
            needed.push_back(i); // before any fetcher can take the block just given back
            cv.notify_all();
        }
        cv.wait(lock, [&] { return !r.loaded.empty() || (!r.reading && r.unasked == 0) || readError; });
        if (readError)
            failTemp("read", readError);
        if (r.loaded.empty()) {
            heads[i] = nullptr;
            return;
        }
        current[i] = r.loaded.front();
        r.loaded.pop_front();
        heads[i] = blocks[current[i]].calls();
        ends[i] = heads[i] + blocks[current[i]].size;
    };
    for (std::size_t i = 0; i < runCount; ++i)
        take(i);
    if (k > runCount) {
        heads[k - 1] = m_fill.calls();
        ends[k - 1] = m_fill.calls() + m_fill.size;
    }

    // A tree of losers over the runs' current calls (Knuth's replacement selection): the next call is at
    // the root, and replacing it replays one path of log2(runs) comparisons; a heap's pop and push took
    // twice as many, and a quarter of a 10 M-call export went into them.
    auto first = [](std::size_t a, std::size_t b, const std::vector<const ExportCall*>& h, Less& lt) {
        return h[a] && (!h[b] || lt(*h[a], *h[b]));
    };
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
        else if (winner < runCount)
            take(winner);
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
