#pragma once
// RAII over a read-only sqlite3 connection to a trace: validates the format, registers Breadcrumb's
// SQL functions, refuses anything that writes, and runs user SQL with a time limit and cancellation.

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

struct QueryOptions
{
    std::size_t maxRows = 0;                           // 0 = unlimited; more rows => truncated = true
    std::chrono::milliseconds timeout{30000};          // 0 = none; exceeded => TraceError(Interrupted)
    const std::atomic_bool* cancel = nullptr;          // set => TraceError(Interrupted)
    std::optional<std::int64_t> run;                   // restrict the `events` view to this run
};

struct QueryResult
{
    std::vector<std::string> columns;
    std::vector<std::vector<SqlValue>> rows;
    bool truncated = false;
};

class TraceDatabase
{
public:
    // Opens read-only (SQLITE_OPEN_READONLY, PRAGMA query_only) and checks user_version and the schema.
    // Throws TraceError: MissingFile, NotSqlite, NotATrace, NewerFormat, Corrupt.
    explicit TraceDatabase(const std::string& path);
    ~TraceDatabase();
    TraceDatabase(const TraceDatabase&) = delete;
    TraceDatabase& operator=(const TraceDatabase&) = delete;

    sqlite3* handle() const;
    int formatVersion() const; // user_version
    // Format 1.1: calls are stored in call_chunks (the unqualified `calls` is then the native CallsTable).
    bool hasCallChunks() const;
    const std::string& path() const;
    // Serialises use of the one connection between threads (query() takes it itself; TraceReader too).
    std::unique_lock<std::recursive_mutex> lock() const;
    // Runs `body` (holding lock()) inside one read transaction, so everything it reads comes from one
    // snapshot of a file that a tracer may be appending to. Nested calls join the outer snapshot.
    void readSnapshot(const std::function<void()>& body) const;

    // One statement of user SQL. Writes (INSERT, DELETE, DROP, ATTACH, PRAGMA with a value, ...) throw
    // TraceError(ReadOnlyViolation); SQL errors throw TraceError(Query) with SQLite's message and offset.
    QueryResult query(std::string_view sql, const QueryOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Registers STDDEV (sample), STDDEV_POP, VARIANCE (sample), MEDIAN and PERCENTILE(x, p) with p in 0..100
// (linear interpolation between closest ranks) on any connection.
void registerSqlFunctions(sqlite3* db);

std::string sqlValueToString(const SqlValue& value); // NULL -> "NULL", doubles with up to 6 significant decimals

} // namespace breadcrumb
