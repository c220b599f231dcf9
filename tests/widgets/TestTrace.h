#pragma once
// Writes small real trace files (tracer/schema.sql + indexes.sql, user_version 101) whose calls the test
// spells out, then loads them through the core's TraceReader, as the viewer does.

#include "CallTree.h"
#include "RunData.h"

#include <QString>

class QWidget;

#include <memory>
#include <string>
#include <vector>

namespace breadcrumb::test {

class TestTrace
{
public:
    static constexpr Nanos kRunStartNs = 1795516245'123000000; // 2026-11-24T10:30:45.123 UTC

    int addFunction(const std::string& name, const std::string& module = "__main__");
    int addThread(std::int64_t threadId, const std::string& name);
    // A finished call; times in ms since the run start. Returns its index for `parent` of later calls.
    int call(int function, int thread, double startMs, double durationMs, int parent = -1);
    // A coroutine or generator: the call ran only `selfMs` of its own besides its children (child_ns is then
    // its duration minus that); call after adding its children.
    void setSelf(int call, double selfMs);

    // Writes the file (into `dir`) and returns its path.
    std::string write(const QString& dir, const QString& fileName = QStringLiteral("trace.db")) const;

    // The scenario most widget tests use (see TestTrace.cpp): a main thread running main() with
    // slow_function x3 (each calling fast_function twice) and compute x20 (1..20 ms), and a worker
    // thread running worker_task() with parse x4.
    static TestTrace standard();
    // The same program, "after" an optimisation (slow_function 60 ms, compute faster, parse gone,
    // cache_lookup new), for comparisons.
    static TestTrace optimized();

private:
    struct Function
    {
        std::string name, module;
    };
    struct Thread
    {
        std::int64_t id;
        std::string name;
    };
    struct Call
    {
        int function, thread, parent, depth;
        Nanos start, duration, child = 0;
    };
    std::vector<Function> m_functions;
    std::vector<Thread> m_threads;
    std::vector<Call> m_calls;
};

// TraceReader(path).loadRun(newest run); throws TraceError (QtTest reports it as a failure).
std::shared_ptr<const RunData> loadNewestRun(const std::string& path);
std::shared_ptr<const CallTree> topDownTree(const RunData& run);
// The index of a function by name, or -1.
int functionIndex(const RunData& run, const std::string& name);
// Call indices of a function, in start order.
std::vector<std::uint32_t> callsOf(const RunData& run, const std::string& name);

// Saves widget->grab() as ${BUILD}/screenshots/widgets-<name>.png; returns the path.
QString saveScreenshot(QWidget* widget, const QString& name);

} // namespace breadcrumb::test
