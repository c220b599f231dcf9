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
};

// Why a trace could not be opened; module.cpp maps Io to OSError and the rest to RuntimeError.
struct OpenFailure : std::runtime_error {
    enum class Kind { Io, NotATrace, NewerVersion };
    OpenFailure(Kind kind, const std::string &what) : std::runtime_error(what), kind(kind) {}
    Kind kind;
};

class TraceWriter {
public:
    static constexpr int kFormatVersion = 101;  // PRAGMA user_version = major * 100 + minor

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

    void closeConnection();

    ChunkEncoder encoder_;
    SqliteStatement insertChunk_, insertFunction_, insertThread_, insertException_, insertValue_, upsertUntraced_,
        heartbeat_;
};

} // namespace breadcrumb
