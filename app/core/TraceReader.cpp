#include "TraceReader.h"

#include "CallStore.h"
#include "ChunkDecoder.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <limits>
#include <numeric>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace breadcrumb {

namespace {

using Kind = TraceError::Kind;

// A 'running' run is only believed while its writer shows signs of life.
constexpr Nanos kHeartbeatTimeoutNs = 10'000'000'000;

std::string thisHost()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

Nanos nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// lastSignNs: heartbeat_ns, or start_ns while the writer has not committed a heartbeat yet.
std::string effectiveStatus(const std::string& status, const std::string& host, std::int64_t pid,
                            Nanos lastSignNs)
{
    if (status != "running")
        return status;
    if (pid > 0 && !host.empty() && host == thisHost() && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
        errno == ESRCH)
        return "crashed";
    if (nowNs() - lastSignNs > kHeartbeatTimeoutNs)
        return "crashed";
    return "running";
}

// Maps call ids to indices: a flat array when the ids of a run are dense (the normal case), else a hash map.
class IdIndex
{
public:
    IdIndex(std::int64_t lo, std::int64_t hi, std::int64_t count) : m_lo(lo)
    {
        const std::int64_t span = hi - lo + 1;
        if (span > 0 && span <= 4 * count + 4096)
            m_dense.assign(static_cast<std::size_t>(span), -1);
        else
            m_sparse.reserve(static_cast<std::size_t>(count));
    }
    void set(std::int64_t id, std::int32_t index)
    {
        if (!m_dense.empty()) {
            const std::int64_t k = id - m_lo;
            if (k >= 0 && k < static_cast<std::int64_t>(m_dense.size()))
                m_dense[static_cast<std::size_t>(k)] = index;
        } else {
            m_sparse[id] = index;
        }
    }
    std::int32_t get(std::int64_t id) const
    {
        if (!m_dense.empty()) {
            const std::int64_t k = id - m_lo;
            return k >= 0 && k < static_cast<std::int64_t>(m_dense.size())
                       ? m_dense[static_cast<std::size_t>(k)]
                       : -1;
        }
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? -1 : it->second;
    }

private:
    std::int64_t m_lo;
    std::vector<std::int32_t> m_dense;
    std::unordered_map<std::int64_t, std::int32_t> m_sparse;
};

// A 1.1 file has no parent_run_id: NULL in its place reads every run as a root.
std::string runColumns(bool parentRuns)
{
    return std::string("SELECT run_id, command_line, python_version, cwd, hostname, pid, start_ns, end_ns, "
                       "heartbeat_ns, status, exit_code, ") +
           (parentRuns ? "parent_run_id" : "NULL") + " FROM runs";
}

RunInfo readRun(const SqliteStatement& s)
{
    RunInfo info;
    info.id = s.int64(0);
    info.commandLine = s.text(1);
    info.pythonVersion = s.text(2);
    info.cwd = s.text(3);
    const std::string host = s.text(4);
    const std::int64_t pid = s.isNull(5) ? 0 : s.int64(5);
    info.startNs = s.int64(6);
    info.endNs = s.isNull(7) ? 0 : s.int64(7);
    const Nanos lastSign = s.isNull(8) ? info.startNs : s.int64(8);
    info.status = effectiveStatus(s.text(9), host, pid, lastSign);
    if (!s.isNull(10))
        info.exitCode = static_cast<int>(s.int64(10));
    info.parentRunId = s.isNull(11) ? 0 : s.int64(11);
    return info;
}

Nanos lastCallEnd(sqlite3* db, bool chunked, std::int64_t runId)
{
    if (!chunked) {
        SqliteStatement s(db, "SELECT max(start_ns + duration_ns) FROM calls WHERE run_id = ?");
        s.bind(1, runId);
        return s.step() && !s.isNull(0) ? s.int64(0) : 0;
    }
    // A thread's chunks are written in finish order, so its last chunk holds its latest end: decode only
    // those.
    SqliteStatement s(db, "SELECT chunk_id, base_ns, rows FROM call_chunks WHERE chunk_id IN "
                          "(SELECT max(chunk_id) FROM call_chunks WHERE run_id = ? GROUP BY thread_id)");
    s.bind(1, runId);
    Nanos end = 0;
    std::vector<ChunkCall> calls;
    while (s.step()) {
        calls.clear();
        ChunkDecoder::decode(s.textView(2), s.int64(1), s.int64(0), calls);
        for (const auto& c : calls)
            end = std::max(end, c.startNs + c.durationNs);
    }
    return end;
}

// Where a call of a run lands in RunData::calls: at (call_id - lo) when the run's ids are dense, which is
// the normal case and needs no sort; anything else is placed in read order and sorted afterwards.
template <typename FunctionIndex, typename KeepGoing>
void loadChunkedCalls(sqlite3* db, std::int64_t runId, std::int64_t lo, std::int64_t hi, std::int64_t total,
                      const FunctionIndex& functionIndex, std::vector<CallRecord>& calls,
                      std::vector<std::int64_t>& parentIds,
                      std::vector<std::pair<std::uint32_t, std::int64_t>>& callExceptions,
                      std::vector<std::uint32_t>& functionUse, std::vector<std::int64_t>& threadIds,
                      std::int64_t noParent, const KeepGoing& keepGoing)
{
    bool dense = hi - lo + 1 == total;
    std::vector<bool> filled;
    std::size_t count = 0;
    if (dense) {
        calls.assign(static_cast<std::size_t>(total), CallRecord{});
        parentIds.assign(static_cast<std::size_t>(total), noParent);
        filled.assign(static_cast<std::size_t>(total), false);
    } else {
        calls.reserve(static_cast<std::size_t>(total));
        parentIds.reserve(static_cast<std::size_t>(total));
    }
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
                    std::vector<CallRecord> kept;
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
                    calls.swap(kept);
                    parentIds.swap(keptParents);
                } else {
                    slot = static_cast<std::size_t>(k);
                    filled[slot] = true;
                }
            }
            if (!dense) {
                slot = calls.size();
                calls.emplace_back();
                parentIds.push_back(noParent);
            }
            CallRecord& c = calls[slot];
            c.id = in.callId;
            parentIds[slot] = in.parentId == ChunkCall::kNullId ? noParent : in.parentId;
            const std::int32_t fn = functionIndex(in.functionId);
            if (fn < 0)
                throw TraceError(TraceError::Kind::Corrupt, "the trace is damaged: call " +
                                                                std::to_string(c.id) +
                                                                " refers to an unknown function");
            c.function = static_cast<std::uint32_t>(fn);
            ++functionUse[c.function];
            c.thread = thread;
            c.depth = static_cast<std::uint32_t>(
                std::clamp<std::int64_t>(in.depth, 0, std::numeric_limits<std::uint32_t>::max()));
            c.startNs = in.startNs;
            c.durationNs = std::max<std::int64_t>(0, in.durationNs);
            c.selfNs = std::max<std::int64_t>(0, c.durationNs - in.childNs);
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
            calls[out] = calls[i];
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
            std::vector<CallRecord> sorted(calls.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                sorted[i] = calls[order[i]];
            calls.swap(sorted);
        }
        std::vector<std::int64_t> sortedParents(parentIds.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            sortedParents[i] = parentIds[order[i]];
        parentIds.swap(sortedParents);
        for (auto& e : callExceptions)
            e.first = where[e.first];
    }
}

