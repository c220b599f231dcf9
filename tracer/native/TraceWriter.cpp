#include "TraceWriter.h"

#include "Clock.h"
#include "EmbeddedSql.h"
#include "SignalFreeThread.h"
#include "SignalRelay.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <pthread.h>

namespace breadcrumb {
namespace {

// Committing often spreads the WAL writes and checkpoints over the run, on the writer's core: with 400 ms
// a short busy program left everything to its exit (776k calls: 60-80 ms of exit time, now 5-20 ms).
constexpr auto kCommitInterval = std::chrono::milliseconds(100);
constexpr auto kDrainInterval = std::chrono::milliseconds(200);
constexpr size_t kSpareChunks = 4; // ~8k calls of headroom a traced thread never allocates for
constexpr int64_t kStaleHeartbeatNs = 10'000'000'000;

std::string isoUtc(int64_t ns) {
    const time_t secs = time_t(ns / 1'000'000'000);
    tm t{};
    gmtime_r(&secs, &t);
    char buf[64];
    snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
             t.tm_hour, t.tm_min, t.tm_sec, (long long)((ns / 1000) % 1'000'000));
    return buf;
}

bool processAlive(int64_t pid) {
    if (pid <= 0)
        return false;
    return kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

std::string localHostname() {
    char buf[256] = {};
    gethostname(buf, sizeof buf - 1);
    return buf;
}

constexpr const char *kInsertChunkSql = "INSERT INTO call_chunks (run_id, thread_id, base_ns, n, min_call_id, "
                                         "max_call_id, rows) VALUES (?,?,?,?,?,?,?)";

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

TraceWriter::TraceWriter(std::string path, size_t maxChunks) : path_(std::move(path)), queue_(maxChunks) {}

TraceWriter::~TraceWriter() {
    if (thread_.joinable()) {
        stopping_ = true;
        queue_.wakeWriter();
        thread_.join();
    }
}

void TraceWriter::open() {
    struct stat st{};
    const bool existed = ::stat(path_.c_str(), &st) == 0 && st.st_size > 0;
    try {
        db_.open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    } catch (const SqliteError &e) {
        throw OpenFailure(OpenFailure::Kind::Io, "cannot open trace file " + path_ + ": " + e.what());
    }
    // A parent and its children write the file at once: a writer waits its turn (a turn is one batch,
    // milliseconds) rather than giving up on the trace.
    sqlite3_busy_timeout(db_.handle(), 60000);
    int64_t version = 0;
    try {
        version = db_.queryInt("PRAGMA user_version");
        if (existed) {
            const int64_t objects = db_.queryInt("SELECT count(*) FROM sqlite_master");
            if (version == 0 && objects > 0)
                throw OpenFailure(OpenFailure::Kind::NotATrace, path_ + " is not a Breadcrumb trace");
        }
    } catch (const SqliteError &e) {
        if ((e.code & 0xff) == SQLITE_NOTADB)
            throw OpenFailure(OpenFailure::Kind::NotATrace, path_ + " is not a Breadcrumb trace (not an SQLite database)");
        throw OpenFailure(OpenFailure::Kind::Io, "cannot read trace file " + path_ + ": " + e.what());
    }
    if (version / 100 > kFormatVersion / 100) {
        throw OpenFailure(OpenFailure::Kind::NewerVersion,
                          path_ + " uses trace format " + std::to_string(version / 100) + "." +
                              std::to_string(version % 100) + ", newer than this tracer's " +
                              std::to_string(kFormatVersion / 100) + "." + std::to_string(kFormatVersion % 100) +
                              "; upgrade Breadcrumb or write to another file");
    }
    try {
        // 16 KB pages for a new file (ignored for an existing one): a chunk's text spans a quarter of the
        // overflow pages, WAL frames and checkpoint copies of 4 KB pages; writer CPU -25% (776k calls:
        // 0.16 -> 0.12 s), no gain from 64 KB. Must precede the switch to WAL.
        db_.exec("PRAGMA page_size = 16384");
        // No fsync, ever: a killed process loses nothing the OS already has and WAL keeps the file
        // consistent. Syncing the final checkpoint (synchronous = NORMAL) cost ~300 ms of exit wall time
        // for a 28 MB trace; only an OS crash right after the run could need it.
        // Set first, so creating the file and switching it to WAL do not fsync either.
        db_.exec("PRAGMA synchronous = OFF");
        {
            SqliteStatement wal(db_.handle(), "PRAGMA journal_mode = WAL");
            if (!wal.step() || wal.columnText(0) != "wal")
                throw SqliteError("cannot switch the trace to WAL mode", SQLITE_CANTOPEN);
        }
        // 4 MB checkpoints on the writer thread while the program runs, so finish() has little left to
        // copy (776k calls: final checkpoint ~10 ms instead of ~60-170 ms with 32 MB checkpoints).
        db_.exec("PRAGMA wal_autocheckpoint = 256");  // pages: 4 MB at 16 KB a page
        // The writer only appends: beyond the b-tree's few interior pages a page is not read again, and a
        // 32 MB cache only made the thread's heap grow (and fault) with every page it ever wrote.
        // 776k calls: writer 0.19 -> 0.17 us a call with 2 MB; a transaction larger than the cache
        // spills its pages to the WAL early, which it writes anyway.
        db_.exec("PRAGMA cache_size = -2048");
        db_.exec("BEGIN IMMEDIATE");
        // A 1.0 file stores calls in a table; 1.1 makes `calls` a view over call_chunks. Appending a
        // run converts the file in this one transaction, so no file ever holds both layouts.
        const bool migrate = version > 0 && version < kFormatVersion &&
                             db_.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                          "name = 'calls'") > 0;
        if (migrate) {
            db_.exec("DROP VIEW IF EXISTS events");  // it names `calls`; schema.sql recreates it as it was
            db_.exec("ALTER TABLE calls RENAME TO calls_1_0");
        }
        db_.exec(kSchemaSql);
        if (migrate)
            migrateFrom10();
        // 1.1 -> 1.2: runs.parent_run_id (schema.sql's CREATE TABLE IF NOT EXISTS leaves an existing
        // table as it is). NULL for every run recorded before: none of them had children traced.
        if (version > 0 && version < 102 &&
            db_.queryInt("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'parent_run_id'") == 0)
            db_.exec("ALTER TABLE runs ADD COLUMN parent_run_id INTEGER");
        // The indexes exist from the start: kept up to date while writing (one entry per chunk, per
        // exception), so a run that crashes needs no index build later and finish() none either.
        db_.exec(kIndexesSql);
        if (version < kFormatVersion)
            db_.exec(("PRAGMA user_version = " + std::to_string(kFormatVersion)).c_str());
        db_.exec("COMMIT");
        hadRuns_ = db_.queryInt("SELECT count(*) FROM runs") > 0;
    } catch (const SqliteError &e) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw OpenFailure(OpenFailure::Kind::Io, "cannot write trace file " + path_ + ": " + e.what());
    }
}

// 1.0 -> 1.1: the renamed calls table's rows become chunks of up to Chunk::kCapacity calls per run and
// thread, in call_id order (1.0 kept no finish order); its indexes go with the table.
void TraceWriter::migrateFrom10() {
    insertChunk_ = SqliteStatement(db_.handle(), kInsertChunkSql);
    SqliteStatement rows(db_.handle(), "SELECT run_id, thread_id, call_id, parent_id, function_id, depth, start_ns, "
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
        const CallRow r{rows.columnInt(2), rows.columnInt(3), rows.columnInt(4), rows.columnInt(1),
                        rows.columnInt(6), rows.columnInt(7), rows.columnInt(8), rows.columnInt(9),
                        int32_t(rows.columnInt(5)), 0u};  // NULL parent/exception read as 0, as the writer stores them
        if (rows.columnInt(0) != runId || (!group.empty() && group.front().threadId != r.threadId) ||
            group.size() == Chunk::kCapacity)
            flush();
        runId = rows.columnInt(0);
        group.push_back(r);
    }
    flush();
    rows = SqliteStatement();
    db_.exec("DROP TABLE calls_1_0");
}

void TraceWriter::markStaleRunsCrashed(const std::string &hostname) {
    const int64_t now = realtimeNs();
    SqliteStatement running(db_.handle(),
                            "SELECT run_id, hostname, pid, COALESCE(heartbeat_ns, start_ns) FROM runs WHERE status = 'running'");
    std::vector<int64_t> stale;
    while (running.step()) {
        const bool sameHost = running.columnText(1) == hostname;
        const bool dead = sameHost && !processAlive(running.columnInt(2));
        const bool silent = now - running.columnInt(3) > kStaleHeartbeatNs;
        if (dead || silent)
            stale.push_back(running.columnInt(0));
    }
    SqliteStatement mark(db_.handle(), "UPDATE runs SET status = 'crashed' WHERE run_id = ?");
    for (int64_t id : stale) {
        mark.bind(1, id);
        mark.run();
    }
}

int64_t TraceWriter::beginRun(const RunInfo &run) {
    try {
        db_.exec("BEGIN IMMEDIATE");
        if (hadRuns_)
            markStaleRunsCrashed(localHostname());
        SqliteStatement ins(db_.handle(),
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
        runId_ = sqlite3_last_insert_rowid(db_.handle());
        db_.exec("COMMIT");
    } catch (const SqliteError &e) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw OpenFailure(OpenFailure::Kind::Io, "cannot write trace file " + path_ + ": " + e.what());
    }
    prepareStatements();
    return runId_;
}

// max_call_id per chunk: reading the calls view would decode every chunk.
int64_t TraceWriter::nextCallId() { return db_.queryInt("SELECT MAX(max_call_id) FROM call_chunks", 0) + 1; }
int64_t TraceWriter::nextExceptionId() { return db_.queryInt("SELECT MAX(exception_id) FROM exceptions", 0) + 1; }

std::vector<FunctionRow> TraceWriter::loadFunctions() {
    std::vector<FunctionRow> rows;
    SqliteStatement st(db_.handle(), "SELECT function_id, name, module, file, line, kind FROM functions");
    while (st.step())
        rows.push_back({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(5),
                        st.columnInt(4)});
    return rows;
}

void TraceWriter::prepareStatements() {
    sqlite3 *h = db_.handle();
    insertChunk_ = SqliteStatement(h, kInsertChunkSql);
    insertFunction_ = SqliteStatement(
        h, "INSERT OR IGNORE INTO functions (function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)");
    insertThread_ =
        SqliteStatement(h, "INSERT OR REPLACE INTO threads (run_id, thread_id, native_id, name) VALUES (?,?,?,?)");
    insertException_ = SqliteStatement(h, "INSERT INTO exceptions (exception_id, run_id, call_id, thread_id, "
                                          "timestamp_ns, type, message, traceback, escaped) VALUES (?,?,?,?,?,?,?,?,?)");
    insertValue_ =
        SqliteStatement(h, "INSERT OR REPLACE INTO call_values (call_id, args, return_value) VALUES (?,?,?)");
    upsertUntraced_ = SqliteStatement(h, "INSERT OR REPLACE INTO untraced_calls (run_id, caller_function_id, callee, "
                                         "calls, total_ns) VALUES (?,?,?,?,?)");
    heartbeat_ = SqliteStatement(h, "UPDATE runs SET heartbeat_ns = ? WHERE run_id = ?");
    findFunction_ = SqliteStatement(
        h, "SELECT function_id FROM functions WHERE name = ? AND module = ? AND file = ? AND line = ?");
    functionIdTaken_ = SqliteStatement(h, "SELECT 1 FROM functions WHERE function_id = ?");
    maxFunctionId_ = SqliteStatement(h, "SELECT COALESCE(MAX(function_id), 0) FROM functions");
}

void TraceWriter::start() {
    lastCommit_ = std::chrono::steady_clock::now();
    thread_ = startSignalFreeThread([this] { loop(); });
}

void TraceWriter::loop() {
#if defined(__linux__)
    // Ten nice levels below the program (per thread on Linux): where the program's threads and this
    // one compete for a CPU, the program goes first; the chunk queue's backpressure still makes room
    // for the writer when it falls behind, and commits stay well within their second.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(nice + 10, 19));
    pthread_setname_np(pthread_self(), "breadcrumb-wr");  // shown by top -H, gdb
#endif
    auto lastDrain = std::chrono::steady_clock::now();
    for (;;) {
        const bool stopping = stopping_.load();
        auto now = std::chrono::steady_clock::now();
        const bool drain = stopping || now - lastDrain >= kDrainInterval;
        if (!stopping)
            queue_.keepSpare(kSpareChunks);
        // Stopping: everything is queued already, so no waiting (the 50 ms wait cost every exit 50 ms).
        ChunkQueue::Batch batch = queue_.take(std::chrono::milliseconds(stopping ? 0 : 50), drain);
        if (drain)
            lastDrain = now;
        signalrelay::redeliverLost(); // a signal CPython noted but never handled (SignalRelay.h)
        SideRows side;
        {
            std::lock_guard lock(sideMutex_);
            std::swap(side, side_);
        }
        const bool idle = batch.full.empty() && batch.partial.empty() && side.empty();
        {
            std::lock_guard hold(forkMutex_);
            if (!failed_) {
                try {
                    writeSide(side);
                    writeBatch(batch);
                } catch (const SqliteError &e) {
                    fail(e.what());
                }
            }
            now = std::chrono::steady_clock::now();
            if (now - lastCommit_ >= kCommitInterval || (stopping && idle))
                commit(true);
            else if (inTransaction_ && shared())
                commit(false);
        }
        queue_.release(batch.full);
        if (stopping && idle && drain && !queue_.hasFull())
            break;
    }
    if (getenv("BREADCRUMB_DEBUG_TIMING")) {
        const double cpu = threadCpuSeconds();
        const auto rows = (unsigned long long)rowsWritten();
        fprintf(stderr, "breadcrumb: writer thread cpu %.3f s for %llu calls (%.3f us/call)\n", cpu, rows,
                rows ? cpu * 1e6 / double(rows) : 0.0);
    }
}

// Rows stay in finish order (children before parents), as the threads appended them.
void TraceWriter::writeBatch(ChunkQueue::Batch &batch) {
    for (Chunk *c : batch.full) {
        const uint32_t n = c->count.load(std::memory_order_acquire);
        if (n > c->consumed)
            writeCalls(c->rows + c->consumed, n - c->consumed);
    }
    if (!batch.partial.empty())
        writeCalls(batch.partial.data(), batch.partial.size());
}

// A chunk belongs to one thread, and so do the partial rows drained from one thread's chunk; rows of
// another thread (stop() finishing a suspended generator of a thread that is gone) start a new chunk.
void TraceWriter::writeCalls(const CallRow *rows, size_t n) {
    begin();
    for (size_t i = 0; i < n; ++i) {  // the report's totals: counted as the rows pass, no query at exit
        const CallRow &r = rows[i];
        if (size_t(r.functionId) >= totals_.size()) [[unlikely]]
            totals_.resize(size_t(r.functionId) + 64);
        FunctionTotals &t = totals_[size_t(r.functionId)];
        ++t.calls;
        if (!(r.flags & CallRow::kNestedInItself))
            t.totalNs += r.durationNs;
    }
    const CallRow *stored = identityIds_ ? rows : withFileFunctionIds(rows, n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && stored[j].threadId == stored[i].threadId)
            ++j;
        writeChunk(runId_, stored[i].threadId, stored + i, j - i);
        i = j;
    }
    rowsWritten_.fetch_add(n, std::memory_order_relaxed);
}

