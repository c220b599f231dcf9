// The core's named queries that the CLI (`query --call/--fuzzy/--gaps`, unknown-function hints) and MCP
// analyze_performance share, over a real trace file built with the format's own schema.
#include "CallValueQuery.h"
#include "FunctionQuery.h"
#include "TraceBuilder.h"
#include "UntracedCallQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <tuple>

using namespace breadcrumb;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestTraceQueries : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_path;
    std::int64_t m_main = 0, m_parse = 0, m_load = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("values.db").toStdString();
        TraceBuilder b(m_path);
        m_main = b.addFunction("main");
        m_parse = b.addFunction("parse", "app.reader");
        m_load = b.addFunction("load");
        b.addRun(1, ms(1000), ms(2000));
        b.addRun(2, ms(3000), ms(4000));
        b.addThread(1, 1, "MainThread");
        b.addThread(2, 1, "MainThread");
        b.addCall(1, 1, std::nullopt, m_main, ms(1000), ms(900));
        b.addCall(2, 1, 1, m_parse, ms(1010), ms(40));
        b.addCall(3, 1, 1, m_parse, ms(1100), ms(40));
        b.addCall(4, 1, 1, m_parse, ms(1200), ms(40));
        b.addCall(5, 2, std::nullopt, m_main, ms(3000), ms(500));
        b.addCall(6, 2, 5, m_load, ms(3010), ms(100));
        b.addValues(2, "text='50%_off'", "None");
        b.addValues(3, "text='50%_off'", "42");
        b.addValues(4, "text='a\\b'", "'50% more'");
        b.addValues(6, "path='x.json'", "{'k': 1}");
        b.exec("INSERT INTO call_values(call_id, args, return_value) VALUES (1, NULL, NULL)");
        for (const auto& [run, caller, callee, calls, total] :
             std::vector<std::tuple<int, std::int64_t, const char*, int, std::int64_t>>{
                 {1, m_parse, "json.loads", 3, ms(30)},
                 {1, m_parse, "re.match", 9, ms(2)},
                 {1, m_main, "time.sleep", 3, ms(500)},
                 {1, m_main, "os.stat", 1, ms(1)},
                 {2, m_load, "json.load", 1, ms(80)}})
            b.exec("INSERT INTO untraced_calls VALUES (" + std::to_string(run) + ", " +
                   std::to_string(caller) + ", '" + callee + "', " + std::to_string(calls) + ", " +
                   std::to_string(total) + ")");
        b.finish();
    }

    void capturedValuesOfOneCall()
    {
        TraceDatabase db(m_path);
        const auto three = capturedValues(db, 3);
        QVERIFY(three);
        QCOMPARE(three->args.value_or("-"), std::string("text='50%_off'"));
        QCOMPARE(three->returnValue.value_or("-"), std::string("42"));
        // A row of NULLs is "captured, nothing to show", unlike a call without a row.
        const auto one = capturedValues(db, 1);
        QVERIFY(one);
        QVERIFY(!one->args && !one->returnValue);
        QVERIFY(!capturedValues(db, 5));
    }

    void findValues_data()
    {
        QTest::addColumn<std::int64_t>("run");
        QTest::addColumn<std::string>("term");
        QTest::addColumn<int>("limit");
        QTest::addColumn<std::vector<std::int64_t>>("calls");
        QTest::newRow("in args or return value")
            << std::int64_t(1) << std::string("50%") << 0 << std::vector<std::int64_t>{2, 3, 4};
        QTest::newRow("% and _ match themselves")
            << std::int64_t(1) << std::string("%_") << 0 << std::vector<std::int64_t>{2, 3};
        QTest::newRow("a backslash matches itself")
            << std::int64_t(1) << std::string("a\\b") << 0 << std::vector<std::int64_t>{4};
        QTest::newRow("ASCII case-insensitive")
            << std::int64_t(1) << std::string("MORE") << 0 << std::vector<std::int64_t>{4};
        QTest::newRow("limit") << std::int64_t(1) << std::string("50") << 2
                               << std::vector<std::int64_t>{2, 3};
        QTest::newRow("other run") << std::int64_t(2) << std::string("'") << 0
                                   << std::vector<std::int64_t>{6};
        QTest::newRow("SQL is a value, not text")
            << std::int64_t(1) << std::string("' OR 1=1 --") << 0 << std::vector<std::int64_t>{};
    }

    void findValues()
    {
        QFETCH(std::int64_t, run);
        QFETCH(std::string, term);
        QFETCH(int, limit);
        QFETCH(std::vector<std::int64_t>, calls);
        TraceDatabase db(m_path);
        std::vector<std::int64_t> got;
        for (const auto& match : findCallValues(db, run, term, std::size_t(limit))) {
            got.push_back(match.callId);
            QCOMPARE(match.function, std::string(run == 1 ? "parse" : "load"));
        }
        QCOMPARE(got, calls);
    }

    void argumentsFromOneCaller()
    {
        TraceDatabase db(m_path);
        const ArgumentFacts facts = argumentsFromCaller(db, 1, m_parse, m_main);
        QCOMPARE(facts.calls, std::int64_t(3));
        QCOMPARE(facts.captured, std::int64_t(3));
        QCOMPARE(facts.distinct, std::int64_t(2));
        QCOMPARE(facts.sample, std::string("text='50%_off'"));
        const ArgumentFacts none = argumentsFromCaller(db, 2, m_parse, m_main);
        QCOMPARE(none.calls, std::int64_t(0));
        QCOMPARE(none.sample, std::string());
    }

    void untracedOfRun()
    {
        TraceDatabase db(m_path);
        const auto calls = untracedCallsOfRun(db, 1);
        std::vector<std::string> got;
        for (const auto& u : calls)
            got.push_back(u.caller + ">" + u.callee);
        // Most calls first; equal counts by time.
        QCOMPARE(got, (std::vector<std::string>{"parse>re.match", "main>time.sleep", "parse>json.loads",
                                                "main>os.stat"}));
        QCOMPARE(calls[1].totalNs, ms(500));
        QCOMPARE(calls[1].callerFunctionId, m_main);
    }

    void untracedFrom_data()
    {
        QTest::addColumn<std::int64_t>("run");
        QTest::addColumn<std::int64_t>("caller");
        QTest::addColumn<int>("limit");
        QTest::addColumn<std::vector<std::string>>("callees");
        QTest::newRow("heaviest first")
            << std::int64_t(1) << m_parse << 0 << std::vector<std::string>{"json.loads", "re.match"};
        QTest::newRow("limit") << std::int64_t(1) << m_main << 1 << std::vector<std::string>{"time.sleep"};
        QTest::newRow("one run only") << std::int64_t(2) << m_parse << 0 << std::vector<std::string>{};
    }

    void untracedFrom()
    {
        QFETCH(std::int64_t, run);
        QFETCH(std::int64_t, caller);
        QFETCH(int, limit);
        QFETCH(std::vector<std::string>, callees);
        TraceDatabase db(m_path);
        std::vector<std::string> got;
        for (const auto& u : untracedCallsFrom(db, run, caller, std::size_t(limit)))
            got.push_back(u.callee);
        QCOMPARE(got, callees);
    }

    void runsOfFunction_data()
    {
        QTest::addColumn<std::string>("name");
        QTest::addColumn<int>("limit");
        QTest::addColumn<std::vector<std::int64_t>>("runs");
        QTest::newRow("newest first") << std::string("main") << 5 << std::vector<std::int64_t>{2, 1};
        QTest::newRow("limit") << std::string("main") << 1 << std::vector<std::int64_t>{2};
        QTest::newRow("one run") << std::string("load") << 5 << std::vector<std::int64_t>{2};
        QTest::newRow("exact name") << std::string("mai") << 5 << std::vector<std::int64_t>{};
    }

    void runsOfFunction()
    {
        QFETCH(std::string, name);
        QFETCH(int, limit);
        QFETCH(std::vector<std::int64_t>, runs);
        TraceDatabase db(m_path);
        QCOMPARE(runsCallingFunction(db, name, std::size_t(limit)), runs);
    }
};

QTEST_GUILESS_MAIN(TestTraceQueries)
#include "tst_tracequeries.moc"
