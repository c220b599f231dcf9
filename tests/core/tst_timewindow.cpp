// RunningParts (when a suspended coroutine or generator ran) and TimeWindow (a run restricted to a time
// range, with the clip rule of tracer/FORMAT.md) on hand-made runs whose answers are worked out in the
// comments, and on the traces of a real program (time_program.py: asyncio tasks, generators, threads,
// recursion).

#include "FunctionStats.h"
#include "RunningParts.h"
#include "TimeWindow.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <algorithm>
#include <map>
#include <QtTest>

using namespace breadcrumb;

namespace {

struct HandCall
{
    std::uint32_t function;
    std::int32_t parent;
    double start;     // ms
    double duration;  // ms
    double self = -1; // ms; -1: the duration minus the children's durations (a plain call)
};

RunData handRun(std::vector<std::string> names, const std::vector<HandCall>& calls)
{
    RunData run;
    for (std::size_t i = 0; i < names.size(); ++i)
        run.functions.push_back({std::int64_t(i + 1), names[i], "__main__", "/src/main.py", 1, "function"});
    run.threads.push_back({1, "MainThread"});
    std::vector<CallRecord> records; // filled in place, then stored (RunData::calls is not writable in place)
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CallRecord c;
        c.id = std::int64_t(i + 1);
        c.function = calls[i].function;
        c.parent = calls[i].parent;
        c.startNs = ms(calls[i].start);
        c.durationNs = ms(calls[i].duration);
        c.selfNs = c.durationNs;
        records.push_back(c);
    }
    for (const auto& c : records)
        if (c.parent >= 0)
            records[std::size_t(c.parent)].selfNs -= c.durationNs;
    for (std::size_t i = 0; i < calls.size(); ++i)
        if (calls[i].self >= 0)
            records[i].selfNs = ms(calls[i].self);
    for (const auto& c : records)
        run.calls.push_back(c);
    run.buildIndexes();
    return run;
}

// By function index (a clipped run keeps the run's functions): names repeat (several <lambda>).
std::map<std::uint32_t, FunctionSummary> byFunction(const RunData& run)
{
    std::map<std::uint32_t, FunctionSummary> out;
    for (const FunctionSummary& s : FunctionStats::summarize(run))
        out[s.function] = s;
    return out;
}

} // namespace

class TestTimeWindow : public QObject
{
    Q_OBJECT

    std::vector<std::shared_ptr<const RunData>> m_real;

private Q_SLOTS:
    void initTestCase()
    {
        TraceReader reader(BREADCRUMB_TIME_TRACE);
        for (const RunInfo& info : reader.runs())
            m_real.push_back(reader.loadRun(info.id));
        QCOMPARE(m_real.size(), std::size_t(2));
    }

