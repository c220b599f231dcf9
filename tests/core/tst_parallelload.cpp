// TraceReader::loadRun on several threads (LoadOptions::splitFromCalls lowered to 1) against the
// single-threaded path (raised out of reach): the same RunData, field by field, on generated traces of both
// formats, on traces recorded by the real tracer, and on files the parallel decode must hand back to the
// single-threaded one (repeated ids) or refuse with the same message (a cut chunk, an unknown function).

#include "TraceBuilder.h"
#include "TraceReader.h"

#include <limits>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <thread>

using namespace breadcrumb;

namespace {

LoadOptions singleThreaded()
{
    LoadOptions options;
    options.splitFromCalls = std::numeric_limits<std::int64_t>::max();
    return options;
}

LoadOptions parallel()
{
    LoadOptions options;
    options.splitFromCalls = 1;
    return options;
}

void exec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const int changed = sqlite3_changes(db);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
    QCOMPARE(changed, 1); // the damage was done
}

// Every field of everything a load yields, and the indexes built from it.
void compareRuns(const RunData& a, const RunData& b)
{
    QCOMPARE(a.run.callCount, b.run.callCount);
    QCOMPARE(a.run.exceptionCount, b.run.exceptionCount);
    QCOMPARE(a.run.threadCount, b.run.threadCount);
    QCOMPARE(a.run.endNs, b.run.endNs);
    QCOMPARE(a.calls.size(), b.calls.size());
    for (std::size_t i = 0; i < a.calls.size(); ++i) {
        const CallRecord& x = a.calls[i];
        const CallRecord& y = b.calls[i];
        if (x.id != y.id || x.parent != y.parent || x.function != y.function || x.thread != y.thread ||
            x.depth != y.depth || a.exceptionOf(std::uint32_t(i)) != b.exceptionOf(std::uint32_t(i)) ||
            x.outermost != y.outermost || x.startNs != y.startNs || x.durationNs != y.durationNs ||
            x.selfNs != y.selfNs || x.onStackNs != y.onStackNs)
            QFAIL(qPrintable(QStringLiteral("call %1 (index %2) differs").arg(x.id).arg(i)));
    }
    QCOMPARE(a.functions.size(), b.functions.size());
    for (std::size_t f = 0; f < a.functions.size(); ++f) {
        QCOMPARE(a.functions[f].id, b.functions[f].id);
        QCOMPARE(a.functions[f].name, b.functions[f].name);
        QVERIFY(std::ranges::equal(a.callsOf(std::uint32_t(f)), b.callsOf(std::uint32_t(f))));
    }
    QCOMPARE(a.threads.size(), b.threads.size());
    for (std::size_t t = 0; t < a.threads.size(); ++t) {
        QCOMPARE(a.threads[t].threadId, b.threads[t].threadId);
        QCOMPARE(a.threads[t].name, b.threads[t].name);
        QCOMPARE(a.tracedNs(std::int32_t(t)), b.tracedNs(std::int32_t(t)));
    }
    QCOMPARE(a.exceptions.size(), b.exceptions.size());
    for (std::size_t e = 0; e < a.exceptions.size(); ++e) {
        QCOMPARE(a.exceptions[e].id, b.exceptions[e].id);
        QCOMPARE(a.exceptions[e].call, b.exceptions[e].call);
        QCOMPARE(a.exceptions[e].function, b.exceptions[e].function);
        QCOMPARE(a.exceptions[e].thread, b.exceptions[e].thread);
    }
    QVERIFY(std::ranges::equal(a.roots(), b.roots()));
}

// Loads every run of `path` both ways; `error` is the message both must fail with, if any.
void compareFile(const QString& path, const QString& error = {})
{
    TraceReader reader(path.toStdString());
    const auto runs = reader.runs();
    QVERIFY(!runs.empty());
    for (const RunInfo& info : runs) {
        if (error.isEmpty()) {
            const auto one = reader.loadRun(info.id, {}, singleThreaded());
            const auto two = reader.loadRun(info.id, {}, parallel());
            QVERIFY(!one->calls.empty());
            compareRuns(*one, *two);
            continue;
        }
        QStringList messages;
        for (const LoadOptions& options : {singleThreaded(), parallel()}) {
            try {
                reader.loadRun(info.id, {}, options);
                QFAIL("the damaged run loaded");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), TraceError::Kind::Corrupt);
                messages << QString::fromStdString(e.what());
            }
        }
        QCOMPARE(messages[1], messages[0]);
        QVERIFY2(messages[0].contains(error), qPrintable(messages[0]));
    }
}

} // namespace

class TestParallelLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(std::thread::hardware_concurrency() > 1, "the parallel load needs two cores to be compared");
    }

    void generated_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("1.1, 4 threads, 3 runs") << "--calls 60000 --runs 3 --threads 4 --seed 3";
        QTest::newRow("1.1, 1 thread") << "--calls 20000 --threads 1 --seed 5";
        QTest::newRow("1.1, crashed run") << "--calls 30000 --threads 3 --status crashed --seed 11";
        QTest::newRow("1.0, 4 threads") << "--calls 30000 --threads 4 --format 1.0 --seed 3";
    }
    void generated()
    {
        QFETCH(QString, arguments);
        const QString file = m_dir.filePath(QStringLiteral("generated_%1.db").arg(QTest::currentDataTag()));
        QVERIFY(TraceBuilder::generate(file.toStdString(), arguments.toStdString()));
        compareFile(file);
    }

    // Traces of real programs, recorded by `breadcrumb run` (fixtures core_time_trace, core_compare_trace).
    void recorded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("time_program.py") << QStringLiteral(BREADCRUMB_TIME_TRACE);
        QTest::newRow("compare_program.py") << QStringLiteral(BREADCRUMB_COMPARE_DIR "/program.db");
        QTest::newRow("seed example") << QStringLiteral(BREADCRUMB_COMPARE_DIR "/example.db");
    }
    void recorded()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        compareFile(path);
    }

    // Files the parallel decode gives up on: the single-threaded pass reads them (or refuses them) as before.
    void irregular_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error");
        // a chunk repeating another's calls instead of its own: ids repeat, the run's counts still add up
        QTest::newRow("repeated ids") << "UPDATE call_chunks SET rows = (SELECT rows FROM call_chunks WHERE "
                                         "chunk_id = 3) WHERE chunk_id = 10"
                                      << QString();
        QTest::newRow("cut chunk") << "UPDATE call_chunks SET rows = substr(rows, 1, length(rows) / 2) WHERE "
                                      "chunk_id = 12"
                                   << "chunk 12";
        QTest::newRow("unknown function")
            << "DELETE FROM functions WHERE function_id = (SELECT json_extract(rows, '$[0][2]') FROM "
               "call_chunks WHERE chunk_id = 15)"
            << "refers to an unknown function";
    }
    void irregular()
    {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        const QString file = m_dir.filePath(QStringLiteral("irregular_%1.db").arg(QTest::currentDataTag()));
        QVERIFY(TraceBuilder::generate(file.toStdString(), "--calls 40000 --threads 3 --seed 9"));
        exec(file, sql);
        if (QTest::currentTestFailed())
            return;
        compareFile(file, error);
    }
};

QTEST_GUILESS_MAIN(TestParallelLoad)
#include "tst_parallelload.moc"
