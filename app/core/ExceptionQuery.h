#pragma once
// The exceptions of a trace as `breadcrumb exceptions` and MCP `find_exceptions` list them: one query,
// one filter, one rule for matching a type and for leaving out a clean SystemExit.

#include "TraceDatabase.h"
#include "TraceTypes.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace breadcrumb {

struct ExceptionFilter
{
    std::optional<std::int64_t> run; // every run when unset
    std::optional<Nanos> since;      // raised at or after this (ns since the epoch)
    bool escapedOnly = false;        // only those that propagated out of the raising call
    // The type as recorded ("json.decoder.JSONDecodeError") or its last part ("JSONDecodeError"), case as
    // Python spells it. Naming a type also lists a clean SystemExit (status 0/None), left out otherwise:
    // it is how a program ends, not an error.
    std::optional<std::string> type;
    std::size_t limit = 0; // newest first; 0 = all
};

struct ExceptionEntry
{
    std::int64_t id = 0;
    std::int64_t run = 0;
    Nanos timestampNs = 0;
    std::string type, message, traceback;
    bool escaped = false;
    std::optional<std::string> function, module, file; // unset when the raising call is not in the trace
    std::int64_t threadId = 0;
    std::optional<std::string> threadName;
};

struct ExceptionTypeCount
{
    std::string type;
    std::int64_t count = 0;
    std::int64_t escaped = 0;
};

struct ExceptionList
{
    std::vector<ExceptionEntry> entries;    // newest first, at most filter.limit
    std::vector<ExceptionTypeCount> byType; // every match, most frequent first
    std::int64_t total = 0;                 // every match, not only the listed ones
};

// Runs under the query limits (time, memory, `cancel`): a hostile file cannot hold the caller.
ExceptionList findExceptions(const TraceDatabase& db, const ExceptionFilter& filter,
                             const std::atomic_bool* cancel = nullptr);

} // namespace breadcrumb