// Errors from SQLite do not know which file they are about; the user needs to.
template <typename F> auto namingFile(const std::string& path, F&& body)
{
    try {
        return body();
    } catch (const TraceError& e) {
        if (std::string_view(e.what()).find(path) != std::string_view::npos)
            throw;
        TraceError named(e.kind(), "'" + path + "': " + e.what());
        named.offset = e.offset;
        throw named;
    }
}

constexpr std::int64_t kNoParent = std::numeric_limits<std::int64_t>::min();

// What a reader keeps of a trace's strings (FORMAT.md, "Reading"): the tracer's own limits for exception
// texts, and far more than any real name or path. A hostile 10 MB name would otherwise be copied into
// every line, event and row that shows it.
constexpr std::size_t kMaxNameBytes = 1000;
constexpr std::size_t kMaxPathBytes = 4096;
constexpr std::size_t kMaxMessageBytes = 4000;
constexpr std::size_t kMaxTracebackBytes = 20000;

// `text`, cut to at most `maxBytes` bytes on a UTF-8 character boundary and ending in "..." when cut.
std::string capped(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t end = maxBytes - 3;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end)) + "...";
}
constexpr std::int64_t kParallelLoadCalls = 200'000;

// The slots both halves of a split load write into: the lower half fills from the front in ascending id
// order, the upper half from the back in descending id order, so the result is contiguous and ordered
// without a second buffer. `free` hands out slots; running out (a writer added rows meanwhile) sets overflow.
struct LoadSlots
{
    CallRecord* calls = nullptr;
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
        CallRecord& c = slots.calls[slot];
        c = CallRecord{};
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

TraceReader::TraceReader(const std::string& path) : m_path(path), m_db(std::make_unique<TraceDatabase>(path))
{
    // The format's tables are tables: a file that makes one of them a view (an endless recursive one,
    // say) would run its own code in every read the analyses make.
    auto guard = m_db->lock();
    SqliteStatement s(m_db->handle(),
                      std::string("SELECT name FROM main.sqlite_master WHERE type = 'view' AND name IN "
                                  "('runs', 'functions', 'threads', 'exceptions', 'call_chunks', "
                                  "'call_values', 'untraced_calls'") +
                          (m_db->hasCallChunks() ? ")" : ", 'calls')"));
    if (s.step())
        throw TraceError(Kind::NotATrace, "'" + path + "' is not a Breadcrumb trace: its " + s.text(0) +
                                              " is a view, where the format has a table");
}

const std::string& TraceReader::path() const
{
    return m_path;
}

TraceDatabase& TraceReader::database()
{
    return *m_db;
}

std::vector<RunInfo> TraceReader::runs() const
{
    return namingFile(m_path, [&] {
        std::vector<RunInfo> out;
        m_db->readSnapshot([&] { out = listRuns(); });
        return out;
    });
}

std::vector<RunInfo> TraceReader::listRuns() const
{
    sqlite3* db = m_db->handle();
    std::unordered_map<std::int64_t, std::int64_t> calls, exceptions, threads;
    auto count = [db](const std::string& sql, std::unordered_map<std::int64_t, std::int64_t>& into) {
        SqliteStatement s(db, sql);
        while (s.step())
            into[s.int64(0)] = s.int64(1);
    };
    count(m_db->hasCallChunks() ? "SELECT run_id, sum(n) FROM call_chunks GROUP BY run_id"
                                : "SELECT run_id, count(*) FROM calls GROUP BY run_id",
          calls);
    count("SELECT run_id, count(*) FROM exceptions WHERE " + notCleanSystemExitSql() + " GROUP BY run_id",
          exceptions);
    count("SELECT run_id, count(*) FROM threads GROUP BY run_id", threads);
    std::vector<RunInfo> out;
    SqliteStatement s(db, runColumns(m_db->hasParentRuns()) + " ORDER BY start_ns DESC, run_id DESC");
    while (s.step()) {
        RunInfo info = readRun(s);
        info.callCount = calls[info.id];
        info.exceptionCount = exceptions[info.id];
        info.threadCount = threads[info.id];
        out.push_back(std::move(info));
    }
    for (auto& info : out) {
        if (info.endNs == 0 && info.callCount > 0)
            info.endNs = lastCallEnd(db, m_db->hasCallChunks(), info.id);
    }
    return out;
}

std::int64_t TraceReader::newestRunId() const
{
    return namingFile(m_path, [&] {
        auto guard = m_db->lock();
        SqliteStatement s(m_db->handle(),
                          "SELECT run_id FROM runs ORDER BY start_ns DESC, run_id DESC LIMIT 1");
        if (!s.step())
            throw TraceError(Kind::NoSuchRun, "'" + m_path + "' holds no runs yet");
        return s.int64(0);
    });
}

RunInfo TraceReader::run(std::int64_t runId) const
{
    return namingFile(m_path, [&] {
        RunInfo info;
        m_db->readSnapshot([&] { info = readRunInfo(runId); });
        return info;
    });
}

RunInfo TraceReader::readRunInfo(std::int64_t runId) const
{
    sqlite3* db = m_db->handle();
    SqliteStatement s(db, runColumns(m_db->hasParentRuns()) + " WHERE run_id = ?");
    s.bind(1, runId);
    if (!s.step())
        throw TraceError(Kind::NoSuchRun, "'" + m_path + "' has no run " + std::to_string(runId));
    RunInfo info = readRun(s);
    auto count = [&](const std::string& sql) {
        SqliteStatement c(db, sql);
        c.bind(1, runId);
        return c.step() ? c.int64(0) : 0;
    };
    info.callCount =
        count(m_db->hasCallChunks() ? "SELECT coalesce(sum(n), 0) FROM call_chunks WHERE run_id = ?"
                                    : "SELECT count(*) FROM calls WHERE run_id = ?");
    info.exceptionCount =
        count("SELECT count(*) FROM exceptions WHERE run_id = ? AND " + notCleanSystemExitSql());
    info.threadCount = count("SELECT count(*) FROM threads WHERE run_id = ?");
    if (info.endNs == 0 && info.callCount > 0)
        info.endNs = lastCallEnd(db, m_db->hasCallChunks(), runId);
    return info;
}

std::shared_ptr<const RunData> TraceReader::loadRun(std::int64_t runId, const Progress& progress) const
{
    return namingFile(m_path, [&] {
        std::shared_ptr<const RunData> data;
        m_db->readSnapshot([&] { data = load(runId, progress); });
#ifdef __GLIBC__
        malloc_trim(0); // hand the loader's temporary buffers back: the viewer's resident size is budgeted
#endif
        return data;
    });
}

std::shared_ptr<RunData> TraceReader::load(std::int64_t runId, const Progress& progress) const
{
    sqlite3* db = m_db->handle();
    auto data = std::make_shared<RunData>();
    data->run = run(runId);

    std::int64_t total = 0, lo = 0, hi = 0;
    {
        // 1.1: the chunks' own counts and id ranges, without decoding anything
        SqliteStatement s(
            db, m_db->hasCallChunks()
                    ? "SELECT sum(n), min(min_call_id), max(max_call_id) FROM call_chunks WHERE run_id = ?"
                    : "SELECT count(*), min(call_id), max(call_id) FROM calls WHERE run_id = ?");
        s.bind(1, runId);
        if (s.step() && !s.isNull(1)) {
            total = s.int64(0);
            lo = s.int64(1);
            hi = s.int64(2);
        }
    }
    if (total == 0)
        throw TraceError(Kind::EmptyRun,
                         "run " + std::to_string(runId) + " in '" + m_path + "' has no calls");
    // The chunks' n is a claim: what gets allocated up front is capped by what the file can hold.
    total = std::min(total, CallStore::callCapacity(db));
    if (total > std::numeric_limits<std::int32_t>::max())
        throw TraceError(Kind::Corrupt, "run " + std::to_string(runId) + " is too large to load");
    if (progress && !progress(0, total))
        throw TraceError(Kind::Interrupted, "loading cancelled");

    // Every function of the file (a few thousand at most); the run keeps the ones it uses.
    std::vector<FunctionInfo> allFunctions;
    std::unordered_map<std::int64_t, std::uint32_t> functionById;
    {
        SqliteStatement s(
            db, "SELECT function_id, name, module, file, line, kind FROM functions ORDER BY function_id");
        while (s.step()) {
            FunctionInfo f{s.int64(0),
                           capped(s.textView(1), kMaxNameBytes),
                           capped(s.textView(2), kMaxNameBytes),
                           capped(s.textView(3), kMaxPathBytes),
                           static_cast<int>(s.int64(4)),
                           capped(s.textView(5), kMaxNameBytes)};
            functionById.emplace(f.id, static_cast<std::uint32_t>(allFunctions.size()));
            allFunctions.push_back(std::move(f));
        }
    }

    // Function ids are dense in practice (INTEGER PRIMARY KEY); a flat table beats hashing per call.
    std::int64_t maxFunctionId = 0;
    for (const auto& f : allFunctions)
        maxFunctionId = std::max(maxFunctionId, f.id);
    std::vector<std::int32_t> functionDense;
    if (maxFunctionId >= 0 && maxFunctionId <= 4 * static_cast<std::int64_t>(allFunctions.size()) + 4096) {
        functionDense.assign(static_cast<std::size_t>(maxFunctionId) + 1, -1);
        for (const auto& [id, index] : functionById) {
            if (id >= 0)
                functionDense[static_cast<std::size_t>(id)] = static_cast<std::int32_t>(index);
        }
    }
    auto functionIndex = [&](std::int64_t id) -> std::int32_t {
        if (!functionDense.empty())
            return id >= 0 && id < static_cast<std::int64_t>(functionDense.size())
                       ? functionDense[static_cast<std::size_t>(id)]
                       : -1;
        const auto it = functionById.find(id);
        return it == functionById.end() ? -1 : static_cast<std::int32_t>(it->second);
    };

    // The calls are read in call_id order (= start order, by the format): the table is read sequentially.
    // Big runs are read as two id ranges in parallel (the upper one backwards, on a second connection),
    // which halves the wall time of the dominant step on a multi-core machine at no extra memory.
    auto& calls = data->calls;
    std::vector<std::int64_t> parentIds;
    std::vector<std::pair<std::uint32_t, std::int64_t>> callExceptions; // (call index, exception_id)
    std::vector<std::uint32_t> functionUse(allFunctions.size(), 0);
    std::vector<std::int64_t> threadIds; // by first appearance

    // BREADCRUMB_LOAD_SPLIT overrides the size from which a load is split (tests use it on small runs).
    std::int64_t splitFrom = kParallelLoadCalls;
    if (const char* env = std::getenv("BREADCRUMB_LOAD_SPLIT"); env && std::atoll(env) > 0)
        splitFrom = std::atoll(env);
    bool parallel = total >= splitFrom && hi > lo && std::thread::hardware_concurrency() > 1;

    bool loaded = false;
    if (m_db->hasCallChunks()) {
        // One connection, one snapshot: decoding the chunks is the fast part, a split would not pay.
        loadChunkedCalls(db, runId, lo, hi, total, functionIndex, calls, parentIds, callExceptions,
                         functionUse, threadIds, kNoParent, [&](std::int64_t done) {
                             return !progress || progress(std::min(done, total), total);
                         });
        if (calls.empty())
            throw TraceError(Kind::EmptyRun,
                             "run " + std::to_string(runId) + " in '" + m_path + "' has no calls");
        lo = calls.front().id; // the decoded ids, in case the chunks' metadata disagrees
        hi = calls.back().id;
        loaded = true;
    }
    for (int attempt = 0; attempt < 3 && !loaded; ++attempt) {
        // A writer appending meanwhile can add rows beyond `total`: then the slots run out and we read again
        // with room to spare, in one pass.
        const auto capacity = static_cast<std::size_t>(total + (attempt == 0 ? 0 : total / 4 + 4096));
        calls.assign(capacity, CallRecord{});
        parentIds.assign(capacity, kNoParent);
        LoadSlots slots;
        slots.calls = calls.data();
        slots.parents = parentIds.data();
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

        ScanPart lower, upper;
        lower.functionUse.assign(allFunctions.size(), 0);
        upper.functionUse.assign(allFunctions.size(), 0);
        upper.descending = true;
        upper.next = static_cast<std::int64_t>(capacity);
        std::exception_ptr upperError;
        std::thread worker;
        if (parallel) {
            upperRunning = true;
            worker = std::thread([&] {
                try {
                    TraceDatabase second(m_path);
                    scanCalls(second.handle(), runId, mid + 1, hi, functionIndex, slots, upper, done,
                              [&] { return !stop.load(); });
                } catch (...) {
                    upperError = std::current_exception();
                    stop = true;
                }
                upperRunning = false;
            });
        }
        try {
            scanCalls(db, runId, lo, mid, functionIndex, slots, lower, done, keepGoing);
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
            std::memmove(calls.data() + lowCount, calls.data() + highStart, highCount * sizeof(CallRecord));
            std::memmove(parentIds.data() + lowCount, parentIds.data() + highStart,
                         highCount * sizeof(std::int64_t));
            for (auto& e : upper.exceptions)
                e.first -= static_cast<std::uint32_t>(highStart - lowCount);
        }
        calls.resize(lowCount + highCount);
        parentIds.resize(lowCount + highCount);

        // One thread list: the upper half's local indices map onto the lower half's.
        threadIds = lower.threadIds;
        std::vector<std::uint32_t> threadMap;
        for (std::int64_t tid : upper.threadIds) {
            auto it = std::find(threadIds.begin(), threadIds.end(), tid);
            if (it == threadIds.end())
                it = threadIds.insert(threadIds.end(), tid);
            threadMap.push_back(static_cast<std::uint32_t>(it - threadIds.begin()));
        }
        for (std::size_t i = lowCount; i < calls.size(); ++i)
            calls[i].thread = threadMap[calls[i].thread];
        callExceptions = std::move(lower.exceptions);
        callExceptions.insert(callExceptions.end(), upper.exceptions.begin(), upper.exceptions.end());
        for (std::size_t f = 0; f < functionUse.size(); ++f)
            functionUse[f] = lower.functionUse[f] + upper.functionUse[f];
        if (calls.capacity() > calls.size() + calls.size() / 20) {
            calls.shrink_to_fit();
            parentIds.shrink_to_fit();
        }
        loaded = true;
    }
    if (!loaded)
        throw TraceError(Kind::Interrupted, "run " + std::to_string(runId) +
                                                " kept growing while it was loaded; "
                                                "try again");
    auto threadIndex = [&](std::int64_t threadId) {
        for (std::size_t t = 0; t < threadIds.size(); ++t) {
            if (threadIds[t] == threadId)
                return static_cast<std::uint32_t>(t);
        }
        threadIds.push_back(threadId);
        return static_cast<std::uint32_t>(threadIds.size() - 1);
    };

    IdIndex ids(lo, hi, static_cast<std::int64_t>(calls.size()));
    for (std::size_t i = 0; i < calls.size(); ++i)
        ids.set(calls[i].id, static_cast<std::int32_t>(i));
    // Call ids are given when a call starts, so a caller's id is smaller than its callees' (FORMAT.md).
    // A file that says otherwise could close a cycle that every walk up the parents would follow forever:
    // it is refused. The calls are in id order here, so a parent's depth is known before its children's.
    for (std::size_t i = 0; i < calls.size(); ++i) {
        if (parentIds[i] == kNoParent) {
            calls[i].parent = -1;
            continue;
        }
        if (parentIds[i] >= calls[i].id)
            throw TraceError(Kind::Corrupt, "the trace is damaged: call " + std::to_string(calls[i].id) +
                                                " names call " + std::to_string(parentIds[i]) +
                                                " as its caller, which did not start before it");
        calls[i].parent = ids.get(parentIds[i]);
        if (calls[i].parent >= 0) // else its caller was still running when the run stopped: a root
            calls[i].depth = calls[static_cast<std::size_t>(calls[i].parent)].depth + 1;
    }
    std::vector<std::int64_t>().swap(parentIds);
    if (progress && !progress(static_cast<std::int64_t>(calls.size()), total))
        throw TraceError(Kind::Interrupted, "loading cancelled");

    // Wall clocks can step back; the format promises start order by id, RunData promises (start, id).
    const bool ordered =
        std::is_sorted(calls.begin(), calls.end(), [](const CallRecord& a, const CallRecord& b) {
            return a.startNs != b.startNs ? a.startNs < b.startNs : a.id < b.id;
        });
    if (!ordered) {
        std::vector<std::uint32_t> order(calls.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return calls[a].startNs != calls[b].startNs ? calls[a].startNs < calls[b].startNs
                                                        : calls[a].id < calls[b].id;
        });
        std::vector<std::int32_t> newIndex(calls.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            newIndex[order[i]] = static_cast<std::int32_t>(i);
        std::vector<CallRecord> sorted;
        sorted.reserve(calls.size());
        for (std::uint32_t old : order) {
            CallRecord c = calls[old];
            if (c.parent >= 0)
                c.parent = newIndex[static_cast<std::size_t>(c.parent)];
            sorted.push_back(c);
        }
        calls.swap(sorted);
        for (auto& [call, exceptionId] : callExceptions)
            call = static_cast<std::uint32_t>(newIndex[call]);
        for (std::size_t i = 0; i < calls.size(); ++i)
            ids.set(calls[i].id, static_cast<std::int32_t>(i));
    }

    // Keep only the functions the run uses, in id order.
    std::vector<std::uint32_t> runFunction(allFunctions.size(), 0);
    for (std::size_t f = 0; f < allFunctions.size(); ++f) {
        if (functionUse[f]) {
            runFunction[f] = static_cast<std::uint32_t>(data->functions.size());
            data->functions.push_back(std::move(allFunctions[f]));
        }
    }
    for (auto& c : calls)
        c.function = runFunction[c.function];

    // Threads: MainThread first, then in order of first call; names from the threads table.
    std::unordered_map<std::int64_t, std::string> threadNames;
    std::unordered_map<std::int64_t, std::int64_t> nativeIds;
    {
        SqliteStatement s(
            db, "SELECT thread_id, name, native_id FROM threads WHERE run_id = ? ORDER BY thread_id");
        s.bind(1, runId);
        while (s.step()) {
            threadNames[s.int64(0)] = capped(s.textView(1), kMaxNameBytes);
            if (!s.isNull(2))
                nativeIds[s.int64(0)] = s.int64(2);
            threadIndex(s.int64(0));
        }
    }

    // Exceptions of the run, attached to their raising call and to the calls they escaped from.
    std::unordered_map<std::int64_t, std::int32_t> exceptionById;
    {
        SqliteStatement s(db,
                          "SELECT exception_id, call_id, thread_id, timestamp_ns, type, message, traceback, "
                          "escaped FROM exceptions WHERE run_id = ? ORDER BY timestamp_ns, exception_id");
        s.bind(1, runId);
        while (s.step()) {
            ExceptionRecord e;
            e.id = s.int64(0);
            e.call = s.isNull(1) ? -1 : ids.get(s.int64(1));
            e.function = e.call >= 0
                             ? static_cast<std::int32_t>(calls[static_cast<std::size_t>(e.call)].function)
                             : -1;
            e.thread = threadIndex(s.int64(2));
            e.timestampNs = s.int64(3);
            e.type = capped(s.textView(4), kMaxNameBytes);
            e.message = capped(s.textView(5), kMaxMessageBytes);
            e.traceback = capped(s.textView(6), kMaxTracebackBytes);
            e.escaped = s.int64(7) != 0;
            exceptionById.emplace(e.id, static_cast<std::int32_t>(data->exceptions.size()));
            data->exceptions.push_back(std::move(e));
        }
    }
    for (const auto& [call, exceptionId] : callExceptions) {
        const auto it = exceptionById.find(exceptionId);
        calls[call].exception = it == exceptionById.end() ? -1 : it->second;
    }

    // Reorder threads so MainThread comes first; remap every thread index.
    std::vector<std::uint32_t> threadOrder(threadIds.size());
    std::iota(threadOrder.begin(), threadOrder.end(), 0u);
    std::stable_partition(threadOrder.begin(), threadOrder.end(),
                          [&](std::uint32_t t) { return threadNames[threadIds[t]] == "MainThread"; });
    std::vector<std::uint32_t> threadRemap(threadIds.size());
    for (std::size_t i = 0; i < threadOrder.size(); ++i) {
        threadRemap[threadOrder[i]] = static_cast<std::uint32_t>(i);
        const std::int64_t tid = threadIds[threadOrder[i]];
        const std::string& name = threadNames[tid];
        const auto native = nativeIds.find(tid);
        data->threads.push_back({tid, name.empty() ? "Thread " + std::to_string(tid) : name,
                                 native == nativeIds.end() ? 0 : native->second});
    }
    for (auto& c : calls)
        c.thread = threadRemap[c.thread];
    for (auto& e : data->exceptions)
        e.thread = threadRemap[e.thread];

    data->buildIndexes();
    data->run.callCount = static_cast<std::int64_t>(calls.size());
    data->run.exceptionCount = static_cast<std::int64_t>(data->exceptions.size());
    data->run.threadCount = static_cast<std::int64_t>(data->threads.size());
    if (data->run.endNs == 0)
        data->run.endNs = data->lastEndNs();
    if (progress)
        progress(total, total);
    return data;
}

std::string defaultTracePath()
{
    if (const char* env = std::getenv("BREADCRUMB_DB"); env && *env)
        return env;
    return ".breadcrumb/traces.db";
}

} // namespace breadcrumb
