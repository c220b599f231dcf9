#include "TestTrace.h"

#include "TraceReader.h"

#include <cmath>
#include <QDir>
#include <QFile>
#include <QWidget>
#include <sqlite3.h>
#include <stdexcept>

namespace breadcrumb::test {

namespace {

Nanos ms(double value)
{
    return static_cast<Nanos>(std::llround(value * 1e6));
}

std::string readFile(const char* path)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string("cannot read ") + path);
    return file.readAll().toStdString();
}

// Small RAII pair for the writer side; the test owns no other SQLite handle.
struct Db
{
    sqlite3* db = nullptr;
    explicit Db(const std::string& path)
    {
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
            throw std::runtime_error("cannot create " + path);
    }
    ~Db() { sqlite3_close(db); }
    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "unknown error";
            sqlite3_free(error);
            throw std::runtime_error(message + " in: " + sql.substr(0, 120));
        }
    }
};

std::string quote(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace

int TestTrace::addFunction(const std::string& name, const std::string& module)
{
    m_functions.push_back({name, module});
    return static_cast<int>(m_functions.size()) - 1;
}

int TestTrace::addThread(std::int64_t threadId, const std::string& name)
{
    m_threads.push_back({threadId, name});
    return static_cast<int>(m_threads.size()) - 1;
}

int TestTrace::call(int function, int thread, double startMs, double durationMs, int parent)
{
    Call c{function, thread, parent, parent < 0 ? 0 : m_calls[parent].depth + 1, ms(startMs), ms(durationMs)};
    if (parent >= 0)
        m_calls[parent].child += c.duration;
    m_calls.push_back(c);
    return static_cast<int>(m_calls.size()) - 1;
}

void TestTrace::setSelf(int call, double selfMs)
{
    m_calls[call].child = m_calls[call].duration - ms(selfMs);
}

std::string TestTrace::write(const QString& dir, const QString& fileName) const
{
    const std::string path = QDir(dir).filePath(fileName).toStdString();
    QFile::remove(QString::fromStdString(path));
    Db db(path);
    db.exec(readFile(BREADCRUMB_SCHEMA_SQL));
    db.exec(readFile(BREADCRUMB_INDEXES_SQL));
    db.exec("PRAGMA user_version = 101");
    db.exec("BEGIN");
    Nanos end = 0;
    for (const Call& c : m_calls)
        end = std::max(end, c.start + c.duration);
    db.exec(
        "INSERT INTO runs (run_id, command_line, python_version, cwd, pid, start_ns, end_ns, started_at, "
        "ended_at, status, exit_code) VALUES (1, 'python3 app.py', '3.11.2', '/home/dev/project', 4242, " +
        std::to_string(kRunStartNs) + ", " + std::to_string(kRunStartNs + end) +
        ", '2026-11-24T10:30:45.123000', '2026-11-24T10:30:46.123000', 'completed', 0)");
    for (std::size_t f = 0; f < m_functions.size(); ++f)
        db.exec("INSERT INTO functions (function_id, name, module, file, line, kind) VALUES (" +
                std::to_string(f + 1) + ", " + quote(m_functions[f].name) + ", " +
                quote(m_functions[f].module) + ", '/home/dev/project/app.py', " +
                std::to_string(10 * (f + 1)) + ", 'function')");
    for (const Thread& t : m_threads)
        db.exec("INSERT INTO threads (run_id, thread_id, native_id, name) VALUES (1, " +
                std::to_string(t.id) + ", " + std::to_string(t.id + 1000) + ", " + quote(t.name) + ")");
    // call_id increases with start order, as the tracer assigns it.
    std::vector<std::size_t> order(m_calls.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return m_calls[a].start < m_calls[b].start; });
    std::vector<std::int64_t> idOf(m_calls.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        idOf[order[i]] = static_cast<std::int64_t>(i + 1);
    for (std::size_t i = 0; i < m_calls.size(); ++i) {
        const Call& c = m_calls[i];
        db.exec("INSERT INTO calls (call_id, run_id, parent_id, function_id, thread_id, depth, start_ns, "
                "duration_ns, child_ns) VALUES (" +
                std::to_string(idOf[i]) + ", 1, " + (c.parent < 0 ? "NULL" : std::to_string(idOf[c.parent])) +
                ", " + std::to_string(c.function + 1) + ", " + std::to_string(m_threads[c.thread].id) + ", " +
                std::to_string(c.depth) + ", " + std::to_string(kRunStartNs + c.start) + ", " +
                std::to_string(c.duration) + ", " + std::to_string(c.child) + ")");
    }
    db.exec("COMMIT");
    return path;
}

namespace {

// The shape both runs share; the optimized run is faster everywhere and looks up a cache instead of parsing.
struct RunShape
{
    double mainMs, slowStep, slowMs, secondFastOffset, computeStart, computeStep, computeScale, workerMs;
    const char* leafName;
    const char* leafModule;
    double leafStep, leafMs;
};

TestTrace build(const RunShape& s)
{
    TestTrace t;
    const int main = t.addFunction("main");
    const int slow = t.addFunction("slow_function");
    const int fast = t.addFunction("fast_function");
    const int compute = t.addFunction("compute", "app.compute");
    const int worker = t.addFunction("worker_task", "app.pipeline");
    const int leaf = t.addFunction(s.leafName, s.leafModule);
    const int mainThread = t.addThread(140001, "MainThread");
    const int workerThread = t.addThread(140002, "Worker-1");

    const int root = t.call(main, mainThread, 0, s.mainMs);
    for (int i = 0; i < 3; ++i) {
        const double start = 10 + s.slowStep * i;
        const int slowCall = t.call(slow, mainThread, start, s.slowMs, root);
        t.call(fast, mainThread, start + 10, 20, slowCall);
        t.call(fast, mainThread, start + s.secondFastOffset, 20, slowCall);
    }
    for (int i = 0; i < 20; ++i)
        t.call(compute, mainThread, s.computeStart + s.computeStep * i, (i + 1) * s.computeScale, root);
    const int w = t.call(worker, workerThread, 100, s.workerMs);
    for (int i = 0; i < 4; ++i)
        t.call(leaf, workerThread, 110 + s.leafStep * i, s.leafMs, w);
    return t;
}

} // namespace

TestTrace TestTrace::standard()
{
    // compute takes 1..20 ms
    return build({1000, 120, 100, 50, 400, 25, 1.0, 500, "parse", "app.io", 110, 100});
}

TestTrace TestTrace::optimized()
{
    return build({700, 80, 60, 35, 300, 20, 0.5, 300, "cache_lookup", "app.cache", 70, 50});
}

std::shared_ptr<const RunData> loadNewestRun(const std::string& path)
{
    TraceReader reader(path);
    return reader.loadRun(reader.newestRunId());
}

std::shared_ptr<const CallTree> topDownTree(const RunData& run)
{
    return std::make_shared<const CallTree>(CallTree::build(run, CallTree::Direction::TopDown));
}

int functionIndex(const RunData& run, const std::string& name)
{
    for (std::size_t f = 0; f < run.functions.size(); ++f)
        if (run.functions[f].name == name)
            return static_cast<int>(f);
    return -1;
}

std::vector<std::uint32_t> callsOf(const RunData& run, const std::string& name)
{
    const int f = functionIndex(run, name);
    if (f < 0)
        return {};
    const auto calls = run.callsOf(static_cast<std::uint32_t>(f));
    return {calls.begin(), calls.end()};
}

QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(BREADCRUMB_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("widgets-%1.png").arg(name));
    widget->grab().save(path);
    return path;
}

} // namespace breadcrumb::test
