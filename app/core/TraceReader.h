#pragma once
// Opens a trace file read-only, validates it, lists its runs and loads one into a RunData.

#include "RunData.h"
#include "TraceDatabase.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace breadcrumb {

struct LoadOptions
{
    // A run of at least this many calls is read on more than one thread when the machine has the cores:
    // a 1.1 file's chunks are decoded by helper threads, a 1.0 file (one `calls` table) is read as two id
    // ranges on two connections. Tests lower it to exercise the split on small runs, and raise it to get
    // the single-threaded result to compare with.
    std::int64_t splitFromCalls = 200'000;
};

class TraceReader
{
public:
    // progress(done, total) is called now and then during loadRun; returning false cancels the load
    // (loadRun then throws TraceError(Kind::Interrupted)).
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    // Throws TraceError: MissingFile, NotSqlite, NotATrace, NewerFormat, Corrupt.
    explicit TraceReader(const std::string& path);

    const std::string& path() const;
    TraceDatabase& database();

    // Newest first. Effective status (a 'running' run whose writer is gone reports 'crashed').
    std::vector<RunInfo> runs() const;
    // Newest run id; throws TraceError(NoSuchRun) when the file holds no run.
    std::int64_t newestRunId() const;
    // Throws NoSuchRun for an unknown id.
    RunInfo run(std::int64_t runId) const;

    std::shared_ptr<const RunData> loadRun(std::int64_t runId, const Progress& progress = {},
                                           const LoadOptions& options = {}) const;

private:
    std::vector<RunInfo> listRuns() const;
    RunInfo readRunInfo(std::int64_t runId) const;

    std::string m_path;
    std::unique_ptr<TraceDatabase> m_db;
};

// "FILE", "FILE:RUN" or "RUN" (a run id in the default trace) as the CLI's compare takes them; a side of a
// comparison can also pool several runs: "FILE:FIRST-LAST", "FIRST-LAST", "FILE:all" or "all".
struct RunRef
{
    std::string file;
    std::optional<std::int64_t> run;     // FILE:RUN, or the first of a range
    std::optional<std::int64_t> lastRun; // set for a range FIRST-LAST (inclusive)
    bool allRuns = false;                // FILE:all
    static RunRef parse(const std::string& text, const std::string& defaultFile);
    bool isSeveral() const { return lastRun.has_value() || allRuns; }
    // The run ids meant, oldest first: the newest run when none is named, the existing runs of a range
    // or of "all". Throws TraceError(NoSuchRun) for an unknown run or a range that holds none.
    std::vector<std::int64_t> resolve(const TraceReader& reader) const;
};

// .breadcrumb/traces.db in the working directory unless BREADCRUMB_DB is set.
std::string defaultTracePath();

} // namespace breadcrumb
