#pragma once
// The trace files the server reads: opens them read-only on demand, keeps them open between calls and
// caches loaded runs (a finished run never changes, so a cached copy stays valid while its identity holds).
//
// A confinement: the client (driven by a model, so by whatever text the model read) names paths, and it
// may read only the served trace and the files allowed on the command line (`--allow`). Paths are
// compared canonically (symbolic links, "..", relative spellings resolved), a refused path gets the same
// answer whether it exists or not, and at most one connection per allowed file is ever open.

#include "RunAnalysis.h"
#include "TraceReader.h"

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace breadcrumb::mcp {

class TraceSession
{
public:
    explicit TraceSession(std::string defaultPath, std::vector<std::string> allowed = {});

    const std::string& defaultPath() const { return m_defaultPath; }

    // The reader for `path` (the default trace when empty). Throws TraceError; a missing file gives
    // noTraceMessage().
    TraceReader& reader(const std::string& path = {});
    // The run `runId` of `path`, or its newest run. Throws TraceError (NoSuchRun, ...).
    std::shared_ptr<const RunData> loadRun(const std::string& path, std::optional<std::int64_t> runId);
    // The performance figures of that run, streamed without loading it (RunAnalysis). Throws as loadRun.
    std::shared_ptr<const RunAnalysis> analyzeRun(const std::string& path, std::optional<std::int64_t> runId);

    static std::string noTraceMessage(const std::string& path);
    // The one answer for a path outside the confinement, whether or not it exists.
    std::string refusedMessage(const std::string& path) const;

    // Set while a request runs: becomes true when the client cancels it (notifications/cancelled).
    // Tools hand it to queries, run loading and call-tree building.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    const std::atomic_bool* cancelFlag() const { return m_cancel; }

private:
    // The canonical form of `path` when the session may read it; throws TraceError(NotFound) otherwise.
    std::string admit(const std::string& path) const;

    struct OpenTrace
    {
        std::unique_ptr<TraceReader> reader;
        std::filesystem::file_time_type mtime;
        std::uintmax_t size = 0;
    };
    struct CachedRun
    {
        std::shared_ptr<const RunData> data;         // each made when first asked for
        std::shared_ptr<const RunAnalysis> analysis; // (a few kilobytes)
        Nanos startNs = 0;
        std::int64_t callCount = 0;
        std::uint64_t lastUse = 0;
    };
    static constexpr std::size_t kCachedRuns = 4; // a 1M-call run takes about 60 MB

    // The cache entry of run `id` of `path` (its reader opened), emptied when the run has changed since;
    // nullptr for a run still being written, which is never cached.
    CachedRun* cacheEntry(const std::string& path, std::int64_t id, const RunInfo& info);
    // `slot` of the run's cache entry, made by make(reader, id, progress) when missing (loadRun, analyzeRun).
    template <typename T, typename Make>
    std::shared_ptr<const T> cached(const std::string& requested, std::optional<std::int64_t> runId,
                                    std::shared_ptr<const T> CachedRun::*slot, Make make);

    std::string m_defaultPath;
    std::vector<std::string> m_allowed; // as given; canonicalised at each check (a file may appear later)
    const std::atomic_bool* m_cancel = nullptr;
    std::map<std::string, OpenTrace> m_traces;
    std::map<std::pair<std::string, std::int64_t>, CachedRun> m_runs;
    std::uint64_t m_uses = 0;
};

} // namespace breadcrumb::mcp
