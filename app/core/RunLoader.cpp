#include "RunLoader.h"

#include "CallStore.h"
#include "ChunkDecoder.h"
#include "FunctionTable.h"
#include "HugePages.h"
#include "ParallelChunkReader.h"
#include "SqliteStatement.h"
#include "TextLimits.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <exception>
#include <limits>
#include <numeric>
#include <thread>

namespace breadcrumb {

namespace {

using Kind = TraceError::Kind;

// One decoded call into its CallRecord and caller id; throws when it names a function the file lacks.
template <typename FunctionIndex>
void fillCall(CallRecord& c, std::int64_t& parentId, const ChunkCall& in, std::uint32_t thread,
              const FunctionIndex& functionIndex, std::int64_t noParent)
{
    c.id = in.callId;
    parentId = in.parentId == ChunkCall::kNullId ? noParent : in.parentId;
    const std::int32_t fn = functionIndex(in.functionId);
    if (fn < 0)
        throw TraceError(TraceError::Kind::Corrupt, "the trace is damaged: call " + std::to_string(c.id) +
                                                        " refers to an unknown function");
    c.function = static_cast<std::uint32_t>(fn);
    c.thread = thread;
    c.depth = static_cast<std::uint32_t>(
        std::clamp<std::int64_t>(in.depth, 0, std::numeric_limits<std::uint32_t>::max()));
    c.startNs = in.startNs;
    c.durationNs = std::max<std::int64_t>(0, in.durationNs);
    c.selfNs = std::max<std::int64_t>(0, c.durationNs - in.childNs);
}

// What one decoding thread gathers besides the calls it writes into place.
struct DecodeShare
{
    std::vector<std::uint32_t> functionUse;
    std::vector<std::pair<std::uint32_t, std::int64_t>> exceptions; // (slot, exception_id)
    std::int64_t count = 0;
};

// The chunks of a run whose ids are dense, decoded on `helpers` more threads (ParallelChunkReader). Every
// call goes to slot (call_id - lo); a slot is claimed by an atomic exchange on `filled`, so a repeated id
// is seen once. Returns false, leaving the outputs to be reset, when anything is irregular (an id out of
// range or repeated, a malformed chunk, an unknown function): the single-threaded pass then handles the
// file and reports its errors exactly as before. Throws TraceError(Interrupted) when keepGoing says stop.
template <typename FunctionIndex, typename KeepGoing>
bool decodeChunksInParallel(sqlite3* db, std::int64_t runId, std::int64_t lo, std::int64_t total,
                            unsigned helpers, const FunctionIndex& functionIndex, CallList& calls,
                            std::vector<std::int64_t>& parentIds, std::vector<std::uint8_t>& filled,
                            std::vector<std::pair<std::uint32_t, std::int64_t>>& callExceptions,
                            std::vector<std::uint32_t>& functionUse, std::vector<std::int64_t>& threadIds,
                            std::size_t& count, std::int64_t noParent, const KeepGoing& keepGoing)
{
    std::vector<DecodeShare> shares(helpers + 1);
    for (auto& share : shares)
        share.functionUse.assign(functionUse.size(), 0);
    // Places one decoded chunk; false when it is irregular.
    auto place = [&](std::span<const ChunkCall> chunk, const ChunkOrigin& origin, unsigned worker) {
        DecodeShare& share = shares[worker];
        for (const ChunkCall& in : chunk) {
            const std::int64_t k = in.callId - lo;
            if (k < 0 || k >= total)
                return false;
            const auto slot = static_cast<std::size_t>(k);
            if (std::atomic_ref<std::uint8_t>(filled[slot]).exchange(1, std::memory_order_relaxed))
                return false;
            CallRecord c;
            fillCall(c, parentIds[slot], in, origin.thread, functionIndex, noParent);
            calls.set(slot, c);
            ++share.functionUse[c.function];
            if (in.exceptionId != ChunkCall::kNullId)
                share.exceptions.emplace_back(static_cast<std::uint32_t>(slot), in.exceptionId);
        }
        share.count += static_cast<std::int64_t>(chunk.size());
        return true;
    };
    ParallelChunkReader reader(db, runId, "run_id, min_call_id", helpers);
    if (!reader.run(place, keepGoing))
        return false;
    threadIds = reader.threadIds();
    count = 0;
    for (const DecodeShare& share : shares) {
        count += static_cast<std::size_t>(share.count);
        for (std::size_t f = 0; f < functionUse.size(); ++f)
            functionUse[f] += share.functionUse[f];
        callExceptions.insert(callExceptions.end(), share.exceptions.begin(), share.exceptions.end());
    }
    std::sort(callExceptions.begin(), callExceptions.end()); // slot order, whichever thread found them
    return true;
}

// Where a call of a run lands in RunData::calls: at (call_id - lo) when the run's ids are dense, which is
// the normal case and needs no sort; anything else is placed in read order and sorted afterwards. Dense runs
// of at least `parallelFrom` calls are decoded on `helpers` more threads.
template <typename FunctionIndex, typename KeepGoing>
void loadChunkedCalls(sqlite3* db, std::int64_t runId, std::int64_t lo, std::int64_t hi, std::int64_t total,
                      std::int64_t parallelFrom, unsigned helpers, const FunctionIndex& functionIndex,
                      CallList& calls, std::vector<std::int64_t>& parentIds,
                      std::vector<std::pair<std::uint32_t, std::int64_t>>& callExceptions,
                      std::vector<std::uint32_t>& functionUse, std::vector<std::int64_t>& threadIds,
                      std::int64_t noParent, const KeepGoing& keepGoing)
{
    bool dense = hi - lo + 1 == total;
    std::vector<std::uint8_t> filled;
    std::size_t count = 0;
    auto reset = [&] {
        calls.clear();
        parentIds.clear();
        filled.clear();
        callExceptions.clear();
        std::fill(functionUse.begin(), functionUse.end(), 0u);
        threadIds.clear();
        count = 0;
        if (dense) {
            reserveHugePages(parentIds, static_cast<std::size_t>(total));
            calls.assign(static_cast<std::size_t>(total), lo);
            parentIds.assign(static_cast<std::size_t>(total), noParent);
            filled.assign(static_cast<std::size_t>(total), 0);
        } else {
            calls.reserve(static_cast<std::size_t>(total));
            parentIds.reserve(static_cast<std::size_t>(total));
        }
    };
    reset();
    bool parallelDone = false;
    if (dense && helpers > 0 && total >= parallelFrom) {
        parallelDone =
            decodeChunksInParallel(db, runId, lo, total, helpers, functionIndex, calls, parentIds, filled,
                                   callExceptions, functionUse, threadIds, count, noParent, keepGoing);
        if (!parallelDone)
            reset();
    }
    if (!parallelDone) {
        SqliteStatement s(db, "SELECT chunk_id, thread_id, base_ns, rows FROM call_chunks WHERE run_id = ? "
                              "ORDER BY run_id, min_call_id");
        s.bind(1, runId);
        std::vector<ChunkCall> chunk;
        std::int64_t sinceProgress = 0;
        while (s.step()) {
            chunk.clear();
            ChunkDecoder::decode(s.textView(3), s.int64(2), s.int64(0), chunk);
            const std::int64_t threadId = s.int64(1);
            auto it = std::find(threadIds.begin(), threadIds.end(), threadId);
            if (it == threadIds.end())
                it = threadIds.insert(threadIds.end(), threadId);
            const auto thread = static_cast<std::uint32_t>(it - threadIds.begin());
            for (const ChunkCall& in : chunk) {
                std::size_t slot = 0;
                if (dense) {
                    const std::int64_t k = in.callId - lo;
                    if (k < 0 || k >= total || filled[static_cast<std::size_t>(k)]) {
                        // the chunk metadata lied or ids repeat: fall back to placing in read order
                        dense = false;
                        CallList kept;
                        std::vector<std::int64_t> keptParents;
                        for (std::size_t i = 0; i < calls.size(); ++i) {
                            if (filled[i]) {
                                for (auto& e : callExceptions) {
                                    if (e.first == i)
                                        e.first = static_cast<std::uint32_t>(kept.size());
                                }
                                kept.push_back(calls[i]);
                                keptParents.push_back(parentIds[i]);
                            }
                        }
                        calls = std::move(kept);
                        parentIds.swap(keptParents);
                    } else {
                        slot = static_cast<std::size_t>(k);
                        filled[slot] = 1;
                    }
                }
                if (!dense) {
                    slot = calls.size();
                    parentIds.push_back(noParent);
                }
                CallRecord c;
                fillCall(c, parentIds[slot], in, thread, functionIndex, noParent);
                if (dense)
                    calls.set(slot, c);
                else
                    calls.push_back(c);
                ++functionUse[c.function];
                if (in.exceptionId != ChunkCall::kNullId)
                    callExceptions.emplace_back(static_cast<std::uint32_t>(slot), in.exceptionId);
                ++count;
            }
            sinceProgress += static_cast<std::int64_t>(chunk.size());
            if (sinceProgress >= 0x4000) {
                sinceProgress = 0;
                if (!keepGoing(static_cast<std::int64_t>(count)))
                    throw TraceError(TraceError::Kind::Interrupted, "loading cancelled");
            }
        }
    }
    if (dense && static_cast<std::int64_t>(count) != total) {
        // fewer calls than the chunks claim: drop the empty slots
        std::size_t out = 0;
        for (std::size_t i = 0; i < calls.size(); ++i) {
            if (!filled[i])
                continue;
            for (auto& e : callExceptions) {
                if (e.first == i)
                    e.first = static_cast<std::uint32_t>(out);
            }
            calls.set(out, calls[i]);
            parentIds[out] = parentIds[i];
            ++out;
        }
        calls.resize(out);
        parentIds.resize(out);
    }
    if (!dense) {
        std::vector<std::uint32_t> order(calls.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return calls[a].id < calls[b].id; });
        std::vector<std::uint32_t> where(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            where[order[i]] = static_cast<std::uint32_t>(i);
        {
            CallList sorted;
            sorted.reserve(calls.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                sorted.push_back(calls[order[i]]);
            calls = std::move(sorted);
        }
        std::vector<std::int64_t> sortedParents(parentIds.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            sortedParents[i] = parentIds[order[i]];
        parentIds.swap(sortedParents);
        for (auto& e : callExceptions)
            e.first = where[e.first];
    }
}

constexpr std::int64_t kNoParent = std::numeric_limits<std::int64_t>::min();

constexpr std::int64_t kParallelLoadCalls = 200'000;

// The slots both halves of a split load write into: the lower half fills from the front in ascending id
// order, the upper half from the back in descending id order, so the result is contiguous and ordered
// without a second buffer. `free` hands out slots; running out (a writer added rows meanwhile) sets overflow.
struct LoadSlots
{
    CallList* calls = nullptr;
    std::int64_t* parents = nullptr; // parent call_id or kNoParent, resolved once every call is in place
    std::atomic<std::int64_t> free{0};
    std::atomic_bool overflow{false};
};

// What one half collected besides the calls: its own thread list, exceptions and function counts.
struct ScanPart
{
    bool descending = false;
    std::int64_t next = 0; // lower: next slot; upper: one past the next slot (it writes at next - 1)
    std::vector<std::int64_t> threadIds; // local thread index -> thread_id, by first appearance
    std::vector<std::pair<std::uint32_t, std::int64_t>> exceptions; // (slot, exception_id)
    std::vector<std::uint32_t> functionUse;
};

template <typename FunctionIndex, typename KeepGoing>
void scanCalls(sqlite3* db, std::int64_t runId, std::int64_t from, std::int64_t to,
               const FunctionIndex& functionIndex, LoadSlots& slots, ScanPart& out,
               std::atomic<std::int64_t>& done, const KeepGoing& keepGoing)
{
    // `+run_id` keeps SQLite on the rowid range instead of an index; both directions read sequentially.
    SqliteStatement s(
        db, std::string("SELECT call_id, parent_id, function_id, thread_id, depth, start_ns, "
                        "duration_ns, child_ns, exception_id FROM calls WHERE call_id BETWEEN ? AND ? "
                        "AND +run_id = ? ORDER BY call_id") +
                (out.descending ? " DESC" : ""));
    s.bind(1, from).bind(2, to).bind(3, runId);
    sqlite3_stmt* st = s.get();
    std::int64_t lastThreadId = 0;
    std::uint32_t lastThread = 0;
    bool haveThread = false;
    std::int64_t batch = 0;
    while (s.step()) {
        if (slots.free.fetch_sub(1) <= 0) {
            slots.overflow = true;
            break;
        }
        const std::int64_t slot = out.descending ? --out.next : out.next++;
        CallRecord c;
        c.id = sqlite3_column_int64(st, 0);
        slots.parents[slot] =
            sqlite3_column_type(st, 1) == SQLITE_NULL ? kNoParent : sqlite3_column_int64(st, 1);
        const std::int32_t fn = functionIndex(sqlite3_column_int64(st, 2));
        if (fn < 0)
            throw TraceError(Kind::Corrupt, "the trace is damaged: call " + std::to_string(c.id) +
                                                " refers to an unknown function");
        c.function = static_cast<std::uint32_t>(fn);
        ++out.functionUse[c.function];
        const std::int64_t threadId = sqlite3_column_int64(st, 3);
        if (!haveThread || threadId != lastThreadId) {
            // a run has a handful of threads: a linear search beats a hash map
            auto it = std::find(out.threadIds.begin(), out.threadIds.end(), threadId);
            if (it == out.threadIds.end())
                it = out.threadIds.insert(out.threadIds.end(), threadId);
            lastThread = static_cast<std::uint32_t>(it - out.threadIds.begin());
            lastThreadId = threadId;
            haveThread = true;
        }
        c.thread = lastThread;
        c.depth = static_cast<std::uint32_t>(std::max<std::int64_t>(0, sqlite3_column_int64(st, 4)));
        c.startNs = sqlite3_column_int64(st, 5);
        c.durationNs = std::max<std::int64_t>(0, sqlite3_column_int64(st, 6));
        c.selfNs = std::max<std::int64_t>(0, c.durationNs - sqlite3_column_int64(st, 7));
        slots.calls->set(static_cast<std::size_t>(slot), c);
        if (sqlite3_column_type(st, 8) != SQLITE_NULL)
            out.exceptions.emplace_back(static_cast<std::uint32_t>(slot), sqlite3_column_int64(st, 8));
        if (++batch == 0x4000) {
            done += batch;
            batch = 0;
            if (!keepGoing())
                break;
        }
    }
    done += batch;
}

} // namespace
RunLoader::RunLoader(TraceDatabase& db, const std::string& path, std::int64_t runId,
                     const TraceReader::Progress& progress, const LoadOptions& options)
    : m_db(db), m_path(path), m_runId(runId), m_progress(progress), m_options(options)
{
}

std::shared_ptr<RunData> RunLoader::load(RunInfo info)
{
    m_data = std::make_shared<RunData>();
    m_data->run = std::move(info);
    readExtent();
    report(0);
    readFunctions();
    if (m_db.hasCallChunks())
        readChunkedCalls();
    else
        readCallRows();
    indexIds();
    linkParents();
    report(static_cast<std::int64_t>(m_data->calls.size()));
    sortByStart();
    keepUsedFunctions();
    readThreads();
    readExceptions();
    orderThreads();
    finish();
    return std::move(m_data);
}

void RunLoader::report(std::int64_t done) const
{
    if (m_progress && !m_progress(done, m_total))
        throw TraceError(Kind::Interrupted, "loading cancelled");
}

// How many calls the run holds and their id range, without reading any call.
void RunLoader::readExtent()
{
    {
        // 1.1: the chunks' own counts and id ranges, without decoding anything
        SqliteStatement s(
            m_db.handle(),
            m_db.hasCallChunks()
                ? "SELECT sum(n), min(min_call_id), max(max_call_id) FROM call_chunks WHERE run_id = ?"
                : "SELECT count(*), min(call_id), max(call_id) FROM calls WHERE run_id = ?");
        s.bind(1, m_runId);
        if (s.step() && !s.isNull(1)) {
            m_total = s.int64(0);
            m_lo = s.int64(1);
            m_hi = s.int64(2);
        }
    }
    if (m_total == 0)
        throw TraceError(Kind::EmptyRun,
                         "run " + std::to_string(m_runId) + " in '" + m_path + "' has no calls");
    // The chunks' n is a claim: what gets allocated up front is capped by what the file can hold.
    m_total = std::min(m_total, CallStore::callCapacity(m_db.handle()));
    if (m_total > std::numeric_limits<std::int32_t>::max())
        throw TraceError(Kind::Corrupt, "run " + std::to_string(m_runId) + " is too large to load");
}

void RunLoader::readFunctions()
{
    m_allFunctions = readFunctionTable(m_db.handle());
    m_functionUse.assign(m_allFunctions.size(), 0);
    // Function ids are dense in practice (INTEGER PRIMARY KEY): every call's lookup is one subtraction.
    m_functionIds = KeyIndex(m_allFunctions.size(), [this](std::size_t f) { return m_allFunctions[f].id; });
}

// 1.1: the calls come in chunks, read on one connection in one snapshot; decoding them is most of the
// work, so big runs share it with up to three more threads (one on the usual 2-core machine).
void RunLoader::readChunkedCalls()
{
    auto& calls = m_data->calls;
    const unsigned helpers = std::min(std::thread::hardware_concurrency(), 4u);
    loadChunkedCalls(
        m_db.handle(), m_runId, m_lo, m_hi, m_total, m_options.splitFromCalls, helpers > 1 ? helpers - 1 : 0,
        [this](std::int64_t id) { return m_functionIds.rowOf(id); }, calls, m_parentIds, m_callExceptions,
        m_functionUse, m_threadIds, kNoParent,
        [&](std::int64_t done) { return !m_progress || m_progress(std::min(done, m_total), m_total); });
    if (calls.empty())
        throw TraceError(Kind::EmptyRun,
                         "run " + std::to_string(m_runId) + " in '" + m_path + "' has no calls");
    m_lo = calls.front().id; // the decoded ids, in case the chunks' metadata disagrees
    m_hi = calls.back().id;
}

// 1.0: the calls are read in call_id order (= start order, by the format): the table is read sequentially.
// Big runs are read as two id ranges in parallel (the upper one backwards, on a second connection),
// which halves the wall time of the dominant step on a multi-core machine at no extra memory.
void RunLoader::readCallRows()
{
    const std::int64_t total = m_total, lo = m_lo, hi = m_hi;
    auto& calls = m_data->calls;
    const auto& progress = m_progress;
    bool parallel = total >= m_options.splitFromCalls && hi > lo && std::thread::hardware_concurrency() > 1;
    for (int attempt = 0; attempt < 3; ++attempt) {
        // A writer appending meanwhile can add rows beyond `total`: then the slots run out and we read again
        // with room to spare, in one pass.
        const auto capacity = static_cast<std::size_t>(total + (attempt == 0 ? 0 : total / 4 + 4096));
        reserveHugePages(m_parentIds, capacity);
        calls.assign(capacity, lo);
        m_parentIds.assign(capacity, kNoParent);
        LoadSlots slots;
        slots.calls = &calls;
        slots.parents = m_parentIds.data();
        slots.free = static_cast<std::int64_t>(capacity);
        std::atomic<std::int64_t> done{0};
        std::atomic_bool stop{false};
        std::atomic_bool upperRunning{false};
        auto keepGoing = [&] {
            if (stop.load())
                return false;
            if (progress && !progress(std::min(done.load(), total), total)) {
                stop = true;
                return false;
            }
            return true;
        };
        const std::int64_t mid = parallel ? lo + (hi - lo) / 2 : hi;
        auto functionIndex = [this](std::int64_t id) { return m_functionIds.rowOf(id); };

        ScanPart lower, upper;
        lower.functionUse.assign(m_allFunctions.size(), 0);
        upper.functionUse.assign(m_allFunctions.size(), 0);
        upper.descending = true;
        upper.next = static_cast<std::int64_t>(capacity);
        std::exception_ptr upperError;
        std::thread worker;
        if (parallel) {
            upperRunning = true;
            worker = std::thread([&] {
                try {
                    TraceDatabase second(m_path);
                    scanCalls(second.handle(), m_runId, mid + 1, hi, functionIndex, slots, upper, done,
                              [&] { return !stop.load(); });
                } catch (...) {
                    upperError = std::current_exception();
                    stop = true;
                }
                upperRunning = false;
            });
        }
        try {
            scanCalls(m_db.handle(), m_runId, lo, mid, functionIndex, slots, lower, done, keepGoing);
        } catch (...) {
            stop = true;
            if (worker.joinable())
                worker.join();
            throw;
        }
        if (worker.joinable()) {
            // keep reporting progress while the upper half finishes
            while (upperRunning.load() && !stop.load()) {
                if (!keepGoing())
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            worker.join();
        }
        if (upperError)
            std::rethrow_exception(upperError);
        if (stop.load())
            throw TraceError(Kind::Interrupted, "loading cancelled");
        if (slots.overflow.load()) {
            parallel = false;
            continue;
        }

        // Close the gap between the halves (there is one when the run has fewer calls than slots).
        const auto lowCount = static_cast<std::size_t>(lower.next);
        const auto highStart = static_cast<std::size_t>(upper.next);
        const std::size_t highCount = capacity - highStart;
        if (highStart > lowCount) {
            calls.moveDown(lowCount, highStart, highCount);
            std::memmove(m_parentIds.data() + lowCount, m_parentIds.data() + highStart,
                         highCount * sizeof(std::int64_t));
            for (auto& e : upper.exceptions)
                e.first -= static_cast<std::uint32_t>(highStart - lowCount);
        }
        calls.resize(lowCount + highCount);
        m_parentIds.resize(lowCount + highCount);

        // One thread list: the upper half's local indices map onto the lower half's.
        m_threadIds = lower.threadIds;
        std::vector<std::uint32_t> threadMap;
        for (std::int64_t tid : upper.threadIds) {
            auto it = std::find(m_threadIds.begin(), m_threadIds.end(), tid);
            if (it == m_threadIds.end())
                it = m_threadIds.insert(m_threadIds.end(), tid);
            threadMap.push_back(static_cast<std::uint32_t>(it - m_threadIds.begin()));
        }
        for (std::size_t i = lowCount; i < calls.size(); ++i)
            calls.setThread(i, threadMap[calls.thread(i)]);
        m_callExceptions = std::move(lower.exceptions);
        m_callExceptions.insert(m_callExceptions.end(), upper.exceptions.begin(), upper.exceptions.end());
        for (std::size_t f = 0; f < m_functionUse.size(); ++f)
            m_functionUse[f] = lower.functionUse[f] + upper.functionUse[f];
        if (calls.capacity() > calls.size() + calls.size() / 20) {
            calls.shrink_to_fit();
            m_parentIds.shrink_to_fit();
        }
        return;
    }
    throw TraceError(Kind::Interrupted, "run " + std::to_string(m_runId) +
                                            " kept growing while it was loaded; "
                                            "try again");
}

void RunLoader::indexIds()
{
    const auto& calls = m_data->calls;
    // [m_lo, m_hi]: the run's id range as read; a call a writer added beyond it meanwhile is nobody's caller
    m_callIds = KeyIndex(
        calls.size(), [&](std::size_t i) { return calls[i].id; }, m_lo, m_hi);
}

// Call ids are given when a call starts, so a caller's id is smaller than its callees' (FORMAT.md).
// A file that says otherwise could close a cycle that every walk up the parents would follow forever:
// it is refused. The calls are in id order here, so a parent's depth is known before its children's.
void RunLoader::linkParents()
{
    auto& calls = m_data->calls;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        if (m_parentIds[i] == kNoParent) {
            calls.setParent(i, -1);
            continue;
        }
        if (m_parentIds[i] >= calls[i].id)
            throw TraceError(Kind::Corrupt, "the trace is damaged: call " + std::to_string(calls[i].id) +
                                                " names call " + std::to_string(m_parentIds[i]) +
                                                " as its caller, which did not start before it");
        const std::int32_t parent = m_callIds.rowOf(m_parentIds[i]);
        calls.setParent(i, parent);
        if (parent >= 0) // else its caller was still running when the run stopped: a root
            calls.setDepth(i, calls[static_cast<std::size_t>(parent)].depth + 1);
    }
    std::vector<std::int64_t>().swap(m_parentIds);
}

// Wall clocks can step back; the format promises start order by id, RunData promises (start, id).
void RunLoader::sortByStart()
{
    auto& calls = m_data->calls;
    const bool ordered =
        std::is_sorted(calls.begin(), calls.end(), [](const CallRecord& a, const CallRecord& b) {
            return a.startNs != b.startNs ? a.startNs < b.startNs : a.id < b.id;
        });
    if (ordered)
        return;
    std::vector<std::uint32_t> order(calls.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return calls[a].startNs != calls[b].startNs ? calls[a].startNs < calls[b].startNs
                                                    : calls[a].id < calls[b].id;
    });
    std::vector<std::int32_t> newIndex(calls.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        newIndex[order[i]] = static_cast<std::int32_t>(i);
    CallList sorted;
    sorted.reserve(calls.size());
    for (std::uint32_t old : order) {
        CallRecord c = calls[old];
        if (c.parent >= 0)
            c.parent = newIndex[static_cast<std::size_t>(c.parent)];
        sorted.push_back(c);
    }
    calls = std::move(sorted);
    for (auto& [call, exceptionId] : m_callExceptions)
        call = static_cast<std::uint32_t>(newIndex[call]);
    indexIds();
}

// Keep only the functions the run uses, in id order.
void RunLoader::keepUsedFunctions()
{
    std::vector<std::uint32_t> runFunction(m_allFunctions.size(), 0);
    for (std::size_t f = 0; f < m_allFunctions.size(); ++f) {
        if (m_functionUse[f]) {
            runFunction[f] = static_cast<std::uint32_t>(m_data->functions.size());
            m_data->functions.push_back(std::move(m_allFunctions[f]));
        }
    }
    auto& calls = m_data->calls;
    for (std::size_t i = 0; i < calls.size(); ++i)
        calls.setFunction(i, runFunction[calls.function(i)]);
}

std::uint32_t RunLoader::threadIndex(std::int64_t threadId)
{
    for (std::size_t t = 0; t < m_threadIds.size(); ++t) {
        if (m_threadIds[t] == threadId)
            return static_cast<std::uint32_t>(t);
    }
    m_threadIds.push_back(threadId);
    return static_cast<std::uint32_t>(m_threadIds.size() - 1);
}

// The threads table's names and native ids; a thread without calls still gets an index.
void RunLoader::readThreads()
{
    SqliteStatement s(m_db.handle(),
                      "SELECT thread_id, name, native_id FROM threads WHERE run_id = ? ORDER BY thread_id");
    s.bind(1, m_runId);
    while (s.step()) {
        m_threadNames[s.int64(0)] = capped(s.textView(1), kMaxNameBytes);
        if (!s.isNull(2))
            m_nativeIds[s.int64(0)] = s.int64(2);
        threadIndex(s.int64(0));
    }
}

// Exceptions of the run, attached to their raising call and to the calls they escaped from.
void RunLoader::readExceptions()
{
    auto& calls = m_data->calls;
    std::unordered_map<std::int64_t, std::int32_t> exceptionById;
    SqliteStatement s(m_db.handle(),
                      "SELECT exception_id, call_id, thread_id, timestamp_ns, type, message, traceback, "
                      "escaped FROM exceptions WHERE run_id = ? ORDER BY timestamp_ns, exception_id");
    s.bind(1, m_runId);
    while (s.step()) {
        ExceptionRecord e;
        e.id = s.int64(0);
        e.call = s.isNull(1) ? -1 : m_callIds.rowOf(s.int64(1));
        e.function =
            e.call >= 0 ? static_cast<std::int32_t>(calls[static_cast<std::size_t>(e.call)].function) : -1;
        e.thread = threadIndex(s.int64(2));
        e.timestampNs = s.int64(3);
        e.type = capped(s.textView(4), kMaxNameBytes);
        e.message = capped(s.textView(5), kMaxMessageBytes);
        e.traceback = capped(s.textView(6), kMaxTracebackBytes);
        e.escaped = s.int64(7) != 0;
        exceptionById.emplace(e.id, static_cast<std::int32_t>(m_data->exceptions.size()));
        m_data->exceptions.push_back(std::move(e));
    }
    m_data->callExceptions.reserve(m_callExceptions.size());
    for (const auto& [call, exceptionId] : m_callExceptions) {
        if (const auto it = exceptionById.find(exceptionId); it != exceptionById.end())
            m_data->callExceptions.emplace_back(call, it->second);
    }
}

// MainThread first, then in order of first call; every thread index is remapped.
void RunLoader::orderThreads()
{
    std::vector<std::uint32_t> threadOrder(m_threadIds.size());
    std::iota(threadOrder.begin(), threadOrder.end(), 0u);
    std::stable_partition(threadOrder.begin(), threadOrder.end(),
                          [&](std::uint32_t t) { return m_threadNames[m_threadIds[t]] == "MainThread"; });
    std::vector<std::uint32_t> threadRemap(m_threadIds.size());
    for (std::size_t i = 0; i < threadOrder.size(); ++i) {
        threadRemap[threadOrder[i]] = static_cast<std::uint32_t>(i);
        const std::int64_t tid = m_threadIds[threadOrder[i]];
        const std::string& name = m_threadNames[tid];
        const auto native = m_nativeIds.find(tid);
        m_data->threads.push_back({tid, name.empty() ? "Thread " + std::to_string(tid) : name,
                                   native == m_nativeIds.end() ? 0 : native->second});
    }
    auto& calls = m_data->calls;
    for (std::size_t i = 0; i < calls.size(); ++i)
        calls.setThread(i, threadRemap[calls.thread(i)]);
    for (auto& e : m_data->exceptions)
        e.thread = threadRemap[e.thread];
}

void RunLoader::finish()
{
    // The id lookup has served (parents, exceptions): it goes before the indexes are built, the load's peak.
    m_callIds = KeyIndex();
    std::vector<std::pair<std::uint32_t, std::int64_t>>().swap(m_callExceptions);
    RunData& data = *m_data;
    data.buildIndexes();
    data.run.callCount = static_cast<std::int64_t>(data.calls.size());
    data.run.exceptionCount = static_cast<std::int64_t>(data.exceptions.size());
    data.run.threadCount = static_cast<std::int64_t>(data.threads.size());
    if (data.run.endNs == 0)
        data.run.endNs = data.lastEndNs();
    if (m_progress)
        m_progress(m_total, m_total);
}

} // namespace breadcrumb
