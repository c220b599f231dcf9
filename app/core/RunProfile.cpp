#include "RunProfile.h"

#include "CallGraphBuilder.h"
#include "CallStore.h"
#include "DurationMoments.h"
#include "FunctionTable.h"
#include "HugePages.h"
#include "IndexIterator.h"
#include "KeyIndex.h"
#include "ParallelChunkReader.h"
#include "RunSummaries.h"
#include "RunSummaryBuilder.h"
#include "SqliteStatement.h"
#include "TextLimits.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

namespace breadcrumb {

namespace {

// Durations are kept in blocks of one arena sized for the run's calls (pages are touched only as they
// fill), each block holding one function's durations as one decoding thread saw them.
constexpr std::size_t kBlockShift = 12;
constexpr std::size_t kBlock = std::size_t(1) << kBlockShift;

// What one decoding thread gathers for one function. The figures of the durations alone (sum, extremes,
// moments) are taken from its blocks at the end, in one sequential pass, not per call as they decode.
struct FunctionShare
{
    std::int64_t calls = 0;
    Nanos self = 0;
    std::int64_t exceptions = 0;
    bool onOtherThreads = false; // called on a thread the figures leave out: still one of the run's functions
    std::vector<Nanos*> blocks;  // all full but the last, which holds `fill`
    std::size_t fill = kBlock;
    std::vector<CallTiming> first; // the earliest calls (RunProfile::collectCallGraph), a heap
};

bool startsBefore(const CallTiming& a, const CallTiming& b)
{
    return a.startNs != b.startNs ? a.startNs < b.startNs : a.callId < b.callId;
}

// Keeps the `count` earliest calls in `heap` (latest on top).
void keepFirst(std::vector<CallTiming>& heap, std::size_t count, const CallTiming& call)
{
    if (heap.size() < count) {
        heap.push_back(call);
        std::push_heap(heap.begin(), heap.end(), startsBefore);
    } else if (startsBefore(call, heap.front())) {
        std::pop_heap(heap.begin(), heap.end(), startsBefore);
        heap.back() = call;
        std::push_heap(heap.begin(), heap.end(), startsBefore);
    }
}

// The durations of one function over its blocks, as one sequence, for std::nth_element.
struct BlockAt
{
    Nanos* const* blocks = nullptr;
    Nanos& operator()(std::ptrdiff_t i) const
    {
        const auto u = static_cast<std::size_t>(i);
        return blocks[u >> kBlockShift][u & (kBlock - 1)];
    }
};
using BlockIterator = IndexIterator<BlockAt>;

// FunctionStats::percentile over the durations [begin, begin + n) in any order, by selection: `from`
// says how many of the smallest are already in place (from an earlier, lower rank). Reorders them.
double percentile(BlockIterator begin, std::size_t n, double p, std::size_t& from)
{
    p = std::clamp(p, 0.0, 100.0);
    const double rank = p / 100.0 * static_cast<double>(n - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const auto at = begin + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(begin + static_cast<std::ptrdiff_t>(from), at, begin + static_cast<std::ptrdiff_t>(n));
    from = lo;
    if (lo + 1 >= n)
        return static_cast<double>(*at);
    const double low = static_cast<double>(*at);
    const double high =
        static_cast<double>(*std::min_element(at + 1, begin + static_cast<std::ptrdiff_t>(n)));
    return low + (rank - static_cast<double>(lo)) * (high - low);
}

// One thread's chunks reach its RunSummaryBuilder (or CallGraphBuilder) in the order they were read (the
// order the tracer wrote them: children before parents), whichever decoding thread finished them first.
struct ThreadOrder
{
    std::mutex mutex;
    std::uint64_t next = 0;                                // threadSequence of the chunk it wants next
    std::map<std::uint64_t, std::vector<ChunkCall>> early; // decoded before their turn
    RunSummaryBuilder builder;
    CallGraphBuilder graph; // instead of the builder when the call graph is wanted
};

// Vectors that held chunks decoded before their turn, kept for the next ones: a chunk's calls take about
// 128 KB, where malloc maps and unmaps fresh pages each time (page faults, TLB shootdowns on every core).
class SpareChunks
{
public:
    std::vector<ChunkCall> take(std::span<const ChunkCall> chunk)
    {
        std::vector<ChunkCall> out;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                out = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        out.assign(chunk.begin(), chunk.end());
        return out;
    }
    void give(std::vector<ChunkCall>&& chunk)
    {
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(chunk));
    }

private:
    std::mutex m_mutex;
    std::vector<std::vector<ChunkCall>> m_spare;
};

} // namespace

RunProfile::RunProfile(TraceReader& reader, std::int64_t runId, const LoadOptions& options)
    : m_reader(reader), m_options(options)
{
    m_run.run = reader.run(runId);
    const TraceDatabase& db = reader.database();
    db.readSnapshot([&] {
        // The threads a loaded run has: the threads table's, the calls', the exceptions'.
        SqliteStatement s(db.handle(),
                          std::string("SELECT t.thread_id, t.name, t.native_id FROM (SELECT thread_id FROM "
                                      "main.threads WHERE run_id = ?1 ") +
                              (db.hasCallChunks()
                                   ? "UNION SELECT thread_id FROM main.call_chunks WHERE run_id = ?1 "
                                   : "UNION SELECT thread_id FROM main.calls WHERE run_id = ?1 ") +
                              "UNION SELECT thread_id FROM main.exceptions WHERE run_id = ?1) ids LEFT JOIN "
                              "main.threads t ON t.run_id = ?1 AND t.thread_id = ids.thread_id");
        s.bind(1, runId);
        while (s.step()) {
            ThreadInfo t;
            t.threadId = s.int64(0);
            const std::string name = capped(s.textView(1), kMaxNameBytes);
            t.name = name.empty() ? "Thread " + std::to_string(t.threadId) : name;
            t.nativeId = s.isNull(2) ? 0 : s.int64(2);
            m_run.threads.push_back(std::move(t));
        }
    });
    std::stable_partition(m_run.threads.begin(), m_run.threads.end(),
                          [](const ThreadInfo& t) { return t.name == "MainThread"; });
}

std::vector<FunctionSummary> RunProfile::summarize(SortKey key, std::int32_t thread,
                                                   const TraceReader::Progress& progress)
{
    std::optional<std::vector<FunctionSummary>> out;
    m_run.functions.clear();
    m_graph.reset();
    m_firstCalls.clear();
    m_loaded.reset();
    m_reader.database().readSnapshot([&] { out = stream(thread, progress); });
    m_streamed = out.has_value();
    if (!out)
        out = load(thread, progress);
    m_run.buildIndexes(); // display names over the run's functions
    FunctionStats::sort(*out, m_run.functions, key);
    return std::move(*out);
}

std::vector<FunctionSummary> RunProfile::load(std::int32_t thread, const TraceReader::Progress& progress)
{
    const auto data = m_reader.loadRun(m_run.run.id, progress, m_options);
    std::int32_t loadedThread = kAllThreads;
    if (thread != kAllThreads) {
        const std::int64_t id = m_run.threads[static_cast<std::size_t>(thread)].threadId;
        for (std::size_t t = 0; t < data->threads.size(); ++t)
            if (data->threads[t].threadId == id)
                loadedThread = static_cast<std::int32_t>(t);
        if (loadedThread == kAllThreads)
            return {}; // no call on that thread
    }
    m_loaded = data;
    m_run.run = data->run;
    m_run.functions = data->functions;
    m_tracedNs = loadedThread == kAllThreads ? data->tracedNs() : data->tracedNs(loadedThread);
    return FunctionStats::summarize(*data, SortKey::Name, loadedThread);
}

std::optional<std::vector<FunctionSummary>> RunProfile::stream(std::int32_t thread,
                                                               const TraceReader::Progress& progress)
{
    const TraceDatabase& db = m_reader.database();
    sqlite3* handle = db.handle();
    const std::int64_t runId = m_run.run.id;
    if (!db.hasCallChunks())
        return std::nullopt; // 1.0: a calls table in call_id order, not the writer's order

    // The run's extent from the chunks' own counts and id ranges.
    std::int64_t total = 0, lo = 0, hi = -1;
    {
        SqliteStatement s(
            handle, "SELECT sum(n), min(min_call_id), max(max_call_id) FROM call_chunks WHERE run_id = ?");
        s.bind(1, runId);
        if (s.step() && !s.isNull(1)) {
            total = s.int64(0);
            lo = s.int64(1);
            hi = s.int64(2);
        }
    }
    // The chunks' n is a claim: what gets reserved is capped by what the file can hold.
    total = std::min(total, CallStore::callCapacity(handle));
    // Ids within the run's range: one bit each says which calls were seen. A run whose ids are spread
    // far wider than its calls (processes writing one file at once) is loaded instead.
    if (total <= 0 || hi < lo || hi - lo >= 8 * total + 4096)
        return std::nullopt;

    const std::vector<FunctionInfo> allFunctions = readFunctionTable(handle);
    // A call's exception counts when the run has it (RunLoader::readExceptions).
    std::vector<std::int64_t> exceptionIds;
    {
        SqliteStatement s(handle,
                          "SELECT exception_id FROM exceptions WHERE run_id = ? ORDER BY exception_id");
        s.bind(1, runId);
        while (s.step())
            exceptionIds.push_back(s.int64(0));
    }
    const KeyIndex functionIds(allFunctions.size(), [&](std::size_t f) { return allFunctions[f].id; });
    const std::int64_t keptThread =
        thread == kAllThreads ? 0 : m_run.threads[static_cast<std::size_t>(thread)].threadId;

    // Stored summaries serve for the whole run; a thread's figures, or a run without them, need the
    // builder. With the call graph, its own inclusive times serve (stored ones would only have to agree).
    const bool graph = m_wantGraph && thread == kAllThreads;
    std::optional<std::vector<StoredFunctionSummary>> stored;
    if (thread == kAllThreads && !graph) {
        try {
            stored = RunSummaries::read(db, runId);
        } catch (const TraceError&) {
            // a damaged summary table: the calls may still be readable
        }
    }
    const bool build = !stored.has_value();

    const unsigned cores = std::max(1u, std::min(std::thread::hardware_concurrency(), 4u));
    const unsigned helpers = total >= m_options.splitFromCalls ? cores - 1 : 0;
    const std::size_t functionCount = allFunctions.size();
    std::vector<std::vector<FunctionShare>> shares(helpers + 1);
    for (auto& share : shares)
        share.resize(functionCount);
    // Room for every call plus a partly filled block per function and thread; untouched pages cost nothing.
    const std::size_t arenaBlocks =
        (static_cast<std::size_t>(total) + kBlock - 1) / kBlock + functionCount * shares.size() + 1;
    std::unique_ptr<Nanos[]> arena(new Nanos[arenaBlocks * kBlock]);
    adviseHugePages(arena.get(), arenaBlocks * kBlock * sizeof(Nanos)); // thousands of page faults fewer
    std::atomic<std::size_t> nextBlock{0};
    std::vector<std::uint64_t> seen(build ? static_cast<std::size_t>(hi - lo) / 64 + 1 : 0);
    std::vector<Nanos> lastEnds(shares.size(), std::numeric_limits<Nanos>::min());

    std::mutex threadsMutex;
    SpareChunks spareChunks;
    std::deque<ThreadOrder> orders; // by ChunkOrigin::thread; a deque keeps them in place as it grows

    // Hands a thread's chunk to its builder: false when the chunks are not in an order it can take (a
    // child after its parent), or an id repeats.
    auto feed = [&](std::span<const ChunkCall> chunk, ThreadOrder& order) {
        for (const ChunkCall& in : chunk) {
            const auto bit = static_cast<std::uint64_t>(in.callId - lo);
            const std::uint64_t mask = std::uint64_t(1) << (bit & 63);
            if (std::atomic_ref<std::uint64_t>(seen[bit >> 6]).fetch_or(mask, std::memory_order_relaxed) &
                mask)
                return false;
            if (in.parentId != ChunkCall::kNullId && in.parentId >= lo) {
                const auto parent = static_cast<std::uint64_t>(in.parentId - lo);
                if (std::atomic_ref<std::uint64_t>(seen[parent >> 6]).load(std::memory_order_relaxed) &
                    (std::uint64_t(1) << (parent & 63)))
                    return false;
            }
            const Nanos duration = std::max<Nanos>(0, in.durationNs);
            if (graph) {
                order.graph.add(in.callId,
                                in.parentId == ChunkCall::kNullId ? CallGraphBuilder::kNoParent : in.parentId,
                                static_cast<std::uint32_t>(functionIds.rowOf(in.functionId)),
                                std::max<Nanos>(0, duration - in.childNs));
                continue;
            }
            CallRow row{};
            row.callId = in.callId;
            row.parentId = in.parentId == ChunkCall::kNullId ? 0 : in.parentId;
            row.functionId = functionIds.rowOf(in.functionId);
            row.durationNs = duration;
            row.childNs = in.childNs;
            order.builder.add(&row, 1);
        }
        return true;
    };

    auto consume = [&](std::span<const ChunkCall> chunk, const ChunkOrigin& origin, unsigned worker) {
        std::vector<FunctionShare>& share = shares[worker];
        if (thread != kAllThreads && origin.threadId != keptThread) {
            for (const ChunkCall& in : chunk) {
                const std::int32_t fn = functionIds.rowOf(in.functionId);
                if (fn < 0)
                    return false;
                share[static_cast<std::size_t>(fn)].onOtherThreads = true;
            }
            return true;
        }
        Nanos lastEnd = lastEnds[worker];
        for (const ChunkCall& in : chunk) {
            const std::int32_t fn = functionIds.rowOf(in.functionId);
            if (fn < 0 || in.callId < lo || in.callId > hi ||
                (in.parentId != ChunkCall::kNullId && in.parentId >= in.callId))
                return false; // the load says what is wrong
            FunctionShare& f = share[static_cast<std::size_t>(fn)];
            const Nanos duration = std::max<Nanos>(0, in.durationNs);
            ++f.calls;
            f.self += std::max<Nanos>(0, duration - in.childNs);
            if (in.exceptionId != ChunkCall::kNullId) [[unlikely]]
                f.exceptions += std::binary_search(exceptionIds.begin(), exceptionIds.end(), in.exceptionId);
            if (m_firstCallCount > 0 && graph)
                keepFirst(f.first, m_firstCallCount, {in.startNs, duration, in.callId});
            lastEnd = std::max(lastEnd, in.startNs + duration);
            if (f.fill == kBlock) {
                const std::size_t block = nextBlock.fetch_add(1, std::memory_order_relaxed);
                if (block >= arenaBlocks)
                    return false; // more calls than the chunks claim
                f.blocks.push_back(arena.get() + block * kBlock);
                f.fill = 0;
            }
            f.blocks.back()[f.fill++] = duration;
        }
        lastEnds[worker] = lastEnd;
        if (!build)
            return true;
        ThreadOrder* order = nullptr;
        {
            std::lock_guard lock(threadsMutex);
            while (orders.size() <= origin.thread)
                orders.emplace_back();
            order = &orders[origin.thread];
        }
        std::lock_guard lock(order->mutex);
        if (origin.threadSequence != order->next) {
            order->early.emplace(origin.threadSequence, spareChunks.take(chunk));
            return true;
        }
        if (!feed(chunk, *order))
            return false;
        ++order->next;
        for (auto it = order->early.find(order->next); it != order->early.end();
             it = order->early.find(order->next)) {
            if (!feed(it->second, *order))
                return false;
            spareChunks.give(std::move(it->second));
            order->early.erase(it);
            ++order->next;
        }
        return true;
    };
    auto keepGoing = [&](std::int64_t done) { return !progress || progress(std::min(done, total), total); };

    ParallelChunkReader reader(handle, runId, "chunk_id", helpers);
    if (!reader.run(consume, keepGoing))
        return std::nullopt;

    // Inclusive time per function index: the builders', or the stored rows' once the calls confirm them.
    std::vector<Nanos> inclusive(functionCount, 0);
    std::vector<CallEdge> edges;
    if (graph) {
        for (ThreadOrder& order : orders) {
            if (!order.early.empty())
                return std::nullopt; // cannot happen: every chunk was read
            std::vector<CallEdge> more = order.graph.finish();
            edges.insert(edges.end(), more.begin(), more.end());
        }
        for (const CallEdge& e : edges)
            inclusive[e.callee] += e.inclusiveNs;
    } else if (build) {
        for (const ThreadOrder& order : orders) {
            if (!order.early.empty())
                return std::nullopt; // cannot happen: every chunk was read
            for (const FunctionSummaryRow& row : order.builder.rows())
                inclusive[static_cast<std::size_t>(row.functionId)] += row.inclusiveNs;
        }
    }

    std::vector<FunctionSummary> out;
    std::vector<std::int32_t> runFunction(functionCount, -1);
    std::size_t storedRow = 0;
    Nanos tracedNs = 0;
    Nanos lastEnd = std::numeric_limits<Nanos>::min();
    for (const Nanos end : lastEnds)
        lastEnd = std::max(lastEnd, end);
    std::int64_t calls = 0;
    std::vector<Nanos*> blocks, tails;
    std::vector<Nanos> partial;
    std::vector<CallTiming> first;
    for (std::size_t fn = 0; fn < functionCount; ++fn) {
        FunctionSummary s;
        DurationMoments moments;
        s.min = std::numeric_limits<Nanos>::max();
        s.max = std::numeric_limits<Nanos>::min();
        blocks.clear();
        tails.clear();
        partial.clear();
        first.clear();
        bool used = false;
        for (auto& share : shares) {
            FunctionShare& f = share[fn];
            used = used || f.onOtherThreads;
            if (f.calls == 0)
                continue;
            s.calls += f.calls;
            s.self += f.self;
            s.exceptions += f.exceptions;
            // Full blocks as they are; the last one's durations are gathered and put back after them.
            blocks.insert(blocks.end(), f.blocks.begin(), f.blocks.end() - 1);
            first.insert(first.end(), f.first.begin(), f.first.end());
            partial.insert(partial.end(), f.blocks.back(), f.blocks.back() + f.fill);
            tails.push_back(f.blocks.back());
        }
        if (s.calls == 0) {
            if (used) // the run's functions are the same whichever thread the figures are for
                m_run.functions.push_back(allFunctions[fn]);
            continue;
        }
        const std::size_t fullBlocks = blocks.size();
        blocks.insert(blocks.end(), tails.begin(), tails.end());
        for (std::size_t i = 0; i < partial.size(); ++i)
            blocks[fullBlocks + (i >> kBlockShift)][i & (kBlock - 1)] = partial[i];
        const auto n = static_cast<std::size_t>(s.calls);
        for (std::size_t b = 0; b * kBlock < n; ++b) {
            const Nanos* block = blocks[b];
            const std::size_t count = std::min(kBlock, n - b * kBlock);
            Nanos sum = 0, low = s.min, high = s.max;
            for (std::size_t i = 0; i < count; ++i) {
                sum += block[i];
                low = std::min(low, block[i]);
                high = std::max(high, block[i]);
            }
            s.durationSum += sum;
            s.min = low;
            s.max = high;
            moments.addExact(block, block + count);
        }
        for (std::size_t b = 0; moments.overflowed() && b * kBlock < n; ++b)
            moments.addApproximate(blocks[b], blocks[b] + std::min(kBlock, n - b * kBlock));

        if (stored) {
            // The stored row of this function must agree with its calls in everything they both hold.
            const FunctionInfo& info = allFunctions[fn];
            if (storedRow >= stored->size())
                return std::nullopt;
            const StoredFunctionSummary& row = (*stored)[storedRow++];
            if (row.function.id != info.id || row.calls != s.calls || row.self != s.self ||
                row.durationSum != s.durationSum || row.max != s.max || row.exceptions != s.exceptions)
                return std::nullopt;
            s.total = row.total;
        } else {
            s.total = inclusive[fn];
        }
        s.function = static_cast<std::uint32_t>(m_run.functions.size());
        runFunction[fn] = static_cast<std::int32_t>(s.function);
        m_run.functions.push_back(allFunctions[fn]);
        s.avg = static_cast<double>(s.durationSum) / static_cast<double>(s.calls);
        s.stddev = moments.sampleStddev(s.calls, s.durationSum);
        const BlockIterator begin(BlockAt{blocks.data()}, 0);
        std::size_t from = 0;
        s.median = percentile(begin, n, 50, from);
        s.p95 = percentile(begin, n, 95, from);
        s.p99 = percentile(begin, n, 99, from);
        tracedNs += s.self;
        calls += s.calls;
        out.push_back(s);
        if (graph) {
            std::sort(first.begin(), first.end(), startsBefore);
            first.resize(std::min(first.size(), m_firstCallCount));
            m_firstCalls.resize(s.function + 1);
            m_firstCalls[s.function] = first;
        }
    }
    if (stored && storedRow != stored->size())
        return std::nullopt; // rows for functions without calls
    if (thread == kAllThreads) {
        if (calls == 0)
            return std::nullopt; // loadRun says the run has no calls
        m_run.run.callCount = calls;
        m_run.run.threadCount = static_cast<std::int64_t>(m_run.threads.size());
        // as the loaded run counts them: every row, a clean sys.exit() included
        m_run.run.exceptionCount = static_cast<std::int64_t>(exceptionIds.size());
        if (m_run.run.endNs == 0)
            m_run.run.endNs = lastEnd;
    }
    m_tracedNs = tracedNs;
    if (graph) {
        for (CallEdge& e : edges) {
            // every caller and callee made calls, so each has its index
            e.callee = static_cast<std::uint32_t>(runFunction[e.callee]);
            if (e.caller >= 0)
                e.caller = runFunction[static_cast<std::size_t>(e.caller)];
        }
        m_graph.emplace(std::move(edges), m_run.functions.size());
    }
    return out;
}

std::span<const CallTiming> RunProfile::firstCalls(std::uint32_t function) const
{
    return function < m_firstCalls.size() ? std::span<const CallTiming>(m_firstCalls[function])
                                          : std::span<const CallTiming>();
}

} // namespace breadcrumb
