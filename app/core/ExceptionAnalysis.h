#pragma once
// What became of each exception, and exceptions grouped the way a user triages them. The viewer's
// Exceptions tab shows these; the rules live here so every front end tells "uncaught" the same way.
//
// An exception is uncaught when it ended a root call of its thread: nothing in the traced code caught it,
// so it ended the run (the main thread) or a thread (asyncio: a task's coroutine, whose awaiter may still
// see it). Otherwise it was handled: in the raising call (escaped = 0) or by the caller that its chain
// of ended calls (RunData::exceptionOf) returned into.

#include "RunData.h"

#include <span>
#include <string>
#include <vector>

namespace breadcrumb {

struct ExceptionOutcome
{
    bool uncaught = false;
    std::int32_t handler =
        -1; // index into RunData::calls of the call that caught it; -1 when uncaught or unknown
};

// One entry per RunData::exceptions, in the same order.
std::vector<ExceptionOutcome> exceptionOutcomes(const RunData& run);

enum class ExceptionGrouping
{
    Type,     // by exception type
    RaiseSite // by the function that raised it
};

struct ExceptionGroup
{
    std::string type;           // Type: the type; RaiseSite: empty
    std::int32_t function = -1; // RaiseSite: index into RunData::functions, -1 for "not in a traced call"
    std::vector<std::uint32_t> members; // indices into RunData::exceptions, in time order
    std::int64_t uncaught = 0;
    Nanos firstNs = 0;
    Nanos lastNs = 0;
};

// Groups `exceptions` (indices into run.exceptions); the largest group first, then by type or function.
std::vector<ExceptionGroup> groupExceptions(const RunData& run, std::span<const std::uint32_t> exceptions,
                                            const std::vector<ExceptionOutcome>& outcomes,
                                            ExceptionGrouping grouping);

} // namespace breadcrumb
