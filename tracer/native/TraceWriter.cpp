#include "TraceWriter.h"

#include "Clock.h"
#include "CoalescingVfs.h"
#include "EmbeddedSql.h"
#include "EmptyTrace.h"
#include "EmptyTraceImage.h"
#include "ExceptionText.h"
#include "SignalFreeThread.h"
#include "SignalRelay.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace breadcrumb {
namespace {

static_assert(emptytrace::kFormatVersion == TraceWriter::kFormatVersion, "the empty trace image is stale");

// Committing often spreads the WAL writes and checkpoints over the run, on the writer's core: with 400 ms
// a short busy program left everything to its exit (776k calls: 60-80 ms of exit time, now 5-20 ms).
constexpr auto kCommitInterval = std::chrono::milliseconds(100);
// ... and after every 1 MB of chunk text, with a WAL checkpointed from 1 MB on (kAutoCheckpointPages): what
// the run's end has to commit and fold into the file is then at most a few MB, whatever the program's pace.
// markdown, 94k calls in 0.15 s (5.8 MB): the exit's commit had 100 ms of rows and the checkpoint 4 MB,
// 10-13 ms of the program's exit; the same work now happens on the writer's core while the program runs.
constexpr size_t kCommitBytes = size_t(1) << 20;
constexpr int kAutoCheckpointPages = 64; // 1 MB at 16 KB a page
constexpr auto kDrainInterval = std::chrono::milliseconds(200);
constexpr size_t kKeptSideRows = 16384; // the side vectors' capacity kept between rounds (~1 MB)
constexpr size_t kSpareChunks = 4;      // ~8k calls of headroom a traced thread never allocates for
constexpr int64_t kStaleHeartbeatNs = 10'000'000'000;

std::string isoUtc(int64_t ns)
{
    const time_t secs = time_t(ns / 1'000'000'000);
    tm t{};
    gmtime_r(&secs, &t);
    char buf[64];
    snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", t.tm_year + 1900, t.tm_mon + 1,
             t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, (long long)((ns / 1000) % 1'000'000));
    return buf;
}

bool processAlive(int64_t pid)
{
    if (pid <= 0)
        return false;
    return kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

std::string localHostname()
{
    char buf[256] = {};
    gethostname(buf, sizeof buf - 1);
    return buf;
}

constexpr const char* kInsertChunkSql =
    "INSERT INTO call_chunks (run_id, thread_id, base_ns, n, min_call_id, "
    "max_call_id, rows) VALUES (?,?,?,?,?,?,?)";

// This thread's user and system CPU seconds: the system part is the WAL and checkpoint writes.
std::pair<double, double> threadCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_THREAD, &ru);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {seconds(ru.ru_utime), seconds(ru.ru_stime)};
}

} // namespace

TraceWriter::TraceWriter(std::string path, size_t maxChunks) : m_path(std::move(path)), m_queue(maxChunks) {}

TraceWriter::~TraceWriter()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        m_queue.wakeWriter();
        m_thread.join();
    }
}

