#pragma once
// Decodes one call chunk of trace format 1.1 (call_chunks.rows, see tracer/FORMAT.md): a JSON array with one
// array per finished call, [call_id, parent_id|null, function_id, depth, start_offset_ns, duration_ns,
// child_ns
// (, exception_id)]. A hand-written parser for exactly this shape: SQLite's JSON functions spend most of a
// full scan re-parsing the text once per column.

#include "TraceTypes.h"

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace breadcrumb {

// One call as stored; kNullId marks a NULL parent_id / exception_id.
struct ChunkCall
{
    static constexpr std::int64_t kNullId = std::numeric_limits<std::int64_t>::min();
    std::int64_t callId = 0;
    std::int64_t parentId = kNullId;
    std::int64_t functionId = 0;
    std::int64_t depth = 0;
    std::int64_t startNs = 0; // base_ns + start_offset_ns
    std::int64_t durationNs = 0;
    std::int64_t childNs = 0;
    std::int64_t exceptionId = kNullId;
};

class ChunkDecoder
{
public:
    // Appends the chunk's calls to `out` in stored (finish) order. Throws TraceError(Corrupt) naming the
    // chunk for anything but that shape (bad JSON, a call with too few or too many fields, a non-integer).
    static void decode(std::string_view rows, std::int64_t baseNs, std::int64_t chunkId,
                       std::vector<ChunkCall>& out);
    static std::vector<ChunkCall> decode(std::string_view rows, std::int64_t baseNs, std::int64_t chunkId);

    // The most calls `bytes` of chunk text can hold: a call takes at least 19 bytes ("[0,null,0,0,0,0,0]"
    // and a comma). A chunk's `n` is only a claim; readers allocate for no more than this.
    static constexpr std::int64_t maxCallsIn(std::int64_t bytes) { return bytes <= 0 ? 0 : bytes / 18 + 1; }
};

} // namespace breadcrumb
