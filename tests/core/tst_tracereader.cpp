// TraceReader: runs with their effective status (computed without writing), counts, and loadRun's
// indexes on generated and hand-built traces (ordering, orphans, progress, cancellation, errors).

#include "FunctionStats.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <chrono>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

using namespace breadcrumb;

namespace {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string thisHost()
{
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// core.tracereader_split runs the loader checks with BREADCRUMB_LOAD_SPLIT=100, so that small runs are read
// as two halves in parallel too; the library itself reads no environment.
LoadOptions loadOptions()
{
    LoadOptions options;
    if (const QByteArray split = qgetenv("BREADCRUMB_LOAD_SPLIT"); split.toLongLong() > 0)
        options.splitFromCalls = split.toLongLong();
    return options;
}

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_generated;
    std::int64_t m_deadPid = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_generated = m_dir.filePath("generated.db");
        QVERIFY(
            TraceBuilder::generate(m_generated.toStdString(), "--calls 30000 --runs 3 --threads 4 --seed 7"));
        // a pid that certainly finished (QProcess reports the pid while the process runs)
        QProcess p;
        p.start("sleep", {"0"});
        QVERIFY(p.waitForStarted());
        m_deadPid = p.processId();
        QVERIFY(p.waitForFinished());
    }

    void effectiveStatus_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("sameHost");
        QTest::addColumn<bool>("alivePid");
        QTest::addColumn<qint64>("heartbeatAgeMs"); // -1 = NULL heartbeat (start is used, 0 s old)
        QTest::addColumn<QString>("effective");
        QTest::newRow("running, alive, fresh") << "running" << true << true << qint64(500) << "running";
        QTest::newRow("running, dead pid") << "running" << true << false << qint64(500) << "crashed";
        QTest::newRow("running, stale heartbeat") << "running" << true << true << qint64(20'000) << "crashed";
        QTest::newRow("running, no heartbeat yet") << "running" << true << true << qint64(-1) << "running";
        QTest::newRow("other host, fresh") << "running" << false << false << qint64(500) << "running";
        QTest::newRow("other host, stale") << "running" << false << false << qint64(11'000) << "crashed";
        QTest::newRow("completed stays") << "completed" << true << false << qint64(60'000) << "completed";
        QTest::newRow("crashed stays") << "crashed" << true << true << qint64(500) << "crashed";
    }

    void effectiveStatus()
    {
        QFETCH(QString, stored);
        QFETCH(bool, sameHost);
        QFETCH(bool, alivePid);
        QFETCH(qint64, heartbeatAgeMs);
        QFETCH(QString, effective);
        const QString file = m_dir.filePath("status.db");
        const std::int64_t now = nowNs();
        {
            TraceBuilder b(file.toStdString());
            const auto f = b.addFunction("work");
            const std::optional<std::int64_t> heartbeat =
                heartbeatAgeMs < 0 ? std::nullopt : std::optional<std::int64_t>(now - ms(heartbeatAgeMs));
            b.addRun(1, heartbeatAgeMs < 0 ? now : now - ms(60'000), std::nullopt, stored.toStdString(),
                     alivePid ? getpid() : m_deadPid, sameHost ? thisHost() : "another-host", heartbeat);
            b.addCall(1, 1, std::nullopt, f, now - ms(50'000), ms(30));
            b.addCall(2, 1, std::nullopt, f, now - ms(40'000), ms(1234));
            b.finish();
        }
        const QByteArray before = fileHash(file);
        {
            TraceReader reader(file.toStdString());
            const auto runs = reader.runs();
            QCOMPARE(runs.size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(runs[0].status), effective);
            QCOMPARE(QString::fromStdString(reader.run(1).status), effective);
            // no end stored: the end is the end of the last call
            QCOMPARE(runs[0].endNs, now - ms(40'000) + ms(1234));
            QCOMPARE(reader.loadRun(1, {}, loadOptions())->run.status, runs[0].status);
        }
        QCOMPARE(fileHash(file), before); // computed without writing
    }

    void generatedRunningWithOwnPid()
    {
        const QString file = m_dir.filePath("running.db");
        QVERIFY(TraceBuilder::generate(file.toStdString(),
                                       "--calls 500 --status running --pid " + std::to_string(getpid())));
        TraceReader reader(file.toStdString());
        QCOMPARE(reader.runs()[0].status, std::string("running"));
        QVERIFY(TraceBuilder::generate(file.toStdString(),
                                       "--calls 500 --status running")); // generator's pid: gone
        TraceReader again(file.toStdString());
        QCOMPARE(again.runs()[0].status, std::string("crashed"));
    }

    void runsAndCounts()
    {
        TraceReader reader(m_generated.toStdString());
        const auto runs = reader.runs();
        QCOMPARE(runs.size(), std::size_t(3));
        QCOMPARE(runs[0].id, 3); // newest first
        QCOMPARE(runs[2].id, 1);
        QCOMPARE(reader.newestRunId(), 3);
        std::int64_t calls = 0;
        for (const auto& r : runs) {
            calls += r.callCount;
            QCOMPARE(r.threadCount, 4);
            QCOMPARE(r.status, std::string("completed"));
            QVERIFY(r.durationNs() > 0);
            QCOMPARE(r.exitCode.value_or(-1), 0);
            QVERIFY(!r.commandLine.empty());
        }
        QCOMPARE(calls, 30000);
        const auto one = reader.run(2);
        QCOMPARE(one.callCount, runs[1].callCount);
        QCOMPARE(one.exceptionCount, runs[1].exceptionCount);
    }

    void loadRunIsConsistent()
    {
        TraceReader reader(m_generated.toStdString());
        const auto run = reader.loadRun(2, {}, loadOptions());
        QCOMPARE(run->run.id, 2);
        QCOMPARE(run->calls.size(), std::size_t(10000));
        QCOMPARE(run->run.callCount, 10000);
        QCOMPARE(run->threads.size(), std::size_t(4));
        QCOMPARE(run->threads[0].name, std::string("MainThread"));
        QCOMPARE(run->threads[0].nativeId, 4000); // threads.native_id, as gen_trace.py writes it

        // ordered by (start, id); parents before children and enclosing them; self = duration - children
        std::vector<Nanos> childSum(run->calls.size(), 0);
        std::size_t roots = 0;
        for (std::size_t i = 0; i < run->calls.size(); ++i) {
            const CallRecord& c = run->calls[i];
            if (i > 0) {
                const CallRecord& p = run->calls[i - 1];
                QVERIFY(p.startNs < c.startNs || (p.startNs == c.startNs && p.id < c.id));
            }
            QVERIFY(c.function < run->functions.size());
            QVERIFY(c.thread < run->threads.size());
            if (c.parent < 0) {
                ++roots;
                QCOMPARE(c.depth, 0u);
                continue;
            }
            const CallRecord& parent = run->calls[static_cast<std::size_t>(c.parent)];
            QVERIFY(static_cast<std::size_t>(c.parent) < i);
            QVERIFY(parent.startNs <= c.startNs && c.endNs() <= parent.endNs());
            QCOMPARE(c.depth, parent.depth + 1);
            QCOMPARE(c.thread, parent.thread);
            childSum[static_cast<std::size_t>(c.parent)] += c.durationNs;
        }
        for (std::size_t i = 0; i < run->calls.size(); ++i)
            QCOMPARE(run->calls[i].selfNs, run->calls[i].durationNs - childSum[i]);
        QCOMPARE(run->roots().size(), roots);

        // indexes agree with the SQL
        QueryOptions only2;
        only2.run = 2;
        const auto sqlRoots =
            reader.database().query("SELECT count(*) FROM events WHERE parent_event_id IS NULL", only2);
        QCOMPARE(std::get<std::int64_t>(sqlRoots.rows[0][0]), static_cast<std::int64_t>(roots));
        std::size_t byFunction = 0;
        for (std::uint32_t f = 0; f < run->functions.size(); ++f) {
            const auto calls = run->callsOf(f);
            QVERIFY(!calls.empty()); // only functions of this run are kept
            byFunction += calls.size();
            for (std::size_t k = 1; k < calls.size(); ++k)
                QVERIFY(calls[k - 1] < calls[k]);
        }
        QCOMPARE(byFunction, run->calls.size());
        std::size_t children = 0;
        for (std::uint32_t i = 0; i < run->calls.size(); ++i)
            children += run->children(i).size();
        QCOMPARE(children + roots, run->calls.size());

        // the per-function totals match SQL on the events view
        const auto sql = reader.database().query(
            "SELECT function_name, module, COUNT(*), SUM(duration_ms) FROM events GROUP BY 1, 2", only2);
        QCOMPARE(sql.rows.size(), run->functions.size());
        const auto summary = FunctionStats::summarize(*run);
        for (const auto& row : sql.rows) {
            const auto f =
                run->findFunction(std::get<std::string>(row[1]) + ":" + std::get<std::string>(row[0]));
            QVERIFY(f);
            const auto it =
                std::find_if(summary.begin(), summary.end(), [&](const auto& s) { return s.function == *f; });
            QCOMPARE(it->calls, std::get<std::int64_t>(row[2]));
            QVERIFY(std::fabs(static_cast<double>(it->durationSum) / 1e6 - std::get<double>(row[3])) < 1e-3);
        }

        // exceptions: attached to their calls, ordered by time
        QVERIFY(!run->exceptions.empty());
        QCOMPARE(run->run.exceptionCount, static_cast<std::int64_t>(run->exceptions.size()));
        for (std::size_t k = 0; k < run->exceptions.size(); ++k) {
            const auto& e = run->exceptions[k];
            QVERIFY(e.call >= 0);
            QCOMPARE(static_cast<std::uint32_t>(e.function),
                     run->calls[static_cast<std::size_t>(e.call)].function);
            if (k > 0)
                QVERIFY(run->exceptions[k - 1].timestampNs <= e.timestampNs);
            if (e.escaped)
                QCOMPARE(run->exceptionOf(static_cast<std::uint32_t>(e.call)), static_cast<std::int32_t>(k));
        }
    }

    void progressAndCancel()
    {
        const QString file = m_dir.filePath("progress.db");
        QVERIFY(TraceBuilder::generate(file.toStdString(), "--calls 140000 --threads 2"));
        TraceReader reader(file.toStdString());
        std::vector<std::pair<std::int64_t, std::int64_t>> seen;
        const auto run = reader.loadRun(
            1,
            [&](std::int64_t done, std::int64_t total) {
                seen.emplace_back(done, total);
                return true;
            },
            loadOptions());
        QCOMPARE(run->calls.size(), std::size_t(140000));
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.front().first, 0);
        QCOMPARE(seen.back().first, 140000);
        for (const auto& [done, total] : seen)
            QCOMPARE(total, 140000);

        int calls = 0;
        try {
            reader.loadRun(
                1, [&](std::int64_t done, std::int64_t) { return ++calls < 2 && done < 100000; },
                loadOptions());
            QFAIL("returning false must cancel the load");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), TraceError::Kind::Interrupted);
        }
        QCOMPARE(calls, 2);
        // the reader is still usable
        QCOMPARE(reader.loadRun(1, {}, loadOptions())->calls.size(), std::size_t(140000));
    }

    void outOfOrderIdsAndOrphans()
    {
        // A wall clock that stepped back gives a call an id out of start order; a crashed run leaves calls
        // whose parent was never written. Both must load into a consistent RunData.
        const QString file = m_dir.filePath("odd.db");
        {
            TraceBuilder b(file.toStdString());
            const auto main = b.addFunction("main");
            const auto a = b.addFunction("a");
            const auto lost = b.addFunction("lost_child");
            b.addRun(1, ms(0), std::nullopt, "crashed");
            b.addCall(10, 1, std::nullopt, main, ms(100), ms(50));
            b.addCall(11, 1, 10, a, ms(130), ms(5)); // starts after call 12 despite its smaller id
            b.addCall(12, 1, 10, a, ms(110), ms(10));
            b.addCall(20, 1, 15, lost, ms(300), ms(7)); // parent 15 never finished
            b.finish();
        }
        TraceReader reader(file.toStdString());
        const auto run = reader.loadRun(1, {}, loadOptions());
        QCOMPARE(run->calls.size(), std::size_t(4));
        const std::vector<std::int64_t> ids = {10, 12, 11, 20};
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(run->calls[i].id, ids[i]);
        QCOMPARE(run->calls[1].parent, 0);
        QCOMPARE(run->calls[2].parent, 0);
        QCOMPARE(run->calls[0].selfNs, ms(35));
        QCOMPARE(run->calls[3].parent, -1); // orphan becomes a root
        QCOMPARE(run->roots().size(), std::size_t(2));
        QCOMPARE(run->children(0).size(), std::size_t(2));
        QCOMPARE(run->children(0)[0], 1u); // children in start order
        QCOMPARE(run->run.status, std::string("crashed"));
        QCOMPARE(run->run.endNs, ms(307));
        QCOMPARE(run->lastEndNs(), ms(307));
    }

    void concurrentWriterAndThreads()
    {
        // A tracer appending to the WAL file while the reader lists and loads, and a second thread running
        // SQL on the same reader: every call succeeds and sees a consistent run.
        const QString file = m_dir.filePath("live.db");
        QVERIFY(TraceBuilder::generate(file.toStdString(), "--calls 20000 --threads 2"));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QString writerScript = R"PY(
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
start = time.time_ns()
db.execute("INSERT INTO runs(run_id, start_ns, started_at, status, heartbeat_ns) VALUES (2, ?, 'x', 'running', ?)", (start, start))
cid = 1000000
print("ready", flush=True)
end = time.time() + 1.5
while time.time() < end:
    db.execute("BEGIN")
    for _ in range(200):
        cid += 1
        db.execute("INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, depth, start_ns, duration_ns) VALUES (?, 2, NULL, 1, 1, 0, ?, 1000)", (cid, time.time_ns()))
    db.execute("UPDATE runs SET heartbeat_ns = ? WHERE run_id = 2", (time.time_ns(),))
    db.execute("COMMIT")
    time.sleep(0.005)
)PY";
        QProcess writer;
        writer.start(BREADCRUMB_PYTHON_EXE, {"-c", writerScript, file});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));

        TraceReader reader(file.toStdString());
        std::atomic_bool stop{false};
        std::atomic_int queries{0};
        std::string queryError;
        std::thread sql([&] {
            try {
                while (!stop) {
                    const auto r = reader.database().query("SELECT count(*) FROM events WHERE run_id = 1");
                    if (std::get<std::int64_t>(r.rows[0][0]) != 20000)
                        throw std::runtime_error("wrong count");
                    ++queries;
                }
            } catch (const std::exception& e) {
                queryError = e.what();
            }
        });
        int loads = 0;
        std::int64_t lastLive = 0;
        while (writer.state() != QProcess::NotRunning) {
            QCOMPARE(reader.loadRun(1, {}, loadOptions())->calls.size(), std::size_t(20000));
            const auto runs = reader.runs();
            QCOMPARE(runs.size(), std::size_t(2));
            QVERIFY(runs[0].callCount >= lastLive);
            lastLive = runs[0].callCount;
            if (lastLive > 0) {
                const auto live = reader.loadRun(2, {}, loadOptions());
                QVERIFY(static_cast<std::int64_t>(live->calls.size()) >= lastLive);
                QCOMPARE(live->run.status, std::string("running"));
            }
            ++loads;
            writer.waitForFinished(50);
        }
        stop = true;
        sql.join();
        QVERIFY2(queryError.empty(), queryError.c_str());
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(loads > 0);
        QVERIFY(queries > 0);
        QVERIFY(lastLive > 0);
    }

    void damagedPages()
    {
        // Garbage in the middle of the file (size and header intact): open may succeed, but loading and
        // querying report a damaged trace by name, never crash.
        const QString file = m_dir.filePath("damaged.db");
        QVERIFY(QFile::copy(m_generated, file));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 3);
            f.write(QByteArray(256 * 1024, '\xff'));
        }
        bool reported = false;
        try {
            TraceReader reader(file.toStdString());
            for (const auto& r : reader.runs())
                reader.loadRun(r.id, {}, loadOptions());
            reader.database().query("SELECT count(*), sum(duration_ms) FROM events");
        } catch (const TraceError& e) {
            reported = true;
            QCOMPARE(e.kind(), TraceError::Kind::Corrupt);
            QVERIFY2(QString(e.what()).contains("damaged.db"), e.what());
        }
        QVERIFY(reported);
    }

    void errors()
    {
        const QString file = m_dir.filePath("errors.db");
        {
            TraceBuilder b(file.toStdString());
            b.addFunction("main");
            b.finish();
        }
        {
            TraceReader reader(file.toStdString());
            QVERIFY(reader.runs().empty());
            try {
                reader.newestRunId();
                QFAIL("no runs");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), TraceError::Kind::NoSuchRun);
            }
        }
        {
            TraceBuilder b(file.toStdString());
            b.addRun(1, ms(0), ms(10));
            b.finish();
        }
        TraceReader reader(file.toStdString());
        try {
            reader.loadRun(1, {}, loadOptions());
            QFAIL("an empty run cannot be loaded");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), TraceError::Kind::EmptyRun);
            QVERIFY2(QString(e.what()).contains("no calls"), e.what());
        }
        for (auto attempt : {0, 1}) {
            try {
                if (attempt == 0)
                    reader.loadRun(42, {}, loadOptions());
                else
                    reader.run(42);
                QFAIL("run 42 does not exist");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), TraceError::Kind::NoSuchRun);
                QVERIFY2(QString(e.what()).contains("42"), e.what());
            }
        }
        QCOMPARE(reader.path(), file.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