void TraceWriter::open()
{
    struct stat st
    {
    };
    const bool found = ::stat(m_path.c_str(), &st) == 0;
    bool existed = found && st.st_size > 0;
    // A new file starts as the build's empty trace (EmptyTrace.h); the DDL below then finds it all there.
    if (!found && errno == ENOENT && emptytrace::write(m_path))
        existed = true;
    try {
        // WAL appends in large writes (CoalescingVfs.h): writer CPU 0.094 -> 0.078 us a call (673k calls).
        m_db.open(m_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                  coalescingvfs::name());
    } catch (const SqliteError& e) {
        throw OpenFailure(OpenFailure::Kind::Io, "cannot open trace file " + m_path + ": " + e.what());
    }
    // A parent and its children write the file at once: a writer waits its turn (a turn is one batch,
    // milliseconds) rather than giving up on the trace.
    sqlite3_busy_timeout(m_db.handle(), 60000);
    int64_t version = 0;
    try {
        version = m_db.queryInt("PRAGMA user_version");
        if (existed) {
            const int64_t objects = m_db.queryInt("SELECT count(*) FROM sqlite_master");
            if (version == 0 && objects > 0)
                throw OpenFailure(OpenFailure::Kind::NotATrace, m_path + " is not a Breadcrumb trace");
        }
    } catch (const SqliteError& e) {
        if ((e.code & 0xff) == SQLITE_NOTADB)
            throw OpenFailure(OpenFailure::Kind::NotATrace,
                              m_path + " is not a Breadcrumb trace (not an SQLite database)");
        throw OpenFailure(OpenFailure::Kind::Io, "cannot read trace file " + m_path + ": " + e.what());
    }
    if (version / 100 > kFormatVersion / 100) {
        throw OpenFailure(OpenFailure::Kind::NewerVersion,
                          m_path + " uses trace format " + std::to_string(version / 100) + "." +
                              std::to_string(version % 100) + ", newer than this tracer's " +
                              std::to_string(kFormatVersion / 100) + "." +
                              std::to_string(kFormatVersion % 100) +
                              "; upgrade Breadcrumb or write to another file");
    }
    try {
        // 16 KB pages for a new file (ignored for an existing one): a chunk's text spans a quarter of the
        // overflow pages, WAL frames and checkpoint copies of 4 KB pages; writer CPU -25% (776k calls:
        // 0.16 -> 0.12 s), no gain from 64 KB. Must precede the switch to WAL.
        m_db.exec("PRAGMA page_size = 16384");
        // No fsync, ever: a killed process loses nothing the OS already has and WAL keeps the file
        // consistent. Syncing the final checkpoint (synchronous = NORMAL) cost ~300 ms of exit wall time
        // for a 28 MB trace; only an OS crash right after the run could need it.
        // Set first, so creating the file and switching it to WAL do not fsync either.
        m_db.exec("PRAGMA synchronous = OFF");
        {
            SqliteStatement wal(m_db.handle(), "PRAGMA journal_mode = WAL");
            if (!wal.step() || wal.columnText(0) != "wal")
                throw SqliteError("cannot switch the trace to WAL mode", SQLITE_CANTOPEN);
        }
        // Small checkpoints on the writer thread while the program runs, so finish() has little left to
        // copy (776k calls: final checkpoint ~10 ms with 4 MB checkpoints, ~60-170 ms with 32 MB ones).
        m_db.exec(("PRAGMA wal_autocheckpoint = " + std::to_string(kAutoCheckpointPages)).c_str());
        // The writer only appends: beyond the b-tree's few interior pages a page is not read again, and a
        // 32 MB cache only made the thread's heap grow (and fault) with every page it ever wrote.
        // 776k calls: writer 0.19 -> 0.17 us a call with 2 MB; a transaction larger than the cache
        // spills its pages to the WAL early, which it writes anyway. 512 KB (32 pages, half a commit):
        // the same WAL bytes and as few writes, fewer fresh heap pages to fault in; 673k calls:
        // writer 0.084 -> 0.072 us a call, ~1.5 MB less RSS. At 256 KB the spills interleave with the
        // b-tree's own pages: 4x the WAL writes, +40% WAL reads.
        m_db.exec("PRAGMA cache_size = -512");
        m_db.exec("BEGIN IMMEDIATE");
        // A 1.0 file stores calls in a table; 1.1 makes `calls` a view over call_chunks. Appending a
        // run converts the file in this one transaction, so no file ever holds both layouts.
        const bool migrate = version > 0 && version < kFormatVersion &&
                             m_db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                           "name = 'calls'") > 0;
        if (migrate) {
            m_db.exec("DROP VIEW IF EXISTS events"); // it names `calls`; schema.sql recreates it as it was
            m_db.exec("ALTER TABLE calls RENAME TO calls_1_0");
        }
        m_db.exec(kSchemaSql);
        if (migrate)
            migrateFrom10();
        // 1.1 -> 1.2: runs.parent_run_id (schema.sql's CREATE TABLE IF NOT EXISTS leaves an existing
        // table as it is). NULL for every run recorded before: none of them had children traced.
        if (version > 0 && version < 102 &&
            m_db.queryInt("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'parent_run_id'") == 0)
            m_db.exec("ALTER TABLE runs ADD COLUMN parent_run_id INTEGER");
        // The indexes exist from the start: kept up to date while writing (one entry per chunk, per
        // exception), so a run that crashes needs no index build later and finish() none either.
        m_db.exec(kIndexesSql);
        if (version < kFormatVersion)
            m_db.exec(("PRAGMA user_version = " + std::to_string(kFormatVersion)).c_str());
        m_db.exec("COMMIT");
        // What the writer stores next is ours (kinds and statuses from fixed lists), so the schema's
        // CHECK (x IN (...)) need not run: SQLite builds an ephemeral b-tree for each evaluation, one
        // zeroed 16 KB page per function row (44 k instructions, 20 k functions: 0.9 G). Set after the
        // migration above, which copies rows we did not write.
        m_db.exec("PRAGMA ignore_check_constraints = ON");
        m_hadRuns = m_db.queryInt("SELECT count(*) FROM runs") > 0;
    } catch (const SqliteError& e) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw OpenFailure(OpenFailure::Kind::Io, "cannot write trace file " + m_path + ": " + e.what());
    }
}

