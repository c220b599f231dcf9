#pragma once
// Plain value types shared by the whole analysis core. No Qt, no SQLite: the CLI, the MCP server and
// the GUI all consume these.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace breadcrumb {

using Nanos = std::int64_t;

// Format version carried in PRAGMA user_version as major * 100 + minor.
inline constexpr int kFormatMajor = 1;
inline constexpr int kFormatMinor = 3;

// Any problem with a trace file or a query, with a message meant for the user (one line).
class TraceError : public std::runtime_error
{
public:
    enum class Kind
    {
        MissingFile,
        NotSqlite,
        NotATrace,
        NewerFormat,
        NoSuchRun,
        EmptyRun,
        Corrupt,
        Query,
        Interrupted,
        ReadOnlyViolation,
        NotFound
    };
    TraceError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }
    // For Kind::Query: byte offset of the error in the SQL text, or -1.
    int offset = -1;
    // The same error with the trace's path in front, unless its message names it already: SQLite's errors
    // and a damaged chunk's do not say which file they are about; the user needs to.
    TraceError inFile(const std::string& path) const
    {
        if (std::string_view(what()).find(path) != std::string_view::npos)
            return *this;
        TraceError named(m_kind, "'" + path + "': " + what());
        named.offset = offset;
        return named;
    }

private:
    Kind m_kind;
};

struct FunctionInfo
{
    std::int64_t id = 0; // functions.function_id
    std::string name;    // qualified name: fib, Square.area
    std::string module;  // __main__, mypkg.util
    std::string file;
    int line = 0;
    std::string kind; // function | coroutine | generator | async_generator | module
};

struct ThreadInfo
{
    std::int64_t threadId = 0; // threading.get_ident(), + n * 2^48 where Python reused a finished thread's
    std::string name;          // MainThread, Thread-1 (worker) ...
    std::int64_t nativeId = 0; // the OS thread id (what top -H and debuggers show), 0 when not known
};

struct RunInfo
{
    std::int64_t id = 0;
    std::string commandLine;
    std::string pythonVersion;
    std::string cwd;
    Nanos startNs = 0;  // wall clock, ns since the epoch
    Nanos endNs = 0;    // 0 when unknown (running, crashed): then the last call's end
    std::string status; // effective: running | completed | crashed (a dead writer => crashed)
    std::optional<int> exitCode;
    std::int64_t callCount = 0;
    std::int64_t exceptionCount = 0; // clean SystemExits not counted (isCleanSystemExit)
    std::int64_t threadCount = 0;
    std::int64_t parentRunId = 0; // the run of the process that started this one's (format 1.2), 0: none
    Nanos durationNs() const { return endNs > startNs ? endNs - startNs : 0; }
};

// One finished call. Indices (not ids) point into the owning RunData's vectors. A loaded run does not keep
// calls in this form but in a CallList (28 bytes a call), which hands them out as CallRecords by value; the
// exception that escaped a call, which few calls have, is kept beside the calls (RunData::exceptionOf).
struct CallRecord
{
    std::int64_t id = 0;           // events.event_id
    std::int32_t parent = -1;      // index into RunData::calls, -1 for a root
    std::uint32_t function = 0;    // index into RunData::functions
    std::uint32_t thread : 31 = 0; // index into RunData::threads
    bool outermost : 1 = true;     // no call of the same function above it (RunData::buildIndexes)
    std::uint32_t depth = 0;
    Nanos startNs = 0;
    Nanos durationNs = 0; // wall time from start to end, suspensions included (latency)
    Nanos selfNs = 0;     // duration_ns - child_ns: the time it was its thread's running frame
    Nanos onStackNs = 0;  // self + the children's on-stack time (RunData::buildIndexes)
    Nanos endNs() const { return startNs + durationNs; }
};

// A SystemExit with status 0 (or None) is how a program ends normally: every front end leaves it out of
// exception lists and counts (it is still in the trace: `breadcrumb exceptions --type SystemExit`).
inline bool isCleanSystemExit(std::string_view type, std::string_view message)
{
    return type == "SystemExit" && (message.empty() || message == "0" || message == "None");
}
// The same rule as an SQL condition over the exceptions table (`alias`: its name in the query, if any):
// true for the exceptions to count and list.
inline std::string notCleanSystemExitSql(std::string_view alias = {})
{
    const std::string p = alias.empty() ? std::string() : std::string(alias) + ".";
    return "NOT (" + p + "type = 'SystemExit' AND COALESCE(" + p + "message, '') IN ('', '0', 'None'))";
}

struct ExceptionRecord
{
    std::int64_t id = 0;
    std::int32_t call = -1;     // index into RunData::calls of the raising call, -1 if not in the run
    std::int32_t function = -1; // index into RunData::functions of the raising function, or -1
    std::uint32_t thread = 0;   // index into RunData::threads
    Nanos timestampNs = 0;
    std::string type;
    std::string message;
    std::string traceback;
    bool escaped = false;
};

// Formatting helpers shared by every front end, in the seed's units.
// formatMs(100'049'000) == "100.0ms"; a duration below 0.05 ms prints "<0.1ms"; 0 prints "<0.1ms".
std::string formatMs(Nanos ns);
// "10:30:45.123" in local time (the seed's call timeline).
std::string formatClock(Nanos epochNs);
// ISO 8601 UTC with microseconds: "2026-11-24T21:50:55.123456" (same text as events.timestamp).
std::string formatIso(Nanos epochNs);

// The display rule for durations in SQL results (CLI `query`, the viewer's SQL console): a numeric value in a
// column whose name ends in "_ms" or "_time" (duration_ms, self_ms, avg_ms, total_time, ...) or is "ms" is a
// duration in milliseconds. Case-insensitive.
bool isDurationColumn(std::string_view name);

// Levenshtein distance, for "did you mean" suggestions (function names, command names).
std::size_t editDistance(std::string_view a, std::string_view b);

} // namespace breadcrumb
