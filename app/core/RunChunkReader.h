#pragma once
// Reads the calls of one run a chunk at a time, in bounded memory: the call_chunks rows of the run in
// call-id order (the call_chunks_by_run index), each decoded by ChunkDecoder; a 1.0 file's `calls` table
// in slices of 2048 calls in call_id order. Nothing of the run is kept beyond the current chunk.

#include "ChunkDecoder.h"
#include "SqliteStatement.h"

#include <cstdint>
#include <vector>

namespace breadcrumb {

class TraceDatabase;

class RunChunkReader
{
public:
    RunChunkReader(const TraceDatabase& db, std::int64_t runId);

    // The next chunk's calls (replacing `calls`) and its thread; false after the last. Throws
    // TraceError(Corrupt) for a chunk that does not decode.
    bool next(std::vector<ChunkCall>& calls, std::int64_t& threadId);

private:
    bool m_chunks;
    SqliteStatement m_statement;
    bool m_pending = false; // 1.0: the statement holds a row not yet returned
    bool m_done = false;
};

} // namespace breadcrumb