// 1.0 -> 1.1: the renamed calls table's rows become chunks of up to Chunk::kCapacity calls per run and
// thread, in call_id order (1.0 kept no finish order); its indexes go with the table.
void TraceWriter::migrateFrom10()
{
    m_insertChunk = SqliteStatement(m_db.handle(), kInsertChunkSql);
    SqliteStatement rows(m_db.handle(),
                         "SELECT run_id, thread_id, call_id, parent_id, function_id, depth, start_ns, "
                         "duration_ns, child_ns, exception_id FROM calls_1_0 "
                         "ORDER BY run_id, thread_id, call_id");
    std::vector<CallRow> group;
    group.reserve(Chunk::kCapacity);
    int64_t runId = 0;
    auto flush = [&] {
        if (!group.empty())
            writeChunk(runId, group.front().threadId, group.data(), group.size());
        group.clear();
    };
    while (rows.step()) {
        const CallRow r{
            rows.columnInt(2),         rows.columnInt(3), rows.columnInt(4), rows.columnInt(1),
            rows.columnInt(6),         rows.columnInt(7), rows.columnInt(8), rows.columnInt(9),
            int32_t(rows.columnInt(5))}; // NULL parent/exception read as 0, as the writer stores them
        if (rows.columnInt(0) != runId || (!group.empty() && group.front().threadId != r.threadId) ||
            group.size() == Chunk::kCapacity)
            flush();
        runId = rows.columnInt(0);
        group.push_back(r);
    }
    flush();
    rows = SqliteStatement();
    m_db.exec("DROP TABLE calls_1_0");
}

void TraceWriter::markStaleRunsCrashed(const std::string& hostname)
{
    const int64_t now = realtimeNs();
    SqliteStatement running(
        m_db.handle(),
        "SELECT run_id, hostname, pid, COALESCE(heartbeat_ns, start_ns) FROM runs WHERE status = 'running'");
    std::vector<int64_t> stale;
    while (running.step()) {
        const bool sameHost = running.columnText(1) == hostname;
        const bool dead = sameHost && !processAlive(running.columnInt(2));
        const bool silent = now - running.columnInt(3) > kStaleHeartbeatNs;
        if (dead || silent)
            stale.push_back(running.columnInt(0));
    }
    SqliteStatement mark(m_db.handle(), "UPDATE runs SET status = 'crashed' WHERE run_id = ?");
    for (int64_t id : stale) {
        mark.bind(1, id);
        mark.run();
    }
}

int64_t TraceWriter::beginRun(const RunInfo& run)
{
    try {
        m_db.exec("BEGIN IMMEDIATE");
        if (m_hadRuns)
            markStaleRunsCrashed(localHostname());
        SqliteStatement ins(
            m_db.handle(),
            "INSERT INTO runs (command_line, python_version, python_executable, cwd, hostname, pid, "
            "start_ns, started_at, heartbeat_ns, status, include_globs, exclude_globs, capture_values, "
            "tracer_version, parent_run_id) VALUES (?,?,?,?,?,?,?,?,?,'running',?,?,?,?,?)");
        ins.bind(1, run.commandLine);
        ins.bind(2, run.pythonVersion);
        ins.bind(3, run.pythonExecutable);
        ins.bind(4, run.cwd);
        ins.bind(5, run.hostname);
        ins.bind(6, run.pid);
        ins.bind(7, run.startNs);
        ins.bind(8, isoUtc(run.startNs));
        ins.bind(9, run.startNs);
        ins.bind(10, run.includeGlobs);
        ins.bind(11, run.excludeGlobs);
        ins.bind(12, int64_t(run.captureValues));
        ins.bind(13, run.tracerVersion);
        ins.bindNullableId(14, run.parentRunId);
        ins.run();
        m_runId = sqlite3_last_insert_rowid(m_db.handle());
        m_db.exec("COMMIT");
    } catch (const SqliteError& e) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw OpenFailure(OpenFailure::Kind::Io, "cannot write trace file " + m_path + ": " + e.what());
    }
    prepareStatements();
    return m_runId;
}