const CallRow *TraceWriter::withFileFunctionIds(const CallRow *rows, size_t n) {
    mapped_.assign(rows, rows + n);
    for (CallRow &r : mapped_)
        r.functionId = fileFunctionId(r.functionId);
    return mapped_.data();
}

void TraceWriter::begin() {
    if (!inTransaction_) {
        // IMMEDIATE: the write lock is taken (waiting for another process's writer) before anything is
        // read, so a transaction never has to upgrade a read snapshot another process made stale.
        db_.exec("BEGIN IMMEDIATE");
        inTransaction_ = true;
    }
}

void TraceWriter::storeFunction(const FunctionRow &f) {
    int64_t fileId = 0;
    findFunction_.bind(1, f.name);
    findFunction_.bind(2, f.module);
    findFunction_.bind(3, f.file);
    findFunction_.bind(4, f.line);
    if (findFunction_.step())
        fileId = findFunction_.columnInt(0);
    findFunction_.reset();
    if (!fileId) {
        functionIdTaken_.bind(1, f.functionId);
        const bool taken = functionIdTaken_.step();
        functionIdTaken_.reset();
        fileId = f.functionId;
        if (taken) {
            maxFunctionId_.step();
            fileId = maxFunctionId_.columnInt(0) + 1;
            maxFunctionId_.reset();
        }
        insertFunction_.bind(1, fileId);
        insertFunction_.bind(2, f.name);
        insertFunction_.bind(3, f.module);
        insertFunction_.bind(4, f.file);
        insertFunction_.bind(5, f.line);
        insertFunction_.bind(6, f.kind);
        insertFunction_.run();
    }
    if (fileId != f.functionId) {
        if (size_t(f.functionId) >= fileIds_.size())
            fileIds_.resize(size_t(f.functionId) + 64, 0);
        fileIds_[size_t(f.functionId)] = fileId;
        identityIds_ = false;
    }
}