    // An `await asyncio.sleep()` between two pieces of work: the task (10..90 ms) calls fetch (40..50) and
    // ran 6 ms of its own; its gaps, 10..40 and 50..90 (30 and 40 ms), get 6 * 30/70 = 2.571429 ms and the
    // other 3.428571 ms, each at its start. The event loop's <module> (0..100) ran the rest: it never
    // suspended.
    void coroutineRunningParts()
    {
        const RunData run =
            handRun({"<module>", "task", "fetch"}, {{0, -1, 0, 100, 84}, {1, 0, 10, 80, 6}, {2, 1, 40, 10}});
        QCOMPARE(run.calls[1].onStackNs, ms(16));
        const RunningParts parts = RunningParts::compute(run);
        QCOMPARE(parts.suspendedCalls(), std::size_t(1));
        QVERIFY(parts.of(0).empty());
        const auto task = parts.of(1);
        QCOMPARE(task.size(), std::size_t(2));
        QCOMPARE(task[0], (TimeSpan{ms(10), ms(10) + 2'571'429}));
        QCOMPARE(task[1], (TimeSpan{ms(40), ms(50) + 3'428'571}));
        QCOMPARE(parts.runningWithin(run, 1, ms(0), ms(100)), ms(16));
        QCOMPARE(parts.runningWithin(run, 1, ms(12), ms(45)), Nanos(571'429 + 5'000'000));
        QCOMPARE(parts.runningWithin(run, 0, ms(12), ms(45)), ms(33)); // plain: its overlap
        // self parts: the task's 10..12.57 and 50..53.43; <module>'s the gaps between the task's parts (84
        // ms)
        QCOMPARE(parts.selfWithin(run, 1, ms(12), ms(52)), Nanos(571'429 + 2'000'000));
        QCOMPARE(parts.selfWithin(run, 0, ms(0), ms(100)), ms(84));
        QCOMPARE(parts.selfWithin(run, 0, ms(5), ms(45)), ms(5) + ms(40) - ms(10) - 2'571'429);
    }

    // A coroutine computing in its own body without awaiting runs throughout; one that only awaits has no
    // running part but its children's.
    void runningExtremes()
    {
        const RunData busy = handRun({"main", "crunch"}, {{0, -1, 0, 100, 0}, {1, 0, 0, 100, 100}});
        QCOMPARE(RunningParts::compute(busy).suspendedCalls(), std::size_t(0));
        const RunData idle =
            handRun({"<module>", "waiter", "tick"}, {{0, -1, 0, 100, 90}, {1, 0, 0, 100, 0}, {2, 1, 50, 10}});
        const RunningParts running = RunningParts::compute(idle);
        const auto parts = running.of(1);
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0], (TimeSpan{ms(50), ms(60)}));
    }

    // main 0..100 -> a 10..40 -> c 15..25; main -> b 50..90.
    void clipRule_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<QString>("expected"); // name:calls/total/self, ms
        QTest::newRow("whole run") << 0.0 << 100.0 << "a:1/30/20 b:1/40/40 c:1/10/10 main:1/100/30";
        // main 20..60 (40), a 20..40 (20; self 20 - c's 5), c 20..25 (5), b 50..60 (10): main's self 40 - 30
        QTest::newRow("across edges") << 20.0 << 60.0 << "a:1/20/15 b:1/10/10 c:1/5/5 main:1/40/10";
        QTest::newRow("a gap between calls") << 41.0 << 49.0 << "main:1/8/8";
        QTest::newRow("inside c") << 16.0 << 17.0 << "a:1/1/0 c:1/1/1 main:1/1/0";
        QTest::newRow("after the run") << 150.0 << 200.0 << "";
        QTest::newRow("touching a's end") << 40.0 << 50.0 << "main:1/10/10";
    }
    void clipRule()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(QString, expected);
        const RunData run = handRun({"main", "a", "b", "c"},
                                    {{0, -1, 0, 100}, {1, 0, 10, 30}, {3, 1, 15, 10}, {2, 0, 50, 40}});
        const TimeWindow window(ms(from), ms(to));
        const auto clipped = window.clip(run, RunningParts::compute(run));
        QStringList got;
        for (const auto& [function, s] : byFunction(*clipped.run))
            got << QStringLiteral("%1:%2/%3/%4")
                       .arg(QString::fromStdString(run.functions[function].name))
                       .arg(s.calls)
                       .arg(s.total / 1e6)
                       .arg(s.self / 1e6);
        got.sort();
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
        // every call points back at the call it was cut from, and lies inside the window
        QCOMPARE(clipped.sourceCalls.size(), clipped.run->calls.size());
        for (std::size_t i = 0; i < clipped.run->calls.size(); ++i) {
            const CallRecord& c = clipped.run->calls[i];
            QCOMPARE(c.id, run.calls[clipped.sourceCalls[i]].id);
            QVERIFY(c.startNs >= window.from() && c.endNs() <= window.to());
        }
    }