// max_call_id per chunk: reading the calls view would decode every chunk.
int64_t TraceWriter::nextCallId()
{
    return m_db.queryInt("SELECT MAX(max_call_id) FROM call_chunks", 0) + 1;
}
int64_t TraceWriter::nextExceptionId()
{
    return m_db.queryInt("SELECT MAX(exception_id) FROM exceptions", 0) + 1;
}

std::vector<FunctionRow> TraceWriter::loadFunctions()
{
    std::vector<FunctionRow> rows;
    // Read before the rows: a commit by another connection from here on changes it (storeFunction).
    m_dataVersionAtLoad = m_db.queryInt("PRAGMA data_version", -1);
    SqliteStatement st(m_db.handle(), "SELECT function_id, name, module, file, line, kind FROM functions");
    while (st.step())
        rows.push_back({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3),
                        st.columnText(5), st.columnInt(4)});
    return rows;
}

void TraceWriter::prepareStatements()
{
    sqlite3* h = m_db.handle();
    m_insertChunk = SqliteStatement(h, kInsertChunkSql);
    m_insertFunction = SqliteStatement(
        h,
        "INSERT OR IGNORE INTO functions (function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)");
    m_insertThread = SqliteStatement(
        h, "INSERT OR REPLACE INTO threads (run_id, thread_id, native_id, name) VALUES (?,?,?,?)");
    const std::string insertException = "INSERT INTO exceptions (exception_id, run_id, call_id, thread_id, "
                                        "timestamp_ns, type, message, traceback, escaped) VALUES ";
    const std::string values = "(?,?,?,?,?,?,?,?,?)";
    m_insertException = SqliteStatement(h, insertException + values);
    std::string batch = insertException + values;
    for (size_t k = 1; k < kExceptionBatch; ++k)
        batch += "," + values;
    m_insertExceptions = SqliteStatement(h, batch);
    m_insertValue =
        SqliteStatement(h, "INSERT OR REPLACE INTO call_values (call_id, args, return_value) VALUES (?,?,?)");
    m_upsertUntraced =
        SqliteStatement(h, "INSERT OR REPLACE INTO untraced_calls (run_id, caller_function_id, callee, "
                           "calls, total_ns) VALUES (?,?,?,?,?)");
    m_heartbeat = SqliteStatement(h, "UPDATE runs SET heartbeat_ns = ? WHERE run_id = ?");
    m_findFunction = SqliteStatement(
        h, "SELECT function_id FROM functions WHERE name = ? AND module = ? AND file = ? AND line = ?");
    m_functionIdTaken = SqliteStatement(h, "SELECT 1 FROM functions WHERE function_id = ?");
    m_maxFunctionId = SqliteStatement(h, "SELECT COALESCE(MAX(function_id), 0) FROM functions");
    m_dataVersion = SqliteStatement(h, "PRAGMA data_version");
}

void TraceWriter::start()
{
    m_lastCommit = std::chrono::steady_clock::now();
    m_thread = startSignalFreeThread([this] { loop(); });
}

void TraceWriter::requestStop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        m_queue.wakeWriter();
    }
}