void TraceWriter::writeChunk(int64_t runId, int64_t threadId, const CallRow *rows, size_t n) {
    ChunkEncoder::Summary summary;
    const std::string_view json = encoder_.encode(rows, n, summary);
    insertChunk_.bind(1, runId);
    insertChunk_.bind(2, threadId);
    insertChunk_.bind(3, summary.baseNs);
    insertChunk_.bind(4, int64_t(n));
    insertChunk_.bind(5, summary.minCallId);
    insertChunk_.bind(6, summary.maxCallId);
    insertChunk_.bindStatic(7, json);  // the encoder's buffer is untouched until the next chunk
    insertChunk_.step();
    insertChunk_.rewind();
}

void TraceWriter::writeSide(SideRows &rows) {
    if (rows.empty())
        return;
    begin();
    for (const FunctionRow &f : rows.functions)
        storeFunction(f);
    for (const ThreadRow &t : rows.threads) {
        insertThread_.bind(1, runId_);
        insertThread_.bind(2, t.threadId);
        insertThread_.bind(3, t.nativeId);
        insertThread_.bind(4, t.name);
        insertThread_.run();
    }
    for (const ExceptionRow &x : rows.exceptions) {
        insertException_.bind(1, x.exceptionId);
        insertException_.bind(2, runId_);
        insertException_.bindNullableId(3, x.callId);
        insertException_.bind(4, x.threadId);
        insertException_.bind(5, x.timestampNs);
        insertException_.bindStatic(6, x.type);  // the rows outlive run(), which clears the bindings
        insertException_.bindStatic(7, x.message);
        insertException_.bindStatic(8, x.traceback);
        insertException_.bind(9, int64_t(x.escaped));
        insertException_.run();
    }
    for (const ValueRow &v : rows.values) {
        insertValue_.bind(1, v.callId);
        v.hasArgs ? insertValue_.bind(2, v.args) : insertValue_.bindNull(2);
        v.hasResult ? insertValue_.bind(3, v.result) : insertValue_.bindNull(3);
        insertValue_.run();
    }
    for (const UntracedRow &u : rows.untraced) {
        upsertUntraced_.bind(1, runId_);
        upsertUntraced_.bind(2, fileFunctionId(u.callerFunctionId));
        upsertUntraced_.bind(3, u.callee);
        upsertUntraced_.bind(4, u.calls);
        upsertUntraced_.bind(5, u.totalNs);
        upsertUntraced_.run();
    }
}