    // A range keeps the run's call ids. CallList keeps an id beside its call unless it is in step with the
    // index: the calls that started before the window (the first few) have theirs beside, the ones that
    // started in it stay in step, so a range takes no more bytes a call than the run (all beside, half of a
    // run took more than the whole).
    void rangeKeepsIdsCompact()
    {
        std::vector<HandCall> calls{{0, -1, 0, 1000}, {1, 0, 0, 1000}};
        for (int i = 0; i < 998; ++i)
            calls.push_back({2, 1, double(i), 0.5});
        const RunData run = handRun({"main", "loop", "step"}, calls);
        const auto half = TimeWindow(ms(500), ms(1000)).clip(run, RunningParts::compute(run));
        QCOMPARE(half.run->calls.size(), std::size_t(2 + 498)); // main, loop and steps 500-997
        for (std::size_t i = 0; i < half.run->calls.size(); ++i)
            QCOMPARE(half.run->calls[i].id, run.calls[half.sourceCalls[i]].id);
        QVERIFY2(half.run->calls.bytes() * 3 < run.calls.bytes() * 2,
                 qPrintable(QStringLiteral("%1 B for the range, %2 B for the run")
                                .arg(half.run->calls.bytes())
                                .arg(run.calls.bytes())));
    }

    // The exception that escaped a call goes with it into a window when the call ended inside; one raised
    // after the window is not in it (its call is cut at the window's end, unfinished). Calls clipped to the
    // window's start are reordered by id: their exceptions follow them.
    void exceptionsFollowTheirCalls_data()
    {
        QTest::addColumn<bool>("reordered");
        QTest::newRow("in order") << false;
        QTest::newRow("reordered by the clip") << true;
    }
    void exceptionsFollowTheirCalls()
    {
        QFETCH(bool, reordered);
        // main 0..100 -> a 10..20 (ValueError at 15 escaped it), main -> b 60..90 (KeyError at 80).
        // Reordered: a second root r 2..30 (its id below main's) whose ValueError at 25 escaped it instead of
        // a's.
        std::vector<HandCall> calls{{0, -1, 0, 100}, {1, 0, 10, 10}, {2, 0, 60, 30}};
        if (reordered)
            calls.push_back({1, -1, 2, 28});
        RunData run = handRun({"main", "a", "b"}, calls);
        if (reordered) {
            // ordered by start: main (0), r (2), a (10), b (60); r's id comes first
            std::vector<CallRecord> records(run.calls.begin(), run.calls.end());
            std::sort(records.begin(), records.end(),
                      [](const CallRecord& x, const CallRecord& y) { return x.startNs < y.startNs; });
            records[1].id = 0;
            for (CallRecord& c : records)
                c.parent = c.function == 0 || c.startNs == ms(2) ? -1 : 0;
            run.calls.clear();
            for (const CallRecord& c : records)
                run.calls.push_back(c);
        }
        const std::uint32_t raising = 1; // a, or r when reordered
        const std::uint32_t b = reordered ? 3 : 2;
        run.exceptions.push_back({.id = 1,
                                  .call = std::int32_t(raising),
                                  .function = 1,
                                  .timestampNs = ms(reordered ? 25 : 15),
                                  .type = "ValueError",
                                  .message = {},
                                  .traceback = {},
                                  .escaped = true});
        run.exceptions.push_back({.id = 2,
                                  .call = std::int32_t(b),
                                  .function = 2,
                                  .timestampNs = ms(80),
                                  .type = "KeyError",
                                  .message = {},
                                  .traceback = {},
                                  .escaped = true});
        run.callExceptions = {{b, 1}, {raising, 0}}; // any order
        run.buildIndexes();
        QCOMPARE(run.exceptionOf(raising), 0);
        QCOMPARE(run.exceptionOf(b), 1);
        QCOMPARE(run.exceptionOf(0), -1);
        QCOMPARE(FunctionStats::summarize(run, 1).exceptions, 1);

        const auto clipped = TimeWindow(ms(5), ms(70)).clip(run, RunningParts::compute(run));
        const RunData& w = *clipped.run;
        QCOMPARE(w.calls.size(), run.calls.size());
        QCOMPARE(w.exceptions.size(), std::size_t(1));
        QCOMPARE(w.exceptions[0].type, std::string("ValueError"));
        for (std::uint32_t i = 0; i < w.calls.size(); ++i) {
            const bool raised = clipped.sourceCalls[i] == raising;
            QCOMPARE(w.exceptionOf(i), raised ? 0 : -1);
            if (raised)
                QCOMPARE(w.exceptions[0].call, std::int32_t(i));
        }
        if (reordered) // main and r both start at 5 in the window: r (id 0) first
            QCOMPARE(clipped.sourceCalls[0], raising);
        QCOMPARE(FunctionStats::summarize(w, 1).exceptions, 1);
        QCOMPARE(FunctionStats::summarize(w, 2).exceptions, 0);
    }

