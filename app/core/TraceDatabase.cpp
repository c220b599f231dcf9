#include "TraceDatabase.h"

#include "CallsTable.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>

namespace breadcrumb {

namespace {

using Kind = TraceError::Kind;

std::string inQuotes(const std::string& path)
{
    return "'" + path + "'";
}

// A `file:` URI so the path is never mistaken for a URI option and mode=ro is enforced by SQLite itself.
std::string fileUri(const std::string& path)
{
    std::error_code ec;
    std::string absolute = std::filesystem::absolute(path, ec).string();
    if (ec)
        absolute = path;
    std::string uri = "file://";
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : absolute) {
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7f) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?mode=ro";
}

std::uint32_t bigEndian(const unsigned char* p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// Checks what can be checked without SQLite: existence, the magic string, and a file shorter than its
// header says (a truncated copy), which SQLite would only notice when a query touches the missing pages.
void checkFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        throw TraceError(Kind::MissingFile, "trace file " + inQuotes(path) + " does not exist");
    if (fs::is_directory(status))
        throw TraceError(Kind::NotSqlite, inQuotes(path) + " is a directory, not a trace file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TraceError(Kind::MissingFile, "cannot read " + inQuotes(path) + ": " + std::strerror(errno));
    const auto size = fs::file_size(path, ec);
    if (!ec && size == 0)
        throw TraceError(Kind::NotATrace, inQuotes(path) + " is an empty file, not a Breadcrumb trace");
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (in.gcount() < static_cast<std::streamsize>(sizeof header) ||
        std::memcmp(header, "SQLite format 3", 16) != 0)
        throw TraceError(Kind::NotSqlite, inQuotes(path) + " is not a SQLite file, so not a Breadcrumb trace");
    std::uint64_t pageSize = bigEndian(header + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pageCount = bigEndian(header + 28, 4);
    const bool countValid = bigEndian(header + 24, 4) == bigEndian(header + 92, 4);
    if (!ec && countValid && pageCount > 0 && size < pageSize * pageCount)
        throw TraceError(Kind::Corrupt, inQuotes(path) + " is truncated or damaged: " + std::to_string(size) +
                                            " bytes where its header promises " +
                                            std::to_string(pageSize * pageCount));
}

bool isSpaceOrComment(std::string_view tail)
{
    std::size_t i = 0;
    while (i < tail.size()) {
        const char c = tail[i];
        if (std::isspace(static_cast<unsigned char>(c)) || c == ';') {
            ++i;
        } else if (tail.substr(i, 2) == "--") {
            const auto end = tail.find('\n', i);
            i = end == std::string_view::npos ? tail.size() : end + 1;
        } else if (tail.substr(i, 2) == "/*") {
            const auto end = tail.find("*/", i + 2);
            i = end == std::string_view::npos ? tail.size() : end + 2;
        } else {
            return false;
        }
    }
    return true;
}

std::string firstWord(std::string_view sql)
{
    std::size_t i = 0;
    while (i < sql.size() && !std::isalpha(static_cast<unsigned char>(sql[i])))
        ++i;
    std::string word;
    while (i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])))
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i++])));
    return word;
}

std::string oneLine(std::string_view sql, std::size_t max = 60)
{
    std::string out;
    bool space = false;
    for (char c : sql) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
        if (out.size() >= max) {
            out += "...";
            break;
        }
    }
    return out;
}

std::string nameOr(const char* text, const char* fallback = "")
{
    return text ? std::string(text) : std::string(fallback);
}

// True when main.events has exactly the columns of format v1 (and the tables the faster view reads).
bool hasV1Events(sqlite3* db)
{
    static const char* expected[] = {"event_id", "parent_event_id", "run_id", "event_type", "function_name",
                                     "module", "file", "line", "caller_function", "thread_id", "depth",
                                     "timestamp", "start_ns", "duration_ms", "self_ms", "exception_type",
                                     "exception_message", "args", "return_value"};
    try {
        std::vector<std::string> columns;
        SqliteStatement s(db, "SELECT name FROM pragma_table_info('events', 'main')");
        while (s.step())
            columns.push_back(s.text(0));
        if (columns.size() != std::size(expected))
            return false;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i] != expected[i])
                return false;
        }
        SqliteStatement t(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                              "('exceptions', 'call_values')");
        return t.step() && t.int64(0) == 2;
    } catch (const TraceError&) {
        return false;
    }
}

} // namespace

