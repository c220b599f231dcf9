// The seed document (example 04) verbatim: its SQL runs through TraceDatabase::query on a hand-built trace
// of the example program, and `breadcrumb performance`'s figures come out of FunctionStats as worked out
// by hand.

#include "CallTree.h"
#include "FunctionStats.h"
#include "SeedTrace.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <cmath>
#include <map>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <string>

using namespace breadcrumb;

namespace {

double number(const SqlValue& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    return std::nan("");
}

std::string text(const SqlValue& v)
{
    return sqlValueToString(v);
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::fabs(a - b) < tolerance;
}

const std::map<std::string, std::string> kSeed = loadSeedQueries();
const std::string kCallers = kSeed.at("callers");
const std::string kCompare = kSeed.at("compare");
const std::string kSlowest = kSeed.at("slowest");
const std::string kVariance = kSeed.at("variance");
const std::string kSelfTime = kSeed.at("self_time");
const std::string kTimeline = kSeed.at("timeline");

// slow_function's 13 durations in run 1, ascending (ms)
const std::vector<double> kSlowMs = {99.8,    100.025, 100.025, 100.025, 100.025, 100.025, 100.025,
                                     100.025, 100.025, 100.1,   100.1,   100.1,   100.2};

} // namespace

class TestSeedQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<TraceReader> m_reader;
    QueryOptions m_run1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("seed.db").toStdString();
        buildSeedTrace(m_path);
        m_reader = std::make_unique<TraceReader>(m_path);
        m_run1.run = 1;
    }

    void findCallers()
    {
        const auto r = m_reader->database().query(kCallers, m_run1);
        QCOMPARE(r.columns, (std::vector<std::string>{"caller_function", "call_count", "total_time"}));
        QCOMPARE(r.rows.size(), std::size_t(2));
        QCOMPARE(text(r.rows[0][0]), std::string("redundant_computation"));
        QCOMPARE(number(r.rows[0][1]), 10.0);
        QVERIFY(near(number(r.rows[0][2]), 1000.2));
        QCOMPARE(text(r.rows[1][0]), std::string("process_data"));
        QCOMPARE(number(r.rows[1][1]), 3.0);
        QVERIFY(near(number(r.rows[1][2]), 300.3));
        // over the whole file run 2's caller shows up too
        const auto all = m_reader->database().query(kCallers);
        QCOMPARE(all.rows.size(), std::size_t(3));
        QCOMPARE(text(all.rows[2][0]), std::string("cached_computation"));
    }

    void verifyImprovement()
    {
        // across both runs: the before and the after function
        const auto r = m_reader->database().query(kCompare);
        QCOMPARE(r.rows.size(), std::size_t(2));
        std::map<std::string, double> avg;
        for (const auto& row : r.rows)
            avg[text(row[0])] = number(row[1]);
        QVERIFY(near(avg["redundant_computation"], 1000.5));
        QVERIFY(near(avg["cached_computation"], 100.1));
    }

    void slowestFunctions()
    {
        const auto r = m_reader->database().query(kSlowest, m_run1);
        const std::vector<std::pair<std::string, double>> expected = {{"main", 2100},
                                                                      {"redundant_computation", 1000.5},
                                                                      {"very_slow_function", 500.2},
                                                                      {"process_data", 300.5},
                                                                      {"inefficient_loop", 123.4},
                                                                      {"slow_function", 1300.5 / 13},
                                                                      {"wasteful_string_concat", 45.6},
                                                                      {"fast_function", 0.01}};
        QCOMPARE(r.rows.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(text(r.rows[i][0]), expected[i].first);
            QVERIFY2(near(number(r.rows[i][2]), expected[i].second), expected[i].first.c_str());
        }
        QCOMPARE(number(r.rows[5][1]), 13.0);
        QVERIFY(near(number(r.rows[5][3]), 100.2));
        QCOMPARE(number(r.rows[7][1]), 5.0);
    }

    void highVariance()
    {
        const auto r = m_reader->database().query(kVariance, m_run1);
        QCOMPARE(r.rows.size(), std::size_t(1)); // only slow_function has more than 5 calls
        QCOMPARE(text(r.rows[0][0]), std::string("slow_function"));
        double mean = 0;
        for (double d : kSlowMs)
            mean += d / 13;
        double m2 = 0;
        for (double d : kSlowMs)
            m2 += (d - mean) * (d - mean);
        QVERIFY(near(number(r.rows[0][1]), mean));
        QVERIFY(near(number(r.rows[0][2]), std::sqrt(m2 / 12)));
        QVERIFY(near(number(r.rows[0][3]), 0.4));
    }

    void nestedCallOverhead()
    {
        const auto r = m_reader->database().query(kSelfTime, m_run1);
        // self = duration - children, averaged per function
        const std::vector<std::pair<std::string, double>> expected = {
            {"very_slow_function", 500.2},  {"main", 2100 - 1970.25},         {"inefficient_loop", 123.4},
            {"slow_function", 1300.5 / 13}, {"wasteful_string_concat", 45.6}, {"redundant_computation", 0.3},
            {"process_data", 0.2},          {"fast_function", 0.01}};
        QCOMPARE(r.rows.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(text(r.rows[i][0]), expected[i].first);
            QVERIFY2(near(number(r.rows[i][1]), expected[i].second), expected[i].first.c_str());
        }
    }

    void timeline()
    {
        const auto r = m_reader->database().query(kTimeline, m_run1);
        QCOMPARE(r.rows.size(), std::size_t(24));
        QCOMPARE(text(r.rows[0][0]), std::string("2026-11-24T10:30:45.123000"));
        QCOMPARE(text(r.rows[0][1]), std::string("main"));
        double running = 0;
        std::string previous;
        for (const auto& row : r.rows) {
            running += number(row[2]);
            QVERIFY(near(number(row[3]), running));
            QVERIFY(text(row[0]) >= previous);
            previous = text(row[0]);
        }
        QCOMPARE(text(r.rows[1][0]), formatIso(kT0 + 1'000'000));
    }

    void performanceReport()
    {
        // `breadcrumb performance` on run 1: slowest by total first
        const auto run = m_reader->loadRun(1);
        const auto summary = FunctionStats::summarize(*run, SortKey::Total);
        QCOMPARE(summary.size(), std::size_t(8));
        QCOMPARE(run->displayName(summary[0].function), std::string("main"));
        QCOMPARE(run->displayName(summary[1].function), std::string("slow_function"));
        QCOMPARE(formatMs(summary[1].total), std::string("1300.5ms"));
        QCOMPARE(run->displayName(summary[2].function), std::string("redundant_computation"));
        QCOMPARE(run->displayName(summary[3].function), std::string("very_slow_function"));
        QCOMPARE(formatMs(summary[3].total), std::string("500.2ms"));

        // `breadcrumb performance slow_function`
        const auto slow = run->findFunction("slow_function");
        QVERIFY(slow);
        const auto s = FunctionStats::summarize(*run, *slow);
        QCOMPARE(s.calls, 13);
        QCOMPARE(formatMs(s.total), std::string("1300.5ms"));
        QCOMPARE(formatMs(static_cast<Nanos>(s.avg)), std::string("100.0ms"));
        QCOMPARE(formatMs(static_cast<Nanos>(s.median)), std::string("100.0ms"));
        QCOMPARE(s.median, 100'025'000.0);
        QVERIFY(near(s.p95, 100'140'000.0, 1)); // rank 11.4: 100.1 + 0.4 * 0.1
        QVERIFY(near(s.p99, 100'188'000.0, 1)); // rank 11.88
        QCOMPARE(formatMs(s.min), std::string("99.8ms"));
        QCOMPARE(formatMs(s.max), std::string("100.2ms"));
        QCOMPARE(s.self, s.total); // leaves
        const auto sql = m_reader->database().query(
            "SELECT MEDIAN(duration_ms), PERCENTILE(duration_ms, 95), PERCENTILE(duration_ms, 99), "
            "STDDEV(duration_ms) FROM events WHERE function_name = 'slow_function' AND run_id = 1");
        QVERIFY(near(number(sql.rows[0][0]) * 1e6, s.median, 1));
        QVERIFY(near(number(sql.rows[0][1]) * 1e6, s.p95, 1));
        QVERIFY(near(number(sql.rows[0][2]) * 1e6, s.p99, 1));
        QVERIFY(near(number(sql.rows[0][3]) * 1e6, s.stddev, 1));

        // the call timeline: "10:30:45.123 - 100.0ms" style lines in start order
        const auto calls = run->callsOf(*slow);
        QCOMPARE(calls.size(), std::size_t(13));
        QCOMPARE(formatMs(run->calls[calls[0]].durationNs), std::string("100.1ms"));
        QCOMPARE(formatClock(run->calls[calls[0]].startNs).size(), std::size_t(12));
        QCOMPARE(FunctionStats::durations(*run, *slow).size(), std::size_t(13));

        // who calls it
        const auto callers = CallerCallee::callers(*run, *slow);
        QCOMPARE(callers.size(), std::size_t(2));
        QCOMPARE(run->displayName(static_cast<std::uint32_t>(callers[0].function)),
                 std::string("redundant_computation"));
        QCOMPARE(callers[0].calls, 10);
        QCOMPARE(callers[0].total, ms(1000.2));
        QVERIFY(near(callers[0].share, 1000.2 / 1300.5));
        QCOMPARE(callers[1].calls, 3);
    }

    void exceptionsOfRun2()
    {
        const auto run = m_reader->loadRun(2);
        QCOMPARE(run->exceptions.size(), std::size_t(1));
        const auto& e = run->exceptions[0];
        QCOMPARE(e.type, std::string("ValueError"));
        QVERIFY(e.escaped);
        QVERIFY(e.call >= 0);
        QCOMPARE(run->displayName(static_cast<std::uint32_t>(e.function)), std::string("fast_function"));
        QCOMPARE(run->exceptionOf(static_cast<std::uint32_t>(e.call)), 0);
        const auto fast = run->findFunction("fast_function");
        QCOMPARE(FunctionStats::summarize(*run, *fast).exceptions, 1);
        QCOMPARE(run->run.exceptionCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestSeedQueries)
#include "tst_seedqueries.moc"