void TraceWriter::loop()
{
#if defined(__linux__)
    // Ten nice levels below the program (per thread on Linux): where the program's threads and this
    // one compete for a CPU, the program goes first; the chunk queue's backpressure still makes room
    // for the writer when it falls behind, and commits stay well within their second.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(nice + 10, 19));
    pthread_setname_np(pthread_self(), "breadcrumb-wr"); // shown by top -H, gdb
#endif
    auto lastDrain = std::chrono::steady_clock::now();
    // Swapped with the producers' each round and emptied after writing, keeping its capacity: the
    // traced threads append to vectors that already grew instead of regrowing fresh ones (new
    // functions come in bursts, and fresh pages are what a burst of first calls paid most for).
    SideRows side;
    for (;;) {
        const bool stopping = m_stopping.load();
        auto now = std::chrono::steady_clock::now();
        const bool drain = stopping || now - lastDrain >= kDrainInterval;
        if (!stopping)
            m_queue.keepSpare(kSpareChunks);
        // Stopping: everything is queued already, so no waiting (the 50 ms wait cost every exit 50 ms).
        ChunkQueue::Batch batch = m_queue.take(std::chrono::milliseconds(stopping ? 0 : 50), drain);
        if (drain)
            lastDrain = now;
        signalrelay::redeliverLost(); // a signal CPython noted but never handled (SignalRelay.h)
        {
            std::lock_guard lock(m_sideMutex);
            std::swap(side, m_side);
        }
        const bool idle = batch.full.empty() && batch.partial.empty() && side.empty();
        {
            std::lock_guard hold(m_forkMutex);
            if (!m_failed) {
                try {
                    writeSide(side);
                    writeBatch(batch);
                } catch (const SqliteError& e) {
                    fail(e.what());
                }
            }
            now = std::chrono::steady_clock::now();
            if (now - m_lastCommit >= kCommitInterval || m_bytesSinceCommit >= kCommitBytes ||
                (stopping && idle))
                commit(true);
            else if (m_inTransaction && shared())
                commit(false);
        }
        m_queue.release(batch.full);
        if (side.functions.capacity() > kKeptSideRows)
            side = SideRows{}; // a burst's worth is not kept for the rest of the run
        else
            side.clear();
        if (stopping && idle && drain && !m_queue.hasFull())
            break;
    }
    if (getenv("BREADCRUMB_DEBUG_TIMING")) {
        const auto [user, sys] = threadCpuSeconds();
        const double cpu = user + sys;
        const auto rows = (unsigned long long)rowsWritten();
        fprintf(
            stderr,
            "breadcrumb: writer thread cpu %.3f s for %llu calls (%.3f us/call; user %.3f s, sys %.3f s)\n",
            cpu, rows, rows ? cpu * 1e6 / double(rows) : 0.0, user, sys);
        const ChunkQueue::Stalls stalls = m_queue.stalls();
        fprintf(stderr,
                "breadcrumb: producers waited %.1f ms for a free chunk (%llu times); %zu chunks used\n",
                double(stalls.ns) / 1e6, (unsigned long long)stalls.count, m_queue.allocatedChunks());
    }
}

// Rows stay in finish order (children before parents), as the threads appended them.
void TraceWriter::writeBatch(ChunkQueue::Batch& batch)
{
    // Each chunk goes back to the producers as soon as its rows are unpacked, before they are written:
    // a producer waiting for a free chunk waits for one chunk's reading, not the whole batch's writing
    // (up to 64 chunks, written by a niced thread that gets little CPU on a loaded machine), and the
    // chunk is read once, in one pass (its lines travel back to the program's core soon after).
    for (Chunk*& c : batch.full) {
        const uint32_t n = c->count.load(std::memory_order_acquire);
        if (m_unpacked.size() < n - c->consumed) // once: a chunk's worth, kept
            m_unpacked.resize(Chunk::kCapacity);
        const size_t calls = c->readInto(c->consumed, n, m_unpacked.data());
        m_queue.release(std::exchange(c, nullptr));
        if (calls)
            writeCalls(m_unpacked.data(), calls);
    }
    if (!batch.partial.empty())
        writeCalls(batch.partial.data(), batch.partial.size());
}

// A chunk belongs to one thread, and so do the partial rows drained from one thread's chunk; rows of
// another thread (stop() finishing a suspended generator of a thread that is gone) start a new chunk.
void TraceWriter::writeCalls(const CallRow* rows, size_t n)
{
    begin();
    m_summary.add(rows, n); // function_summaries and the run report's totals, as the rows pass
    const CallRow* stored = m_identityIds ? rows : withFileFunctionIds(rows, n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && stored[j].threadId == stored[i].threadId)
            ++j;
        writeChunk(m_runId, stored[i].threadId, stored + i, j - i);
        i = j;
    }
    m_rowsWritten.fetch_add(n, std::memory_order_relaxed);
}

