// The `events` view that SQL over a trace meets is TraceDatabase's faster TEMP definition; the contract is
// tracer/schema.sql's view (FORMAT.md: the DDL is never copied). Both must answer every query alike, so
// this compares the RESULTS of the seed's queries and more over real traces (the seed example built by
// hand, a program with threads, asyncio and generators and one raising exceptions in every way, both
// recorded by `breadcrumb run`), over the whole file and restricted to one run.
#include "SeedTrace.h"
#include "TraceBuilder.h"
#include "TraceDatabase.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <sstream>

using namespace breadcrumb;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(std::optional<std::int64_t>)

namespace {

// Values written out so that rows compare as text; reals to 12 significant digits, because a sum over
// rows visited in another order may differ in its last bits.
std::string real(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "r:%.12g", value);
    return text;
}

std::string canonical(const SqlValue& value)
{
    if (const auto* n = std::get_if<std::int64_t>(&value))
        return "i:" + std::to_string(*n);
    if (const auto* x = std::get_if<double>(&value))
        return real(*x);
    if (const auto* s = std::get_if<std::string>(&value))
        return "t:" + *s;
    return "NULL";
}

// Row order is compared only where the query fixes it completely: sorting both sides keeps ties from
// failing the test while every value must still match.
std::vector<std::string> sorted(std::vector<std::string> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::string schemaEventsSelect()
{
    std::ifstream in(TraceBuilder::schemaDir() + "/schema.sql");
    std::stringstream text;
    text << in.rdbuf();
    const std::string schema = text.str();
    const std::string head = "CREATE VIEW IF NOT EXISTS events AS";
    const auto begin = schema.find(head);
    const auto end = schema.find(';', begin);
    if (begin == std::string::npos || end == std::string::npos)
        return {};
    return schema.substr(begin + head.size(), end - begin - head.size());
}

// A plain connection to a copy of the trace, on which `events` is schema.sql's view as written. Its
// `calls` (the schema's view over JSON chunks, no index) is copied into an indexed TEMP table first, or
// the seed's correlated self-time query would decode every chunk once per call: the rows are the same.
class SchemaConnection
{
public:
    explicit SchemaConnection(const std::string& path)
    {
        if (sqlite3_open_v2(("file:" + path + "?immutable=1").c_str(), &m_db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
            m_error = sqlite3_errmsg(m_db);
        registerSqlFunctions(m_db);
        exec("CREATE TEMP TABLE calls AS SELECT * FROM main.calls");
        exec("CREATE INDEX temp.calls_by_id ON calls(call_id)");
        exec("CREATE INDEX temp.calls_by_parent ON calls(parent_id)");
    }
    ~SchemaConnection() { sqlite3_close(m_db); }
    SchemaConnection(const SchemaConnection&) = delete;
    SchemaConnection& operator=(const SchemaConnection&) = delete;

    void useRun(std::optional<std::int64_t> run)
    {
        exec("DROP VIEW IF EXISTS temp.events");
        const std::string select = schemaEventsSelect();
        exec("CREATE TEMP VIEW events AS " +
             (run ? "SELECT * FROM (" + select + ") WHERE run_id = " + std::to_string(*run) : select));
    }

    std::vector<std::string> rows(const std::string& sql, std::vector<std::string>* columns = nullptr)
    {
        std::vector<std::string> out;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(m_db);
            return out;
        }
        const int n = sqlite3_column_count(statement);
        if (columns)
            for (int c = 0; c < n; ++c)
                columns->push_back(sqlite3_column_name(statement, c));
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < n; ++c) {
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    row += "i:" + std::to_string(sqlite3_column_int64(statement, c));
                    break;
                case SQLITE_FLOAT:
                    row += real(sqlite3_column_double(statement, c));
                    break;
                case SQLITE_NULL:
                    row += "NULL";
                    break;
                default:
                    row +=
                        "t:" + std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                                           static_cast<std::size_t>(sqlite3_column_bytes(statement, c)));
                }
                row += '|';
            }
            out.push_back(std::move(row));
        }
        if (sqlite3_finalize(statement) != SQLITE_OK)
            m_error = sqlite3_errmsg(m_db);
        return out;
    }

    const std::string& error() const { return m_error; }

private:
    void exec(const std::string& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK && m_error.empty())
            m_error = message ? message : "?";
        sqlite3_free(message);
    }

    sqlite3* m_db = nullptr;
    std::string m_error;
};

} // namespace