void TraceWriter::commit(bool heartbeat) {
    if (heartbeat)
        lastCommit_ = std::chrono::steady_clock::now();
    if (failed_)
        return;
    try {
        if (heartbeat) {
            begin();
            heartbeat_.bind(1, realtimeNs());
            heartbeat_.bind(2, runId_);
            heartbeat_.run();
        }
        if (inTransaction_) {
            inTransaction_ = false;
            db_.exec("COMMIT");
        }
    } catch (const SqliteError &e) {
        fail(e.what());
    }
}

void TraceWriter::fail(const std::string &message) {
    if (inTransaction_) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        inTransaction_ = false;
    }
    failed_ = true;
    std::lock_guard lock(errorMutex_);
    if (!error_) {
        error_ = "cannot write trace " + path_ + ": " + message;
        fprintf(stderr, "breadcrumb: %s; the program goes on without tracing\n", error_->c_str());
        fflush(stderr);
    }
}

std::optional<std::string> TraceWriter::writeError() const {
    std::lock_guard lock(errorMutex_);
    return error_;
}

// The session object outlives stop() (see Tracer.h); its connection and page cache must not.
void TraceWriter::closeConnection() {
    insertChunk_ = SqliteStatement();
    insertFunction_ = SqliteStatement();
    insertThread_ = SqliteStatement();
    insertException_ = SqliteStatement();
    insertValue_ = SqliteStatement();
    upsertUntraced_ = SqliteStatement();
    heartbeat_ = SqliteStatement();
    findFunction_ = SqliteStatement();
    functionIdTaken_ = SqliteStatement();
    maxFunctionId_ = SqliteStatement();
    db_.close();
}