const CallRow* TraceWriter::withFileFunctionIds(const CallRow* rows, size_t n)
{
    m_mapped.assign(rows, rows + n);
    for (CallRow& r : m_mapped)
        r.functionId = fileFunctionId(r.functionId);
    return m_mapped.data();
}

void TraceWriter::begin()
{
    if (!m_inTransaction) {
        // IMMEDIATE: the write lock is taken (waiting for another process's writer) before anything is
        // read, so a transaction never has to upgrade a read snapshot another process made stale.
        m_db.exec("BEGIN IMMEDIATE");
        m_inTransaction = true;
    }
}

void TraceWriter::storeFunction(const FunctionEntry& f)
{
    static const char* const kKindNames[] = {"function", "coroutine", "generator", "async_generator",
                                             "module"};
    const auto insert = [&](int64_t id) {
        m_insertFunction.bind(1, id);
        m_insertFunction.bind(2, f.name());
        m_insertFunction.bind(3, f.module());
        m_insertFunction.bind(4, f.file());
        m_insertFunction.bind(5, f.line);
        m_insertFunction.bind(6, std::string_view(kKindNames[f.kind < 5 ? f.kind : 0]));
        m_insertFunction.run();
    };
    if (!m_othersWrote) {
        // Only this connection wrote the file since the session's registry was loaded from it: a
        // function new to the registry has no row yet, and its id is above every id there (the two
        // look-ups below were a third of the writer's work per new function).
        insert(f.functionId);
        return;
    }
    int64_t fileId = 0;
    m_findFunction.bind(1, f.name());
    m_findFunction.bind(2, f.module());
    m_findFunction.bind(3, f.file());
    m_findFunction.bind(4, f.line);
    if (m_findFunction.step())
        fileId = m_findFunction.columnInt(0);
    m_findFunction.reset();
    if (!fileId) {
        m_functionIdTaken.bind(1, f.functionId);
        const bool taken = m_functionIdTaken.step();
        m_functionIdTaken.reset();
        fileId = f.functionId;
        if (taken) {
            m_maxFunctionId.step();
            fileId = m_maxFunctionId.columnInt(0) + 1;
            m_maxFunctionId.reset();
        }
        insert(fileId);
    }
    if (fileId != f.functionId) {
        if (size_t(f.functionId) >= m_fileIds.size())
            m_fileIds.resize(size_t(f.functionId) + 64, 0);
        m_fileIds[size_t(f.functionId)] = fileId;
        m_identityIds = false;
    }
}

void TraceWriter::writeChunk(int64_t runId, int64_t threadId, const CallRow* rows, size_t n)
{
    ChunkEncoder::Summary summary;
    const std::string_view json = m_encoder.encode(rows, n, summary);
    m_insertChunk.bind(1, runId);
    m_insertChunk.bind(2, threadId);
    m_insertChunk.bind(3, summary.baseNs);
    m_insertChunk.bind(4, int64_t(n));
    m_insertChunk.bind(5, summary.minCallId);
    m_insertChunk.bind(6, summary.maxCallId);
    m_insertChunk.bindStatic(7, json); // the encoder's buffer is untouched until the next chunk
    m_bytesSinceCommit += json.size();
    m_insertChunk.step();
    m_insertChunk.rewind();
}

