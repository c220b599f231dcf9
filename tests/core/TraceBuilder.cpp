#include "TraceBuilder.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string quote(const std::string& text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    return out + "'";
}

std::string opt(const std::optional<std::int64_t>& value)
{
    return value ? std::to_string(*value) : "NULL";
}

} // namespace

std::string TraceBuilder::schemaDir()
{
    return BREADCRUMB_SCHEMA_DIR;
}

bool TraceBuilder::generate(const std::string& path, const std::string& arguments)
{
    const std::string command = std::string("'") + BREADCRUMB_PYTHON + "' '" + BREADCRUMB_GEN_TRACE + "' '" +
                                path + "' --quiet " + arguments;
    return std::system(command.c_str()) == 0;
}

TraceBuilder::TraceBuilder(const std::string& path)
{
    std::remove(path.c_str());
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
        throw std::runtime_error("cannot create " + path);
    exec("PRAGMA synchronous = OFF"); // fixtures need no durability; keeps the tests fast
    exec(readFile(schemaDir() + "/schema.sql"));
    exec("PRAGMA user_version = 101");
}

TraceBuilder::~TraceBuilder()
{
    sqlite3_close(m_db);
}

void TraceBuilder::exec(const std::string& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error(message + " in: " + sql.substr(0, 200));
    }
}

std::int64_t TraceBuilder::addFunction(const std::string& name, const std::string& module, int line)
{
    exec("INSERT INTO functions(name, module, file, line) VALUES (" + quote(name) + ", " + quote(module) +
         ", " + quote("/src/" + module + ".py") + ", " + std::to_string(line) + ")");
    return sqlite3_last_insert_rowid(m_db);
}

void TraceBuilder::addRun(std::int64_t runId, std::int64_t startNs, std::optional<std::int64_t> endNs,
                          const std::string& status, std::int64_t pid, const std::string& host,
                          std::optional<std::int64_t> heartbeatNs)
{
    exec("INSERT INTO runs(run_id, command_line, python_version, cwd, hostname, pid, start_ns, end_ns, "
         "started_at, "
         "heartbeat_ns, status, exit_code) VALUES (" +
         std::to_string(runId) + ", 'python main.py', '3.12.1', '/src', " + quote(host) + ", " +
         std::to_string(pid) + ", " + std::to_string(startNs) + ", " + opt(endNs) + ", 'x', " +
         opt(heartbeatNs) + ", " + quote(status) + ", " + (status == "completed" ? "0" : "NULL") + ")");
}

void TraceBuilder::addThread(std::int64_t runId, std::int64_t threadId, const std::string& name)
{
    exec("INSERT INTO threads(run_id, thread_id, native_id, name) VALUES (" + std::to_string(runId) + ", " +
         std::to_string(threadId) + ", 1, " + quote(name) + ")");
}

void TraceBuilder::addCall(std::int64_t callId, std::int64_t runId, std::optional<std::int64_t> parentId,
                           std::int64_t functionId, std::int64_t startNs, std::int64_t durationNs,
                           std::int64_t threadId, std::optional<std::int64_t> exceptionId)
{
    m_calls.push_back({callId, runId, parentId, functionId, startNs, durationNs, threadId, exceptionId});
}

void TraceBuilder::addException(std::int64_t exceptionId, std::int64_t runId, std::int64_t callId,
                                std::int64_t timestampNs, const std::string& type, const std::string& message,
                                bool escaped, std::int64_t threadId)
{
    exec("INSERT INTO exceptions(exception_id, run_id, call_id, thread_id, timestamp_ns, type, message, "
         "traceback, "
         "escaped) VALUES (" +
         std::to_string(exceptionId) + ", " + std::to_string(runId) + ", " + std::to_string(callId) + ", " +
         std::to_string(threadId) + ", " + std::to_string(timestampNs) + ", " + quote(type) + ", " +
         quote(message) + ", 'Traceback', " + (escaped ? "1" : "0") + ")");
}

void TraceBuilder::addValues(std::int64_t callId, const std::string& args, const std::string& returnValue)
{
    exec("INSERT INTO call_values(call_id, args, return_value) VALUES (" + std::to_string(callId) + ", " +
         quote(args) + ", " + quote(returnValue) + ")");
}

void TraceBuilder::finish()
{
    // Calls are written once they are complete, as the tracer writes finished calls: format 1.1 keeps them in
    // chunks behind a view, which takes inserts (a chunk per call) but no updates.
    std::map<std::int64_t, std::int64_t> childNs, parentOf;
    for (const Call& c : m_calls) {
        if (c.parentId) {
            childNs[*c.parentId] += c.durationNs;
            parentOf[c.callId] = *c.parentId;
        }
    }
    auto depthOf = [&](std::int64_t id) {
        std::int64_t depth = 0;
        for (auto it = parentOf.find(id);
             it != parentOf.end() && depth <= static_cast<std::int64_t>(m_calls.size());
             it = parentOf.find(it->second))
            ++depth;
        return depth;
    };
    exec("BEGIN");
    for (const Call& c : m_calls) {
        exec("INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, depth, start_ns, "
             "duration_ns, "
             "child_ns, exception_id) VALUES (" +
             std::to_string(c.callId) + ", " + std::to_string(c.runId) + ", " + opt(c.parentId) + ", " +
             std::to_string(c.functionId) + ", " + std::to_string(c.threadId) + ", " +
             std::to_string(depthOf(c.callId)) + ", " + std::to_string(c.startNs) + ", " +
             std::to_string(c.durationNs) + ", " + std::to_string(childNs[c.callId]) + ", " +
             opt(c.exceptionId) + ")");
    }
    exec("COMMIT");
    exec(readFile(schemaDir() + "/indexes.sql"));
    sqlite3_close(m_db);
    m_db = nullptr;
}
