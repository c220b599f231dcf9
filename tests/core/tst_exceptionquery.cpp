// The exceptions query that `breadcrumb exceptions` and MCP find_exceptions share, and the one grammar of
// --since / since, over a real trace file built with the format's own schema.
#include "ExceptionQuery.h"
#include "TimeSpec.h"
#include "TraceBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(std::optional<std::int64_t>)
Q_DECLARE_METATYPE(std::optional<std::string>)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestExceptionQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("errors.db").toStdString();
        TraceBuilder b(m_path);
        const auto main = b.addFunction("main");
        const auto parse = b.addFunction("parse", "app.reader");
        b.addRun(1, ms(1000), ms(2000));
        b.addRun(2, ms(3000), ms(4000));
        b.addThread(1, 1, "MainThread");
        b.addCall(1, 1, std::nullopt, main, ms(1000), ms(900));
        b.addCall(2, 1, 1, parse, ms(1010), ms(40), 1, 2);
        b.addCall(3, 1, 1, parse, ms(1100), ms(40));
        b.addCall(4, 2, std::nullopt, main, ms(3000), ms(500), 1, 6);
        b.addException(1, 1, 2, ms(1020), "KeyError", "'a'", false);
        b.addException(2, 1, 2, ms(1040), "json.decoder.JSONDecodeError", "Expecting value", true);
        b.addException(3, 1, 3, ms(1120), "KeyError", "'b'", false);
        b.addException(4, 1, 1, ms(1900), "SystemExit", "0", true);
        b.addException(5, 2, 4, ms(3100), "MyKeyError", "not a KeyError", false);
        b.addException(6, 2, 4, ms(3400), "SystemExit", "2", true);
        b.finish();
    }

    void filters_data()
    {
        QTest::addColumn<std::optional<std::int64_t>>("run");
        QTest::addColumn<std::optional<std::int64_t>>("since");
        QTest::addColumn<bool>("escapedOnly");
        QTest::addColumn<std::optional<std::string>>("type");
        QTest::addColumn<int>("limit");
        QTest::addColumn<std::vector<std::int64_t>>("ids"); // newest first
        QTest::addColumn<int>("total");
        const std::optional<std::int64_t> all;
        const std::optional<std::string> any;
        QTest::newRow("everything but a clean exit")
            << all << all << false << any << 0 << std::vector<std::int64_t>{6, 5, 3, 2, 1} << 5;
        QTest::newRow("one run") << std::optional<std::int64_t>(1) << all << false << any << 0
                                 << std::vector<std::int64_t>{3, 2, 1} << 3;
        QTest::newRow("since") << all << std::optional<std::int64_t>(ms(1040)) << false << any << 0
                               << std::vector<std::int64_t>{6, 5, 3, 2} << 4;
        QTest::newRow("escaped") << all << all << true << any << 0 << std::vector<std::int64_t>{6, 2} << 2;
        QTest::newRow("exact type, not a longer name")
            << all << all << false << std::optional<std::string>("KeyError") << 0
            << std::vector<std::int64_t>{3, 1} << 2;
        QTest::newRow("last part of a qualified type")
            << all << all << false << std::optional<std::string>("JSONDecodeError") << 0
            << std::vector<std::int64_t>{2} << 1;
        QTest::newRow("naming SystemExit lists clean exits")
            << all << all << false << std::optional<std::string>("SystemExit") << 0
            << std::vector<std::int64_t>{6, 4} << 2;
        QTest::newRow("limit keeps the total")
            << all << all << false << any << 2 << std::vector<std::int64_t>{6, 5} << 5;
        QTest::newRow("case matters, as in Python")
            << all << all << false << std::optional<std::string>("keyerror") << 0
            << std::vector<std::int64_t>{} << 0;
    }

    void filters()
    {
        QFETCH(std::optional<std::int64_t>, run);
        QFETCH(std::optional<std::int64_t>, since);
        QFETCH(bool, escapedOnly);
        QFETCH(std::optional<std::string>, type);
        QFETCH(int, limit);
        QFETCH(std::vector<std::int64_t>, ids);
        QFETCH(int, total);
        TraceDatabase db(m_path);
        ExceptionFilter filter;
        filter.run = run;
        filter.since = since;
        filter.escapedOnly = escapedOnly;
        filter.type = type;
        filter.limit = std::size_t(limit);
        const ExceptionList list = findExceptions(db, filter);
        std::vector<std::int64_t> got;
        for (const auto& e : list.entries)
            got.push_back(e.id);
        QCOMPARE(got, ids);
        QCOMPARE(list.total, std::int64_t(total));
        std::int64_t counted = 0;
        for (const auto& t : list.byType)
            counted += t.count;
        QCOMPARE(counted, list.total);
    }

    void entryFields()
    {
        TraceDatabase db(m_path);
        ExceptionFilter filter;
        filter.type = "JSONDecodeError";
        const ExceptionList list = findExceptions(db, filter);
        QCOMPARE(list.entries.size(), std::size_t(1));
        const ExceptionEntry& e = list.entries[0];
        QCOMPARE(e.run, std::int64_t(1));
        QCOMPARE(e.timestampNs, ms(1040));
        QCOMPARE(e.message, std::string("Expecting value"));
        QVERIFY(e.escaped);
        QCOMPARE(e.function.value_or("-"), std::string("parse"));
        QCOMPARE(e.module.value_or("-"), std::string("app.reader"));
        QCOMPARE(e.threadName.value_or("-"), std::string("MainThread"));
        QCOMPARE(list.byType.size(), std::size_t(1));
        QCOMPARE(list.byType[0].escaped, std::int64_t(1));
    }

    void typeIsBoundNotPasted()
    {
        // A type holding SQL is a value to compare, never SQL text.
        TraceDatabase db(m_path);
        ExceptionFilter filter;
        filter.type = "x' OR '1'='1";
        QCOMPARE(findExceptions(db, filter).total, std::int64_t(0));
    }

    void since_data()
    {
        const qint64 now = 1'764'000'000'000'000'000; // 2025-11-24T16:00:00Z
        QTest::addColumn<std::string>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("30m") << std::string("30m") << true << now - 1800 * qint64(1'000'000'000);
        QTest::newRow("1h") << std::string("1h") << true << now - 3600 * qint64(1'000'000'000);
        QTest::newRow("2d") << std::string("2d") << true << now - 2 * 86400 * qint64(1'000'000'000);
        QTest::newRow("1w") << std::string("1w") << true << now - 7 * 86400 * qint64(1'000'000'000);
        QTest::newRow("45s ago") << std::string("45s ago") << true << now - 45 * qint64(1'000'000'000);
        QTest::newRow("1.5h") << std::string("1.5h") << true << now - 5400 * qint64(1'000'000'000);
        QTest::newRow("upper case") << std::string("2H") << true << now - 7200 * qint64(1'000'000'000);
        QTest::newRow("date") << std::string("2025-03-14") << true << qint64(1'741'910'400) * 1'000'000'000;
        QTest::newRow("datetime") << std::string("2025-03-14T10:30:45") << true
                                  << qint64(1'741'948'245) * 1'000'000'000;
        QTest::newRow("fraction Z") << std::string("2025-03-14T10:30:45.5Z") << true
                                    << qint64(1'741'948'245) * 1'000'000'000 + 500'000'000;
        QTest::newRow("offset") << std::string("2025-03-14T12:30:45+02:00") << true
                                << qint64(1'741'948'245) * 1'000'000'000;
        QTest::newRow("space") << std::string("2025-03-14 10:30") << true
                               << qint64(1'741'948'200) * 1'000'000'000;
        QTest::newRow("words") << std::string("yesterday") << false << qint64(0);
        QTest::newRow("bad month") << std::string("2025-13-01") << false << qint64(0);
        QTest::newRow("unit missing") << std::string("15") << false << qint64(0);
        QTest::newRow("negative") << std::string("-1h") << false << qint64(0);
        QTest::newRow("minutes ago") << std::string("5 min ago") << true << now - 300 * qint64(1'000'000'000);
        QTest::newRow("before the epoch") << std::string("100000w") << false << qint64(0);
        QTest::newRow("lower-case t and z")
            << std::string("2025-03-14t10:30:45z") << true << qint64(1'741'948'245) * 1'000'000'000;
    }

    void since()
    {
        QFETCH(std::string, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto result = breadcrumb::parseSince(text, 1'764'000'000'000'000'000);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(qint64(*result), expected);
    }
};

QTEST_GUILESS_MAIN(TestExceptionQuery)
#include "tst_exceptionquery.moc"