class TestEventsView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<std::string, std::string> m_traces; // name -> path

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!schemaEventsSelect().empty());
        m_traces["seed"] = m_dir.filePath("seed.db").toStdString();
        buildSeedTrace(m_traces["seed"]);
        // Captured values, an exception and a parent outside the file: the columns the seed leaves NULL.
        m_traces["values"] = m_dir.filePath("values.db").toStdString();
        {
            TraceBuilder b(m_traces["values"]);
            const auto main = b.addFunction("main");
            const auto parse = b.addFunction("Parser.parse", "app.reader", 7);
            b.addRun(1, ms(1000), ms(2000));
            b.addRun(2, ms(3000), std::nullopt, "running");
            b.addThread(1, 1, "MainThread");
            b.addThread(2, 1, "MainThread");
            b.addCall(1, 1, std::nullopt, main, ms(1000), ms(900));
            b.addCall(2, 1, 1, parse, ms(1010), ms(40.25), 1, 1);
            b.addCall(3, 1, 1, parse, ms(1100), ms(0.0015));
            b.addCall(4, 2, 99, parse, ms(3000), ms(500));
            b.addException(1, 1, 2, ms(1020), "json.decoder.JSONDecodeError", "Expecting value", true);
            b.addValues(2, "text='{'", "None");
            b.addValues(3, "text='[]'", "[]");
            b.finish();
        }
        for (const auto& [name, path] : {std::pair{"time", BREADCRUMB_TIME_TRACE},
                                         std::pair{"exceptions", BREADCRUMB_EXCEPTIONS_TRACE}}) {
            QVERIFY2(QFile::exists(path), path);
            // A copy, so that nothing this test does can touch the fixture other tests read.
            const std::string copy = m_dir.filePath(QString(name) + ".db").toStdString();
            QVERIFY(QFile::copy(path, QString::fromStdString(copy)));
            m_traces[name] = copy;
        }
    }

    void sameResults_data()
    {
        QTest::addColumn<std::string>("trace");
        QTest::addColumn<std::optional<std::int64_t>>("run");
        QTest::addColumn<std::string>("sql");
        QTest::addColumn<bool>("mustHaveRows");
        // The queries that return rows on any trace: an empty answer on both sides would prove nothing.
        // The others name the seed's functions or look for what only some traces hold.
        const std::set<std::string> kEveryTraceHasRows = {
            "all columns", "by caller and function", "counts", "slowest", "self_time", "timeline"};
        std::map<std::string, std::string> queries = loadSeedQueries();
        queries["all columns"] = "SELECT * FROM events ORDER BY event_id";
        queries["exceptions"] =
            "SELECT event_id, exception_type, exception_message, function_name FROM events "
            "WHERE exception_type IS NOT NULL";
        queries["by caller and function"] =
            "SELECT caller_function, function_name, count(*), sum(self_ms), max(depth) "
            "FROM events GROUP BY 1, 2";
        queries["counts"] = "SELECT count(*), count(args), count(return_value), count(caller_function), "
                            "count(DISTINCT thread_id) FROM events";
        queries["missing parents"] =
            "SELECT event_id FROM events e WHERE parent_event_id IS NOT NULL AND NOT "
            "EXISTS (SELECT 1 FROM events p WHERE p.event_id = e.parent_event_id)";
        for (const auto& trace : {"seed", "values", "time", "exceptions"})
            for (const auto& run : {std::optional<std::int64_t>(), std::optional<std::int64_t>(1)})
                for (const auto& [name, sql] : queries)
                    QTest::addRow("%s, %s, %s", trace, run ? "run 1" : "every run", name.c_str())
                        << std::string(trace) << run << sql << (kEveryTraceHasRows.count(name) > 0);
    }

    void sameResults()
    {
        QFETCH(std::string, trace);
        QFETCH(std::optional<std::int64_t>, run);
        QFETCH(std::string, sql);
        QFETCH(bool, mustHaveRows);
        const std::string path = m_traces.at(trace);

        SchemaConnection schema(path);
        schema.useRun(run);
        std::vector<std::string> schemaColumns;
        const auto expected = schema.rows(sql, &schemaColumns);
        QVERIFY2(schema.error().empty(), schema.error().c_str());

        TraceDatabase db(path);
        QueryOptions options;
        options.run = run;
        const QueryResult result = db.query(sql, options);
        std::vector<std::string> actual;
        for (const auto& row : result.rows) {
            std::string text;
            for (const auto& value : row)
                text += canonical(value) + '|';
            actual.push_back(std::move(text));
        }
        QVERIFY(!result.truncated);
        QCOMPARE(result.columns.size(), schemaColumns.size());
        if (mustHaveRows)
            QVERIFY(!expected.empty());
        if (sql.find("ORDER BY event_id") != std::string::npos)
            QCOMPARE(actual, expected);
        else
            QCOMPARE(sorted(actual), sorted(expected));
    }

    void fastViewIsInUse()
    {
        // Otherwise the comparison above would hold trivially: `events` would be the file's own view.
        TraceDatabase db(m_traces.at("seed"));
        const QueryResult result = db.query("SELECT sql FROM sqlite_temp_master WHERE name = 'events'");
        QCOMPARE(result.rows.size(), std::size_t(1));
        const auto* sql = std::get_if<std::string>(&result.rows[0][0]);
        QVERIFY(sql);
        // a 1.1 file names each call's function through the native calls table's hidden column
        QVERIFY(db.hasCallChunks());
        QVERIFY(sql->find("c.function_name AS function_name") != std::string::npos);
        QVERIFY(sql->find("(SELECT p.function_name FROM temp.calls p") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEventsView)
#include "tst_eventsview.moc"
