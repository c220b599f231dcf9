// CallsTable, the native `calls` of a format 1.1 trace: it answers exactly what SQLite's JSON view over
// call_chunks answers (every seed query, every constraint shape our SQL uses), picks its in-memory indexes
// for those shapes, follows a file that is still being written, reports a damaged chunk by its id and opens
// no door for writes. A 1.0 file (a real calls table) still reads and gives the same answers.

#include "SeedTrace.h"
#include "TraceBuilder.h"
#include "TraceDatabase.h"
#include "TraceReader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace breadcrumb;
using Kind = TraceError::Kind;

namespace {

// A value as text; doubles to 9 significant digits (sums over rows in another order differ in the last bits).
QString cell(const SqlValue& v)
{
    if (const auto* d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 9);
    return QString::fromStdString(sqlValueToString(v));
}

// Same multiset of rows; doubles equal to 1e-9 relative (sums over rows taken in another order differ in
// the last bits). Prints the first difference.
bool sameRows(const QueryResult& a, const QueryResult& b)
{
    if (a.rows.size() != b.rows.size()) {
        qWarning("%zu rows where %zu were expected", a.rows.size(), b.rows.size());
        return false;
    }
    // order rows by their text with doubles rounded coarsely, then compare precisely
    auto key = [](const std::vector<SqlValue>& row) {
        QStringList cells;
        for (const auto& v : row) {
            if (const auto* d = std::get_if<double>(&v))
                cells << QString::number(*d, 'g', 5);
            else
                cells << QString::fromStdString(sqlValueToString(v));
        }
        return cells.join('|');
    };
    auto sorted = [&](const QueryResult& r) {
        std::vector<std::pair<QString, const std::vector<SqlValue>*>> rows;
        for (const auto& row : r.rows)
            rows.emplace_back(key(row), &row);
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        return rows;
    };
    const auto x = sorted(a), y = sorted(b);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const auto &p = *x[i].second, &q = *y[i].second;
        bool same = p.size() == q.size();
        for (std::size_t c = 0; same && c < p.size(); ++c) {
            const auto *dp = std::get_if<double>(&p[c]), *dq = std::get_if<double>(&q[c]);
            if (dp && dq)
                same = std::fabs(*dp - *dq) <= 1e-9 * std::max({1.0, std::fabs(*dp), std::fabs(*dq)});
            else
                same = p[c] == q[c];
        }
        if (!same) {
            qWarning("row %zu differs: %s vs %s", i, qPrintable(x[i].first), qPrintable(y[i].first));
            return false;
        }
    }
    return true;
}

// The same SQL on a plain connection, without the native table: the file's JSON view over call_chunks is
// the reference. Its rows are copied once into an indexed TEMP table and the file's own events view is
// re-created over it (TEMP names shadow main's), because SQLite cannot index the JSON view: the seed's
// correlated self-time query over the bare view takes minutes even on 2000 calls.
QueryResult plainQuery(const QString& path, const std::string& sql, std::optional<std::int64_t> run = {})
{
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    registerSqlFunctions(raw);
    auto exec = [raw](const std::string& text) {
        if (sqlite3_exec(raw, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(raw) + (": " + text));
    };
    std::string events;
    {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(raw, "SELECT sql FROM main.sqlite_master WHERE name = 'events'", -1, &s, nullptr);
        if (sqlite3_step(s) == SQLITE_ROW)
            events = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
    }
    const auto select = events.find("SELECT");
    if (select == std::string::npos)
        throw std::runtime_error("no events view in " + path.toStdString());
    exec("CREATE TEMP TABLE calls AS SELECT * FROM main.calls");
    exec("CREATE INDEX temp.calls_by_id ON calls(call_id)");
    exec("CREATE INDEX temp.calls_by_parent ON calls(parent_id)");
    exec("CREATE TEMP VIEW events AS SELECT * FROM (" + events.substr(select) + ")" +
         (run ? " WHERE run_id = " + std::to_string(*run) : std::string()));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(raw));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(stmt, &sqlite3_finalize);
    QueryResult result;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        std::vector<SqlValue> row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_NULL:
                row.emplace_back(std::monostate{});
                break;
            default:
                row.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c))));
                break;
            }
        }
        result.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE)
        throw std::runtime_error(sqlite3_errmsg(raw));
    return result;
}

