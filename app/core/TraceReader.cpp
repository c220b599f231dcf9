#include "TraceReader.h"

#include "ChunkDecoder.h"
#include "RunLoader.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <unistd.h>
#include <unordered_map>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace breadcrumb {

namespace {

using Kind = TraceError::Kind;

// A 'running' run is only believed while its writer shows signs of life.
constexpr Nanos kHeartbeatTimeoutNs = 10'000'000'000;

std::string thisHost()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

Nanos nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// lastSignNs: heartbeat_ns, or start_ns while the writer has not committed a heartbeat yet.
std::string effectiveStatus(const std::string& status, const std::string& host, std::int64_t pid,
                            Nanos lastSignNs)
{
    if (status != "running")
        return status;
    if (pid > 0 && !host.empty() && host == thisHost() && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
        errno == ESRCH)
        return "crashed";
    if (nowNs() - lastSignNs > kHeartbeatTimeoutNs)
        return "crashed";
    return "running";
}

// A 1.1 file has no parent_run_id: NULL in its place reads every run as a root.
std::string runColumns(bool parentRuns)
{
    return std::string("SELECT run_id, command_line, python_version, cwd, hostname, pid, start_ns, end_ns, "
                       "heartbeat_ns, status, exit_code, ") +
           (parentRuns ? "parent_run_id" : "NULL") + " FROM runs";
}

RunInfo readRun(const SqliteStatement& s)
{
    RunInfo info;
    info.id = s.int64(0);
    info.commandLine = s.text(1);
    info.pythonVersion = s.text(2);
    info.cwd = s.text(3);
    const std::string host = s.text(4);
    const std::int64_t pid = s.isNull(5) ? 0 : s.int64(5);
    info.startNs = s.int64(6);
    info.endNs = s.isNull(7) ? 0 : s.int64(7);
    const Nanos lastSign = s.isNull(8) ? info.startNs : s.int64(8);
    info.status = effectiveStatus(s.text(9), host, pid, lastSign);
    if (!s.isNull(10))
        info.exitCode = static_cast<int>(s.int64(10));
    info.parentRunId = s.isNull(11) ? 0 : s.int64(11);
    return info;
}

Nanos lastCallEnd(sqlite3* db, bool chunked, std::int64_t runId)
{
    if (!chunked) {
        SqliteStatement s(db, "SELECT max(start_ns + duration_ns) FROM calls WHERE run_id = ?");
        s.bind(1, runId);
        return s.step() && !s.isNull(0) ? s.int64(0) : 0;
    }
    // A thread's chunks are written in finish order, so its last chunk holds its latest end: decode only
    // those.
    SqliteStatement s(db, "SELECT chunk_id, base_ns, rows FROM call_chunks WHERE chunk_id IN "
                          "(SELECT max(chunk_id) FROM call_chunks WHERE run_id = ? GROUP BY thread_id)");
    s.bind(1, runId);
    Nanos end = 0;
    std::vector<ChunkCall> calls;
    while (s.step()) {
        calls.clear();
        ChunkDecoder::decode(s.textView(2), s.int64(1), s.int64(0), calls);
        for (const auto& c : calls)
            end = std::max(end, c.startNs + c.durationNs);
    }
    return end;
}

template <typename F> auto namingFile(const std::string& path, F&& body)
{
    try {
        return body();
    } catch (const TraceError& e) {
        throw e.inFile(path);
    }
}

} // namespace

TraceReader::TraceReader(const std::string& path) : m_path(path), m_db(std::make_unique<TraceDatabase>(path))
{
    // The format's tables are tables: a file that makes one of them a view (an endless recursive one,
    // say) would run its own code in every read the analyses make.
    auto guard = m_db->lock();
    SqliteStatement s(m_db->handle(),
                      std::string("SELECT name FROM main.sqlite_master WHERE type = 'view' AND name IN "
                                  "('runs', 'functions', 'threads', 'exceptions', 'call_chunks', "
                                  "'call_values', 'untraced_calls', 'function_summaries'") +
                          (m_db->hasCallChunks() ? ")" : ", 'calls')"));
    if (s.step())
        throw TraceError(Kind::NotATrace, "'" + path + "' is not a Breadcrumb trace: its " + s.text(0) +
                                              " is a view, where the format has a table");
}

const std::string& TraceReader::path() const
{
    return m_path;
}

TraceDatabase& TraceReader::database()
{
    return *m_db;
}

