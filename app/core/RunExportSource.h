#pragma once
// A run as the exports read it: the run's functions, threads and exceptions in memory (as RunData has
// them: the same order, names and display names), and its calls streamed in a chosen order without ever
// holding them all. Construction reads every chunk once (RunChunkReader), keeps a 56-byte ExportCall per
// call in an ExternalCallSort (bounded buffer, sorted runs spilled to a temporary file) and forEachCall()
// merges them. Memory: the sort's two buffers (2 * sortBufferCalls * 56 bytes, 28 MB by default) plus the
// functions and exceptions of the run. Above ~30 M calls the merge's read blocks outgrow the buffer it frees:
// 112 KB per sorted run of sortBufferCalls calls (22 MB at 50 M, where an export peaks at 82 MB).

#include "ExternalCallSort.h"
#include "RunData.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace breadcrumb {

class TraceReader;

class RunExportSource
{
public:
    // ByStart: (start_ns, call_id), RunData::calls' order; ByThread: threads in threads() order, then
    // (start_ns, call_id) within each.
    using Order = ExternalCallSort::Order;
    static constexpr std::size_t kDefaultSortBufferCalls = std::size_t{1} << 18;

    // Throws TraceError: NoSuchRun, EmptyRun, Corrupt (a call of an unknown function, a chunk that does not
    // decode), Interrupted (the temporary file failed).
    RunExportSource(TraceReader& reader, std::int64_t runId, Order order,
                    std::size_t sortBufferCalls = kDefaultSortBufferCalls);

    const RunInfo& run() const { return m_run; }
    std::int64_t pid() const { return m_pid; } // runs.pid, 0 when unknown
    std::int64_t callCount() const { return static_cast<std::int64_t>(m_sort->size()); }
    const std::vector<FunctionInfo>& functions() const { return m_functions; } // the run's, in id order
    std::string displayName(std::uint32_t function) const;                     // RunData::displayName's rule
    const std::vector<ThreadInfo>& threads() const { return m_threads; }       // MainThread first, as RunData
    // Ordered by (timestamp_ns, exception_id); tracebacks are not read. `thread` indexes threads().
    const std::vector<ExceptionRecord>& exceptions() const { return m_exceptions; }
    std::size_t spilledRuns() const { return m_sort->spilledRuns(); }

    // Every call once, in the order asked for; function/thread/exception index the vectors above.
    void forEachCall(const std::function<void(const ExportCall&)>& visit) const;

private:
    RunInfo m_run;
    std::int64_t m_pid = 0;
    std::vector<FunctionInfo> m_functions;
    std::vector<bool> m_nameShared;
    std::vector<ThreadInfo> m_threads;
    std::vector<ExceptionRecord> m_exceptions;
    std::vector<std::uint32_t> m_runFunction; // the file's function row -> index into m_functions
    std::vector<std::uint32_t> m_callThread;  // first-appearance index -> index into m_threads
    std::unique_ptr<ExternalCallSort> m_sort;
};

} // namespace breadcrumb