// The constraint shapes of our SQL (core, CLI, MCP) and of users', and whether the native table must
// answer them from an index (EXPLAIN QUERY PLAN shows "VIRTUAL TABLE INDEX n" with n > 0).
struct Shape
{
    const char* name;
    const char* sql;
    bool indexed;
};
const Shape kShapes[] = {
    {"scan", "SELECT * FROM calls", false},
    {"count per run", "SELECT run_id, count(*), min(call_id), max(call_id) FROM calls GROUP BY run_id",
     false},
    {"id eq", "SELECT * FROM calls WHERE call_id = 17", true},
    {"id eq real", "SELECT * FROM calls WHERE call_id = 17.0", true},
    {"id eq fraction", "SELECT * FROM calls WHERE call_id = 17.5", true},
    {"id eq null", "SELECT * FROM calls WHERE call_id = NULL", true},
    {"id eq missing", "SELECT * FROM calls WHERE call_id = 99999999", true},
    {"id in", "SELECT * FROM calls WHERE call_id IN (1, 5, 900, 1500)", true},
    {"id between", "SELECT * FROM calls WHERE call_id BETWEEN 100 AND 250", true},
    {"id gt", "SELECT call_id FROM calls WHERE call_id > 1900", true},
    {"id ge lt", "SELECT call_id FROM calls WHERE call_id >= 10 AND call_id < 20.5", true},
    {"id le", "SELECT call_id FROM calls WHERE call_id <= 3", true},
    {"id gt text", "SELECT count(*) FROM calls WHERE call_id > 'abc'", true},
    {"id lt text", "SELECT count(*) FROM calls WHERE call_id < 'abc'", true},
    {"parent eq", "SELECT * FROM calls WHERE parent_id = 1", true},
    // parent_id = ? is not tested again by SQLite (parentLookupIsSqlitesOwnTest has text values too)
    {"parent eq real", "SELECT * FROM calls WHERE parent_id = 1.0", true},
    {"parent eq fraction", "SELECT * FROM calls WHERE parent_id = 1.5", true},
    {"parent eq junk text", "SELECT * FROM calls WHERE parent_id = '1x'", true},
    {"parent eq blob", "SELECT * FROM calls WHERE parent_id = x'31'", true},
    {"parent eq null", "SELECT * FROM calls WHERE parent_id = NULL", true},
    {"parent is null", "SELECT * FROM calls WHERE parent_id IS NULL", false},
    {"parent in subquery",
     "SELECT count(*), sum(duration_ns) FROM calls WHERE parent_id IN (SELECT call_id FROM calls WHERE "
     "function_id = 2)",
     true},
    {"function eq", "SELECT count(*), sum(duration_ns), max(depth) FROM calls WHERE function_id = 4", true},
    {"run eq", "SELECT count(*), sum(child_ns), min(start_ns) FROM calls WHERE run_id = 2", true},
    {"run and function", "SELECT call_id FROM calls WHERE run_id = 1 AND function_id = 5", true},
    {"thread eq", "SELECT count(*) FROM calls WHERE thread_id = (SELECT min(thread_id) FROM threads)", true},
    {"exception set", "SELECT call_id, exception_id FROM calls WHERE exception_id IS NOT NULL", false},
    {"order by id", "SELECT call_id FROM calls WHERE run_id = 2 ORDER BY call_id LIMIT 7", true},
    {"order by id desc", "SELECT call_id FROM calls ORDER BY call_id DESC LIMIT 7", false},
    {"join exceptions",
     "SELECT x.exception_id, c.call_id, c.function_id FROM exceptions x LEFT JOIN calls c ON c.call_id = "
     "x.call_id",
     true},
    {"children join",
     "SELECT p.function_id, c.function_id, count(*) FROM calls p JOIN calls c ON c.parent_id = p.call_id "
     "GROUP BY 1, 2",
     true},
    {"self time",
     "SELECT c.call_id, c.duration_ns - coalesce((SELECT sum(k.duration_ns) FROM calls k WHERE k.parent_id = "
     "c.call_id), 0) FROM calls c WHERE c.run_id = 1",
     true},
};

} // namespace

class TestCallsTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small; // 1.1, small enough for the JSON view's unindexed correlated subqueries
    QString m_new;   // 1.1 and 1.0 twins made from the same seed
    QString m_old;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath("small.db");
        m_new = m_dir.filePath("new.db");
        m_old = m_dir.filePath("old.db");
        QVERIFY(TraceBuilder::generate(m_small.toStdString(),
                                       "--calls 2000 --runs 2 --threads 3 --functions 40"));
        QVERIFY(TraceBuilder::generate(m_new.toStdString(), "--calls 40000 --runs 2 --threads 3 --seed 5"));
        QVERIFY(TraceBuilder::generate(m_old.toStdString(),
                                       "--calls 40000 --runs 2 --threads 3 --seed 5 --format 1.0"));
        TraceDatabase db(m_small.toStdString());
        QVERIFY(db.hasCallChunks());
        QVERIFY(!TraceDatabase(m_old.toStdString()).hasCallChunks());
        // the chunks are the tracer's: several threads, at most 2048 calls each, several chunks
        const auto chunks = db.query("SELECT count(*), max(n), count(DISTINCT thread_id) FROM call_chunks");
        QVERIFY(std::get<std::int64_t>(chunks.rows[0][0]) > 3);
        QVERIFY(std::get<std::int64_t>(chunks.rows[0][1]) <= 2048);
        QCOMPARE(std::get<std::int64_t>(chunks.rows[0][2]), std::int64_t(3));
    }

    void seedQueriesMatchJsonView_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("run"); // 0: the whole file
        for (const auto& [name, sql] : loadSeedQueries()) {
            QTest::newRow(name.c_str()) << QString::fromStdString(sql) << 0;
            QTest::newRow((name + " run 2").c_str()) << QString::fromStdString(sql) << 2;
        }
    }

    void seedQueriesMatchJsonView()
    {
        QFETCH(QString, sql);
        QFETCH(int, run);
        TraceDatabase db(m_small.toStdString());
        QueryOptions options;
        if (run)
            options.run = run;
        const QueryResult native = db.query(sql.toStdString(), options);
        // the JSON view, restricted to the run the way the CLI's --run restricts it
        const QueryResult json =
            plainQuery(m_small, sql.toStdString(), run ? std::optional<std::int64_t>(run) : std::nullopt);
        if (!sql.contains("cached_computation")) // the generator has no such function
            QVERIFY(!native.rows.empty());
        QVERIFY2(sameRows(native, json), qPrintable(sql));
    }

    void shapesMatchJsonView_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("indexed");
        for (const Shape& s : kShapes)
            QTest::newRow(s.name) << QString(s.sql) << s.indexed;
    }

    void shapesMatchJsonView()
    {
        QFETCH(QString, sql);
        QFETCH(bool, indexed);
        TraceDatabase db(m_small.toStdString());
        QVERIFY(sameRows(db.query(sql.toStdString()), plainQuery(m_small, sql.toStdString())));
        // ORDER BY call_id is served in order (consumed), so the first rows must be the smallest ids
        if (sql.contains("ORDER BY call_id LIMIT"))
            QCOMPARE(
                cell(db.query(sql.toStdString()).rows.front()[0]),
                cell(plainQuery(m_small, sql.replace("LIMIT 7", "LIMIT 1").toStdString()).rows.front()[0]));
        QString plan;
        for (const auto& row : db.query("EXPLAIN QUERY PLAN " + sql.toStdString()).rows)
            plan += QString::fromStdString(sqlValueToString(row.back())) + "\n";
        QVERIFY2(plan.contains("VIRTUAL TABLE INDEX"), qPrintable(plan));
        const bool usesIndex = QRegularExpression("VIRTUAL TABLE INDEX [1-9]").match(plan).hasMatch();
        QVERIFY2(usesIndex == indexed, qPrintable(plan));
    }

    // parent_id = ? from the index, which SQLite does not test again, finds the rows SQLite's own test of
    // the column finds (the same comparison, made per row in a scan), whatever the value's type.
    void parentLookupIsSqlitesOwnTest_data()
    {
        QTest::addColumn<QString>("value");
        for (const char* value : {"1", "1.0", "1.5", "'1'", "' 1 '", "'1.0'", "'1x'", "x'31'", "NULL",
                                  "CAST(1 AS TEXT)", "-9223372036854775808", "9223372036854775807"})
            QTest::newRow(value) << QString(value);
    }
    void parentLookupIsSqlitesOwnTest()
    {
        QFETCH(QString, value);
        TraceDatabase db(m_small.toStdString());
        const std::string indexed = "SELECT call_id FROM calls WHERE parent_id = " + value.toStdString();
        const std::string scanned =
            "SELECT call_id FROM calls WHERE (parent_id = " + value.toStdString() + ") IS 1";
        QVERIFY(sameRows(db.query(indexed), db.query(scanned)));
        QString plan;
        for (const auto& row : db.query("EXPLAIN QUERY PLAN " + indexed).rows)
            plan += QString::fromStdString(sqlValueToString(row.back())) + "\n";
        QVERIFY2(plan.contains("VIRTUAL TABLE INDEX 2"), qPrintable(plan));
        QVERIFY(!db.query("SELECT 1 FROM calls WHERE parent_id = 1").rows.empty() ||
                value != "1"); // the fixture has a call with children
    }

    // GROUP BY / ORDER BY function_name and function_name = ? are served by the native table in name order
    // (no temporary B-tree for the grouping or ordering), with and without other filters, and answer what
    // plain SQL over the same rows answers; an ORDER BY's names come in the same order.
    void nameOrderMatchesPlainSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("sorterFree");
        QTest::newRow("group by name")
            << "SELECT function_name, count(*), sum(duration_ms) FROM events GROUP BY "
               "function_name"
            << true;
        QTest::newRow("group by name, run")
            << "SELECT function_name, count(*), max(depth) FROM events WHERE run_id "
               "= 2 GROUP BY function_name"
            << true;
        QTest::newRow("group by name, thread and id range")
            << "SELECT function_name, count(*) FROM events WHERE thread_id = (SELECT min(thread_id) FROM "
               "threads) AND event_id BETWEEN 100 AND 1500 GROUP BY function_name"
            << true;
        QTest::newRow("order by name")
            << "SELECT function_name, event_id FROM events ORDER BY function_name" << true;
        QTest::newRow("order by name desc")
            << "SELECT function_name, event_id FROM events WHERE run_id = 1 ORDER BY function_name DESC"
            << true;
        QTest::newRow("order by name, children")
            << "SELECT function_name, event_id FROM events WHERE parent_event_id = 1 ORDER BY function_name"
            << true;
        QTest::newRow("name eq") << "SELECT count(*), sum(duration_ms) FROM events WHERE function_name = "
                                    "(SELECT name FROM functions WHERE function_id = 3)"
                                 << true;
        QTest::newRow("name in, group by")
            << "SELECT function_name, avg(duration_ms) FROM events WHERE function_name IN ((SELECT name FROM "
               "functions WHERE function_id = 2), (SELECT name FROM functions WHERE function_id = 5), "
               "'none') "
               "GROUP BY function_name"
            << false; // one lookup per IN value: SQLite sorts the groups of the values it got
        QTest::newRow("name eq number") << "SELECT count(*) FROM events WHERE function_name = 5" << true;
        QTest::newRow("name eq null") << "SELECT count(*) FROM events WHERE function_name = NULL" << true;
        QTest::newRow("name nocase")
            << "SELECT count(*) FROM events WHERE upper(function_name) = function_name "
               "COLLATE NOCASE"
            << true;
        QTest::newRow("callers by name")
            << "SELECT caller_function, count(*) FROM events GROUP BY caller_function" << false;
    }

    void nameOrderMatchesPlainSql()
    {
        QFETCH(QString, sql);
        QFETCH(bool, sorterFree);
        TraceDatabase db(m_small.toStdString());
        const QueryResult native = db.query(sql.toStdString());
        const QueryResult plain = plainQuery(m_small, sql.toStdString());
        QVERIFY(!native.rows.empty());
        QVERIFY(sameRows(native, plain));
        if (sql.contains("ORDER BY function_name")) {
            // names in the same sequence (ties among one name may come in any order)
            QCOMPARE(native.rows.size(), plain.rows.size());
            for (std::size_t i = 0; i < native.rows.size(); ++i)
                QCOMPARE(cell(native.rows[i][0]), cell(plain.rows[i][0]));
        }
        QString plan;
        for (const auto& row : db.query("EXPLAIN QUERY PLAN " + sql.toStdString()).rows)
            plan += QString::fromStdString(sqlValueToString(row.back())) + "\n";
        if (sorterFree)
            QVERIFY2(!plan.contains("TEMP B-TREE"), qPrintable(plan));
    }

    // Scattered and repeated ids, orphans, huge ids, an empty chunk: the store's fallbacks (sorting instead
    // of placing by id, a sparse key index) answer like the JSON view too.
    void oddIdsMatchJsonView_data()
    {
        QTest::addColumn<QString>("sql");
        for (const Shape& s : kShapes)
            QTest::newRow(s.name) << QString(s.sql);
        QTest::newRow("huge id") << "SELECT * FROM calls WHERE call_id = 1000000000000";
        QTest::newRow("orphans") << "SELECT * FROM calls WHERE parent_id = 555";
        QTest::newRow("huge parent") << "SELECT * FROM calls WHERE parent_id = 1000000000000";
        QTest::newRow("huge range") << "SELECT call_id FROM calls WHERE call_id BETWEEN 10 AND 2000000000000";
    }

    void oddIdsMatchJsonView()
    {
        QFETCH(QString, sql);
        const QString path = m_dir.filePath("odd.db");
        if (!QFile::exists(path)) {
            TraceBuilder b(path.toStdString());
            const auto main = b.addFunction("main"), work = b.addFunction("work");
            b.addRun(1, ms(1000), ms(2000));
            b.addRun(2, ms(3000), ms(4000));
            b.addThread(1, 1, "MainThread");
            b.addCall(1'000'000'000'000, 1, std::nullopt, main, ms(1000), ms(100));
            b.addCall(1'000'000'000'001, 1, 1'000'000'000'000, work, ms(1001), ms(10), 1, 3);
            b.addCall(17, 1, 1'000'000'000'000, work, ms(1020), ms(10));
            b.addCall(17, 2, 555, work, ms(3001), ms(5), 2); // a repeated id, its parent never recorded
            b.addCall(4, 2, std::nullopt, main, ms(3000), ms(50), 2);
            b.addCall(5, 2, 4, work, ms(3010), ms(5), 2);
            b.finish();
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            sqlite3_exec(
                raw,
                "INSERT INTO call_chunks(run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows) "
                "VALUES (2, 2, 0, 0, 0, 0, '[]')",
                nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        }
        TraceDatabase db(path.toStdString());
        QVERIFY(sameRows(db.query(sql.toStdString()), plainQuery(path, sql.toStdString())));
    }

    void formatOneZeroReadsTheSame_data()
    {
        QTest::addColumn<QString>("sql");
        for (const auto& [name, sql] : loadSeedQueries())
            QTest::newRow(name.c_str()) << QString::fromStdString(sql);
        for (const Shape& s : kShapes)
            QTest::newRow(s.name) << QString(s.sql);
    }

    // The 1.0 twin is read through its real table and indexes, the 1.1 file through the native table.
    void formatOneZeroReadsTheSame()
    {
        QFETCH(QString, sql);
        TraceDatabase fresh(m_new.toStdString()), old(m_old.toStdString());
        QVERIFY(sameRows(fresh.query(sql.toStdString()), old.query(sql.toStdString())));
    }

    void loadRunSameForBothFormats_data()
    {
        QTest::addColumn<int>("run");
        QTest::newRow("run 1") << 1;
        QTest::newRow("run 2") << 2;
    }

    void loadRunSameForBothFormats()
    {
        QFETCH(int, run);
        TraceReader fresh(m_new.toStdString()), old(m_old.toStdString());
        const auto a = fresh.loadRun(run);
        const auto b = old.loadRun(run);
        QCOMPARE(a->calls.size(), b->calls.size());
        QVERIFY(a->calls.size() > 15000);
        for (std::size_t i = 0; i < a->calls.size(); ++i) {
            const CallRecord &x = a->calls[i], &y = b->calls[i];
            QVERIFY(x.id == y.id && x.parent == y.parent && x.function == y.function &&
                    x.thread == y.thread && x.depth == y.depth &&
                    a->exceptionOf(std::uint32_t(i)) == b->exceptionOf(std::uint32_t(i)) &&
                    x.startNs == y.startNs && x.durationNs == y.durationNs && x.selfNs == y.selfNs);
        }
        QCOMPARE(a->exceptions.size(), b->exceptions.size());
        QCOMPARE(a->functions.size(), b->functions.size());
        QCOMPARE(a->threads.size(), b->threads.size());
        QCOMPARE(a->run.callCount, b->run.callCount);
        QCOMPARE(a->run.endNs, b->run.endNs);
        const auto runsA = fresh.runs(), runsB = old.runs();
        QCOMPARE(runsA.size(), runsB.size());
        for (std::size_t i = 0; i < runsA.size(); ++i)
            QCOMPARE(runsA[i].callCount, runsB[i].callCount);
    }

    // The store places each call by id when the chunks' n and id ranges claim dense ids; claims that do not
    // hold (one call fewer than claimed, an id repeated) fall back to reading the calls as they come.
    void wrongClaimsFallBack_data()
    {
        QTest::addColumn<QString>("update");
        QTest::newRow("a call fewer")
            << "UPDATE call_chunks SET n = n + 1, max_call_id = max_call_id + 1 WHERE "
               "chunk_id = (SELECT max(chunk_id) FROM call_chunks)";
        QTest::newRow("repeated id")
            << "UPDATE call_chunks SET rows = json_insert(rows, '$[#]', json_extract(rows, '$[0]')), n = n + "
               "1, "
               "max_call_id = max_call_id + 1 WHERE chunk_id = (SELECT max(chunk_id) FROM call_chunks)";
    }

    void wrongClaimsFallBack()
    {
        QFETCH(QString, update);
        const QString path = m_dir.filePath("claims.db");
        QFile::remove(path);
        QVERIFY(QFile::copy(m_small, path));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            const int rc = sqlite3_exec(raw, update.toUtf8().constData(), nullptr, nullptr, nullptr);
            sqlite3_close(raw);
            QCOMPARE(rc, SQLITE_OK);
        }
        TraceDatabase db(path.toStdString());
        for (const char* sql : {"SELECT count(*), sum(duration_ns), max(call_id) FROM calls",
                                "SELECT * FROM calls WHERE call_id BETWEEN 100 AND 250",
                                "SELECT * FROM calls WHERE parent_id = 1"})
            QVERIFY2(sameRows(db.query(sql), plainQuery(path, sql)), sql);
    }

    // The store keeps only the columns the statements so far used; a later statement that reads more gets
    // them (a new store of the same snapshot), also while an earlier statement is still reading the old one.
    void columnsLoadedAsStatementsNeedThem_data()
    {
        QTest::addColumn<QStringList>("sequence");
        QTest::newRow("narrow then all")
            << QStringList{"SELECT sum(duration_ns) FROM calls", "SELECT * FROM calls"};
        QTest::newRow("ids then parents") << QStringList{
            "SELECT count(*) FROM calls", "SELECT call_id, parent_id FROM calls WHERE parent_id = 1",
            "SELECT depth, start_ns FROM calls WHERE call_id = 5"};
        QTest::newRow("by name then thread")
            << QStringList{"SELECT function_name, count(*) FROM events GROUP BY function_name",
                           "SELECT thread_id, run_id, count(*) FROM calls GROUP BY 1, 2",
                           "SELECT exception_id, child_ns FROM calls WHERE exception_id IS NOT NULL"};
        QTest::newRow("seed self time then events") << QStringList{
            "SELECT f, avg(d - coalesce(c, 0)) FROM (SELECT function_id f, duration_ns d, (SELECT "
            "sum(duration_ns) FROM calls k WHERE k.parent_id = p.call_id) c FROM calls p) GROUP BY f",
            "SELECT * FROM events WHERE event_id < 50"};
    }
    void columnsLoadedAsStatementsNeedThem()
    {
        QFETCH(QStringList, sequence);
        TraceDatabase db(m_small.toStdString());
        for (const QString& sql : sequence)
            QVERIFY2(sameRows(db.query(sql.toStdString()), plainQuery(m_small, sql.toStdString())),
                     qPrintable(sql));
    }
    void wideStatementWhileNarrowOneReads()
    {
        TraceDatabase db(m_small.toStdString());
        sqlite3* raw = db.handle();
        sqlite3_stmt* narrow = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw, "SELECT call_id FROM calls ORDER BY call_id", -1, &narrow, nullptr),
                 SQLITE_OK);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> keepNarrow(narrow, &sqlite3_finalize);
        QCOMPARE(sqlite3_step(narrow), SQLITE_ROW);
        const QueryResult wide = db.query("SELECT call_id, depth, start_ns, child_ns FROM calls");
        QVERIFY(sameRows(wide, plainQuery(m_small, "SELECT call_id, depth, start_ns, child_ns FROM calls")));
        // the first statement goes on reading its own store to the end
        std::int64_t rows = 1;
        while (sqlite3_step(narrow) == SQLITE_ROW)
            ++rows;
        QCOMPARE(rows, std::int64_t(wide.rows.size()));
    }

    // A trace still being written: the next query sees the chunks committed since the last one.
    void followsAGrowingFile()
    {
        const QString path = m_dir.filePath("growing.db");
        QFile::remove(path);
        QVERIFY(QFile::copy(m_small, path));
        TraceDatabase db(path.toStdString());
        auto count = [&] {
            return std::get<std::int64_t>(db.query("SELECT count(*) FROM calls").rows[0][0]);
        };
        auto children = [&] {
            return std::get<std::int64_t>(
                db.query("SELECT count(*) FROM calls WHERE parent_id = 1").rows[0][0]);
        };
        const std::int64_t before = count(), childrenBefore = children();
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            const int rc = sqlite3_exec(
                raw,
                "INSERT INTO call_chunks(run_id, thread_id, base_ns, n, min_call_id, max_call_id, "
                "rows) VALUES (2, 7, 1000, 2, 100001, 100002, "
                "'[[100002,1,1,1,0,5,0],[100001,null,1,0,0,10,5]]')",
                nullptr, nullptr, nullptr);
            sqlite3_close(raw);
            QCOMPARE(rc, SQLITE_OK);
        }
        QCOMPARE(count(), before + 2);
        QCOMPARE(children(), childrenBefore + 1);
    }

    // Listing runs reads no chunk; the first query that needs the calls names the damaged chunk.
    void damagedChunkIsNamed()
    {
        const QString path = m_dir.filePath("damaged.db");
        QFile::remove(path);
        QVERIFY(QFile::copy(m_small, path));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            const int rc = sqlite3_exec(raw, "UPDATE call_chunks SET rows = '[[1,2,3' WHERE chunk_id = 3",
                                        nullptr, nullptr, nullptr);
            sqlite3_close(raw);
            QCOMPARE(rc, SQLITE_OK);
        }
        TraceReader reader(path.toStdString());
        QCOMPARE(reader.runs().size(), std::size_t(2)); // counts come from the chunks' n: nothing decoded
        for (const char* sql : {"SELECT count(*) FROM calls", "SELECT count(*) FROM events",
                                "SELECT * FROM calls WHERE call_id = 5"}) {
            try {
                reader.database().query(sql);
                QFAIL("a damaged chunk went unnoticed");
            } catch (const TraceError& e) {
                QCOMPARE(e.kind(), Kind::Corrupt);
                QVERIFY2(QString(e.what()).contains("call chunk 3"), e.what());
            }
        }
        const auto damagedRun = reader.database().query("SELECT run_id FROM call_chunks WHERE chunk_id = 3");
        try {
            reader.loadRun(std::get<std::int64_t>(damagedRun.rows[0][0]));
            QFAIL("a damaged chunk loaded");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::Corrupt);
            QVERIFY2(QString(e.what()).contains("call chunk 3"), e.what());
        }
    }

    void nativeTableOpensNoDoor_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << "INSERT INTO calls(call_id, run_id) VALUES (1, 1)";
        QTest::newRow("delete") << "DELETE FROM calls";
        QTest::newRow("update") << "UPDATE calls SET depth = 0";
        QTest::newRow("drop") << "DROP TABLE calls";
        QTest::newRow("drop temp") << "DROP TABLE temp.calls";
        QTest::newRow("create") << "CREATE VIRTUAL TABLE temp.mine USING breadcrumb_calls";
        QTest::newRow("create main") << "CREATE VIRTUAL TABLE main.mine USING breadcrumb_calls";
    }

    void nativeTableOpensNoDoor()
    {
        QFETCH(QString, sql);
        TraceDatabase db(m_small.toStdString());
        try {
            db.query(sql.toStdString());
            QFAIL("a write went through");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), Kind::ReadOnlyViolation);
        }
        // the module is no eponymous table either
        QVERIFY_THROWS_EXCEPTION(TraceError, db.query("SELECT * FROM breadcrumb_calls"));
        QCOMPARE(std::get<std::int64_t>(db.query("SELECT count(*) FROM calls").rows[0][0]),
                 std::int64_t(2000));
    }
};

QTEST_GUILESS_MAIN(TestCallsTable)
#include "tst_callstable.moc"
