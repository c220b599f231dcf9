#pragma once
// Calls from traced code into code outside the traced scope (time.sleep, json.loads, ...), as the tracer
// sums them per caller in untraced_calls: `breadcrumb query --gaps` and MCP analyze_performance.

#include "TraceDatabase.h"
#include "TraceTypes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace breadcrumb {

struct UntracedCall
{
    std::int64_t callerFunctionId = 0; // functions.function_id
    std::string caller;                // the caller's name; "" if the function is missing
    std::string callee;                // "time.sleep"
    std::int64_t calls = 0;
    Nanos totalNs = 0;
};

// Every caller/callee pair of the run: most calls first, then most time, caller name, callee.
std::vector<UntracedCall> untracedCallsOfRun(const TraceDatabase& db, std::int64_t runId);
// The untraced callees of one function of the run: most time first, then most calls; limit 0 = all.
std::vector<UntracedCall> untracedCallsFrom(const TraceDatabase& db, std::int64_t runId,
                                            std::int64_t callerFunctionId, std::size_t limit);

} // namespace breadcrumb
