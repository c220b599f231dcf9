#pragma once
// RAII over a read-only sqlite3 connection to a trace: validates the format, registers Breadcrumb's
// SQL functions, refuses anything that writes, and runs user SQL in a sandbox (an allow-list of functions
// and pragmas) bounded in time, memory and result size. The one place that opens a trace file.

#include "TraceTypes.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct sqlite3;

namespace breadcrumb {

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// The limits every caller of query() shares (CLI `query`, the viewer's SQL console, MCP `query_traces`).
inline constexpr std::chrono::milliseconds kDefaultQueryTimeout{30000};
inline constexpr std::size_t kDefaultMaxResultBytes = 256u << 20; // the rows kept in memory
inline constexpr std::size_t kQueryMemoryLimit = 1u << 30;        // SQLite's heap growth during one query
inline constexpr int kMaxValueBytes = 16 << 20;                   // one string or blob (SQLITE_LIMIT_LENGTH)

struct QueryOptions
{
    std::size_t maxRows = 0;                       // 0 = unlimited; more rows => truncated = true
    std::size_t maxBytes = kDefaultMaxResultBytes; // 0 = unlimited; more => truncated, bytesExceeded
    std::chrono::milliseconds timeout = kDefaultQueryTimeout; // 0 = none; exceeded => TraceError(Interrupted)
    std::size_t maxMemory = kQueryMemoryLimit; // growth of SQLite's heap; exceeded => Interrupted
    const std::atomic_bool* cancel = nullptr;  // set => TraceError(Interrupted)
    std::optional<std::int64_t> run;           // restrict the `events` view to this run
    std::vector<SqlValue> params;              // bound to ?1, ?2, ...: values never pasted into SQL text
};

struct QueryResult
{
    std::vector<std::string> columns;
    std::vector<std::vector<SqlValue>> rows;
    bool truncated = false;     // more rows existed than maxRows or maxBytes let through
    bool bytesExceeded = false; // ...and it was maxBytes that stopped it
};

// What query() lets SQL reach, for help texts and docs: the allow-listed functions and pragmas.
std::string allowedQueryFunctions(); // "abs, avg, char, ..." in alphabetical order
std::string allowedQueryPragmas();
// "1.5 MB", "256 MB": sizes in messages.
std::string formatBytes(std::size_t bytes);

class TraceDatabase
{
public:
    // Opens read-only (SQLITE_OPEN_READONLY, PRAGMA query_only; `immutable` when no writer can be active,
    // so nothing is ever created next to the file) and checks user_version and the schema. Only a regular
    // file is opened. Throws TraceError: MissingFile, NotSqlite, NotATrace, NewerFormat, Corrupt.
    explicit TraceDatabase(const std::string& path);
    ~TraceDatabase();
    TraceDatabase(const TraceDatabase&) = delete;
    TraceDatabase& operator=(const TraceDatabase&) = delete;

    sqlite3* handle() const;
    int formatVersion() const; // user_version
    // Format 1.1: calls are stored in call_chunks (the unqualified `calls` is then the native CallsTable).
    bool hasCallChunks() const;
    // Format 1.2: runs.parent_run_id links a child process's run to its parent's (1.1 files have none).
    bool hasParentRuns() const;
    const std::string& path() const;
    // True when a file read as complete (no writer was active when it was opened) has been written since:
    // this connection does not see those writes, so a long-lived holder should open the trace again.
    bool changedOnDisk() const;
    // Serialises use of the one connection between threads (query() takes it itself; TraceReader too).
    std::unique_lock<std::recursive_mutex> lock() const;
    // Runs `body` (holding lock()) inside one read transaction, so everything it reads comes from one
    // snapshot of a file that a tracer may be appending to. Nested calls join the outer snapshot.
    void readSnapshot(const std::function<void()>& body) const;

    // One statement of user SQL. Writes (INSERT, DELETE, DROP, ATTACH, PRAGMA with a value, ...) throw
    // TraceError(ReadOnlyViolation); SQL errors and functions or pragmas outside the allow-list throw
    // TraceError(Query) with SQLite's message and offset; time, memory and cancel throw Interrupted.
    QueryResult query(std::string_view sql, const QueryOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Registers STDDEV (sample), STDDEV_POP, VARIANCE (sample), MEDIAN and PERCENTILE(x, p) with p in 0..100
// (linear interpolation between closest ranks) on any connection.
void registerSqlFunctions(sqlite3* db);

std::string
sqlValueToString(const SqlValue& value); // NULL -> "NULL", doubles with up to 6 significant decimals

} // namespace breadcrumb
