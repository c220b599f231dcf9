#pragma once
// Every call of a format 1.1 trace file, decoded from call_chunks into columns sorted by call_id, with
// in-memory indexes for the equality lookups our SQL makes (children by parent, calls by function, run and
// thread). Backs the `calls` virtual table (CallsTable); immutable once loaded, shared by its cursors.
// Only the columns a reader asked for are kept: the seed's self-time query needs parents, functions and
// durations, under half of a call's bytes.

#include "ChunkDecoder.h"
#include "IntColumn.h"
#include "KeyIndex.h"
#include "NameArena.h"
#include "UninitializedAllocator.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace breadcrumb {

class CallStore
{
public:
    static constexpr std::int64_t kNull = ChunkCall::kNullId;

    // The columns a store may keep, as bits (call ids are always there: the rows are ordered by them).
    enum Column : unsigned
    {
        kParent = 1u << 0,
        kFunction = 1u << 1, // also function names and the calls in name order
        kDepth = 1u << 2,
        kStart = 1u << 3,
        kDuration = 1u << 4,
        kChild = 1u << 5,
        kException = 1u << 6,
        kRun = 1u << 7,
        kThread = 1u << 8,
    };
    static constexpr unsigned kAllColumns = (1u << 9) - 1;

    // Reads and decodes every row of main.call_chunks on `db` (inside the caller's read transaction),
    // keeping `columns` (Column bits); a missing column's accessors must not be called.
    // Throws TraceError: Corrupt (a malformed chunk, named), Interrupted, Query.
    static std::shared_ptr<const CallStore> load(sqlite3* db, unsigned columns = kAllColumns);
    unsigned columns() const { return m_columns; }
    bool has(unsigned columns) const { return (m_columns & columns) == columns; }
    // How many calls the database on `db` can hold at most (its size through ChunkDecoder::maxCallsIn):
    // the cap on what a claimed count may make a reader allocate.
    static std::int64_t callCapacity(sqlite3* db);

    std::size_t size() const { return m_size; }

    // Dense ids (every trace the tracer writes) are not stored: a row's id is the first id plus the row.
    std::int64_t callId(std::size_t row) const
    {
        return m_callId.empty() ? m_firstId + static_cast<std::int64_t>(row) : m_callId[row];
    }
    std::int64_t parentId(std::size_t row) const { return m_parentId[row]; } // kNull for a root
    std::int64_t functionId(std::size_t row) const { return m_functionId[row]; }
    std::int64_t runId(std::size_t row) const { return m_runIds[m_run[row]]; }
    std::int64_t threadId(std::size_t row) const { return m_threadIds[m_thread[row]]; }
    std::int64_t depth(std::size_t row) const { return m_depth[row]; }
    std::int64_t startNs(std::size_t row) const { return m_startNs[row]; }
    std::int64_t durationNs(std::size_t row) const { return m_durationNs[row]; }
    std::int64_t childNs(std::size_t row) const { return m_childNs[row]; }
    std::int64_t exceptionId(std::size_t row) const { return m_exceptionId[row]; } // kNull when none

    // Rows [first, second) whose call_id lies in [lo, hi].
    std::pair<std::size_t, std::size_t> idRange(std::int64_t lo, std::int64_t hi) const;
    // Rows in ascending call_id order. The indexes are built on first use (a scan needs none).
    std::span<const std::uint32_t> childrenOf(std::int64_t parentId) const;
    // Hints the CPU to fetch a row's duration and where its children are listed: a walk in name order
    // visits rows scattered over the whole store, the seed's self-time query asks both for each.
    void prefetch(std::size_t row) const
    {
        __builtin_prefetch(&m_durationNs[row]);
        m_byParent.prefetch(callId(row));
    }
    std::span<const std::uint32_t> callsOfFunction(std::int64_t functionId) const;
    std::span<const std::uint32_t> callsOfRun(std::int64_t runId) const;
    std::span<const std::uint32_t> callsOfThread(std::int64_t threadId) const;

    // A function's name as the functions table holds it: SQLite orders Null < Text < Blob.
    struct Name
    {
        enum Kind : std::uint8_t
        {
            Null, // no functions row for the id (a damaged file)
            Text,
            Blob
        };
        Kind kind = Null;
        std::string_view bytes;
        // SQLite's order for the BINARY collation: by kind, then bytes as memcmp, a prefix first.
        auto operator<=>(const Name& other) const = default;
    };
    Name functionName(std::int64_t functionId) const;
    Name name(std::size_t row) const { return functionName(m_functionId[row]); }
    // The distinct function ids of the calls ordered by name (ties by id): GROUP BY / ORDER BY
    // function_name reads the calls of each in turn, with no sort.
    std::span<const std::int64_t> functionsByName() const { return m_functionsByName; }
    // The part of functionsByName() whose name is `name`.
    std::span<const std::int64_t> functionsNamed(const Name& name) const;

    std::size_t runCount() const { return m_runIds.size(); }
    std::size_t threadCount() const { return m_threadIds.size(); }
    std::size_t functionCount() const { return m_functionsByName.size(); }

private:
    CallStore() = default;
    // Fills rows placed by id; false when the chunks do not hold each id of the range exactly once.
    bool loadPlaced(sqlite3* db, std::int64_t firstId, std::size_t count);
    void loadFunctionNames(sqlite3* db);
    // Decodes every chunk in turn and hands its calls with the chunk's run and thread indices to
    // visit(run, thread, calls), which returns false to stop; false when it stopped.
    template <class Visit> bool forEachChunk(sqlite3* db, Visit&& visit);
    // Calls f(column, value) for each kept column; value(call, run, thread) is a decoded call's entry in it.
    template <class F> void forEachColumn(F&& f);

    std::size_t m_size = 0;
    unsigned m_columns = kAllColumns;
    std::int64_t m_firstId = 0;
    std::vector<std::int64_t> m_callId; // empty when the ids are dense
    IntColumn m_parentId, m_functionId, m_depth, m_exceptionId;
    // Sized, then written row by row: not zeroed first.
    template <typename T> using Column = std::vector<T, UninitializedAllocator<T>>;
    Column<std::int64_t> m_startNs, m_durationNs, m_childNs;
    Column<std::uint32_t> m_run, m_thread;           // indices into the dictionaries below
    std::vector<std::int64_t> m_runIds, m_threadIds; // distinct run_id / thread_id values
    // The functions table: ids, where each one's name lies in m_names, and its kind.
    NameArena m_names;
    KeyIndex m_functionRow; // function_id -> index into the two below
    std::vector<std::uint32_t> m_functionNameId;
    std::vector<Name::Kind> m_functionNameKind;
    std::vector<std::int64_t> m_functionsByName;

    mutable std::once_flag m_parentOnce, m_functionOnce, m_runOnce, m_threadOnce;
    mutable KeyIndex m_byParent, m_byFunction, m_byRun, m_byThread;
};

} // namespace breadcrumb
