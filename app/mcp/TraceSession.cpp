#include "TraceSession.h"

#include <system_error>

namespace breadcrumb::mcp {

namespace fs = std::filesystem;

namespace {

std::string canonicalPath(const std::string& path)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec)
        return {};
    const fs::path resolved = fs::weakly_canonical(absolute, ec);
    return (ec ? absolute : resolved).lexically_normal().string();
}

} // namespace

TraceSession::TraceSession(std::string defaultPath, std::vector<std::string> allowed)
    : m_defaultPath(std::move(defaultPath)), m_allowed(std::move(allowed))
{
}

std::string TraceSession::refusedMessage(const std::string& path) const
{
    return "'" + path + "' is not a trace this server may read: it serves " + m_defaultPath +
           " only (start it with --allow FILE to let it read another trace)";
}

std::string TraceSession::admit(const std::string& path) const
{
    const std::string canonical = canonicalPath(path);
    if (!canonical.empty()) {
        if (canonical == canonicalPath(m_defaultPath))
            return canonical;
        for (const std::string& allowed : m_allowed)
            if (canonical == canonicalPath(allowed))
                return canonical;
    }
    throw TraceError(TraceError::Kind::NotFound, refusedMessage(path));
}

std::string TraceSession::noTraceMessage(const std::string& path)
{
    std::error_code ec;
    const fs::path shown = fs::absolute(path, ec);
    return "no trace yet at " + (ec ? path : shown.string()) + " \u2014 run `breadcrumb run script.py` first";
}

TraceReader& TraceSession::reader(const std::string& requested)
{
    const std::string path = requested.empty() ? m_defaultPath : requested;
    const std::string key = admit(path); // before anything looks at the file
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        m_traces.erase(key);
        throw TraceError(TraceError::Kind::MissingFile, noTraceMessage(path));
    }
    if (fs::is_directory(status))
        throw TraceError(TraceError::Kind::NotSqlite, path + " is a directory, not a trace file");
    const auto mtime = fs::last_write_time(path, ec);
    const auto size = fs::file_size(path, ec);

    auto it = m_traces.find(key);
    // A file that shrank was replaced or cleared, and one read as complete has been written since: reopen
    // rather than trust the old connection.
    if (it != m_traces.end() && (size < it->second.size || it->second.reader->database().changedOnDisk()))
        m_traces.erase(it), it = m_traces.end();
    if (it == m_traces.end()) {
        try {
            OpenTrace open{std::make_unique<TraceReader>(path), mtime, size};
            it = m_traces.emplace(key, std::move(open)).first;
        } catch (const TraceError& e) {
            if (e.kind() == TraceError::Kind::MissingFile)
                throw TraceError(TraceError::Kind::MissingFile, noTraceMessage(path));
            throw;
        }
    } else {
        it->second.mtime = mtime;
        it->second.size = size;
    }
    return *it->second.reader;
}

TraceSession::CachedRun* TraceSession::cacheEntry(const std::string& path, std::int64_t id,
                                                  const RunInfo& info)
{
    const auto key = std::make_pair(admit(path), id);
    if (auto it = m_runs.find(key); it != m_runs.end()) {
        if (it->second.startNs == info.startNs && it->second.callCount == info.callCount &&
            info.status != "running") {
            it->second.lastUse = ++m_uses;
            return &it->second;
        }
        m_runs.erase(it);
    }
    if (info.status == "running")
        return nullptr;
    if (m_runs.size() >= kCachedRuns) {
        auto oldest = m_runs.begin();
        for (auto i = m_runs.begin(); i != m_runs.end(); ++i)
            if (i->second.lastUse < oldest->second.lastUse)
                oldest = i;
        m_runs.erase(oldest);
    }
    return &(m_runs[key] = CachedRun{{}, {}, info.startNs, info.callCount, ++m_uses});
}

template <typename T, typename Make>
std::shared_ptr<const T> TraceSession::cached(const std::string& requested, std::optional<std::int64_t> runId,
                                              std::shared_ptr<const T> CachedRun::*slot, Make make)
{
    const std::string path = requested.empty() ? m_defaultPath : requested;
    TraceReader& r = reader(path);
    const std::int64_t id = runId ? *runId : r.newestRunId();
    const RunInfo info = r.run(id);
    CachedRun* entry = cacheEntry(path, id, info);
    if (entry && entry->*slot)
        return entry->*slot;
    const std::atomic_bool* cancel = m_cancel;
    std::shared_ptr<const T> made =
        make(r, id, [cancel](std::int64_t, std::int64_t) { return !(cancel && cancel->load()); });
    if (entry)
        entry->*slot = made;
    return made;
}

std::shared_ptr<const RunData> TraceSession::loadRun(const std::string& requested,
                                                     std::optional<std::int64_t> runId)
{
    return cached(requested, runId, &CachedRun::data,
                  [](TraceReader& r, std::int64_t id, auto progress) { return r.loadRun(id, progress); });
}

std::shared_ptr<const RunAnalysis> TraceSession::analyzeRun(const std::string& requested,
                                                            std::optional<std::int64_t> runId)
{
    return cached(requested, runId, &CachedRun::analysis, [](TraceReader& r, std::int64_t id, auto progress) {
        return std::make_shared<const RunAnalysis>(r, id, progress);
    });
}

} // namespace breadcrumb::mcp
