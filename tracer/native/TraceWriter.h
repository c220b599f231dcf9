#pragma once
// Owns the trace file: creates, validates or migrates it (1.0 -> 1.1), inserts the run row, and runs
// the background writer thread that stores each drained group of one thread's calls as one call_chunks
// row, committing at least every kCommitInterval so a killed process loses at most about a second.
// SQLite is only touched from the writer thread while it runs (the GIL is never needed there).
#include "ChunkEncoder.h"
#include "ChunkQueue.h"
#include "Rows.h"
#include "Sqlite.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace breadcrumb {

struct RunInfo {
    std::string commandLine, pythonVersion, pythonExecutable, cwd, hostname;
    int64_t pid = 0;
    std::string includeGlobs, excludeGlobs;
    bool captureValues = false;
    std::string tracerVersion;
    int64_t startNs = 0;
    int64_t parentRunId = 0; // the run of the process that started this one (0: none)
};

// Why a trace could not be opened; module.cpp maps Io to OSError and the rest to RuntimeError.
struct OpenFailure : std::runtime_error {
    enum class Kind { Io, NotATrace, NewerVersion };
    OpenFailure(Kind kind, const std::string &what) : std::runtime_error(what), kind(kind) {}
    Kind kind;
};

class TraceWriter {
public:
    static constexpr int kFormatVersion = 102;  // PRAGMA user_version = major * 100 + minor

    TraceWriter(std::string path, size_t maxChunks);
    ~TraceWriter();
    TraceWriter(const TraceWriter &) = delete;
    TraceWriter &operator=(const TraceWriter &) = delete;

    // Setup, before start(): throws OpenFailure.
    void open();
    int64_t beginRun(const RunInfo &run);
    int64_t nextCallId();
    int64_t nextExceptionId();
    std::vector<FunctionRow> loadFunctions();

    void start();                        // launches the writer thread
    // Stops the writer after everything queued so far, then finishes the run row and checkpoints.
    // Call without the GIL.
    void finish(int64_t endNs, const std::string &status, std::optional<int64_t> exitCode);

    ChunkQueue &queue() { return queue_; }

    // Several processes write this file (a parent and its children): commit after every batch instead
    // of holding the write lock across the writer's waits, so the others' writers get their turn.
    void setShared() { shared_.store(true, std::memory_order_relaxed); }
    bool shared() const { return shared_.load(std::memory_order_relaxed); }
    // os.fork(): the parent keeps the writer thread out of SQLite while the process forks, so the
    // child inherits no lock SQLite or the writer held half-way (held from before to after the fork).
    void holdForFork();
    void releaseAfterFork() { forkMutex_.unlock(); }
    // In a forked child: the connection is the parent's (its file descriptors, its locks' bookkeeping).
    // Closed without a checkpoint, so the child neither writes through it nor shares SQLite's per-file
    // lock state with the connection it opens next (the parent's locks are its own: POSIX locks are
    // per process). The writer thread does not exist here and is never joined.
    void dropInheritedConnection();
    // Strings travel beside the chunks; the callback runs under the side mutex.
    template <typename F> void side(F &&f) {
        std::lock_guard lock(sideMutex_);
        f(side_);
    }
    void requestFlush() { queue_.wakeWriter(); }

    int64_t runId() const { return runId_; }
    const std::string &path() const { return path_; }
    std::optional<std::string> writeError() const;
    uint64_t rowsWritten() const { return rowsWritten_.load(std::memory_order_relaxed); }
    // Indexed by function id; complete once finish() returned (the writer thread's own until then).
    const std::vector<FunctionTotals> &functionTotals() const { return totals_; }

private:
    void prepareStatements();
    void markStaleRunsCrashed(const std::string &hostname);
    void loop();
    void writeBatch(ChunkQueue::Batch &batch);
    void writeCalls(const CallRow *rows, size_t n);
    void writeChunk(int64_t runId, int64_t threadId, const CallRow *rows, size_t n);
    void migrateFrom10();
    void writeSide(SideRows &rows);
    void commit(bool heartbeat);
    void fail(const std::string &message);
    void begin();
    // Function ids are the session's own (its registry, loaded when it started): another process
    // writing the same file may have given one of them to another function meanwhile. Each new
    // function is matched with the file's row for it, or stored under a free id; the calls are
    // written with the file's ids.
    void storeFunction(const FunctionRow &f);
    const CallRow *withFileFunctionIds(const CallRow *rows, size_t n);
    int64_t fileFunctionId(int64_t local) const {
        return size_t(local) < fileIds_.size() && fileIds_[size_t(local)] ? fileIds_[size_t(local)] : local;
    }

    std::string path_;
    SqliteConnection db_;
    ChunkQueue queue_;
    std::mutex sideMutex_;
    SideRows side_;
    std::thread thread_;
    std::atomic<bool> stopping_{false};
    std::atomic<uint64_t> rowsWritten_{0};
    std::vector<FunctionTotals> totals_;
    bool failed_ = false;                // only touched by the thread using the connection
    mutable std::mutex errorMutex_;
    std::optional<std::string> error_;
    bool inTransaction_ = false;
    int64_t runId_ = 0;
    bool hadRuns_ = false;
    std::chrono::steady_clock::time_point lastCommit_;
    std::atomic<bool> shared_{false};
    std::mutex forkMutex_;
    std::vector<int64_t> fileIds_;  // session function id -> the file's, where they differ (0: same)
    bool identityIds_ = true;       // no entry of fileIds_ differs: rows are written as they are
    std::vector<CallRow> mapped_;

    void closeConnection();

    ChunkEncoder encoder_;
    SqliteStatement insertChunk_, insertFunction_, insertThread_, insertException_, insertValue_, upsertUntraced_,
        heartbeat_, findFunction_, functionIdTaken_, maxFunctionId_;
};

} // namespace breadcrumb
