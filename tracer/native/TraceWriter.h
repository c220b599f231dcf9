#pragma once
// Owns the trace file: creates, validates or migrates it (1.0 -> 1.1), inserts the run row, and runs
// the background writer thread that stores each drained group of one thread's calls as one call_chunks
// row, committing at least every kCommitInterval so a killed process loses at most about a second.
// SQLite is only touched from the writer thread while it runs (the GIL is never needed there).
#include "ChunkEncoder.h"
#include "ChunkQueue.h"
#include "Rows.h"
#include "RunSummaryBuilder.h"
#include "Sqlite.h"

#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace breadcrumb {

struct RunInfo
{
    std::string commandLine, pythonVersion, pythonExecutable, cwd, hostname;
    int64_t pid = 0;
    std::string includeGlobs, excludeGlobs;
    bool captureValues = false;
    std::string tracerVersion;
    int64_t startNs = 0;
    int64_t parentRunId = 0; // the run of the process that started this one (0: none)
};

// Why a trace could not be opened; module.cpp maps Io to OSError and the rest to RuntimeError.
struct OpenFailure : std::runtime_error
{
    enum class Kind
    {
        Io,
        NotATrace,
        NewerVersion
    };
    OpenFailure(Kind kind, const std::string& what) : std::runtime_error(what), kind(kind) {}
    Kind kind;
};

class TraceWriter
{
public:
    static constexpr int kFormatVersion = 103; // PRAGMA user_version = major * 100 + minor

    TraceWriter(std::string path, size_t maxChunks);
    ~TraceWriter();
    TraceWriter(const TraceWriter&) = delete;
    TraceWriter& operator=(const TraceWriter&) = delete;

    // Setup, before start(): throws OpenFailure.
    void open();
    int64_t beginRun(const RunInfo& run);
    int64_t nextCallId();
    int64_t nextExceptionId();
    std::vector<FunctionRow> loadFunctions();

    void start(); // launches the writer thread
    // Lets the writer drain what is queued and end, without waiting: finish() waits for it.
    void requestStop();
    // Stops the writer after everything queued so far, then finishes the run row and checkpoints.
    // Call without the GIL.
    void finish(int64_t endNs, const std::string& status, std::optional<int64_t> exitCode);

    ChunkQueue& queue() { return m_queue; }

    // Several processes write this file (a parent and its children): commit after every batch instead
    // of holding the write lock across the writer's waits, so the others' writers get their turn.
    void setShared() { m_shared.store(true, std::memory_order_relaxed); }
    bool shared() const { return m_shared.load(std::memory_order_relaxed); }
    // os.fork(): the parent keeps the writer thread out of SQLite while the process forks, so the
    // child inherits no lock SQLite or the writer held half-way (held from before to after the fork).
    void holdForFork();
    void releaseAfterFork() { m_forkMutex.unlock(); }
    // In a forked child: the connection is the parent's (its file descriptors, its locks' bookkeeping).
    // Closed without a checkpoint, so the child neither writes through it nor shares SQLite's per-file
    // lock state with the connection it opens next (the parent's locks are its own: POSIX locks are
    // per process). The writer thread does not exist here and is never joined.
    void dropInheritedConnection();
    // Strings travel beside the chunks; the callback runs under the side mutex.
    template <typename F> void side(F&& f)
    {
        std::lock_guard lock(m_sideMutex);
        f(m_side);
    }
    void requestFlush() { m_queue.wakeWriter(); }

    int64_t runId() const { return m_runId; }
    const std::string& path() const { return m_path; }
    std::optional<std::string> writeError() const;
    uint64_t rowsWritten() const { return m_rowsWritten.load(std::memory_order_relaxed); }
    // Indexed by session function id; filled by finish() (from the run's function summaries).
    const std::vector<FunctionTotals>& functionTotals() const { return m_totals; }

private:
    void prepareStatements();
    void markStaleRunsCrashed(const std::string& hostname);
    void loop();
    void writeBatch(ChunkQueue::Batch& batch);
    void writeCalls(const CallRow* rows, size_t n);
    void writeChunk(int64_t runId, int64_t threadId, const CallRow* rows, size_t n);
    void migrateFrom10();
    void writeSide(SideRows& rows);
    void commit(bool heartbeat);
    void fail(const std::string& message);
    void begin();
    // Function ids are the session's own (its registry, loaded when it started): another process
    // writing the same file may have given one of them to another function meanwhile. Each new
    // function is matched with the file's row for it, or stored under a free id; the calls are
    // written with the file's ids.
    void storeFunction(const FunctionEntry& f);
    const CallRow* withFileFunctionIds(const CallRow* rows, size_t n);
    int64_t fileFunctionId(int64_t local) const
    {
        return size_t(local) < m_fileIds.size() && m_fileIds[size_t(local)] ? m_fileIds[size_t(local)]
                                                                            : local;
    }

    std::string m_path;
    SqliteConnection m_db;
    ChunkQueue m_queue;
    std::mutex m_sideMutex;
    SideRows m_side;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<uint64_t> m_rowsWritten{0};
    std::vector<FunctionTotals> m_totals;
    bool m_failed = false; // only touched by the thread using the connection
    mutable std::mutex m_errorMutex;
    std::optional<std::string> m_error;
    bool m_inTransaction = false;
    int64_t m_runId = 0;
    bool m_hadRuns = false;
    std::chrono::steady_clock::time_point m_lastCommit;
    size_t m_bytesSinceCommit = 0; // chunk text in the open transaction
    std::atomic<bool> m_shared{false};
    std::mutex m_forkMutex;
    std::vector<int64_t> m_fileIds; // session function id -> the file's, where they differ (0: same)
    bool m_identityIds = true;      // no entry of m_fileIds differs: rows are written as they are
    std::vector<CallRow> m_mapped;
    std::vector<CallRow> m_unpacked; // a full chunk's calls, unpacked (sized once)

    void closeConnection();
    void writeSummaries(const std::vector<FunctionSummaryRow>& summaries);

    RunSummaryBuilder m_summary; // the run's function_summaries, built as the rows pass

    ChunkEncoder m_encoder;
    SqliteStatement m_insertChunk, m_insertFunction, m_insertThread, m_insertException, m_insertValue,
        m_upsertUntraced, m_heartbeat, m_findFunction, m_functionIdTaken, m_maxFunctionId, m_dataVersion;
    // PRAGMA data_version before loadFunctions() read the functions (-1: unknown), and whether another
    // connection has committed since (then every new function is looked up in the file first).
    int64_t m_dataVersionAtLoad = -1;
    bool m_othersWrote = false;
    static constexpr size_t kExceptionBatch = 16;
    SqliteStatement m_insertExceptions;                    // kExceptionBatch rows at once
    std::array<std::string, kExceptionBatch> m_tracebacks; // texts put together for one statement
};

} // namespace breadcrumb
