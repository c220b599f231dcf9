#pragma once
// The arguments and return values captured with --capture-values (table call_values), as `breadcrumb
// query --call/--fuzzy` and MCP analyze_performance read them: fixed SQL, values always bound.

#include "TraceDatabase.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace breadcrumb {

struct CallValues
{
    std::optional<std::string> args;        // unset when NULL in the trace
    std::optional<std::string> returnValue; // unset when NULL (e.g. the call raised)
};

// Unset when nothing was captured for the call.
std::optional<CallValues> capturedValues(const TraceDatabase& db, std::int64_t callId);

struct CallValueMatch
{
    std::int64_t callId = 0;
    std::string function; // functions.name
    CallValues values;
};

// The calls of `runId` whose captured arguments or return value contain `term` literally (SQLite's
// LIKE: ASCII case-insensitive; % and _ in the term match themselves), by call id; limit 0 = all.
std::vector<CallValueMatch> findCallValues(const TraceDatabase& db, std::int64_t runId, std::string_view term,
                                           std::size_t limit);

// What the captured arguments of the calls of one function made from another say.
struct ArgumentFacts
{
    std::int64_t calls = 0; // calls of the function from the caller (0 when the file has no captured value)
    std::int64_t captured = 0; // ...with captured arguments
    std::int64_t distinct = 0; // distinct captured arguments
    std::string sample;        // the smallest of them; "" when none
};

// Function ids as in functions.function_id.
ArgumentFacts argumentsFromCaller(const TraceDatabase& db, std::int64_t runId, std::int64_t functionId,
                                  std::int64_t callerFunctionId);

} // namespace breadcrumb
