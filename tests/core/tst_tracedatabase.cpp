// TraceDatabase: every way a file can fail to be a trace, refusal of anything that writes (the file's
// bytes stay identical), time limit and cancellation, SQL errors with their offset, the per-run view.

#include "TraceBuilder.h"
#include "TraceDatabase.h"
#include "TraceReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <thread>

using namespace breadcrumb;
using Kind = TraceError::Kind;
Q_DECLARE_METATYPE(breadcrumb::TraceError::Kind)

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void toWal(const QString& path)
{
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestTraceDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small; // hand-built trace, two runs
    QString m_generated;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = path("small.db");
        TraceBuilder b(m_small.toStdString());
        const auto main = b.addFunction("main");
        const auto work = b.addFunction("work");
        b.addRun(1, ms(1000), ms(2000));
        b.addRun(2, ms(3000), ms(4000));
        b.addCall(1, 1, std::nullopt, main, ms(1000), ms(100));
        b.addCall(2, 1, 1, work, ms(1010), ms(40), 1, 1);
        b.addCall(3, 2, std::nullopt, main, ms(3000), ms(50));
        b.addException(1, 1, 2, ms(1050), "ValueError", "bad", true);
        b.addValues(2, "n=1", "None");
        b.finish();
        m_generated = path("generated.db");
        QVERIFY(TraceBuilder::generate(m_generated.toStdString(),
                                       "--calls 20000 --runs 2 --threads 3 --capture-values"));
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("missing") << path("nope.db") << Kind::MissingFile << "does not exist";
        QTest::newRow("directory") << m_dir.path() << Kind::NotSqlite << "is a directory";

        writeBytes(path("text.db"), QByteArray("this is a text file, certainly not SQLite\n").repeated(10));
        QTest::newRow("not sqlite") << path("text.db") << Kind::NotSqlite << "not a SQLite file";

        writeBytes(path("empty.db"), {});
        QTest::newRow("empty file") << path("empty.db") << Kind::NotATrace << "empty";

        {
            TraceBuilder plain(path("plain.db").toStdString());
            plain.exec("DROP VIEW events; DROP VIEW calls; DROP TABLE call_chunks; DROP TABLE runs; DROP "
                       "TABLE functions;"
                       "CREATE TABLE notes(x)");
            plain.exec("PRAGMA user_version = 0");
        }
        QTest::newRow("plain sqlite") << path("plain.db") << Kind::NotATrace << "not a Breadcrumb trace";

        {
            TraceBuilder zero(path("zero.db").toStdString());
            zero.exec("PRAGMA user_version = 0");
        }
        QTest::newRow("user_version 0") << path("zero.db") << Kind::NotATrace << "user_version is 0";

        {
            TraceBuilder newer(path("newer.db").toStdString());
            newer.exec("PRAGMA user_version = 203");
        }
        QTest::newRow("newer format") << path("newer.db") << Kind::NewerFormat << "trace format 2.3";

        QFile::copy(m_generated, path("truncated.db"));
        QFile::resize(path("truncated.db"), QFileInfo(m_generated).size() / 2);
        QTest::newRow("truncated") << path("truncated.db") << Kind::Corrupt << "truncated";
    }

    void openErrors()
    {
        QFETCH(QString, file);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        try {
            TraceReader reader(file.toStdString());
            QFAIL("opening should have failed");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), kind);
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(messagePart), qPrintable(message));
            QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message)); // names the file
            QVERIFY(!message.contains('\n'));
        }
    }

    void formatVersion()
    {
        TraceDatabase db(m_small.toStdString());
        QCOMPARE(db.formatVersion(), 101);
    }

    void refusesWrites_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("delete") << "DELETE FROM calls";
        QTest::newRow("delete view") << "DELETE FROM events WHERE event_id = 1";
        QTest::newRow("drop") << "DROP TABLE calls";
        QTest::newRow("drop view") << "DROP VIEW events";
        QTest::newRow("insert")
            << "INSERT INTO functions(name, module, file, line) VALUES ('x', 'y', 'z', 1)";
        QTest::newRow("update") << "UPDATE runs SET status = 'crashed'";
        QTest::newRow("attach") << "ATTACH DATABASE 'other.db' AS other";
        QTest::newRow("detach") << "DETACH DATABASE temp";
        QTest::newRow("pragma user_version") << "PRAGMA user_version = 5";
        QTest::newRow("pragma query_only off") << "PRAGMA query_only = 0";
        QTest::newRow("pragma journal_mode") << "PRAGMA journal_mode = DELETE";
        QTest::newRow("create table") << "CREATE TABLE t(x)";
        QTest::newRow("create temp table") << "CREATE TEMP TABLE t(x)";
        QTest::newRow("create index") << "CREATE INDEX i ON calls(depth)";
        QTest::newRow("alter") << "ALTER TABLE calls ADD COLUMN y";
        QTest::newRow("vacuum") << "VACUUM";
        QTest::newRow("vacuum into") << "VACUUM INTO 'copy.db'";
        QTest::newRow("reindex") << "REINDEX";
        QTest::newRow("analyze") << "ANALYZE";
        QTest::newRow("begin") << "BEGIN IMMEDIATE";
        QTest::newRow("cte delete") << "WITH x AS (SELECT 1) DELETE FROM calls";
        QTest::newRow("replace") << "REPLACE INTO meta(key, value) VALUES ('a', 'b')";
        QTest::newRow("update sqlite_master") << "UPDATE sqlite_master SET sql = 'x'";
        QTest::newRow("writable_schema") << "PRAGMA writable_schema = 1";
    }

    void refusesWrites()
    {
        QFETCH(QString, sql);
        const QByteArray before = fileHash(m_small);
        {
            TraceDatabase db(m_small.toStdString());
            try {
                db.query(sql.toStdString());
                QFAIL("the statement should have been refused");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), Kind::ReadOnlyViolation);
                QVERIFY2(QString(e.what()).startsWith("refusing to run SQL that modifies the trace: "),
                         e.what());
            }
            // still usable afterwards, and still whole
            QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM calls").rows[0][0]), 3);
            QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events").rows[0][0]), 3);
        }
        QCOMPARE(fileHash(m_small), before);
        QVERIFY(!QFile::exists(QDir::current().filePath("copy.db")));
    }

    void readPragmasAllowed()
    {
        TraceDatabase db(m_small.toStdString());
        QCOMPARE(std::get<std::int64_t>(db.query("PRAGMA user_version").rows[0][0]), 101);
        QVERIFY(!db.query("PRAGMA table_info(calls)").rows.empty());
    }

    void walFileUnchanged()
    {
        // Real traces are in WAL mode: opening them read-only must not touch the file either.
        const QString wal = path("wal.db");
        QVERIFY(QFile::copy(m_generated, wal));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(wal.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(wal);
        {
            TraceReader reader(wal.toStdString());
            const auto run = reader.loadRun(reader.newestRunId());
            QCOMPARE(run->calls.size(), std::size_t(10000));
            QVERIFY_THROWS_EXCEPTION(TraceError, reader.database().query("DELETE FROM calls"));
            QCOMPARE(std::get<std::int64_t>(reader.database().query("SELECT count(*) FROM calls").rows[0][0]),
                     20000);
        }
        QCOMPARE(fileHash(wal), before);
    }

    // Only regular files are opened: a FIFO would block SQLite for good, a device or directory mislead it.
    void notRegularFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messagePart");
        const QString fifo = path("fifo.db");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::newRow("fifo") << fifo << "is a FIFO, not a trace file";
        QTest::newRow("device") << "/dev/zero"
                                << "is a device, not a trace file";
        QTest::newRow("directory") << m_dir.path() << "is a directory, not a trace file";
        QTest::newRow("symlink to fifo") << [&] {
            const QString link = path("link-to-fifo.db");
            QFile::link(fifo, link);
            return link;
        }() << "is a FIFO, not a trace file";
    }

    void notRegularFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, messagePart);
        QElapsedTimer timer;
        timer.start();
        try {
            TraceDatabase db(file.toStdString());
            QFAIL("opening should have failed");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::NotSqlite);
            QVERIFY2(QString(e.what()).contains(messagePart), e.what());
        }
        QVERIFY(timer.elapsed() < 5000);
    }

    void fifoCompanionRefused()
    {
        const QString file = path("companion.db");
        QVERIFY(QFile::copy(m_small, file));
        QCOMPARE(::mkfifo(QFile::encodeName(file + "-journal").constData(), 0600), 0);
        try {
            TraceDatabase db(file.toStdString());
            QFAIL("a FIFO next to the trace must be refused");
        } catch (const TraceError& e) {
            QVERIFY2(QString(e.what()).contains("companion.db-journal' next to the trace is a FIFO"),
                     e.what());
        }
    }

    // A finished WAL-mode trace (no -wal: no writer) is read as it is, with nothing created next to it.
    void completeWalTraceCreatesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("t.db");
        QVERIFY(QFile::copy(m_generated, file));
        toWal(file);
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(before, QStringList{"t.db"});
        const QByteArray hash = fileHash(file);
        {
            TraceReader reader(file.toStdString());
            QCOMPARE(reader.loadRun(reader.newestRunId())->calls.size(), std::size_t(10000));
            QCOMPARE(
                std::get<std::int64_t>(reader.database().query("SELECT count(*) FROM events").rows[0][0]),
                20000);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
            QVERIFY(!reader.database().changedOnDisk());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
        QCOMPARE(fileHash(file), hash);
    }

    // While a writer is active (its -wal exists) every commit is seen, also by a connection opened before.
    void liveTraceShowsNewCalls()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("live.db");
        QVERIFY(QFile::copy(m_small, file));
        toWal(file);
        sqlite3* writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer,
                              "PRAGMA wal_autocheckpoint = 0; INSERT INTO calls(call_id, run_id, parent_id, "
                              "function_id, thread_id, depth, start_ns, duration_ns, child_ns) VALUES "
                              "(10, 2, NULL, 1, 1, 0, 3100000000, 1000000, 0)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        {
            TraceDatabase db(file.toStdString());
            QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events").rows[0][0]), 4);
            QCOMPARE(sqlite3_exec(writer,
                                  "INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, "
                                  "depth, start_ns, duration_ns, child_ns) VALUES "
                                  "(11, 2, NULL, 1, 1, 0, 3200000000, 1000000, 0)",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events").rows[0][0]), 5);
            QVERIFY(!db.changedOnDisk());
        }
        sqlite3_close(writer);
    }

    // A trace read as complete is told apart from one a writer has started on since.
    void changedOnDiskAfterANewWriter()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("t.db");
        QVERIFY(QFile::copy(m_small, file));
        toWal(file);
        TraceDatabase db(file.toStdString());
        QVERIFY(!db.changedOnDisk());
        sqlite3* writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &writer), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(writer, "INSERT INTO meta(key, value) VALUES ('x', 'y')", nullptr, nullptr, nullptr),
            SQLITE_OK);
        QVERIFY(db.changedOnDisk());
        // only in the WAL so far: the file this connection reads is still whole
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events").rows[0][0]), 3);
        QCOMPARE(sqlite3_exec(writer, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        try {
            db.query("SELECT count(*) FROM events");
            QFAIL("a file rewritten under an immutable connection must not be read");
        } catch (const TraceError& e) {
            QVERIFY2(QString(e.what()).contains("has been rewritten since it was opened"), e.what());
        }
        sqlite3_close(writer);
    }

    void timeout()
    {
        TraceDatabase db(m_small.toStdString());
        QueryOptions options;
        options.timeout = std::chrono::milliseconds(200);
        QElapsedTimer timer;
        timer.start();
        try {
            db.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
                     options);
            QFAIL("an endless query must be stopped");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::Interrupted);
            QVERIFY2(QString(e.what()).contains("time limit"), e.what());
        }
        QVERIFY(timer.elapsed() < 5000);
        // the connection works normally after an interruption
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM calls").rows[0][0]), 3);
    }

    void cancel()
    {
        TraceDatabase db(m_small.toStdString());
        std::atomic_bool cancel{false};
        QueryOptions options;
        options.timeout = std::chrono::milliseconds(0); // no limit: only the flag stops it
        options.cancel = &cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            cancel = true;
        });
        try {
            db.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
                     options);
            canceller.join();
            QFAIL("the query should have been cancelled");
        } catch (const TraceError& e) {
            canceller.join();
            QCOMPARE(e.kind(), Kind::Interrupted);
            QVERIFY2(QString(e.what()).contains("cancelled"), e.what());
        }
    }

    void sqlErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("offset");
        QTest::newRow("syntax") << "SELCT * FROM calls"
                                << "syntax error" << 0;
        QTest::newRow("no such column") << "SELECT nonsense FROM calls"
                                        << "no such column: nonsense" << 7;
        QTest::newRow("no such table") << "SELECT * FROM nowhere"
                                       << "no such table: nowhere" << -2;
        QTest::newRow("two statements") << "SELECT 1; SELECT 2"
                                        << "one statement" << 9;
        QTest::newRow("empty") << "  -- nothing\n"
                               << "no statement" << -1;
        QTest::newRow("bad percentile") << "SELECT PERCENTILE(duration_ms, 150) FROM events"
                                        << "between 0 and 100" << -1;
    }

    void sqlErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, messagePart);
        QFETCH(int, offset);
        TraceDatabase db(m_small.toStdString());
        try {
            db.query(sql.toStdString());
            QFAIL("should fail");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::Query);
            QVERIFY2(QString(e.what()).contains(messagePart), e.what());
            if (offset != -2) // SQLite does not always know the position
                QCOMPARE(e.offset, offset);
        }
    }

    void trailingSemicolonAndComment()
    {
        TraceDatabase db(m_small.toStdString());
        const auto result = db.query("SELECT count(*) AS n FROM calls; -- the count\n");
        QCOMPARE(result.columns, std::vector<std::string>{"n"});
        QCOMPARE(std::get<std::int64_t>(result.rows[0][0]), 3);
    }

    void maxRows()
    {
        TraceDatabase db(m_generated.toStdString());
        QueryOptions options;
        options.maxRows = 10;
        auto result = db.query("SELECT event_id FROM events ORDER BY event_id", options);
        QCOMPARE(result.rows.size(), std::size_t(10));
        QVERIFY(result.truncated);
        options.maxRows = 3;
        result = db.query("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3", options);
        QCOMPARE(result.rows.size(), std::size_t(3));
        QVERIFY(!result.truncated);
    }

    void runRestriction()
    {
        TraceDatabase db(m_small.toStdString());
        QueryOptions options;
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events", options).rows[0][0]), 3);
        options.run = 1;
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events", options).rows[0][0]), 2);
        options.run = 2;
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events", options).rows[0][0]), 1);
        options.run = std::nullopt;
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM events", options).rows[0][0]), 3);
        // tables are not restricted
        options.run = 2;
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM calls", options).rows[0][0]), 3);
    }

    void runRestrictionInterleaved()
    {
        // Two finished runs whose call ids interleave (two processes tracing into one file): the id range of
        // a run holds calls of the other, so the restriction must not rely on it.
        const QString file = path("interleaved.db");
        {
            TraceBuilder b(file.toStdString());
            const auto f = b.addFunction("f");
            b.addRun(1, ms(0), ms(100));
            b.addRun(2, ms(0), ms(100));
            b.addCall(1, 1, std::nullopt, f, ms(1), ms(10));
            b.addCall(2, 2, std::nullopt, f, ms(2), ms(20));
            b.addCall(3, 1, std::nullopt, f, ms(30), ms(30));
            b.addCall(4, 2, 2, f, ms(4), ms(5));
            b.finish();
        }
        TraceDatabase db(file.toStdString());
        QueryOptions options;
        options.run = 1;
        auto r = db.query("SELECT count(*), sum(duration_ms) FROM events", options);
        QCOMPARE(std::get<std::int64_t>(r.rows[0][0]), 2);
        QCOMPARE(std::get<double>(r.rows[0][1]), 40.0);
        options.run = 2;
        r = db.query("SELECT count(*), sum(duration_ms) FROM events", options);
        QCOMPARE(std::get<std::int64_t>(r.rows[0][0]), 2);
        QCOMPARE(std::get<double>(r.rows[0][1]), 25.0);
    }

    void runRestrictionMatchesFormat()
    {
        TraceDatabase db(m_generated.toStdString());
        for (std::int64_t run : {1, 2}) {
            QueryOptions options;
            options.run = run;
            const std::string where = " WHERE run_id = " + std::to_string(run);
            const auto count = db.query("SELECT count(*) FROM main.events" + where).rows[0][0];
            QCOMPARE(db.query("SELECT count(*) FROM events", options).rows[0][0], count);
            QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM (SELECT * FROM events EXCEPT "
                                                     "SELECT * FROM main.events" +
                                                         where + ")",
                                                     options)
                                                .rows[0][0]),
                     0);
        }
    }

    void eventsViewMatchesFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("hand-built") << m_small;
        QTest::newRow("generated") << m_generated;
    }

    void eventsViewMatchesFormat()
    {
        // `events` (the faster TEMP view) must return exactly what the format's main.events returns.
        QFETCH(QString, file);
        TraceDatabase db(file.toStdString());
        const auto main = db.query("SELECT count(*) FROM main.events").rows[0][0];
        QCOMPARE(db.query("SELECT count(*) FROM events").rows[0][0], main);
        QCOMPARE(std::get<std::int64_t>(
                     db.query("SELECT count(*) FROM (SELECT * FROM events EXCEPT SELECT * FROM main.events)")
                         .rows[0][0]),
                 0);
        QCOMPARE(std::get<std::int64_t>(
                     db.query("SELECT count(*) FROM (SELECT * FROM main.events EXCEPT SELECT * FROM events)")
                         .rows[0][0]),
                 0);
        const auto columns = db.query("SELECT * FROM events LIMIT 1").columns;
        QCOMPARE(columns, db.query("SELECT * FROM main.events LIMIT 1").columns);
        QCOMPARE(columns.size(), std::size_t(19));
        // the fixture has values and exceptions, so those columns were compared too
        QVERIFY(std::get<std::int64_t>(db.query("SELECT count(args) FROM events").rows[0][0]) > 0);
        QVERIFY(std::get<std::int64_t>(db.query("SELECT count(exception_type) FROM events").rows[0][0]) > 0);
    }

    void eventsValuesAndExceptions()
    {
        TraceDatabase db(m_small.toStdString());
        const auto r =
            db.query("SELECT function_name, caller_function, exception_type, exception_message, args, "
                     "return_value, self_ms, timestamp FROM events WHERE event_id = 2");
        QCOMPARE(r.rows.size(), std::size_t(1));
        QCOMPARE(sqlValueToString(r.rows[0][0]), std::string("work"));
        QCOMPARE(sqlValueToString(r.rows[0][1]), std::string("main"));
        QCOMPARE(sqlValueToString(r.rows[0][2]), std::string("ValueError"));
        QCOMPARE(sqlValueToString(r.rows[0][3]), std::string("bad"));
        QCOMPARE(sqlValueToString(r.rows[0][4]), std::string("n=1"));
        QCOMPARE(sqlValueToString(r.rows[0][5]), std::string("None"));
        QCOMPARE(sqlValueToString(r.rows[0][6]), std::string("40.0"));
        QCOMPARE(sqlValueToString(r.rows[0][7]), formatIso(ms(1010)));
    }

    void valueToString_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << 0 << 0.0 << "NULL";
        QTest::newRow("int") << 1 << 42.0 << "42";
        QTest::newRow("real whole") << 2 << 1000.0 << "1000.0";
        QTest::newRow("real") << 2 << 100.0495 << "100.0495";
        QTest::newRow("real long") << 2 << 1.0 / 3.0 << "0.333333";
        QTest::newRow("negative") << 2 << -2.5 << "-2.5";
    }

    void valueToString()
    {
        QFETCH(int, type);
        QFETCH(double, number);
        QFETCH(QString, expected);
        SqlValue v;
        if (type == 1)
            v = static_cast<std::int64_t>(number);
        else if (type == 2)
            v = number;
        QCOMPARE(QString::fromStdString(sqlValueToString(v)), expected);
    }
};

QTEST_GUILESS_MAIN(TestTraceDatabase)
#include "tst_tracedatabase.moc"
