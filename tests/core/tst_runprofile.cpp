// RunProfile (the `performance` ranking streamed from the chunks) against FunctionStats over the loaded
// run: the same figures, bit for bit, percentiles and standard deviation included, for every sort key,
// the whole run and each thread, decoded on one thread and on several. On generated traces (threads,
// recursion, exceptions, a crashed run, a 1.0 file that is loaded instead) and on traces recorded by the
// real tracer, whose stored function_summaries give the inclusive times; stored rows that disagree with
// the calls are not used, and chunks in an order the summary builder cannot take get the run loaded.

#include "FunctionStats.h"
#include "RunProfile.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <bit>
#include <limits>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace breadcrumb;

namespace {

LoadOptions decodeThreads(bool parallel)
{
    LoadOptions options;
    options.splitFromCalls = parallel ? 1 : std::numeric_limits<std::int64_t>::max();
    return options;
}

bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

QByteArray describe(const FunctionSummary& s)
{
    return QByteArray::number(qint64(s.calls)) + " calls, total " + QByteArray::number(qint64(s.total)) +
           ", self " + QByteArray::number(qint64(s.self)) + ", sum " +
           QByteArray::number(qint64(s.durationSum)) + ", min " + QByteArray::number(qint64(s.min)) +
           ", max " + QByteArray::number(qint64(s.max)) + ", avg " + QByteArray::number(s.avg, 'g', 17) +
           ", median " + QByteArray::number(s.median, 'g', 17) + ", p95 " +
           QByteArray::number(s.p95, 'g', 17) + ", p99 " + QByteArray::number(s.p99, 'g', 17) + ", stddev " +
           QByteArray::number(s.stddev, 'g', 17) + ", exceptions " + QByteArray::number(qint64(s.exceptions));
}

// The profile of `runId` (on the thread named `thread`, or all) equals FunctionStats over the loaded run
// for every sort key; returns whether the profile streamed.
bool compareWithLoaded(const std::string& path, std::int64_t runId, const std::string& thread, bool parallel)
{
    TraceReader reader(path);
    const auto data = reader.loadRun(runId);
    const std::int32_t loadedThread = thread.empty() ? kAllThreads : data->findThread(thread).value_or(-2);
    if (loadedThread == -2) {
        QTest::qFail("the loaded run has no such thread", __FILE__, __LINE__);
        return false;
    }
    bool streamed = true;
    for (SortKey key : {SortKey::Total, SortKey::Avg, SortKey::Self, SortKey::Calls, SortKey::Max,
                        SortKey::P95, SortKey::Name}) {
        const auto expected = FunctionStats::summarize(*data, key, loadedThread);
        RunProfile profile(reader, runId, decodeThreads(parallel));
        const std::int32_t profileThread =
            thread.empty() ? kAllThreads : profile.run().findThread(thread).value_or(-2);
        if (profileThread == -2) {
            QTest::qFail("the profile has no such thread", __FILE__, __LINE__);
            return false;
        }
        const auto actual = profile.summarize(key, profileThread);
        streamed = streamed && profile.streamed();

        if (actual.size() != expected.size()) {
            QTest::qFail(
                qPrintable(QString("%1 functions, expected %2").arg(actual.size()).arg(expected.size())),
                __FILE__, __LINE__);
            return false;
        }
        for (std::size_t i = 0; i < actual.size(); ++i) {
            const FunctionSummary& a = actual[i];
            const FunctionSummary& e = expected[i];
            const FunctionInfo& fa = profile.run().functions[a.function];
            const FunctionInfo& fe = data->functions[e.function];
            const QByteArray where = QByteArray("#") + QByteArray::number(qint64(i)) + " " +
                                     QByteArray::fromStdString(fe.name) + ": ";
            if (fa.id != fe.id || fa.name != fe.name || fa.module != fe.module ||
                profile.run().displayName(a.function) != data->displayName(e.function)) {
                QTest::qFail(where + "is " + QByteArray::fromStdString(fa.name), __FILE__, __LINE__);
                return false;
            }
            if (a.calls != e.calls || a.total != e.total || a.self != e.self ||
                a.durationSum != e.durationSum || a.min != e.min || a.max != e.max || !same(a.avg, e.avg) ||
                !same(a.median, e.median) || !same(a.p95, e.p95) || !same(a.p99, e.p99) ||
                !same(a.stddev, e.stddev) || a.exceptions != e.exceptions) {
                QTest::qFail(where + describe(a) + "\n   expected " + describe(e), __FILE__, __LINE__);
                return false;
            }
        }
        const Nanos traced = loadedThread == kAllThreads ? data->tracedNs() : data->tracedNs(loadedThread);
        if (profile.tracedNs() != traced) {
            QTest::qFail("traced time differs", __FILE__, __LINE__);
            return false;
        }
        if (loadedThread == kAllThreads && profile.run().run.endNs != data->run.endNs) {
            QTest::qFail("end time differs", __FILE__, __LINE__);
            return false;
        }
        const RunInfo& info = profile.run().run;
        if (loadedThread == kAllThreads &&
            (info.callCount != data->run.callCount || info.threadCount != data->run.threadCount ||
             info.exceptionCount != data->run.exceptionCount)) {
            QTest::qFail("the run's counts differ", __FILE__, __LINE__);
            return false;
        }
    }
    return streamed;
}

void exec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestRunProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString generated(const QString& name, const QString& arguments)
    {
        const QString path = m_dir.filePath(name + ".db");
        if (!QFile::exists(path) && !TraceBuilder::generate(path.toStdString(), arguments.toStdString()))
            return {};
        return path;
    }

private slots:
    void matchesLoadedRun_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<QString>("thread");
        QTest::addColumn<bool>("streams"); // false: the run is loaded instead (1.0)
        struct Generated
        {
            const char* name;
            const char* arguments;
            bool streams;
        };
        const Generated traces[] = {
            {"four-threads", "--calls 30000 --threads 4 --functions 80 --seed 3", true},
            {"one-thread", "--calls 4000 --threads 1 --functions 40 --seed 5", true},
            {"crashed-second-run", "--calls 20000 --runs 2 --threads 3 --status crashed --seed 7", true},
            {"format-1.0", "--calls 6000 --threads 2 --format 1.0 --seed 9", false},
        };
        for (const Generated& g : traces) {
            const QString path = generated(g.name, g.arguments);
            QVERIFY2(!path.isEmpty(), "gen_trace.py failed");
            TraceReader reader(path.toStdString());
            for (const RunInfo& run : reader.runs()) {
                QTest::addRow("%s run %lld", g.name, static_cast<long long>(run.id))
                    << path << qint64(run.id) << QString() << g.streams;
                if (run.id != reader.newestRunId())
                    continue;
                const auto data = reader.loadRun(run.id);
                for (const ThreadInfo& t : data->threads)
                    QTest::addRow("%s run %lld %s", g.name, static_cast<long long>(run.id), t.name.c_str())
                        << path << qint64(run.id) << QString::fromStdString(t.name) << g.streams;
            }
        }
        for (const QString& file : {QString(BREADCRUMB_SUMMARY_TRACE), QString(BREADCRUMB_TIME_TRACE)}) {
            TraceReader reader(file.toStdString());
            for (const RunInfo& run : reader.runs())
                QTest::addRow("%s run %lld", qPrintable(QFileInfo(file).dir().dirName()),
                              static_cast<long long>(run.id))
                    << file << qint64(run.id) << QString() << true;
        }
    }

    void matchesLoadedRun()
    {
        QFETCH(QString, file);
        QFETCH(qint64, run);
        QFETCH(QString, thread);
        QFETCH(bool, streams);
        for (bool parallel : {false, true}) {
            const bool streamed = compareWithLoaded(file.toStdString(), run, thread.toStdString(), parallel);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(streamed, streams);
        }
    }

    // Stored summaries that disagree with the calls (a self time off by one) are not used: the figures are
    // the calls' all the same.
    void storedRowsThatDisagree()
    {
        const QString path = m_dir.filePath("lying.db");
        QVERIFY(QFile::copy(BREADCRUMB_SUMMARY_TRACE, path));
        exec(path,
             "UPDATE function_summaries SET self_ns = self_ns - 1 WHERE (run_id, function_id) = (SELECT "
             "run_id, function_id FROM function_summaries WHERE self_ns > 0 LIMIT 1)");
        TraceReader reader(path.toStdString());
        for (const RunInfo& run : reader.runs()) {
            compareWithLoaded(path.toStdString(), run.id, {}, true);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // A chunk per call written parents first (as the calls view's trigger stores hand-written rows): the
    // summary builder needs children before parents, so the run is loaded, with the same figures.
    void parentsBeforeChildren()
    {
        const std::string path = m_dir.filePath("parents-first.db").toStdString();
        {
            TraceBuilder b(path);
            const auto main = b.addFunction("main");
            const auto fib = b.addFunction("fib");
            b.addRun(1, ms(0), ms(20));
            b.addThread(1, 1, "MainThread");
            b.addCall(1, 1, std::nullopt, main, ms(0), ms(10));
            b.addCall(2, 1, 1, fib, ms(1), ms(8));
            b.addCall(3, 1, 2, fib, ms(2), ms(5));
            b.addCall(4, 1, 1, fib, ms(9), ms(1));
            b.finish();
        }
        QVERIFY(!compareWithLoaded(path, 1, {}, false));
    }
};

QTEST_GUILESS_MAIN(TestRunProfile)
#include "tst_runprofile.moc"
