// The analyses over a loaded run: FunctionStats (percentiles, stddev, self, recursion-aware inclusive),
// CallerCallee, CallTree (top-down, bottom-up, hot path, find, cancel), RunComparison, function lookup,
// plus the formatting helpers and RunRef.

#include "CallerCalleeIndex.h"
#include "CallTree.h"
#include "FunctionStats.h"
#include "RunComparison.h"
#include "SeedTrace.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <QTemporaryDir>
#include <QtTest>

using namespace breadcrumb;
Q_DECLARE_METATYPE(breadcrumb::SortKey)

namespace {

// A RunData filled by hand: calls given as (function, parent index, start ms, duration ms), in start order.
struct HandCall
{
    std::uint32_t function;
    std::int32_t parent;
    double start;
    double duration;
};

RunData handRun(std::vector<std::string> names, const std::vector<HandCall>& calls)
{
    RunData run;
    for (std::size_t i = 0; i < names.size(); ++i)
        run.functions.push_back(
            {static_cast<std::int64_t>(i + 1), names[i], "__main__", "/src/main.py", 1, "function"});
    run.threads.push_back({1, "MainThread"});
    std::vector<CallRecord> records; // filled in place, then stored (RunData::calls is not writable in place)
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CallRecord c;
        c.id = static_cast<std::int64_t>(i + 1);
        c.function = calls[i].function;
        c.parent = calls[i].parent;
        c.startNs = ms(calls[i].start);
        c.durationNs = ms(calls[i].duration);
        c.depth = c.parent < 0 ? 0 : records[static_cast<std::size_t>(c.parent)].depth + 1;
        records.push_back(c);
    }
    for (auto& c : records)
        c.selfNs = c.durationNs;
    for (auto& c : records) {
        if (c.parent >= 0)
            records[static_cast<std::size_t>(c.parent)].selfNs -= c.durationNs;
    }
    for (const auto& c : records)
        run.calls.push_back(c);
    run.buildIndexes();
    return run;
}

// main(0..100) -> a(10..40) -> c(15..25); main -> b(50..90) -> c(55..85); main -> a(91..95);
// and a second root in another thread: a(200..205).
RunData treeRun()
{
    enum
    {
        Main,
        A,
        B,
        C
    };
    return handRun({"main", "a", "b", "c"}, {{Main, -1, 0, 100},
                                             {A, 0, 10, 30},
                                             {C, 1, 15, 10},
                                             {B, 0, 50, 40},
                                             {C, 3, 55, 30},
                                             {A, 0, 91, 4},
                                             {A, -1, 200, 5}});
}

// Mutual recursion through two edges: a -> b -> a -> b -> c, and b -> a -> a (direct) beside it, so that
// CallerCallee's recursion rule (an edge counted once on a stack) meets every shape.
RunData mutualRun()
{
    return handRun({"a", "b", "c"}, {{0, -1, 0, 100},
                                     {1, 0, 5, 90},
                                     {0, 1, 10, 60},
                                     {1, 2, 15, 40},
                                     {2, 3, 20, 10},
                                     {0, 1, 75, 15},
                                     {0, 5, 78, 5},
                                     {1, -1, 120, 8}});
}

// fib(0..100) -> fib(10..90) -> fib(20..80) -> leaf(30..40); fib(150..160) separately.
RunData recursiveRun()
{
    return handRun({"fib", "leaf"},
                   {{0, -1, 0, 100}, {0, 0, 10, 80}, {0, 1, 20, 60}, {1, 2, 30, 10}, {0, -1, 150, 10}});
}

