#pragma once
// One call as the exports stream it: 56 bytes, what every export format needs and nothing else.

#include "TraceTypes.h"

#include <cstdint>

namespace breadcrumb {

struct ExportCall
{
    Nanos startNs = 0;
    Nanos durationNs = 0; // >= 0
    Nanos selfNs = 0;     // max(0, duration_ns - child_ns), as RunData has it
    std::int64_t callId = 0;
    std::int64_t parentId = 0;   // ChunkCall::kNullId for none
    std::uint32_t function = 0;  // RunExportSource::functions() index (while sorting: the file's)
    std::uint32_t thread = 0;    // RunExportSource::threads() index (while sorting: see RunExportSource)
    std::int32_t exception = -1; // RunExportSource::exceptions() index of the exception that escaped, or -1
    Nanos endNs() const { return startNs + durationNs; }
};

} // namespace breadcrumb
