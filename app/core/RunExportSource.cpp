#include "RunExportSource.h"

#include "FunctionTable.h"
#include "KeyIndex.h"
#include "RunChunkReader.h"
#include "SqliteStatement.h"
#include "TextLimits.h"
#include "TraceReader.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace breadcrumb {

namespace {

// While sorting, ExportCall::thread holds the thread's place in the final order before RunData's order is
// known: MainThread first (the top bit clear), then the order in which threads first appear.
constexpr std::uint32_t kNotMainThread = 1u << 31;

} // namespace

RunExportSource::RunExportSource(TraceReader& reader, std::int64_t runId, Order order,
                                 std::size_t sortBufferCalls)
try : m_run(reader.run(runId)), m_sort(std::make_unique<ExternalCallSort>(order, sortBufferCalls)) {
    TraceDatabase& db = reader.database();
    {
        SqliteStatement s(db.handle(), "SELECT pid FROM runs WHERE run_id = ?");
        s.bind(1, runId);
        if (s.step() && !s.isNull(0))
            m_pid = s.int64(0);
    }
    if (db.hasCallChunks()) {
        // the chunks' own count, a claim only: it sizes the sort buffer, which is bounded anyway
        SqliteStatement s(db.handle(), "SELECT sum(n) FROM call_chunks WHERE run_id = ?");
        s.bind(1, runId);
        if (s.step() && s.int64(0) > 0)
            m_sort->reserve(static_cast<std::size_t>(s.int64(0)));
    }
    std::vector<FunctionInfo> allFunctions = readFunctionTable(db.handle());
    const KeyIndex functionRows(allFunctions.size(), [&](std::size_t f) { return allFunctions[f].id; });

    // Thread names first: a call's sort key needs to know whether its thread is MainThread.
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> threadRows; // thread_id -> (name, native)
    {
        SqliteStatement s(
            db.handle(),
            "SELECT thread_id, name, native_id FROM threads WHERE run_id = ? ORDER BY thread_id");
        s.bind(1, runId);
        while (s.step())
            threadRows[s.int64(0)] = {capped(s.textView(1), kMaxNameBytes), s.isNull(2) ? 0 : s.int64(2)};
    }
    std::unordered_map<std::int64_t, std::int32_t> exceptionById;
    std::vector<std::int64_t> exceptionThreadIds;
    {
        SqliteStatement s(db.handle(),
                          "SELECT exception_id, thread_id, timestamp_ns, type, message, escaped "
                          "FROM exceptions WHERE run_id = ? ORDER BY timestamp_ns, exception_id");
        s.bind(1, runId);
        while (s.step()) {
            ExceptionRecord e;
            e.id = s.int64(0);
            e.timestampNs = s.int64(2);
            e.type = capped(s.textView(3), kMaxNameBytes);
            e.message = capped(s.textView(4), kMaxMessageBytes);
            e.escaped = s.int64(5) != 0;
            exceptionById.emplace(e.id, static_cast<std::int32_t>(m_exceptions.size()));
            exceptionThreadIds.push_back(s.int64(1));
            m_exceptions.push_back(std::move(e));
        }
    }

    // The one pass over the calls.
    std::vector<std::int64_t> threadIds; // by first appearance
    std::vector<std::uint32_t> functionUse(allFunctions.size(), 0);
    std::vector<ChunkCall> chunk;
    std::int64_t threadId = 0;
    RunChunkReader chunks(db, runId);
    while (chunks.next(chunk, threadId)) {
        auto it = std::find(threadIds.begin(), threadIds.end(), threadId);
        if (it == threadIds.end())
            it = threadIds.insert(threadIds.end(), threadId);
        const auto known = threadRows.find(threadId);
        const bool main = known != threadRows.end() && known->second.first == "MainThread";
        const auto threadKey =
            static_cast<std::uint32_t>(it - threadIds.begin()) | (main ? 0 : kNotMainThread);
        for (const ChunkCall& in : chunk) {
            const std::int32_t row = functionRows.rowOf(in.functionId);
            if (row < 0)
                throw TraceError(TraceError::Kind::Corrupt, "the trace is damaged: call " +
                                                                std::to_string(in.callId) +
                                                                " refers to an unknown function");
            ++functionUse[static_cast<std::size_t>(row)];
            ExportCall c;
            c.startNs = in.startNs;
            c.durationNs = std::max<std::int64_t>(0, in.durationNs);
            c.selfNs = std::max<std::int64_t>(0, c.durationNs - in.childNs);
            c.callId = in.callId;
            c.parentId = in.parentId;
            c.function = static_cast<std::uint32_t>(row);
            c.thread = threadKey;
            if (in.exceptionId != ChunkCall::kNullId) {
                const auto e = exceptionById.find(in.exceptionId);
                c.exception = e == exceptionById.end() ? -1 : e->second;
            }
            m_sort->add(c);
        }
    }
    m_sort->finish();
    if (m_sort->size() == 0)
        throw TraceError(TraceError::Kind::EmptyRun,
                         "run " + std::to_string(runId) + " in '" + reader.path() + "' has no calls");

    // Threads as RunLoader orders them: by first call, then the threads table's and the exceptions'
    // others, MainThread moved first.
    const std::size_t withCalls = threadIds.size();
    auto addThread = [&](std::int64_t tid) {
        if (std::find(threadIds.begin(), threadIds.end(), tid) == threadIds.end())
            threadIds.push_back(tid);
    };
    for (const auto& [tid, row] : threadRows)
        addThread(tid);
    for (std::int64_t tid : exceptionThreadIds)
        addThread(tid);
    auto nameOf = [&](std::int64_t tid) {
        const auto it = threadRows.find(tid);
        return it == threadRows.end() ? std::string() : it->second.first;
    };
    std::vector<std::size_t> threadOrder(threadIds.size());
    for (std::size_t i = 0; i < threadOrder.size(); ++i)
        threadOrder[i] = i;
    std::stable_partition(threadOrder.begin(), threadOrder.end(),
                          [&](std::size_t t) { return nameOf(threadIds[t]) == "MainThread"; });
    std::vector<std::uint32_t> finalIndex(threadIds.size());
    std::unordered_map<std::int64_t, std::uint32_t> threadIndexById;
    for (std::size_t i = 0; i < threadOrder.size(); ++i) {
        const std::int64_t tid = threadIds[threadOrder[i]];
        finalIndex[threadOrder[i]] = static_cast<std::uint32_t>(i);
        threadIndexById[tid] = static_cast<std::uint32_t>(i);
        const auto row = threadRows.find(tid);
        const std::string name = nameOf(tid);
        m_threads.push_back({tid, name.empty() ? "Thread " + std::to_string(tid) : name,
                             row == threadRows.end() ? 0 : row->second.second});
    }
    m_callThread.assign(finalIndex.begin(), finalIndex.begin() + static_cast<std::ptrdiff_t>(withCalls));
    for (std::size_t e = 0; e < m_exceptions.size(); ++e)
        m_exceptions[e].thread = threadIndexById[exceptionThreadIds[e]];

    m_runFunction.assign(allFunctions.size(), 0);
    for (std::size_t f = 0; f < allFunctions.size(); ++f) {
        if (functionUse[f]) {
            m_runFunction[f] = static_cast<std::uint32_t>(m_functions.size());
            m_functions.push_back(std::move(allFunctions[f]));
        }
    }
    m_nameShared = RunData::sharedNames(m_functions);
} catch (const TraceError& e) {
    throw e.inFile(reader.path()); // as TraceReader's errors do
}

std::string RunExportSource::displayName(std::uint32_t function) const
{
    return function < m_functions.size() ? RunData::displayName(m_functions[function], m_nameShared[function])
                                         : "<unknown>";
}

void RunExportSource::forEachCall(const std::function<void(const ExportCall&)>& visit) const
{
    m_sort->forEach([&](const ExportCall& stored) {
        ExportCall c = stored;
        c.function = m_runFunction[c.function];
        c.thread = m_callThread[c.thread & ~kNotMainThread];
        visit(c);
    });
}

} // namespace breadcrumb