struct TraceDatabase::Impl
{
    std::string path;
    sqlite3* db = nullptr;
    int userVersion = 0;
    std::recursive_mutex mutex;

    bool internal = false;   // the core's own setup statements (the per-run TEMP view) are allowed
    std::string denied;      // what the authorizer refused last

    std::chrono::steady_clock::time_point deadline;
    bool hasDeadline = false;
    bool timedOut = false;
    const std::atomic_bool* cancel = nullptr;
    std::optional<std::int64_t> viewRun;
    bool inSnapshot = false;

    ~Impl() { sqlite3_close_v2(db); }

    static int authorize(void* self, int action, const char* a1, const char* a2, const char*, const char*)
    {
        auto* d = static_cast<Impl*>(self);
        if (d->internal)
            return SQLITE_OK;
        std::string what;
        switch (action) {
        case SQLITE_SELECT:
        case SQLITE_READ:
        case SQLITE_FUNCTION:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_PRAGMA: {
            // The authorizer cannot tell `PRAGMA x(arg)` from `PRAGMA x = value`: pragmas whose argument only
            // names what to inspect are allowed, every other pragma with an argument would set something.
            static const std::set<std::string> inspecting = {
                "table_info",   "table_xinfo",       "index_list",  "index_info",    "index_xinfo",
                "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "table_list"};
            const std::string name = nameOr(a1);
            if (a2 ? inspecting.count(name) > 0
                   : name != "optimize" && name != "wal_checkpoint" && name != "incremental_vacuum")
                return SQLITE_OK;
            what = "PRAGMA " + name + (a2 ? std::string(" = ") + a2 : std::string());
            break;
        }
        case SQLITE_ATTACH: what = "ATTACH " + inQuotes(nameOr(a1)); break;
        case SQLITE_DETACH: what = "DETACH " + nameOr(a1); break;
        case SQLITE_INSERT: what = "INSERT into " + nameOr(a1); break;
        case SQLITE_UPDATE: what = "UPDATE of " + nameOr(a1); break;
        case SQLITE_DELETE: what = "DELETE from " + nameOr(a1); break;
        case SQLITE_TRANSACTION: what = "transaction control (" + nameOr(a1) + ")"; break;
        case SQLITE_SAVEPOINT: what = "SAVEPOINT " + nameOr(a2); break;
        case SQLITE_ALTER_TABLE: what = "ALTER TABLE " + nameOr(a2); break;
        case SQLITE_REINDEX: what = "REINDEX " + nameOr(a1); break;
        case SQLITE_ANALYZE: what = "ANALYZE " + nameOr(a1); break;
        case SQLITE_CREATE_INDEX: case SQLITE_CREATE_TEMP_INDEX: what = "CREATE INDEX " + nameOr(a1); break;
        case SQLITE_CREATE_TABLE: case SQLITE_CREATE_TEMP_TABLE: what = "CREATE TABLE " + nameOr(a1); break;
        case SQLITE_CREATE_TRIGGER: case SQLITE_CREATE_TEMP_TRIGGER: what = "CREATE TRIGGER " + nameOr(a1); break;
        case SQLITE_CREATE_VIEW: case SQLITE_CREATE_TEMP_VIEW: what = "CREATE VIEW " + nameOr(a1); break;
        case SQLITE_CREATE_VTABLE: what = "CREATE VIRTUAL TABLE " + nameOr(a1); break;
        case SQLITE_DROP_INDEX: case SQLITE_DROP_TEMP_INDEX: what = "DROP INDEX " + nameOr(a1); break;
        case SQLITE_DROP_TABLE: case SQLITE_DROP_TEMP_TABLE: what = "DROP TABLE " + nameOr(a1); break;
        case SQLITE_DROP_TRIGGER: case SQLITE_DROP_TEMP_TRIGGER: what = "DROP TRIGGER " + nameOr(a1); break;
        case SQLITE_DROP_VIEW: case SQLITE_DROP_TEMP_VIEW: what = "DROP VIEW " + nameOr(a1); break;
        case SQLITE_DROP_VTABLE: what = "DROP VIRTUAL TABLE " + nameOr(a1); break;
        default: what = "operation " + std::to_string(action); break;
        }
        if (d->denied.empty())
            d->denied = what;
        return SQLITE_DENY;
    }

    static int progress(void* self)
    {
        auto* d = static_cast<Impl*>(self);
        if (d->cancel && d->cancel->load(std::memory_order_relaxed))
            return 1;
        if (d->hasDeadline && std::chrono::steady_clock::now() >= d->deadline) {
            d->timedOut = true;
            return 1;
        }
        return 0;
    }

    void exec(const char* sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
        const std::string message = error ? error : "";
        sqlite3_free(error);
        if (rc != SQLITE_OK)
            throwSqliteError(db, rc, inQuotes(path));
    }

    void internalExec(const char* sql)
    {
        internal = true;
        try {
            exec(sql);
        } catch (...) {
            internal = false;
            throw;
        }
        internal = false;
    }

    bool shadowEvents = false; // main.events has exactly the v1 columns, so the faster TEMP view may stand in
    bool chunked = false;      // format 1.1: calls live in call_chunks; temp.calls (CallsTable) answers `calls`

    // Points the unqualified name `events` at a TEMP view (temp shadows main) that returns exactly what
    // main.events returns, optionally restricted to one run. It differs from the v1 view in one way only:
    // every column of another table comes from a scalar subquery instead of a join. SQLite cannot drop an
    // unused LEFT JOIN from an aggregate query, and the inner join to functions makes each row of the seed's
    // correlated self-time subquery fetch its calls row; scalar subqueries run only for the columns a
    // query uses (1 M calls: seed self-time query 4.1 s -> 2.6 s CPU). The only divergence: a call whose
    // function row is missing (a damaged file) shows NULL names instead of being left out.
    void useRun(std::optional<std::int64_t> run, bool force = false)
    {
        if (run == viewRun && !force)
            return;
        std::string sql;
        if (shadowEvents) {
            sql = fastEvents();
            if (run)
                sql += " WHERE " + runFilter(*run);
        } else if (run) {
            sql = "CREATE TEMP VIEW events AS SELECT * FROM main.events WHERE run_id = " + std::to_string(*run);
        }
        internal = true;
        try {
            exec("PRAGMA query_only = 0");
            exec("DROP VIEW IF EXISTS temp.events");
            if (!sql.empty())
                exec(sql.c_str());
            exec("PRAGMA query_only = 1");
        } catch (...) {
            internal = false;
            throw;
        }
        internal = false;
        viewRun = run;
    }

    // A finished run whose calls own a contiguous call_id range is selected by that range: call_id is the
    // rowid, present in every index, so the seed's correlated subquery on parent_event_id stays inside the
    // calls_by_parent index instead of fetching each row for its run_id. Anything else filters on run_id.
    std::string runFilter(std::int64_t run)
    {
        const std::string byRun = "c.run_id = " + std::to_string(run);
        if (chunked)
            return byRun; // the native calls table answers run_id with its own index
        SqliteStatement finished(db, "SELECT end_ns IS NOT NULL FROM runs WHERE run_id = ?");
        finished.bind(1, run);
        if (!finished.step() || finished.int64(0) == 0)
            return byRun;
        SqliteStatement range(db, "SELECT count(*), min(call_id), max(call_id) FROM calls WHERE run_id = ?");
        range.bind(1, run);
        if (!range.step() || range.int64(0) == 0)
            return byRun;
        const std::int64_t count = range.int64(0), lo = range.int64(1), hi = range.int64(2);
        SqliteStatement inRange(db, "SELECT count(*) FROM calls WHERE call_id BETWEEN ? AND ?");
        inRange.bind(1, lo).bind(2, hi);
        if (!inRange.step() || inRange.int64(0) != count)
            return byRun;
        return "c.call_id BETWEEN " + std::to_string(lo) + " AND " + std::to_string(hi);
    }

    // The TEMP view reads `calls` from the native table of a 1.1 file, from main's table otherwise.
    std::string fastEvents() const
    {
        std::string sql = kFastEvents;
        for (std::size_t at; chunked && (at = sql.find("main.calls")) != std::string::npos;)
            sql.replace(at, 4, "temp");
        return sql;
    }

    static constexpr const char* kFastEvents = R"(CREATE TEMP VIEW events AS
SELECT
    c.call_id AS event_id,
    c.parent_id AS parent_event_id,
    c.run_id AS run_id,
    'call' AS event_type,
    (SELECT f.name FROM main.functions f WHERE f.function_id = c.function_id) AS function_name,
    (SELECT f.module FROM main.functions f WHERE f.function_id = c.function_id) AS module,
    (SELECT f.file FROM main.functions f WHERE f.function_id = c.function_id) AS file,
    (SELECT f.line FROM main.functions f WHERE f.function_id = c.function_id) AS line,
    (SELECT pf.name FROM main.calls p JOIN main.functions pf ON pf.function_id = p.function_id
      WHERE p.call_id = c.parent_id) AS caller_function,
    c.thread_id AS thread_id,
    c.depth AS depth,
    strftime('%Y-%m-%dT%H:%M:%S', c.start_ns / 1000000000, 'unixepoch')
        || printf('.%06d', (c.start_ns / 1000) % 1000000) AS timestamp,
    c.start_ns AS start_ns,
    c.duration_ns / 1e6 AS duration_ms,
    (c.duration_ns - c.child_ns) / 1e6 AS self_ms,
    (SELECT x.type FROM main.exceptions x WHERE x.exception_id = c.exception_id) AS exception_type,
    (SELECT x.message FROM main.exceptions x WHERE x.exception_id = c.exception_id) AS exception_message,
    (SELECT v.args FROM main.call_values v WHERE v.call_id = c.call_id) AS args,
    (SELECT v.return_value FROM main.call_values v WHERE v.call_id = c.call_id) AS return_value
FROM main.calls c)";
};