std::vector<std::string> names(const RunData& run, const CallTree& tree,
                               const std::vector<std::uint32_t>& nodes)
{
    std::vector<std::string> out;
    for (auto n : nodes) {
        const auto f = tree.node(n).function;
        out.push_back(f < 0 ? "<root>" : run.functions[static_cast<std::size_t>(f)].name);
    }
    return out;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_seed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed = m_dir.filePath("seed.db").toStdString();
        buildSeedTrace(m_seed);
    }

    // ---- formatting -------------------------------------------------------------------------------

    void formatMs_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "<0.1ms";
        QTest::newRow("tiny") << qint64(1) << "<0.1ms";
        QTest::newRow("just below") << qint64(49'999) << "<0.1ms";
        QTest::newRow("rounds up to 0.1") << qint64(50'000) << "0.1ms";
        QTest::newRow("one ms") << qint64(1'000'000) << "1.0ms";
        QTest::newRow("seed example") << qint64(100'049'000) << "100.0ms";
        QTest::newRow("half up") << qint64(100'050'000) << "100.1ms";
        QTest::newRow("big") << qint64(1'300'500'000) << "1300.5ms";
        QTest::newRow("minutes") << qint64(125'000'000'000) << "125000.0ms";
        QTest::newRow("negative") << qint64(-50'000'000) << "-50.0ms";
        QTest::newRow("negative tiny") << qint64(-10) << "<0.1ms";
    }
    void formatMs()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(breadcrumb::formatMs(ns)), text);
    }

    void formatIso_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("seed start") << qint64(kT0) << "2026-11-24T10:30:45.123000";
        QTest::newRow("microseconds") << qint64(kT0 + 456'789) << "2026-11-24T10:30:45.123456";
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000000";
    }
    void formatIso()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(breadcrumb::formatIso(ns)), text);
    }

    void formatIsoMatchesEventsTimestamp()
    {
        TraceReader reader(m_seed);
        const auto r = reader.database().query("SELECT timestamp, start_ns FROM events ORDER BY event_id");
        QVERIFY(r.rows.size() > 20);
        for (const auto& row : r.rows)
            QCOMPARE(breadcrumb::formatIso(std::get<std::int64_t>(row[1])), std::get<std::string>(row[0]));
    }

    void formatClockLocal()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "UTC");
        tzset();
        QCOMPARE(QString::fromStdString(breadcrumb::formatClock(kT0 + 999'999)), QString("10:30:45.123"));
        qputenv("TZ", "Europe/Berlin"); // UTC+1 in November
        tzset();
        QCOMPARE(QString::fromStdString(breadcrumb::formatClock(kT0)), QString("11:30:45.123"));
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    }

    void runRef_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("run"); // -1 = none
        QTest::newRow("file") << "before.db"
                              << "before.db" << qint64(-1);
        QTest::newRow("file:run") << "before.db:3"
                                  << "before.db" << qint64(3);
        QTest::newRow("run") << "7"
                             << "default.db" << qint64(7);
        QTest::newRow("path with colon") << "dir/a:b.db"
                                         << "dir/a:b.db" << qint64(-1);
        QTest::newRow("path:run") << "/tmp/x/t.db:12"
                                  << "/tmp/x/t.db" << qint64(12);
    }
    void runRef()
    {
        QFETCH(QString, text);
        QFETCH(QString, file);
        QFETCH(qint64, run);
        const RunRef ref = RunRef::parse(text.toStdString(), "default.db");
        QCOMPARE(QString::fromStdString(ref.file), file);
        QCOMPARE(ref.run.has_value(), run >= 0);
        if (run >= 0)
            QCOMPARE(*ref.run, run);
    }

    void defaultPath()
    {
        qunsetenv("BREADCRUMB_DB");
        QCOMPARE(QString::fromStdString(defaultTracePath()), QString(".breadcrumb/traces.db"));
        qputenv("BREADCRUMB_DB", "/tmp/elsewhere.db");
        QCOMPARE(QString::fromStdString(defaultTracePath()), QString("/tmp/elsewhere.db"));
        qunsetenv("BREADCRUMB_DB");
    }

    // ---- FunctionStats ----------------------------------------------------------------------------

    void percentileHelper_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("p0") << 0.0 << 10.0;
        QTest::newRow("p50") << 50.0 << 25.0;
        QTest::newRow("p95") << 95.0 << 38.5;
        QTest::newRow("p100") << 100.0 << 40.0;
        QTest::newRow("below 0 clamps") << -5.0 << 10.0;
    }
    void percentileHelper()
    {
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(FunctionStats::percentile({10, 20, 30, 40}, p), expected);
        QCOMPARE(FunctionStats::percentile({}, p), 0.0);
        QCOMPARE(FunctionStats::percentile({7}, p), 7.0);
        // By selection over any order: the very same figure.
        std::vector<Nanos> shuffled{40, 10, 30, 20};
        QCOMPARE(FunctionStats::percentileUnsorted(shuffled, p), expected);
        std::vector<Nanos> none;
        QCOMPARE(FunctionStats::percentileUnsorted(none, p), 0.0);
        std::vector<Nanos> many;
        for (Nanos i = 0; i < 1001; ++i)
            many.push_back((i * 7919) % 1001 + (i % 3) * 5); // shuffled, with repeats
        std::vector<Nanos> sorted = many;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(FunctionStats::percentileUnsorted(many, p), FunctionStats::percentile(sorted, p));
    }

    void recursionAwareInclusive()
    {
        const RunData run = recursiveRun();
        const auto all = FunctionStats::summarize(run);
        QCOMPARE(all.size(), std::size_t(2));
        const FunctionSummary& fib = all[0];
        QCOMPARE(run.functions[fib.function].name, std::string("fib"));
        QCOMPARE(fib.calls, 4);
        QCOMPARE(fib.durationSum, ms(100 + 80 + 60 + 10)); // what SUM(duration_ms) says
        QCOMPARE(fib.total, ms(100 + 10));                 // outermost calls only
        QCOMPARE(fib.self, ms(20 + 20 + 50 + 10));         // 100-80, 80-60, 60-10, 10
        QCOMPARE(fib.min, ms(10));
        QCOMPARE(fib.max, ms(100));
        QCOMPARE(fib.avg, static_cast<double>(ms(62.5)));
        QCOMPARE(fib.median, static_cast<double>(ms(70)));
        QCOMPARE(fib.p95, static_cast<double>(ms(97))); // rank 2.85 between 80 and 100
        // sample stddev of 100, 80, 60, 10 (mean 62.5): squares 1406.25 + 306.25 + 6.25 + 2756.25 = 4475
        QVERIFY(std::fabs(fib.stddev - std::sqrt(4475.0 / 3) * 1e6) < 1);
        const auto single = FunctionStats::summarize(run, fib.function);
        QCOMPARE(single.total, fib.total);
        QCOMPARE(single.durationSum, fib.durationSum);
        QCOMPARE(single.p99, fib.p99);
        QCOMPARE(FunctionStats::durations(run, fib.function),
                 (std::vector<Nanos>{ms(100), ms(80), ms(60), ms(10)}));
    }

    void sortKeys_data()
    {
        QTest::addColumn<SortKey>("key");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        // seed run 1
        QTest::newRow("total") << SortKey::Total << "main"
                               << "fast_function";
        QTest::newRow("avg") << SortKey::Avg << "main"
                             << "fast_function";
        QTest::newRow("self") << SortKey::Self << "slow_function"
                              << "fast_function";
        QTest::newRow("calls") << SortKey::Calls << "slow_function"
                               << "wasteful_string_concat";
        QTest::newRow("max") << SortKey::Max << "main"
                             << "fast_function";
        QTest::newRow("p95") << SortKey::P95 << "main"
                             << "fast_function";
        QTest::newRow("name") << SortKey::Name << "fast_function"
                              << "wasteful_string_concat";
    }
    void sortKeys()
    {
        QFETCH(SortKey, key);
        QFETCH(QString, first);
        QFETCH(QString, last);
        TraceReader reader(m_seed);
        const auto run = reader.loadRun(1);
        const auto s = FunctionStats::summarize(*run, key);
        QCOMPARE(s.size(), std::size_t(8));
        QCOMPARE(QString::fromStdString(run->displayName(s.front().function)), first);
        QCOMPARE(QString::fromStdString(run->displayName(s.back().function)), last);
    }

    void callersAndCallees()
    {
        const RunData run = treeRun();
        // c is called from a (10 ms) and b (30 ms)
        const auto callers = CallerCallee::callers(run, 3);
        QCOMPARE(callers.size(), std::size_t(2));
        QCOMPARE(callers[0].function, 2);
        QCOMPARE(callers[0].total, ms(30));
        QCOMPARE(callers[0].share, 0.75);
        QCOMPARE(callers[1].function, 1);
        QCOMPARE(callers[1].calls, 1);
        // a is called by main twice and once as a root
        const auto aCallers = CallerCallee::callers(run, 1);
        QCOMPARE(aCallers.size(), std::size_t(2));
        QCOMPARE(aCallers[0].function, 0);
        QCOMPARE(aCallers[0].calls, 2);
        QCOMPARE(aCallers[1].function, -1); // <root>
        QCOMPARE(aCallers[1].total, ms(5));
        // main calls b (40), a twice (34)
        const auto callees = CallerCallee::callees(run, 0);
        QCOMPARE(callees.size(), std::size_t(2));
        QCOMPARE(callees[0].function, 2);
        QCOMPARE(callees[1].function, 1);
        QCOMPARE(callees[1].calls, 2);
        QCOMPARE(callees[1].total, ms(34));
        QCOMPARE(callees[1].share, 0.34);
        QVERIFY(CallerCallee::callees(run, 3).empty());
    }

    // The index the viewer reads (built once per run) gives every function the very lists CallerCallee
    // computes from its calls: same entries, figures and order.
    void callerCalleeIndex_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("tree") << "tree";
        QTest::newRow("direct recursion") << "recursive";
        QTest::newRow("mutual recursion") << "mutual";
        QTest::newRow("seed trace") << "seed";
    }

    void callerCalleeIndex()
    {
        QFETCH(QString, which);
        std::shared_ptr<const RunData> seed;
        if (which == QLatin1String("seed")) {
            TraceReader reader(m_seed);
            seed = reader.loadRun(reader.newestRunId());
        }
        const RunData run = which == QLatin1String("tree")        ? treeRun()
                            : which == QLatin1String("recursive") ? recursiveRun()
                            : which == QLatin1String("mutual")    ? mutualRun()
                                                                  : RunData(*seed);
        const CallerCalleeIndex index(run);
        const auto same = [](const std::vector<CallerCalleeEntry>& got,
                             const std::vector<CallerCalleeEntry>& want) {
            if (got.size() != want.size())
                return false;
            for (std::size_t i = 0; i < got.size(); ++i)
                if (got[i].function != want[i].function || got[i].calls != want[i].calls ||
                    got[i].total != want[i].total || got[i].share != want[i].share)
                    return false;
            return true;
        };
        for (std::uint32_t f = 0; f < run.functions.size(); ++f) {
            QVERIFY2(same(index.callers(run, f), CallerCallee::callers(run, f)),
                     run.functions[f].name.c_str());
            QVERIFY2(same(index.callees(run, f), CallerCallee::callees(run, f)),
                     run.functions[f].name.c_str());
        }
        QVERIFY(index.callers(run, std::uint32_t(run.functions.size())).empty());
    }

    // ---- CallTree ---------------------------------------------------------------------------------

    void topDown()
    {
        const RunData run = treeRun();
        const auto tree = CallTree::build(run, CallTree::Direction::TopDown);
        QCOMPARE(tree.direction(), CallTree::Direction::TopDown);
        QCOMPARE(tree.total(), ms(105));
        QCOMPARE(tree.root().children.size(), std::size_t(2));
        const auto& main = tree.node(tree.root().children[0]);
        QCOMPARE(main.function, 0);
        QCOMPARE(main.inclusive, ms(100));
        QCOMPARE(main.self, ms(26));
        QCOMPARE(main.calls, 1);
        QCOMPARE(main.children.size(), std::size_t(2));
        const auto& b = tree.node(main.children[0]); // 40 ms before a's 34 ms
        const auto& a = tree.node(main.children[1]);
        QCOMPARE(b.function, 2);
        QCOMPARE(a.function, 1);
        QCOMPARE(a.calls, 2);
        QCOMPARE(a.inclusive, ms(34));
        QCOMPARE(a.self, ms(24));
        QCOMPARE(a.firstStartNs, ms(10));
        QCOMPARE(tree.node(a.children[0]).inclusive, ms(10));
        QCOMPARE(tree.node(b.children[0]).inclusive, ms(30));
        const auto& rootA = tree.node(tree.root().children[1]);
        QCOMPARE(rootA.function, 1);
        QCOMPARE(rootA.inclusive, ms(5));
        QCOMPARE(tree.size(), std::size_t(1 + 5 + 1));

        QCOMPARE(names(run, tree, tree.hotPath()), (std::vector<std::string>{"<root>", "main", "b", "c"}));
        const auto found = tree.find(run, "C");
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(tree.node(found[0]).inclusive, ms(30)); // depth-first in display order: under b first
        QCOMPARE(names(run, tree, tree.pathTo(found[1])),
                 (std::vector<std::string>{"<root>", "main", "a", "c"}));
        QVERIFY(tree.find(run, "zzz").empty());
        QCOMPARE(tree.pathTo(0), std::vector<std::uint32_t>{0});
    }

    // Three tasks of one coroutine run side by side, each running 10 ms of its 60-80 ms: a path's time
    // is what its calls ran (on-stack), so the node stays within its parent whatever overlaps.
    void overlappingCallsOfOnePath()
    {
        enum
        {
            Main,
            Task,
            Fetch
        };
        RunData run = handRun({"main", "task", "fetch"}, {{Main, -1, 0, 100},
                                                          {Task, 0, 10, 60},
                                                          {Fetch, 1, 10, 50},
                                                          {Task, 0, 11, 60},
                                                          {Fetch, 3, 11, 50},
                                                          {Task, 0, 12, 80},
                                                          {Fetch, 5, 12, 70},
                                                          {Task, 0, 95, 3}});
        // self times as the tracer writes them: each task and fetch ran 5 ms, the last task 3 ms, and
        // main (its event loop) the rest of its 100 ms
        const auto setSelf = [&](std::size_t i, Nanos self) {
            CallRecord c = run.calls[i];
            c.selfNs = self;
            run.calls.set(i, c);
        };
        for (std::size_t i : {1, 2, 3, 4, 5, 6})
            setSelf(i, ms(5));
        setSelf(7, ms(3));
        setSelf(0, ms(100 - 30 - 3));
        run.buildIndexes();
        QCOMPARE(run.calls[1].onStackNs, ms(10)); // 60 ms long, 10 ms of it running
        QCOMPARE(run.calls[0].onStackNs, ms(100));
        QCOMPARE(run.tracedNs(), ms(100));
        const auto tree = CallTree::build(run, CallTree::Direction::TopDown);
        const auto& main = tree.node(tree.root().children[0]);
        const auto& task = tree.node(main.children[0]);
        QCOMPARE(task.calls, 4);
        QCOMPARE(task.inclusive, ms(33)); // what the tasks ran, not 60 + 60 + 80 + 3
        QCOMPARE(task.self, ms(18));
        QCOMPARE(main.self + task.inclusive, main.inclusive);
        QCOMPARE(tree.node(task.children[0]).inclusive, ms(15));
        const auto summary = FunctionStats::summarize(run, std::uint32_t(Task));
        QCOMPARE(summary.total, ms(33));
        QCOMPARE(summary.durationSum, ms(203));
    }

    void bottomUp()
    {
        const RunData run = treeRun();
        const auto tree = CallTree::build(run, CallTree::Direction::BottomUp);
        QCOMPARE(tree.total(), ms(105));
        // top level: every function, with the time of its own calls
        std::map<std::string, const CallTreeNode*> top;
        for (auto n : tree.root().children)
            top[run.functions[static_cast<std::size_t>(tree.node(n).function)].name] = &tree.node(n);
        QCOMPARE(top.size(), std::size_t(4));
        QCOMPARE(top["c"]->calls, 2);
        QCOMPARE(top["c"]->self, ms(40));
        QCOMPARE(top["c"]->inclusive, ms(40));
        QCOMPARE(top["main"]->self, ms(26));
        QCOMPARE(top["a"]->calls, 3);
        QCOMPARE(top["a"]->self, ms(24 + 5));
        // expanding c shows its callers, heaviest first, then their callers
        const auto& c = *top["c"];
        QCOMPARE(c.children.size(), std::size_t(2));
        const auto& viaB = tree.node(c.children[0]);
        QCOMPARE(viaB.function, 2);
        QCOMPARE(viaB.inclusive, ms(30));
        QCOMPARE(viaB.children.size(), std::size_t(1));
        QCOMPARE(tree.node(viaB.children[0]).function, 0);
        QCOMPARE(tree.node(c.children[1]).inclusive, ms(10));
        // a as a root has no caller; a under main has main
        QCOMPARE(top["a"]->children.size(), std::size_t(1));
        QCOMPARE(tree.node(top["a"]->children[0]).calls, 2);
    }

    void cancelledTree()
    {
        const RunData run = treeRun();
        std::atomic_bool cancel{true};
        for (auto direction : {CallTree::Direction::TopDown, CallTree::Direction::BottomUp}) {
            try {
                CallTree::build(run, direction, &cancel);
                QFAIL("a cancelled build must throw");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), TraceError::Kind::Interrupted);
            }
        }
    }

    void emptyTree()
    {
        const RunData run = handRun({"x"}, {});
        const auto tree = CallTree::build(run, CallTree::Direction::TopDown);
        QCOMPARE(tree.size(), std::size_t(1));
        QCOMPARE(tree.total(), 0);
        QCOMPARE(tree.hotPath().size(), std::size_t(1));
    }

    // ---- RunComparison ----------------------------------------------------------------------------

    void comparison()
    {
        TraceReader reader(m_seed);
        const auto before = reader.loadRun(1);
        const auto after = reader.loadRun(2);
        QCOMPARE(RunComparison::totalTime(*before), ms(2100));
        QCOMPARE(RunComparison::totalTime(*after), ms(200));
        const auto rows = RunComparison::compare(*before, *after);
        const std::vector<std::string> order = {
            "main",         "slow_function",    "redundant_computation", "very_slow_function",
            "process_data", "inefficient_loop", "cached_computation",    "wasteful_string_concat",
            "fast_function"};
        QCOMPARE(rows.size(), order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            QCOMPARE(rows[i].name, order[i]);
        QCOMPARE(rows[1].status, ComparisonRow::Status::Changed);
        QCOMPARE(rows[1].deltaTotal, ms(100.0) - ms(1300.5));
        QVERIFY(rows[1].deltaPercent);
        QVERIFY(std::fabs(*rows[1].deltaPercent - (-1200.5 / 1300.5 * 100)) < 1e-9);
        QVERIFY(std::fabs(rows[1].deltaAvg - (ms(100.0) - 1300.5e6 / 13)) < 1);
        QCOMPARE(rows[1].before->calls, 13);
        QCOMPARE(rows[1].after->calls, 1);
        QCOMPARE(rows[2].status, ComparisonRow::Status::Vanished);
        QVERIFY(!rows[2].after);
        QCOMPARE(rows[2].deltaTotal, -ms(1000.5));
        QCOMPARE(*rows[2].deltaPercent, -100.0);
        QCOMPARE(rows[6].status, ComparisonRow::Status::New);
        QVERIFY(!rows[6].before);
        QVERIFY(!rows[6].deltaPercent);
        QCOMPARE(rows[6].deltaTotal, ms(100.1));
        QCOMPARE(rows[6].module, std::string("__main__"));
    }

    void comparisonMatchesByModule()
    {
        RunData before = handRun({"helper"}, {{0, -1, 0, 10}});
        RunData after = handRun({"helper"}, {{0, -1, 0, 10}});
        after.functions[0].module = "app.other";
        after.buildIndexes();
        const auto rows = RunComparison::compare(before, after);
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows[0].status != ComparisonRow::Status::Changed);
        QVERIFY(rows[1].status != ComparisonRow::Status::Changed);
    }

    // ---- function lookup --------------------------------------------------------------------------

    void lookup_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("found"); // display name, empty = not found
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("exact") << "Square.area"
                               << "Square.area" << false;
        QTest::newRow("module:name") << "app.util:helper"
                                     << "app.util:helper" << false;
        QTest::newRow("module.name") << "app.io.helper"
                                     << "app.io:helper" << false;
        QTest::newRow("main module dotted") << "__main__.Square.area"
                                            << "Square.area" << false;
        QTest::newRow("ambiguous") << "helper"
                                   << "" << true;
        QTest::newRow("unknown") << "nothing_like_it"
                                 << "" << false;
        QTest::newRow("part of a name") << "area"
                                        << "" << false;
        QTest::newRow("wrong module") << "app.db:helper"
                                      << "" << false;
    }
    void lookup()
    {
        QFETCH(QString, typed);
        QFETCH(QString, found);
        QFETCH(bool, ambiguous);
        RunData run = handRun({"Square.area", "helper", "helper", "slow_function", "main"}, {});
        run.functions[1].module = "app.util";
        run.functions[2].module = "app.io";
        run.buildIndexes();
        const auto f = run.findFunction(typed.toStdString());
        QCOMPARE(f.has_value(), !found.isEmpty());
        if (f)
            QCOMPARE(QString::fromStdString(run.displayName(*f)), found);
        QCOMPARE(run.isAmbiguous(typed.toStdString()), ambiguous);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("best"); // empty = no suggestion
        QTest::newRow("typo") << "slow_functon"
                              << "slow_function";
        QTest::newRow("case") << "SLOW_FUNCTION"
                              << "slow_function";
        QTest::newRow("substring") << "area"
                                   << "Square.area";
        QTest::newRow("method name typo") << "Square.aera"
                                          << "Square.area";
        QTest::newRow("nothing close") << "zzzzzzzzzz"
                                       << "";
    }
    void suggestions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, best);
        const RunData run = handRun({"Square.area", "slow_function", "fast_function", "main"}, {});
        const auto s = run.suggestFunctions(typed.toStdString());
        if (best.isEmpty()) {
            QVERIFY(s.empty());
            return;
        }
        QVERIFY(!s.empty());
        QCOMPARE(QString::fromStdString(run.functions[s.front()].name), best);
        QVERIFY(s.size() <= 5);
        QVERIFY(run.suggestFunctions(typed.toStdString(), 1).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