void TraceWriter::writeSide(SideRows& rows)
{
    if (rows.empty())
        return;
    begin();
    if (!rows.functions.empty() && !m_othersWrote) {
        // In our write transaction: what another connection committed so far is what it ever did.
        m_dataVersion.step();
        m_othersWrote = m_dataVersionAtLoad < 0 || m_dataVersion.columnInt(0) != m_dataVersionAtLoad;
        m_dataVersion.reset();
    }
    for (const FunctionEntry* f : rows.functions)
        storeFunction(*f);
    for (const ThreadRow& t : rows.threads) {
        m_insertThread.bind(1, m_runId);
        m_insertThread.bind(2, t.threadId);
        m_insertThread.bind(3, t.nativeId);
        m_insertThread.bind(4, t.name);
        m_insertThread.run();
    }
    // Exceptions go in kExceptionBatch rows per statement where there are enough: one statement's
    // fixed cost (cursors, halt, reset) then spreads over many rows (exception-heavy programs).
    const std::vector<ExceptionRow>& xs = rows.exceptions;
    size_t next = 0;
    while (next < xs.size()) {
        const bool batch = xs.size() - next >= kExceptionBatch;
        SqliteStatement& st = batch ? m_insertExceptions : m_insertException;
        const size_t count = batch ? kExceptionBatch : 1;
        for (size_t k = 0; k < count; ++k) {
            const ExceptionRow& x = xs[next + k];
            if (x.siteFrames) // put together here, off the program's thread
                m_tracebacks[k] = exceptiontext::stored(x);
            const int p = int(k) * 9;
            st.bind(p + 1, x.exceptionId);
            st.bind(p + 2, m_runId);
            st.bindNullableId(p + 3, x.callId);
            st.bind(p + 4, x.threadId);
            st.bind(p + 5, x.timestampNs);
            st.bindStatic(p + 6, x.type); // the rows outlive run(), which clears the bindings
            st.bindStatic(p + 7, x.message);
            st.bindStatic(p + 8, x.siteFrames ? m_tracebacks[k] : x.traceback);
            st.bind(p + 9, int64_t(x.escaped));
        }
        st.run();
        next += count;
    }
    for (const ValueRow& v : rows.values) {
        m_insertValue.bind(1, v.callId);
        v.hasArgs ? m_insertValue.bind(2, v.args) : m_insertValue.bindNull(2);
        v.hasResult ? m_insertValue.bind(3, v.result) : m_insertValue.bindNull(3);
        m_insertValue.run();
    }
    for (const UntracedRow& u : rows.untraced) {
        m_upsertUntraced.bind(1, m_runId);
        m_upsertUntraced.bind(2, fileFunctionId(u.callerFunctionId));
        m_upsertUntraced.bind(3, u.callee);
        m_upsertUntraced.bind(4, u.calls);
        m_upsertUntraced.bind(5, u.totalNs);
        m_upsertUntraced.run();
    }
}

void TraceWriter::commit(bool heartbeat)
{
    if (heartbeat)
        m_lastCommit = std::chrono::steady_clock::now();
    if (m_failed)
        return;
    try {
        if (heartbeat) {
            begin();
            m_heartbeat.bind(1, realtimeNs());
            m_heartbeat.bind(2, m_runId);
            m_heartbeat.run();
        }
        if (m_inTransaction) {
            m_inTransaction = false;
            m_bytesSinceCommit = 0;
            m_db.exec("COMMIT");
        }
    } catch (const SqliteError& e) {
        fail(e.what());
    }
}

void TraceWriter::fail(const std::string& message)
{
    if (m_inTransaction) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_inTransaction = false;
    }
    m_failed = true;
    std::lock_guard lock(m_errorMutex);
    if (!m_error) {
        m_error = "cannot write trace " + m_path + ": " + message;
        fprintf(stderr, "breadcrumb: %s; the program goes on without tracing\n", m_error->c_str());
        fflush(stderr);
    }
}

std::optional<std::string> TraceWriter::writeError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_error;
}

// The session object outlives stop() (see Tracer.h); its connection and page cache must not.
void TraceWriter::closeConnection()
{
    m_insertChunk = SqliteStatement();
    m_insertFunction = SqliteStatement();
    m_insertThread = SqliteStatement();
    m_insertException = SqliteStatement();
    m_insertExceptions = SqliteStatement();
    m_insertValue = SqliteStatement();
    m_upsertUntraced = SqliteStatement();
    m_heartbeat = SqliteStatement();
    m_findFunction = SqliteStatement();
    m_functionIdTaken = SqliteStatement();
    m_maxFunctionId = SqliteStatement();
    m_dataVersion = SqliteStatement();
    m_db.close();
}