TraceDatabase::TraceDatabase(const std::string& path) : d(std::make_unique<Impl>())
{
    d->path = path;
    checkFile(path);
    const int rc = sqlite3_open_v2(fileUri(path).c_str(), &d->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        throw TraceError(Kind::MissingFile, "cannot open " + inQuotes(path) + ": " +
                                                (d->db ? sqlite3_errmsg(d->db) : sqlite3_errstr(rc)));
    sqlite3_extended_result_codes(d->db, 1);
    // A tracer may be committing to this file right now; wait for it instead of failing.
    sqlite3_busy_timeout(d->db, 5000);

    std::vector<std::string> tables;
    try {
        SqliteStatement version(d->db, "PRAGMA user_version");
        if (version.step())
            d->userVersion = static_cast<int>(version.int64(0));
        SqliteStatement schema(d->db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')");
        while (schema.step())
            tables.push_back(schema.text(0));
    } catch (const TraceError& e) {
        if (e.kind() == Kind::Corrupt)
            throw TraceError(Kind::Corrupt, inQuotes(path) + " is damaged and cannot be read as a trace");
        throw TraceError(e.kind(), inQuotes(path) + ": " + e.what());
    }
    const int major = d->userVersion / 100;
    if (major > kFormatMajor)
        throw TraceError(Kind::NewerFormat,
                         inQuotes(path) + " uses trace format " + std::to_string(major) + "." +
                             std::to_string(d->userVersion % 100) + ", newer than this Breadcrumb reads (" +
                             std::to_string(kFormatMajor) + ".x); please upgrade Breadcrumb");
    if (d->userVersion == 0 && !tables.empty())
        throw TraceError(Kind::NotATrace, inQuotes(path) + " is a SQLite database but not a Breadcrumb trace "
                                                           "(user_version is 0)");
    for (const char* required : {"calls", "functions", "runs"}) {
        if (std::find(tables.begin(), tables.end(), required) == tables.end())
            throw TraceError(Kind::NotATrace, inQuotes(path) +
                                                  " is a SQLite database but not a Breadcrumb trace (it has no " +
                                                  required + " table)");
    }
    registerSqlFunctions(d->db);
    // Format 1.1 keeps calls in JSON chunks behind a view; every unqualified `calls` (the core's, the CLI's,
    // users' SQL) reads the decoded, indexed store through a TEMP virtual table instead, which shadows it.
    d->chunked = std::find(tables.begin(), tables.end(), "call_chunks") != tables.end();
    if (d->chunked) {
        CallsTable::registerModule(d->db);
        d->exec((std::string("CREATE VIRTUAL TABLE temp.calls USING ") + CallsTable::kModule).c_str());
    }
    d->shadowEvents = hasV1Events(d->db);
    d->useRun(std::nullopt, true);
    d->exec("PRAGMA query_only = 1");
    sqlite3_set_authorizer(d->db, &Impl::authorize, d.get());
}

TraceDatabase::~TraceDatabase() = default;

sqlite3* TraceDatabase::handle() const
{
    return d->db;
}

int TraceDatabase::formatVersion() const
{
    return d->userVersion;
}

bool TraceDatabase::hasCallChunks() const
{
    return d->chunked;
}

const std::string& TraceDatabase::path() const
{
    return d->path;
}

std::unique_lock<std::recursive_mutex> TraceDatabase::lock() const
{
    return std::unique_lock<std::recursive_mutex>(d->mutex);
}

void TraceDatabase::readSnapshot(const std::function<void()>& body) const
{
    auto guard = lock();
    if (d->inSnapshot) {
        body();
        return;
    }
    d->internalExec("BEGIN");
    d->inSnapshot = true;
    try {
        body();
    } catch (...) {
        d->inSnapshot = false;
        try {
            d->internalExec("ROLLBACK");
        } catch (...) {
        }
        throw;
    }
    d->inSnapshot = false;
    d->internalExec("COMMIT");
}

QueryResult TraceDatabase::query(std::string_view sql, const QueryOptions& options) const
{
    auto guard = lock();
    d->useRun(options.run);
    // Memory-map the file while a user query runs (a big GROUP BY reads every page; read() per page costs
    // as much as the query itself) and unmap afterwards so an idle viewer keeps a small resident size.
    struct MmapWindow
    {
        Impl* d;
        explicit MmapWindow(Impl* impl) : d(impl) { d->internalExec("PRAGMA mmap_size = 1073741824"); }
        ~MmapWindow()
        {
            try {
                d->internalExec("PRAGMA mmap_size = 0");
            } catch (...) {
            }
        }
    } mmapWindow(d.get());

    d->denied.clear();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(d->db, sql.data(), static_cast<int>(sql.size()), &raw, &tail);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK) {
        if (!d->denied.empty())
            throw TraceError(Kind::ReadOnlyViolation, "refusing to run SQL that modifies the trace: " + d->denied);
        static const char* writes[] = {"INSERT", "UPDATE", "DELETE", "REPLACE", "DROP",  "CREATE",
                                       "ALTER",  "ATTACH", "DETACH", "VACUUM",  "REINDEX"};
        const std::string word = firstWord(sql);
        // SQLite refuses writes to a view or to the native calls table before asking the authorizer
        const std::string reason = sqlite3_errmsg(d->db);
        const bool readOnlyTable = reason.find("may not be modified") != std::string::npos ||
                                   reason.find("because it is a view") != std::string::npos;
        for (const char* w : writes) {
            if (word == w || readOnlyTable)
                throw TraceError(Kind::ReadOnlyViolation, "refusing to run SQL that modifies the trace: " +
                                                              oneLine(sql) + " (" + sqlite3_errmsg(d->db) + ")");
        }
        TraceError error(Kind::Query, std::string("SQL error: ") + sqlite3_errmsg(d->db));
        error.offset = sqlite3_error_offset(d->db);
        throw error;
    }
    if (!stmt)
        throw TraceError(Kind::Query, "SQL error: no statement to run");
    if (tail && !isSpaceOrComment(std::string_view(tail, sql.data() + sql.size() - tail))) {
        TraceError error(Kind::Query, "SQL error: only one statement can be run at a time");
        error.offset = static_cast<int>(tail - sql.data());
        throw error;
    }
    if (!sqlite3_stmt_readonly(stmt.get()))
        throw TraceError(Kind::ReadOnlyViolation, "refusing to run SQL that modifies the trace: " + oneLine(sql));

    // The progress handler enforces the time limit and the cancel flag; removed again on every exit.
    d->cancel = options.cancel;
    d->timedOut = false;
    d->hasDeadline = options.timeout.count() > 0;
    d->deadline = std::chrono::steady_clock::now() + options.timeout;
    sqlite3_progress_handler(d->db, 1000, &Impl::progress, d.get());
    struct ProgressReset
    {
        Impl* d;
        ~ProgressReset()
        {
            sqlite3_progress_handler(d->db, 0, nullptr, nullptr);
            d->cancel = nullptr;
            d->hasDeadline = false;
        }
    } reset{d.get()};

    QueryResult result;
    const int columns = sqlite3_column_count(stmt.get());
    for (int c = 0; c < columns; ++c) {
        const char* name = sqlite3_column_name(stmt.get(), c);
        result.columns.emplace_back(name ? name : "");
    }
    for (;;) {
        const int step = sqlite3_step(stmt.get());
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            if ((step & 0xff) == SQLITE_INTERRUPT) {
                if (d->timedOut)
                    throw TraceError(Kind::Interrupted,
                                     "query stopped: it ran longer than the " +
                                         std::to_string((options.timeout.count() + 999) / 1000) + " s time limit");
                throw TraceError(Kind::Interrupted, "query cancelled");
            }
            if ((step & 0xff) == SQLITE_CORRUPT || (step & 0xff) == SQLITE_NOTADB)
                throw TraceError(Kind::Corrupt, inQuotes(d->path) + " is damaged: " + sqlite3_errmsg(d->db));
            throw TraceError(Kind::Query, std::string("SQL error: ") + sqlite3_errmsg(d->db));
        }
        if (options.maxRows && result.rows.size() >= options.maxRows) {
            result.truncated = true;
            break;
        }
        std::vector<SqlValue> row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt.get(), c)) {
            case SQLITE_INTEGER: row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt.get(), c))); break;
            case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(stmt.get(), c)); break;
            case SQLITE_TEXT: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), c));
                row.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt.get(), c))));
                break;
            }
            case SQLITE_BLOB: {
                const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(stmt.get(), c));
                const int n = sqlite3_column_bytes(stmt.get(), c);
                std::string hex = "x'";
                static const char* digits = "0123456789abcdef";
                for (int i = 0; i < n; ++i) {
                    hex += digits[bytes[i] >> 4];
                    hex += digits[bytes[i] & 15];
                }
                row.emplace_back(hex + "'");
                break;
            }
            default: row.emplace_back(std::monostate{}); break;
            }
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

std::string sqlValueToString(const SqlValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return "NULL";
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    const double d = std::get<double>(value);
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    if (std::fabs(d) >= 1e15) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.6g", d);
        return buffer;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6f", d);
    std::string text = buffer;
    // Trim trailing zeros but keep one decimal so a REAL still reads as one ("1000.0").
    while (text.size() > 2 && text.back() == '0' && text[text.size() - 2] != '.')
        text.pop_back();
    if (text == "-0.0")
        text = "0.0";
    return text;
}

} // namespace breadcrumb
