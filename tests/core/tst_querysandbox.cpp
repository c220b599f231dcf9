// The sandbox user SQL runs in (TraceDatabase::query): the allow-list of functions and pragmas checked
// against every function this SQLite has, hostile schema objects in the file (an FTS3 table, views and
// generated columns calling refused functions, views in place of tables), and the limits on time, memory,
// one value and the size of the result. Real trace files, built with tracer/schema.sql.

#include "TraceBuilder.h"
#include "TraceDatabase.h"
#include "TraceReader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace breadcrumb;
using Kind = TraceError::Kind;

namespace {

void exec(const QString& file, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::int64_t single(TraceDatabase& db, const std::string& sql)
{
    return std::get<std::int64_t>(db.query(sql).rows.at(0).at(0));
}

// The error a statement gets, or "" when it runs.
QString errorOf(TraceDatabase& db, const std::string& sql, Kind* kind = nullptr)
{
    try {
        db.query(sql);
        return {};
    } catch (const TraceError& e) {
        if (kind)
            *kind = e.kind();
        return QString::fromStdString(e.what());
    }
}

const char* const kEndless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) ";

} // namespace

class TestQuerySandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trace;   // plain, two runs
    QString m_hostile; // the same plus an FTS3 table, hostile views and a generated column

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trace = path("trace.db");
        {
            TraceBuilder b(m_trace.toStdString());
            const auto main = b.addFunction("main");
            const auto work = b.addFunction("work");
            b.addRun(1, ms(1000), ms(2000));
            b.addRun(2, ms(3000), ms(4000));
            b.addCall(1, 1, std::nullopt, main, ms(1000), ms(100));
            b.addCall(2, 1, 1, work, ms(1010), ms(40));
            b.addCall(3, 2, std::nullopt, main, ms(3000), ms(50));
            b.finish();
        }
        m_hostile = path("hostile.db");
        QVERIFY(QFile::copy(m_trace, m_hostile));
        exec(m_hostile, "CREATE VIRTUAL TABLE notes USING fts3(body);"
                        "INSERT INTO notes VALUES ('hello world');"
                        "CREATE VIEW sneaky AS SELECT fts3_tokenizer('simple') AS pointer;"
                        "CREATE VIEW loader AS SELECT load_extension('/nonexistent/evil') AS x;"
                        "CREATE VIEW leaky AS SELECT sqlite_compileoption_get(0) AS option;");
    }

    void refusedFunctions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("function");
        QTest::newRow("fts3_tokenizer leak") << "SELECT fts3_tokenizer('simple')"
                                             << "fts3_tokenizer";
        QTest::newRow("fts3_tokenizer install") << "SELECT fts3_tokenizer('simple', x'4141414141414141')"
                                                << "fts3_tokenizer";
        QTest::newRow("upper case") << "SELECT FTS3_TOKENIZER('simple')"
                                    << "fts3_tokenizer";
        QTest::newRow("load_extension") << "SELECT load_extension('/nonexistent/evil')"
                                        << "load_extension";
        QTest::newRow("sqlite_log") << "SELECT sqlite_log(1, 'x')"
                                    << "sqlite_log";
        QTest::newRow("rtreenode") << "SELECT rtreenode(2, x'0000')"
                                   << "rtreenode";
        QTest::newRow("in a subquery") << "SELECT (SELECT fts3_tokenizer('simple'))"
                                       << "fts3_tokenizer";
        QTest::newRow("in a CTE") << "WITH t AS (SELECT load_extension('x') AS v) SELECT * FROM t"
                                  << "load_extension";
        QTest::newRow("file view") << "SELECT * FROM leaky"
                                   << "sqlite_compileoption_get";
        QTest::newRow("file view in a join") << "SELECT count(*) FROM runs JOIN leaky"
                                             << "sqlite_compileoption_get";
    }

    void refusedFunctions()
    {
        QFETCH(QString, sql);
        QFETCH(QString, function);
        const QByteArray before = fileHash(m_hostile);
        TraceDatabase db(m_hostile.toStdString());
        Kind kind{};
        const QString error = errorOf(db, sql.toStdString(), &kind);
        QCOMPARE(kind, Kind::Query);
        QVERIFY2(error.contains(function + "() is not available in trace queries"), qPrintable(error));
        QCOMPARE(single(db, "SELECT count(*) FROM events"), 3);
        QCOMPARE(fileHash(m_hostile), before);
    }

    // Issue 16's crash: fts3_tokenizer(name, pointer) made SQLite call 0x4141414141414141 on the next read
    // of an FTS3 table. The pointer never gets in, and FTS3 tables are out of reach anyway.
    void fts3TokenizerCannotInstallAPointer()
    {
        TraceDatabase db(m_hostile.toStdString());
        QVERIFY(
            errorOf(db, "SELECT fts3_tokenizer('simple', x'4141414141414141')").contains("not available"));
        const QString error = errorOf(db, "SELECT * FROM notes WHERE notes MATCH 'hello'");
        QVERIFY2(error.contains("no such module: fts3"), qPrintable(error));
        QCOMPARE(single(db, "SELECT count(*) FROM events"), 3);
    }

    // SQLite's own rule for views in the schema: functions marked direct-only never run from there.
    void fileViewsCannotCallDirectOnlyFunctions()
    {
        TraceDatabase db(m_hostile.toStdString());
        QVERIFY(errorOf(db, "SELECT * FROM sneaky").contains("unsafe use of fts3_tokenizer()"));
        QVERIFY(errorOf(db, "SELECT * FROM loader").contains("unsafe use of load_extension()"));
    }

    // A generated column calling fts3_tokenizer() cannot be created; written into the schema by hand it
    // makes the whole schema unreadable, so such a file does not open.
    void generatedColumnWithRefusedFunction()
    {
        const QString file = path("generated.db");
        QVERIFY(QFile::copy(m_trace, file));
        exec(file, "CREATE TABLE generated(x, y AS (abs(x))); INSERT INTO generated(x) VALUES (1);"
                   "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_master SET sql = replace(sql, 'abs(x)', 'fts3_tokenizer(''simple'')') "
                   "WHERE name = 'generated';");
        try {
            TraceDatabase db(file.toStdString());
            QFAIL("the schema is not readable");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::Corrupt);
        }
    }

    // Every function this SQLite knows is either on the allow-list and reachable, or refused by name.
    void everyFunctionIsDecided()
    {
        TraceDatabase db(m_trace.toStdString());
        const auto functions =
            db.query("SELECT name, max(narg) FROM pragma_function_list GROUP BY name ORDER BY name");
        QVERIFY(functions.rows.size() > 50);
        std::set<std::string> allowed;
        {
            const std::string list = allowedQueryFunctions();
            for (std::size_t start = 0; start < list.size();) {
                const auto end = std::min(list.find(", ", start), list.size());
                allowed.insert(list.substr(start, end - start));
                start = end + 2;
            }
        }
        QVERIFY(allowed.count("json_extract") && allowed.count("median") && allowed.count("strftime"));
        QVERIFY(!allowed.count("fts3_tokenizer") && !allowed.count("load_extension"));
        int refused = 0;
        for (const auto& row : functions.rows) {
            const std::string name = std::get<std::string>(row[0]);
            if (name == "->" || name == "->>" || name == "match")
                continue; // operators, not callable by name
            // Argument values never matter to the authorizer, which runs while the statement is prepared;
            // their number does (SQLite checks it first).
            const auto narg = std::get<std::int64_t>(row[1]);
            std::string args;
            for (std::int64_t i = 0; i < (narg < 0 ? 1 : narg); ++i)
                args += i ? ", 1" : "1";
            const QString error = errorOf(db, "SELECT " + name + "(" + args + ") FROM runs WHERE 0");
            const bool notAvailable = error.contains("is not available in trace queries");
            QVERIFY2(notAvailable == !allowed.count(name),
                     qPrintable(QString::fromStdString(name) + ": " + error));
            refused += notAvailable;
        }
        QVERIFY(refused >= 10);
    }

    void allowedFunctions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << "SELECT json_extract('{\"a\": [1, 2]}', '$.a[1]')"
                              << "2";
        QTest::newRow("json_each") << "SELECT count(*) FROM json_each('[1, 2, 3]')"
                                   << "3";
        QTest::newRow("printf") << "SELECT printf('%05.1f', 3.14159)"
                                << "003.1";
        QTest::newRow("date") << "SELECT strftime('%Y', 0, 'unixepoch')"
                              << "1970";
        QTest::newRow("math") << "SELECT CAST(sqrt(16) + pow(2, 3) AS INTEGER)"
                              << "12";
        QTest::newRow("window")
            << "SELECT max(r) FROM (SELECT row_number() OVER (ORDER BY call_id) AS r FROM calls)"
            << "3";
        QTest::newRow("median") << "SELECT median(duration_ms) FROM events"
                                << "50.0";
        QTest::newRow("percentile") << "SELECT percentile(duration_ms, 100) FROM events"
                                    << "100.0";
        QTest::newRow("stddev") << "SELECT stddev(x) FROM (SELECT 1 AS x UNION ALL SELECT 3)"
                                << "1.414214";
        QTest::newRow("group_concat")
            << "SELECT group_concat(name, '|') FROM (SELECT name FROM functions ORDER BY 1)"
            << "main|work";
        QTest::newRow("version") << "SELECT sqlite_version() > '3'"
                                 << "1";
    }

    void allowedFunctions()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        TraceDatabase db(m_trace.toStdString());
        const auto result = db.query(sql.toStdString());
        QCOMPARE(QString::fromStdString(sqlValueToString(result.rows.at(0).at(0))), expected);
    }

    void pragmas_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error"); // "" = allowed
        QTest::newRow("table_info") << "PRAGMA table_info(calls)"
                                    << "";
        QTest::newRow("pragma_table_info") << "SELECT count(*) FROM pragma_table_info('runs')"
                                           << "";
        QTest::newRow("database_list") << "SELECT name FROM pragma_database_list"
                                       << "";
        QTest::newRow("table_list") << "SELECT count(*) FROM pragma_table_list"
                                    << "";
        QTest::newRow("user_version") << "PRAGMA user_version"
                                      << "";
        QTest::newRow("index_list") << "PRAGMA index_list('call_chunks')"
                                    << "";
        QTest::newRow("main. prefix") << "PRAGMA main.page_count"
                                      << "";
        QTest::newRow("cache_size") << "PRAGMA cache_size"
                                    << "PRAGMA cache_size is not available";
        QTest::newRow("integrity_check") << "PRAGMA integrity_check"
                                         << "PRAGMA integrity_check is not available";
        QTest::newRow("pragma_integrity_check") << "SELECT * FROM pragma_integrity_check"
                                                << "PRAGMA integrity_check is not available";
        QTest::newRow("temp_store_directory") << "PRAGMA temp_store_directory"
                                              << "PRAGMA temp_store_directory is not available";
        QTest::newRow("set user_version")
            << "PRAGMA user_version = 7"
            << "refusing to run SQL that modifies the trace: PRAGMA user_version = 7";
        QTest::newRow("set query_only")
            << "PRAGMA query_only = 0"
            << "refusing to run SQL that modifies the trace: PRAGMA query_only = 0";
        QTest::newRow("other pragma table") << "SELECT * FROM pragma_cache_size"
                                            << "PRAGMA cache_size is not available";
    }

    void pragmas()
    {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        TraceDatabase db(m_trace.toStdString());
        const QString got = errorOf(db, sql.toStdString());
        if (error.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY2(!got.contains("sqlite_master"), qPrintable(got));
    }

    // A file whose events view never ends: Breadcrumb's own TEMP view stands in for it, so neither the
    // readers nor a query of `events` ever run it.
    void endlessEventsViewIsShadowed()
    {
        const QString file = path("endless-events.db");
        QVERIFY(QFile::copy(m_trace, file));
        exec(
            file,
            "DROP VIEW events; CREATE VIEW events AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
            "FROM c) SELECT x AS event_id, x AS parent_event_id, x AS run_id, 'call' AS event_type, "
            "x AS function_name, x AS module, x AS file, x AS line, x AS caller_function, x AS thread_id, "
            "x AS depth, x AS timestamp, x AS start_ns, x AS duration_ms, x AS self_ms, "
            "x AS exception_type, x AS exception_message, x AS args, x AS return_value FROM c");
        QElapsedTimer timer;
        timer.start();
        TraceReader reader(file.toStdString());
        QCOMPARE(reader.loadRun(1)->calls.size(), std::size_t(2));
        QCOMPARE(single(reader.database(), "SELECT count(*) FROM events"), 3);
        QVERIFY(timer.elapsed() < 10000);
    }

    // The core reads runs, functions, ... with no time limit: a file where they are views is not a trace.
    void viewsInPlaceOfTablesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("runs")
            << "ALTER TABLE runs RENAME TO runs_data; CREATE VIEW runs AS WITH RECURSIVE c(x) AS "
               "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT r.* FROM runs_data r, c"
            << "its runs is a view where a trace has a table";
        QTest::newRow("functions")
            << "ALTER TABLE functions RENAME TO f2; CREATE VIEW functions AS SELECT * FROM f2"
            << "its functions is a view where a trace has a table";
        QTest::newRow("call_chunks")
            << "ALTER TABLE call_chunks RENAME TO c2; CREATE VIEW call_chunks AS SELECT * "
               "FROM c2"
            << "its call_chunks is a view where a trace has a table";
    }

    void viewsInPlaceOfTablesAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("view-%1.db").arg(QTest::currentDataTag()));
        QVERIFY(QFile::copy(m_trace, file));
        exec(file, ("PRAGMA legacy_alter_table = ON; " + sql).toUtf8().constData());
        try {
            TraceReader reader(file.toStdString());
            QFAIL("a trace whose tables are views must be refused");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::NotATrace);
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void hugeValueStopsAtOnce()
    {
        TraceDatabase db(m_trace.toStdString());
        QElapsedTimer timer;
        timer.start();
        Kind kind{};
        const QString error = errorOf(db, "SELECT randomblob(100000000)", &kind);
        QCOMPARE(kind, Kind::Query);
        QVERIFY2(error.contains("larger than the 16 MB limit on one value"), qPrintable(error));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!errorOf(db, "SELECT zeroblob(100000000)").isEmpty());
        // printf() answers NULL where its text would pass the limit
        QCOMPARE(single(db, "SELECT printf('%.100000000c', 'x') IS NULL"), 1);
        // an aggregate that grows past the limit (20 000 rows of 1 000 characters)
        const QString concat =
            errorOf(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                        "20000) SELECT group_concat(printf('%.1000c', 'x')) FROM c");
        QVERIFY2(concat.contains("16 MB limit on one value"), qPrintable(concat));
        QCOMPARE(single(db, "SELECT length(printf('%.1000000c', 'x'))"), 1000000);
    }

    void memoryLimit()
    {
        TraceDatabase db(m_trace.toStdString());
        QueryOptions options;
        options.maxMemory = 64u << 20;
        options.timeout = std::chrono::milliseconds(0);
        QElapsedTimer timer;
        timer.start();
        try {
            // MEDIAN keeps every value, on SQLite's heap: it grows until the limit stops it.
            db.query(std::string(kEndless) + "SELECT median(x) FROM c", options);
            QFAIL("the query must be stopped");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::Interrupted);
            QCOMPARE(QString(e.what()), QString("query stopped: it needed more than 64 MB of memory"));
        }
        QVERIFY(timer.elapsed() < 30000);
        QCOMPARE(single(db, "SELECT count(*) FROM events"), 3);
    }

    void heapHasAHardLimit()
    {
        TraceDatabase db(m_trace.toStdString());
        const sqlite3_int64 limit = sqlite3_hard_heap_limit64(-1);
        QVERIFY(limit > 0);
        QVERIFY(limit <= 2 * static_cast<sqlite3_int64>(kQueryMemoryLimit));
    }

    void resultBytesLimit()
    {
        TraceDatabase db(m_trace.toStdString());
        QueryOptions options;
        options.maxBytes = 1u << 20;
        const auto result =
            db.query(std::string(kEndless) + "SELECT x, printf('%.1000c', 'x') FROM c", options);
        QVERIFY(result.truncated);
        QVERIFY(result.bytesExceeded);
        QVERIFY(result.rows.size() > 100 && result.rows.size() < 1100);
        // a row limit that comes first is not a byte overflow
        options.maxRows = 10;
        const auto few = db.query(std::string(kEndless) + "SELECT x FROM c", options);
        QVERIFY(few.truncated);
        QVERIFY(!few.bytesExceeded);
        QCOMPARE(few.rows.size(), std::size_t(10));
    }

    void timeoutWithHugeRows()
    {
        TraceDatabase db(m_trace.toStdString());
        QueryOptions options;
        options.timeout = std::chrono::milliseconds(500);
        options.maxBytes = 0;
        options.maxRows = 0;
        QElapsedTimer timer;
        timer.start();
        Kind kind{};
        try {
            db.query(std::string(kEndless) + "SELECT count(DISTINCT printf('%.10000c', x)) FROM c", options);
        } catch (const TraceError& e) {
            kind = e.kind();
        }
        QCOMPARE(kind, Kind::Interrupted);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestQuerySandbox)
#include "tst_querysandbox.moc"
