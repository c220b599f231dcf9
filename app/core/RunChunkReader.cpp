#include "RunChunkReader.h"

#include "TraceDatabase.h"

namespace breadcrumb {

namespace {

constexpr std::size_t kRowsPerSlice = 2048;

} // namespace

RunChunkReader::RunChunkReader(const TraceDatabase& db, std::int64_t runId)
    : m_chunks(db.hasCallChunks()),
      m_statement(db.handle(), m_chunks
                                   ? "SELECT chunk_id, thread_id, base_ns, rows FROM call_chunks "
                                     "WHERE run_id = ? ORDER BY run_id, min_call_id"
                                   : "SELECT call_id, parent_id, function_id, thread_id, depth, start_ns, "
                                     "duration_ns, child_ns, exception_id FROM calls WHERE run_id = ? "
                                     "ORDER BY call_id")
{
    m_statement.bind(1, runId);
}

bool RunChunkReader::next(std::vector<ChunkCall>& calls, std::int64_t& threadId)
{
    calls.clear();
    if (m_done)
        return false; // stepping a finished statement would start it again
    if (m_chunks) {
        if (!m_statement.step()) {
            m_done = true;
            return false;
        }
        threadId = m_statement.int64(1);
        ChunkDecoder::decode(m_statement.textView(3), m_statement.int64(2), m_statement.int64(0), calls);
        return true;
    }
    // 1.0: consecutive rows of one thread make a slice, as a chunk holds one thread's calls
    while (true) {
        if (!m_pending && !m_statement.step()) {
            m_done = true;
            break;
        }
        const std::int64_t thread = m_statement.int64(3);
        if (!calls.empty() && (thread != threadId || calls.size() == kRowsPerSlice)) {
            m_pending = true;
            return true;
        }
        m_pending = false;
        threadId = thread;
        ChunkCall c;
        c.callId = m_statement.int64(0);
        c.parentId = m_statement.isNull(1) ? ChunkCall::kNullId : m_statement.int64(1);
        c.functionId = m_statement.int64(2);
        c.depth = m_statement.int64(4);
        c.startNs = m_statement.int64(5);
        c.durationNs = m_statement.int64(6);
        c.childNs = m_statement.int64(7);
        c.exceptionId = m_statement.isNull(8) ? ChunkCall::kNullId : m_statement.int64(8);
        calls.push_back(c);
    }
    return !calls.empty();
}

} // namespace breadcrumb