    // On the real program's traces: every suspended call's running parts lie inside it, in order, and add up
    // to its on-stack time; the whole run as a window changes no figure; two adjacent windows split the self
    // and inclusive time of every function between them (calls across the cut count in both).
    void realTraces_data()
    {
        QTest::addColumn<int>("run");
        QTest::newRow("default scope") << 0;
        QTest::newRow("--include '*'") << 1;
    }
    void realTraces()
    {
        QFETCH(int, run);
        const RunData& data = *m_real[std::size_t(run)];
        const RunningParts parts = RunningParts::compute(data);
        QVERIFY(parts.suspendedCalls() > 0); // asyncio tasks and generators
        for (std::uint32_t i = 0; i < data.calls.size(); ++i) {
            const CallRecord& c = data.calls[i];
            Nanos sum = 0;
            Nanos cursor = c.startNs;
            for (const TimeSpan& s : parts.of(i)) {
                QVERIFY(s.start >= cursor && s.end > s.start && s.end <= c.endNs());
                cursor = s.end;
                sum += s.length();
            }
            if (RunningParts::wasSuspended(c)) // all of it where the children's parts do not overlap
                QVERIFY(sum <= c.onStackNs && sum >= c.selfNs && sum > 0);
            QCOMPARE(parts.selfWithin(data, i, c.startNs, c.endNs()), c.selfNs);
        }

        const Nanos start = data.calls.front().startNs;
        const Nanos end = data.lastEndNs();
        const auto whole = TimeWindow(start, end + 1).clip(data, parts);
        QCOMPARE(whole.run->calls.size(), data.calls.size());
        QCOMPARE(whole.run->tracedNs(), data.tracedNs());
        const auto all = byFunction(data);
        const auto same = byFunction(*whole.run);
        QCOMPARE(same.size(), all.size());
        for (const auto& [f, s] : all) {
            QCOMPARE(same.at(f).calls, s.calls);
            QCOMPARE(same.at(f).self, s.self);
            QCOMPARE(same.at(f).total, s.total);
        }

        const Nanos cut = start + (end - start) / 3;
        const auto left = TimeWindow(start, cut).clip(data, parts);
        const auto right = TimeWindow(cut, end + 1).clip(data, parts);
        QCOMPARE(left.run->tracedNs() + right.run->tracedNs(), data.tracedNs());
        const auto l = byFunction(*left.run);
        const auto r = byFunction(*right.run);
        for (const auto& [f, s] : all) {
            const std::string name = data.displayName(f);
            const FunctionSummary none;
            const FunctionSummary& a = l.count(f) ? l.at(f) : none;
            const FunctionSummary& b = r.count(f) ? r.at(f) : none;
            QVERIFY2(a.self + b.self == s.self, qPrintable(QStringLiteral("%1: %2 + %3 != %4")
                                                               .arg(QString::fromStdString(name))
                                                               .arg(a.self)
                                                               .arg(b.self)
                                                               .arg(s.self)));
            QVERIFY2(a.total + b.total == s.total, name.c_str());
            QVERIFY(a.calls + b.calls >= s.calls);
        }
    }
};

QTEST_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
