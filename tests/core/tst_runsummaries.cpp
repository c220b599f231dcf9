// Format 1.3's function_summaries, written by the tracer as a run ends, against the core's own figures
// (FunctionStats over the loaded calls, the definitions of RunData.h): equal, exactly, for every function
// of every run of real traced programs (threads, asyncio, generators, deep and mutual recursion,
// exceptions; BREADCRUMB_SUMMARY_TRACES adds more files, e.g. recorded by another interpreter's tracer),
// and of scripts/gen_trace.py's traces, which the benchmarks use as the tracer's. And a file whose
// summaries cannot be true is read as having none.

#include "FunctionStats.h"
#include "RunSummaries.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <algorithm>
#include <map>
#include <QtTest>

using namespace breadcrumb;

class TestRunSummaries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void matchCalls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<bool>("recursive"); // the program recurses: the trace must have nested calls
        QStringList files = {BREADCRUMB_SUMMARY_TRACE, BREADCRUMB_TIME_TRACE, BREADCRUMB_EXCEPTIONS_TRACE};
        const QString extra = qEnvironmentVariable("BREADCRUMB_SUMMARY_TRACES");
        if (!extra.isEmpty())
            files += extra.split(':', Qt::SkipEmptyParts);
        // Generated: threads, recursion, escaping exceptions; a crashed last run, which has none.
        const QString generated = m_dir.filePath("generated.db");
        QVERIFY2(TraceBuilder::generate(generated.toStdString(),
                                        "--calls 40000 --runs 3 --threads 3 --functions 60 --seed 11 "
                                        "--status crashed"),
                 "gen_trace.py failed");
        files += generated;
        for (const QString& file : files) {
            TraceReader reader(file.toStdString());
            auto runs = reader.runs();
            if (file == generated) {
                const std::int64_t crashed = reader.newestRunId();
                QCOMPARE(runs.size(), std::size_t(3));
                QVERIFY(!RunSummaries::read(reader.database(), crashed).has_value());
                std::erase_if(runs, [&](const RunInfo& r) { return r.id == crashed; });
            }
            QVERIFY(!runs.empty());
            for (const RunInfo& run : runs)
                QTest::addRow("%s run %lld",
                              qPrintable(QFileInfo(file).dir().dirName() + "/" + QFileInfo(file).fileName()),
                              static_cast<long long>(run.id))
                    << file << qint64(run.id)
                    << (file == BREADCRUMB_SUMMARY_TRACE || file == BREADCRUMB_TIME_TRACE ||
                        file == generated);
        }
    }

    void matchCalls()
    {
        QFETCH(QString, file);
        QFETCH(qint64, run);
        QFETCH(bool, recursive);
        TraceReader reader(file.toStdString());
        const auto stored = RunSummaries::read(reader.database(), run);
        QVERIFY2(stored.has_value(), "the tracer wrote no summaries for a finished run");
        const auto data = reader.loadRun(run);
        std::map<std::int64_t, FunctionSummary> expected; // by function id
        for (const FunctionSummary& s : FunctionStats::summarize(*data))
            expected.emplace(data->functions[s.function].id, s);
        QCOMPARE(stored->size(), expected.size());
        for (const StoredFunctionSummary& s : *stored) {
            const auto it = expected.find(s.function.id);
            QVERIFY2(it != expected.end(), s.function.name.c_str());
            const FunctionSummary& e = it->second;
            const QByteArray name = QByteArray::fromStdString(s.function.name);
            QCOMPARE(QByteArray::fromStdString(data->functions[e.function].name), name);
            QVERIFY2(s.calls == e.calls, name);
            QVERIFY2(s.self == e.self, name + " self " + QByteArray::number(qint64(s.self)) + " vs " +
                                           QByteArray::number(qint64(e.self)));
            QVERIFY2(s.total == e.total, name + " inclusive " + QByteArray::number(qint64(s.total)) + " vs " +
                                             QByteArray::number(qint64(e.total)));
            QVERIFY2(s.durationSum == e.durationSum, name);
            QVERIFY2(s.max == e.max, name);
            QVERIFY2(s.exceptions == e.exceptions, name);
        }
        if (recursive) // the case where inclusive time is not the durations' sum really is there
            QVERIFY(std::any_of(data->calls.begin(), data->calls.end(),
                                [](const CallRecord& c) { return !c.outermost; }));
    }

    // A crashed run (no summaries) and an older file (no table) have none: readers aggregate the calls.
    void absent_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("crashed run") << "";
        QTest::newRow("1.2 file") << "DROP TABLE function_summaries; PRAGMA user_version = 102";
    }
    void absent()
    {
        QFETCH(QString, setup);
        const std::string path =
            m_dir.filePath(QString("absent-%1.db").arg(QString(QTest::currentDataTag()).replace(' ', '-')))
                .toStdString();
        {
            TraceBuilder b(path);
            const auto f = b.addFunction("f");
            b.addRun(1, ms(0), std::nullopt, "crashed");
            b.addCall(1, 1, std::nullopt, f, ms(0), ms(5));
            b.finish();
        }
        if (!setup.isEmpty()) {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, setup.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        TraceReader reader(path);
        QVERIFY(!RunSummaries::read(reader.database(), 1).has_value());
    }

    // Rows that cannot be true are not used, whichever figure lies.
    void lying_data()
    {
        QTest::addColumn<QString>(
            "values"); // function_id, calls, self, inclusive, duration_sum, max, exceptions
        QTest::newRow("valid") << "1, 2, 5, 9, 12, 8, 1";
        QTest::newRow("no calls") << "1, 0, 5, 9, 12, 8, 1";
        QTest::newRow("negative calls") << "1, -3, 5, 9, 12, 8, 1";
        QTest::newRow("self above inclusive") << "1, 2, 10, 9, 12, 8, 1";
        QTest::newRow("negative self") << "1, 2, -1, 9, 12, 8, 1";
        QTest::newRow("max above the sum") << "1, 2, 5, 9, 12, 13, 1";
        QTest::newRow("more exceptions than calls") << "1, 2, 5, 9, 12, 8, 3";
        QTest::newRow("huge inclusive") << "1, 2, 5, 9223372036854775807, 12, 8, 1";
        QTest::newRow("unknown function") << "77, 2, 5, 9, 12, 8, 1";
    }
    void lying()
    {
        QFETCH(QString, values);
        const std::string path =
            m_dir.filePath(QString("lying-%1.db").arg(QString(QTest::currentDataTag()).replace(' ', '-')))
                .toStdString();
        {
            TraceBuilder b(path);
            const auto f = b.addFunction("f");
            b.addRun(1, ms(0), ms(20));
            b.addCall(1, 1, std::nullopt, f, ms(0), ms(9));
            b.exec("INSERT INTO function_summaries VALUES (1, " + values.toStdString() + ")");
            b.finish();
        }
        TraceReader reader(path);
        const auto stored = RunSummaries::read(reader.database(), 1);
        QCOMPARE(stored.has_value(), QTest::currentDataTag() == QByteArray("valid"));
        if (stored) {
            QCOMPARE(stored->size(), std::size_t(1));
            QCOMPARE(stored->front().function.name, std::string("f"));
            QCOMPARE(stored->front().total, Nanos(9));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunSummaries)
#include "tst_runsummaries.moc"