void TraceWriter::dropInheritedConnection() {
    failed_ = true; // nothing more goes through this writer
    inTransaction_ = false; // holdForFork() committed it: nothing to roll back (a rollback would
                            // clean the parent's shared WAL index)
    if (sqlite3 *h = db_.handle())
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    closeConnection();
}

void TraceWriter::holdForFork() {
    setShared();
    forkMutex_.lock();
    if (inTransaction_ && !failed_)
        commit(false);
}

void TraceWriter::finish(int64_t endNs, const std::string &status, std::optional<int64_t> exitCode) {
    const bool timing = getenv("BREADCRUMB_DEBUG_TIMING") != nullptr;
    auto t0 = std::chrono::steady_clock::now();
    auto ms = [&] { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count(); };
    if (thread_.joinable()) {
        stopping_ = true;
        queue_.wakeWriter();
        thread_.join();
    }
    if (timing)
        fprintf(stderr, "breadcrumb: writer drained after %.1f ms (%llu rows)\n", ms(), (unsigned long long)rowsWritten());
    std::lock_guard hold(forkMutex_); // a fork from another thread waits until the file is closed
    if (failed_ || !db_.handle()) {
        closeConnection();
        return;
    }
    try {
        SideRows side;
        {
            std::lock_guard lock(sideMutex_);
            std::swap(side, side_);
        }
        writeSide(side);
        begin();
        SqliteStatement end(db_.handle(), "UPDATE runs SET end_ns = ?, ended_at = ?, heartbeat_ns = ?, status = ?, "
                                          "exit_code = ? WHERE run_id = ?");
        end.bind(1, endNs);
        end.bind(2, isoUtc(endNs));
        end.bind(3, realtimeNs());
        end.bind(4, status);
        exitCode ? end.bind(5, *exitCode) : end.bindNull(5);
        end.bind(6, runId_);
        end.run();
        inTransaction_ = false;
        db_.exec("COMMIT");
        if (timing)
            fprintf(stderr, "breadcrumb: run row committed at %.1f ms\n", ms());
        // The indexes were maintained while writing (see open()); what is left is folding the WAL into
        // the main file, so the trace is one self-contained file again (copying the .db is enough).
        // Shared with other processes still writing: a TRUNCATE checkpoint would wait for all of them
        // (and stop their writers meanwhile); the last connection to close folds the WAL in anyway.
        db_.exec(shared() ? "PRAGMA wal_checkpoint(PASSIVE)" : "PRAGMA wal_checkpoint(TRUNCATE)");
        if (timing)
            fprintf(stderr, "breadcrumb: WAL checkpointed at %.1f ms\n", ms());
        if (timing)
            fprintf(stderr, "breadcrumb: finished at %.1f ms\n", ms());
    } catch (const SqliteError &e) {
        fail(e.what());
    }
    closeConnection();
}

} // namespace breadcrumb