std::vector<RunInfo> TraceReader::runs() const
{
    return namingFile(m_path, [&] {
        std::vector<RunInfo> out;
        m_db->readSnapshot([&] { out = listRuns(); });
        return out;
    });
}

std::vector<RunInfo> TraceReader::listRuns() const
{
    sqlite3* db = m_db->handle();
    std::unordered_map<std::int64_t, std::int64_t> calls, exceptions, threads;
    auto count = [db](const std::string& sql, std::unordered_map<std::int64_t, std::int64_t>& into) {
        SqliteStatement s(db, sql);
        while (s.step())
            into[s.int64(0)] = s.int64(1);
    };
    count(m_db->hasCallChunks() ? "SELECT run_id, sum(n) FROM call_chunks GROUP BY run_id"
                                : "SELECT run_id, count(*) FROM calls GROUP BY run_id",
          calls);
    count("SELECT run_id, count(*) FROM exceptions WHERE " + notCleanSystemExitSql() + " GROUP BY run_id",
          exceptions);
    count("SELECT run_id, count(*) FROM threads GROUP BY run_id", threads);
    std::vector<RunInfo> out;
    SqliteStatement s(db, runColumns(m_db->hasParentRuns()) + " ORDER BY start_ns DESC, run_id DESC");
    while (s.step()) {
        RunInfo info = readRun(s);
        info.callCount = calls[info.id];
        info.exceptionCount = exceptions[info.id];
        info.threadCount = threads[info.id];
        out.push_back(std::move(info));
    }
    for (auto& info : out) {
        if (info.endNs == 0 && info.callCount > 0)
            info.endNs = lastCallEnd(db, m_db->hasCallChunks(), info.id);
    }
    return out;
}

std::int64_t TraceReader::newestRunId() const
{
    return namingFile(m_path, [&] {
        auto guard = m_db->lock();
        SqliteStatement s(m_db->handle(),
                          "SELECT run_id FROM runs ORDER BY start_ns DESC, run_id DESC LIMIT 1");
        if (!s.step())
            throw TraceError(Kind::NoSuchRun, "'" + m_path + "' holds no runs yet");
        return s.int64(0);
    });
}

RunInfo TraceReader::run(std::int64_t runId) const
{
    return namingFile(m_path, [&] {
        RunInfo info;
        m_db->readSnapshot([&] { info = readRunInfo(runId); });
        return info;
    });
}

RunInfo TraceReader::readRunInfo(std::int64_t runId) const
{
    sqlite3* db = m_db->handle();
    SqliteStatement s(db, runColumns(m_db->hasParentRuns()) + " WHERE run_id = ?");
    s.bind(1, runId);
    if (!s.step())
        throw TraceError(Kind::NoSuchRun, "'" + m_path + "' has no run " + std::to_string(runId));
    RunInfo info = readRun(s);
    auto count = [&](const std::string& sql) {
        SqliteStatement c(db, sql);
        c.bind(1, runId);
        return c.step() ? c.int64(0) : 0;
    };
    info.callCount =
        count(m_db->hasCallChunks() ? "SELECT coalesce(sum(n), 0) FROM call_chunks WHERE run_id = ?"
                                    : "SELECT count(*) FROM calls WHERE run_id = ?");
    info.exceptionCount =
        count("SELECT count(*) FROM exceptions WHERE run_id = ? AND " + notCleanSystemExitSql());
    info.threadCount = count("SELECT count(*) FROM threads WHERE run_id = ?");
    if (info.endNs == 0 && info.callCount > 0)
        info.endNs = lastCallEnd(db, m_db->hasCallChunks(), runId);
    return info;
}

std::shared_ptr<const RunData> TraceReader::loadRun(std::int64_t runId, const Progress& progress,
                                                    const LoadOptions& options) const
{
    return namingFile(m_path, [&] {
        std::shared_ptr<const RunData> data;
        m_db->readSnapshot(
            [&] { data = RunLoader(*m_db, m_path, runId, progress, options).load(run(runId)); });
#ifdef __GLIBC__
        malloc_trim(0); // hand the loader's temporary buffers back: the viewer's resident size is budgeted
#endif
        return data;
    });
}

std::string defaultTracePath()
{
    if (const char* env = std::getenv("BREADCRUMB_DB"); env && *env)
        return env;
    return ".breadcrumb/traces.db";
}

} // namespace breadcrumb