// 1.3: the run's per-function summary, in the transaction that marks the run finished, so a run has
// either the whole table or none of it (a crashed run: readers aggregate its calls).
void TraceWriter::writeSummaries(const std::vector<FunctionSummaryRow>& summaries)
{
    SqliteStatement insert(
        m_db.handle(),
        "INSERT OR REPLACE INTO function_summaries (run_id, function_id, calls, self_ns, "
        "inclusive_ns, duration_sum_ns, max_duration_ns, exceptions) VALUES (?,?,?,?,?,?,?,?)");
    for (const FunctionSummaryRow& f : summaries) {
        insert.bind(1, m_runId);
        insert.bind(2, fileFunctionId(f.functionId));
        insert.bind(3, f.calls);
        insert.bind(4, f.selfNs);
        insert.bind(5, f.inclusiveNs);
        insert.bind(6, f.durationSumNs);
        insert.bind(7, f.maxDurationNs);
        insert.bind(8, f.exceptions);
        insert.run();
    }
}

void TraceWriter::dropInheritedConnection()
{
    m_failed = true;         // nothing more goes through this writer
    m_inTransaction = false; // holdForFork() committed it: nothing to roll back (a rollback would
                             // clean the parent's shared WAL index)
    if (sqlite3* h = m_db.handle())
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    closeConnection();
}

void TraceWriter::holdForFork()
{
    setShared();
    m_forkMutex.lock();
    if (m_inTransaction && !m_failed)
        commit(false);
}

void TraceWriter::finish(int64_t endNs, const std::string& status, std::optional<int64_t> exitCode)
{
    const bool timing = getenv("BREADCRUMB_DEBUG_TIMING") != nullptr;
    auto t0 = std::chrono::steady_clock::now();
    auto ms = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    };
    if (m_thread.joinable()) {
        requestStop();
        m_thread.join();
    }
    if (timing)
        fprintf(stderr, "breadcrumb: writer drained after %.1f ms (%llu rows)\n", ms(),
                (unsigned long long)rowsWritten());
    std::lock_guard hold(m_forkMutex); // a fork from another thread waits until the file is closed
    const std::vector<FunctionSummaryRow> summaries = m_summary.rows();
    m_totals.clear(); // the run report's, by session function id: what function_summaries holds
    for (const FunctionSummaryRow& f : summaries) {
        if (size_t(f.functionId) >= m_totals.size())
            m_totals.resize(size_t(f.functionId) + 1);
        m_totals[size_t(f.functionId)] = {f.calls, f.inclusiveNs};
    }
    if (m_failed || !m_db.handle()) {
        closeConnection();
        return;
    }
    try {
        SideRows side;
        {
            std::lock_guard lock(m_sideMutex);
            std::swap(side, m_side);
        }
        writeSide(side);
        begin();
        writeSummaries(summaries);
        SqliteStatement end(m_db.handle(),
                            "UPDATE runs SET end_ns = ?, ended_at = ?, heartbeat_ns = ?, status = ?, "
                            "exit_code = ? WHERE run_id = ?");
        end.bind(1, endNs);
        end.bind(2, isoUtc(endNs));
        end.bind(3, realtimeNs());
        end.bind(4, status);
        exitCode ? end.bind(5, *exitCode) : end.bindNull(5);
        end.bind(6, m_runId);
        end.run();
        m_inTransaction = false;
        m_db.exec("COMMIT");
        if (timing)
            fprintf(stderr, "breadcrumb: run row committed at %.1f ms\n", ms());
        // The indexes were maintained while writing (see open()); what is left is folding the WAL into
        // the main file, so the trace is one self-contained file again (copying the .db is enough).
        // Shared with other processes still writing: a TRUNCATE checkpoint would wait for all of them
        // (and stop their writers meanwhile); the last connection to close folds the WAL in anyway.
        m_db.exec(shared() ? "PRAGMA wal_checkpoint(PASSIVE)" : "PRAGMA wal_checkpoint(TRUNCATE)");
        if (timing)
            fprintf(stderr, "breadcrumb: WAL checkpointed at %.1f ms\n", ms());
        if (timing)
            fprintf(stderr, "breadcrumb: finished at %.1f ms\n", ms());
    } catch (const SqliteError& e) {
        fail(e.what());
    }
    closeConnection();
}

} // namespace breadcrumb
