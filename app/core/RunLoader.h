#pragma once
// Reads one run of a trace into a RunData, one named step after the other (TraceReader::loadRun runs
// them inside one read snapshot). One loader per load; not part of the library's interface.

#include "KeyIndex.h"
#include "RunData.h"
#include "TraceDatabase.h"
#include "TraceReader.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace breadcrumb {

class RunLoader
{
public:
    RunLoader(TraceDatabase& db, const std::string& path, std::int64_t runId,
              const TraceReader::Progress& progress, const LoadOptions& options);

    // `info` is the run's row (TraceReader::run). Throws TraceError: EmptyRun, Corrupt, Interrupted.
    std::shared_ptr<RunData> load(RunInfo info);

private:
    void readExtent();
    void readFunctions();
    void readChunkedCalls();
    void readCallRows();
    void linkParents();
    void sortByStart();
    void keepUsedFunctions();
    void readThreads();
    void readExceptions();
    void orderThreads();
    void finish();
    void indexIds();

    std::uint32_t threadIndex(std::int64_t threadId);
    // Reports progress; throws TraceError(Interrupted) when the caller asks to stop.
    void report(std::int64_t done) const;

    TraceDatabase& m_db;
    const std::string& m_path;
    std::int64_t m_runId;
    const TraceReader::Progress& m_progress;
    LoadOptions m_options;

    std::shared_ptr<RunData> m_data;
    std::int64_t m_total = 0;        // calls the run claims (capped by what the file can hold)
    std::int64_t m_lo = 0, m_hi = 0; // its call_id range

    // Every function of the file in id order (a few thousand at most); the run keeps the ones it uses.
    std::vector<FunctionInfo> m_allFunctions;
    KeyIndex m_functionIds;                   // function_id -> index into m_allFunctions
    std::vector<std::uint32_t> m_functionUse; // calls per function of m_allFunctions

    // What reading the calls yields besides RunData::calls, until the later steps have used it.
    std::vector<std::int64_t> m_parentIds;                                // per call: the caller's call_id
    std::vector<std::pair<std::uint32_t, std::int64_t>> m_callExceptions; // (call index, exception_id)
    std::vector<std::int64_t> m_threadIds;                                // thread index -> thread_id
    std::unordered_map<std::int64_t, std::string> m_threadNames;
    std::unordered_map<std::int64_t, std::int64_t> m_nativeIds;
    KeyIndex m_callIds; // call_id -> index into RunData::calls
};

} // namespace breadcrumb
