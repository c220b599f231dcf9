#include "TraceDatabase.h"

#include "CallsTable.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb {

namespace {

using Kind = TraceError::Kind;

std::string inQuotes(const std::string& path)
{
    return "'" + path + "'";
}

// A `file:` URI so the path is never mistaken for a URI option and mode=ro is enforced by SQLite itself.
// `immutable` makes SQLite read the file as it is, with no locks and no -wal/-shm created next to it.
std::string fileUri(const std::string& path, bool immutable)
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
    return uri + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
}

std::uint32_t bigEndian(const unsigned char* p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// What a file is when it is not a regular file, for "'x' is a FIFO, not a trace file".
const char* fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "not a regular file";
}

struct FileDescriptor
{
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

struct FileFacts
{
    bool walMode = false;    // the header says journal_mode=WAL (read/write versions 2)
    bool walPresent = false; // a -wal file exists next to it: a writer is (or was) active
    bool walEmpty = true;    // ...and holds no frames
};

// A companion file SQLite would open by name (-wal, -shm, -journal): a FIFO there would hang it.
bool companionExists(const std::string& path, const std::string& suffix, bool& empty)
{
    struct stat st = {};
    const std::string companion = path + suffix;
    if (::stat(companion.c_str(), &st) != 0)
        return false;
    if (!S_ISREG(st.st_mode))
        throw TraceError(Kind::NotSqlite, inQuotes(companion) + " next to the trace is " +
                                              fileKind(st.st_mode) +
                                              ", not a regular file; refusing to read the trace");
    empty = st.st_size == 0;
    return true;
}

// Checks what can be checked without SQLite: a regular file (never a FIFO, device or directory, which
// would hang or mislead SQLite), the magic string, and a file shorter than its header says (a truncated
// copy), which SQLite would only notice when a query touches the missing pages. In WAL mode the header
// of the main file is not the truth while a -wal file holds newer pages, so that check is skipped then.
FileFacts checkFile(const std::string& path)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            throw TraceError(Kind::MissingFile, "trace file " + inQuotes(path) + " does not exist");
        throw TraceError(Kind::MissingFile, "cannot read " + inQuotes(path) + ": " + std::strerror(error));
    }
    struct stat st = {};
    if (::fstat(file.fd, &st) != 0)
        throw TraceError(Kind::MissingFile, "cannot read " + inQuotes(path) + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw TraceError(Kind::NotSqlite, inQuotes(path) + " is a directory, not a trace file");
    if (!S_ISREG(st.st_mode))
        throw TraceError(Kind::NotSqlite,
                         inQuotes(path) + " is " + fileKind(st.st_mode) + ", not a trace file");
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size == 0)
        throw TraceError(Kind::NotATrace, inQuotes(path) + " is an empty file, not a Breadcrumb trace");
    unsigned char header[100] = {};
    std::size_t got = 0;
    while (got < sizeof header) {
        const ssize_t n = ::read(file.fd, header + got, sizeof header - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw TraceError(Kind::MissingFile,
                             "cannot read " + inQuotes(path) + ": " + std::strerror(errno));
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got < sizeof header || std::memcmp(header, "SQLite format 3", 16) != 0)
        throw TraceError(Kind::NotSqlite,
                         inQuotes(path) + " is not a SQLite file, so not a Breadcrumb trace");

    FileFacts facts;
    facts.walMode = header[18] == 2 && header[19] == 2;
    facts.walPresent = companionExists(path, "-wal", facts.walEmpty);
    bool unused = true;
    companionExists(path, "-shm", unused);
    companionExists(path, "-journal", unused);
    if (facts.walPresent && !facts.walEmpty)
        return facts;
    std::uint64_t pageSize = bigEndian(header + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pageCount = bigEndian(header + 28, 4);
    const bool countValid = bigEndian(header + 24, 4) == bigEndian(header + 92, 4);
    if (countValid && pageCount > 0 && size < pageSize * pageCount)
        throw TraceError(Kind::Corrupt, inQuotes(path) + " is truncated or damaged: " + std::to_string(size) +
                                            " bytes where its header promises " +
                                            std::to_string(pageSize * pageCount));
    return facts;
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

// SQLite's own heap, process-wide: a backstop behind the per-query limit for what one step can allocate.
void limitSqliteHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        constexpr sqlite3_int64 limit = 2 * static_cast<sqlite3_int64>(kQueryMemoryLimit);
        const sqlite3_int64 current = sqlite3_hard_heap_limit64(-1);
        if (current == 0 || current > limit)
            sqlite3_hard_heap_limit64(limit);
    });
}

// Why SQLite could not start reading a trace, said in terms of the file and not of SQL the user never ran.
TraceError openError(int rc, const std::string& path, sqlite3* db)
{
    const std::string file = inQuotes(path);
    const std::string copyAdvice = "; copy the trace with its -wal file to a writable directory to read it";
    switch (rc) {
    case SQLITE_READONLY_ROLLBACK:
        return TraceError(Kind::Corrupt,
                          file +
                              " has an unfinished write of a program that stopped mid-way (a hot journal, " +
                              inQuotes(path + "-journal") +
                              "); Breadcrumb only reads traces and cannot roll it "
                              "back: open the file once with `sqlite3 " +
                              path + " 'PRAGMA quick_check'`, then retry");
    case SQLITE_READONLY_RECOVERY:
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
    case SQLITE_READONLY_DIRECTORY:
    case SQLITE_CANTOPEN:
    case SQLITE_CANTOPEN_NOTEMPDIR:
        if (::access((path + "-wal").c_str(), F_OK) == 0)
            return TraceError(Kind::MissingFile,
                              file + " has calls in its write-ahead log (" + inQuotes(path + "-wal") +
                                  ") that SQLite can only read with a " + inQuotes(path + "-shm") +
                                  " file, which it cannot create or use here" + copyAdvice);
        break;
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return TraceError(Kind::Corrupt, file + " is damaged and cannot be read as a trace");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return TraceError(Kind::MissingFile,
                          file + " is locked by another program; try again when it is done");
    case SQLITE_NOMEM:
        return TraceError(Kind::Corrupt, file + ": out of memory while opening it");
    default:
        break;
    }
    return TraceError(Kind::MissingFile,
                      "cannot open " + file + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

// The functions user SQL may call, reviewed one by one: pure computations on values. Everything else is
// refused, whatever SQLite was built with: fts3_tokenizer() (hands out and takes native pointers),
// load_extension(), the FTS/R-Tree helpers that decode blobs (rtreenode, matchinfo, ...), sqlite_log().
// A function a view in the file calls is checked the same way when a query reads the view.
const std::set<std::string, std::less<>>& allowedFunctions()
{
    static const std::set<std::string, std::less<>> names = {
        // core scalar functions
        "abs", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "if", "ifnull", "iif",
        "instr", "length", "like", "likelihood", "likely", "lower", "ltrim", "max", "min", "nullif",
        "octet_length", "printf", "quote", "random", "randomblob", "replace", "round", "rtrim", "sign",
        "soundex", "sqlite_source_id", "sqlite_version", "substr", "substring", "trim", "typeof", "unhex",
        "unicode", "unistr", "unlikely", "upper", "zeroblob",
        // date and time
        "current_date", "current_time", "current_timestamp", "date", "datetime", "julianday", "strftime",
        "time", "timediff", "unixepoch",
        // math
        "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh",
        "degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians",
        "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
        // aggregates and window functions
        "avg", "count", "group_concat", "string_agg", "sum", "total", "row_number", "rank", "dense_rank",
        "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value",
        // JSON (json_each and json_tree are table-valued: the only virtual table modules left, see open)
        "->", "->>", "json", "json_array", "json_array_length", "json_error_position", "json_extract",
        "json_group_array", "json_group_object", "json_insert", "json_object", "json_patch", "json_pretty",
        "json_quote", "json_remove", "json_replace", "json_set", "json_type", "json_valid",
        // Breadcrumb's (SqlFunctions.cpp)
        "median", "percentile", "stddev", "stddev_pop", "stddev_samp", "variance"};
    return names;
}

// PRAGMAs a query may run, all of them reading only. The authorizer cannot tell `PRAGMA x(arg)` from
// `PRAGMA x = value`: only those whose argument names what to inspect may have one.
const std::set<std::string, std::less<>>& allowedPragmas()
{
    static const std::set<std::string, std::less<>> names = {
        "application_id", "collation_list",    "compile_options",  "data_version",   "database_list",
        "encoding",       "foreign_key_check", "foreign_key_list", "freelist_count", "function_list",
        "index_info",     "index_list",        "index_xinfo",      "journal_mode",   "module_list",
        "page_count",     "page_size",         "pragma_list",      "schema_version", "table_info",
        "table_list",     "table_xinfo",       "user_version"};
    return names;
}

bool pragmaTakesArgument(std::string_view name)
{
    static const std::set<std::string, std::less<>> names = {
        "foreign_key_check", "foreign_key_list", "index_info", "index_list",
        "index_xinfo",       "table_info",       "table_list", "table_xinfo"};
    return names.count(name) > 0;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string joined(const std::set<std::string, std::less<>>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

// True when main.events has exactly the columns of format v1 (and the tables the faster view reads).
bool hasV1Events(sqlite3* db)
{
    static const char* expected[] = {"event_id",
                                     "parent_event_id",
                                     "run_id",
                                     "event_type",
                                     "function_name",
                                     "module",
                                     "file",
                                     "line",
                                     "caller_function",
                                     "thread_id",
                                     "depth",
                                     "timestamp",
                                     "start_ns",
                                     "duration_ms",
                                     "self_ms",
                                     "exception_type",
                                     "exception_message",
                                     "args",
                                     "return_value"};
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

    bool internal = false;     // the core's own setup statements (the per-run TEMP view) are allowed
    std::string denied;        // what the authorizer refused first in the statement being prepared
    bool deniedIsWrite = true; // ...a write (ReadOnlyViolation) rather than a function or pragma (Query)

    enum class Stop
    {
        None,
        Time,
        Memory
    };
    std::chrono::steady_clock::time_point deadline;
    bool hasDeadline = false;
    Stop stopped = Stop::None;
    sqlite3_int64 memoryCeiling = 0; // 0 = no query running
    const std::atomic_bool* cancel = nullptr;
    std::optional<std::int64_t> viewRun;
    bool inSnapshot = false;

    bool immutable = false;
    off_t openedSize = 0;
    struct timespec openedMtime
    {
    };

    ~Impl() { sqlite3_close_v2(db); }

    // The main file differs from when it was opened: a writer checkpointed into it.
    bool rewritten() const
    {
        struct stat st = {};
        return ::stat(path.c_str(), &st) != 0 || st.st_size != openedSize ||
               st.st_mtim.tv_sec != openedMtime.tv_sec || st.st_mtim.tv_nsec != openedMtime.tv_nsec;
    }

    // Opens the connection with the sandbox settings that must be in place before any SQL from the file
    // (its schema) is parsed. Returns SQLite's code; the handle is kept for its message.
    int open(bool asImmutable)
    {
        sqlite3_close_v2(db);
        db = nullptr;
        struct stat st = {};
        if (::stat(path.c_str(), &st) == 0) {
            openedSize = st.st_size;
            openedMtime = st.st_mtim;
        }
        const int rc = sqlite3_open_v2(fileUri(path, asImmutable).c_str(), &db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        sqlite3_extended_result_codes(db, 1);
        // A tracer may be committing to this file right now; wait for it instead of failing.
        sqlite3_busy_timeout(db, 5000);
        // fts3_tokenizer(name, pointer) installs a native pointer SQLite will call: a query could
        // crash the process at an address of its choosing (and the one-argument form leaks a pointer).
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 0, nullptr);
        // TRUSTED_SCHEMA stays on: SQLite 3.40 does not mark the JSON functions innocuous, and the 1.1
        // format's own `calls` view needs them. The authorizer's allow-list checks the functions of every
        // view a statement reads instead; generated columns only admit deterministic functions, which
        // excludes fts3_tokenizer() and load_extension().
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        // No virtual table module a file could name but JSON's: FTS, R-Tree, dbstat and their parsers of
        // file-controlled shadow tables stay out of reach (Breadcrumb's own `calls` module comes later).
        static const char* keep[] = {"json_each", "json_tree", nullptr};
        sqlite3_drop_modules(db, keep);
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
        sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
        // Nested views in a hostile file could multiply into a huge program; real queries use thousands.
        sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 5'000'000);
        return SQLITE_OK;
    }

    // Runs one statement returning at most one integer, reporting SQLite's code instead of throwing, so
    // that opening can tell a hot journal or a missing -shm from a damaged file.
    int probe(const char* sql, std::optional<std::int64_t>& value)
    {
        sqlite3_stmt* raw = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, &sqlite3_finalize);
        if (rc != SQLITE_OK)
            return rc;
        rc = sqlite3_step(stmt.get());
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(stmt.get(), 0);
            rc = SQLITE_OK;
        }
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

    static int authorize(void* self, int action, const char* a1, const char* a2, const char*, const char*)
    {
        auto* d = static_cast<Impl*>(self);
        if (d->internal)
            return SQLITE_OK;
        std::string what;
        switch (action) {
        case SQLITE_SELECT:
        case SQLITE_READ:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_UPDATE:
            // The first use of a table-valued pragma (pragma_database_list) builds its table as if by
            // UPDATE of sqlite_master's columns. Nothing can write sqlite_master on this connection (opened
            // read-only, writable_schema off, defensive), and a user's UPDATE of it fails before this.
            if (nameOr(a1) == "sqlite_master" || nameOr(a1) == "sqlite_schema")
                return SQLITE_OK;
            what = "UPDATE of " + nameOr(a1);
            break;
        case SQLITE_FUNCTION: {
            const std::string name = lower(nameOr(a2));
            if (allowedFunctions().count(name))
                return SQLITE_OK;
            if (d->denied.empty()) {
                d->denied = name + "() is not available in trace queries (`breadcrumb query --help` lists "
                                   "the functions that are)";
                d->deniedIsWrite = false;
            }
            return SQLITE_DENY;
        }
        case SQLITE_PRAGMA: {
            const std::string name = lower(nameOr(a1));
            if (allowedPragmas().count(name) && (!a2 || pragmaTakesArgument(name)))
                return SQLITE_OK;
            if (!a2 && d->denied.empty()) {
                d->denied = "PRAGMA " + name +
                            " is not available in trace queries (these are: " + joined(allowedPragmas()) +
                            ")";
                d->deniedIsWrite = false;
                return SQLITE_DENY;
            }
            what = "PRAGMA " + name + (a2 ? std::string(" = ") + a2 : std::string());
            break;
        }
        case SQLITE_ATTACH:
            what = "ATTACH " + inQuotes(nameOr(a1));
            break;
        case SQLITE_DETACH:
            what = "DETACH " + nameOr(a1);
            break;
        case SQLITE_INSERT:
            what = "INSERT into " + nameOr(a1);
            break;
        case SQLITE_DELETE:
            what = "DELETE from " + nameOr(a1);
            break;
        case SQLITE_TRANSACTION:
            what = "transaction control (" + nameOr(a1) + ")";
            break;
        case SQLITE_SAVEPOINT:
            what = "SAVEPOINT " + nameOr(a2);
            break;
        case SQLITE_ALTER_TABLE:
            what = "ALTER TABLE " + nameOr(a2);
            break;
        case SQLITE_REINDEX:
            what = "REINDEX " + nameOr(a1);
            break;
        case SQLITE_ANALYZE:
            what = "ANALYZE " + nameOr(a1);
            break;
        case SQLITE_CREATE_INDEX:
        case SQLITE_CREATE_TEMP_INDEX:
            what = "CREATE INDEX " + nameOr(a1);
            break;
        case SQLITE_CREATE_TABLE:
        case SQLITE_CREATE_TEMP_TABLE:
            what = "CREATE TABLE " + nameOr(a1);
            break;
        case SQLITE_CREATE_TRIGGER:
        case SQLITE_CREATE_TEMP_TRIGGER:
            what = "CREATE TRIGGER " + nameOr(a1);
            break;
        case SQLITE_CREATE_VIEW:
        case SQLITE_CREATE_TEMP_VIEW:
            what = "CREATE VIEW " + nameOr(a1);
            break;
        case SQLITE_CREATE_VTABLE:
            what = "CREATE VIRTUAL TABLE " + nameOr(a1);
            break;
        case SQLITE_DROP_INDEX:
        case SQLITE_DROP_TEMP_INDEX:
            what = "DROP INDEX " + nameOr(a1);
            break;
        case SQLITE_DROP_TABLE:
        case SQLITE_DROP_TEMP_TABLE:
            what = "DROP TABLE " + nameOr(a1);
            break;
        case SQLITE_DROP_TRIGGER:
        case SQLITE_DROP_TEMP_TRIGGER:
            what = "DROP TRIGGER " + nameOr(a1);
            break;
        case SQLITE_DROP_VIEW:
        case SQLITE_DROP_TEMP_VIEW:
            what = "DROP VIEW " + nameOr(a1);
            break;
        case SQLITE_DROP_VTABLE:
            what = "DROP VIRTUAL TABLE " + nameOr(a1);
            break;
        default:
            what = "operation " + std::to_string(action);
            break;
        }
        if (d->denied.empty()) {
            d->denied = what;
            d->deniedIsWrite = true;
        }
        return SQLITE_DENY;
    }

    static int progress(void* self)
    {
        auto* d = static_cast<Impl*>(self);
        if (d->cancel && d->cancel->load(std::memory_order_relaxed))
            return 1;
        if (d->hasDeadline && std::chrono::steady_clock::now() >= d->deadline) {
            d->stopped = Stop::Time;
            return 1;
        }
        // sqlite3_memory_used() is process-wide: other connections' pages count too, which only makes
        // the limit stricter while the viewer loads a run in parallel.
        if (d->memoryCeiling && sqlite3_memory_used() > d->memoryCeiling) {
            d->stopped = Stop::Memory;
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
    bool chunked = false;    // format 1.1: calls live in call_chunks; temp.calls (CallsTable) answers `calls`
    bool parentRuns = false; // format 1.2: runs.parent_run_id
    // Every function name is text (as the tracer writes them), so the native table's function_name column,
    // which hands out text and blobs as stored, answers exactly what the functions table holds.
    bool nativeNames = false;

    // Points the unqualified name `events` at a TEMP view (temp shadows main) that returns exactly what
    // main.events returns, optionally restricted to one run. It differs from the v1 view in one way only:
    // every column of another table comes from a scalar subquery instead of a join. SQLite cannot drop an
    // unused LEFT JOIN from an aggregate query, and the inner join to functions makes each row of the seed's
    // correlated self-time subquery fetch its calls row; scalar subqueries run only for the columns a
    // query uses (1 M calls: seed self-time query 4.1 s -> 2.6 s CPU). The only divergence: a call whose
    // function row is missing (a damaged file) shows NULL names instead of being left out.
    // tests/core/tst_eventsview.cpp holds it to schema.sql's view by comparing query results.
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
            sql =
                "CREATE TEMP VIEW events AS SELECT * FROM main.events WHERE run_id = " + std::to_string(*run);
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

    // The TEMP view reads `calls` from the native table of a 1.1 file, from main's table otherwise. The
    // native table also names each call's function (its hidden function_name column, one interned copy per
    // name, answering GROUP BY / ORDER BY function_name in name order and function_name = ? from an index),
    // so the name is neither looked up nor copied per row.
    std::string fastEvents() const
    {
        std::string sql = kFastEvents;
        auto replace = [&sql](std::string_view from, std::string_view to) {
            if (const auto at = sql.find(from); at != std::string::npos)
                sql.replace(at, from.size(), to);
        };
        if (chunked && nativeNames) {
            replace("(SELECT f.name FROM main.functions f WHERE f.function_id = c.function_id)",
                    "c.function_name");
            replace(
                "(SELECT pf.name FROM main.calls p JOIN main.functions pf ON pf.function_id = p.function_id\n"
                "      WHERE p.call_id = c.parent_id)",
                "(SELECT p.function_name FROM main.calls p WHERE p.call_id = c.parent_id)");
        }
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
    const FileFacts facts = checkFile(path);
    limitSqliteHeap();
    // A writer's WAL holds frames while it runs; the tracer folds them into the file when it finishes
    // (checkpoint, truncate) and its last close removes the -wal. With no -wal, or an empty one (a reader
    // was still open when the writer closed), the file is complete as it is, and `immutable` reads it
    // without locks, -wal or -shm: nothing is created or touched next to it and read-only media work.
    // Otherwise SQLite must read the WAL for the newest calls.
    d->immutable = facts.walMode && (!facts.walPresent || facts.walEmpty);
    int rc = d->open(d->immutable);
    if (rc != SQLITE_OK)
        throw openError(rc, path, d->db);
    std::optional<std::int64_t> version;
    rc = d->probe("PRAGMA user_version", version);
    if (rc != SQLITE_OK)
        throw openError(rc, path, d->db);
    d->userVersion = static_cast<int>(version.value_or(0));

    std::vector<std::pair<std::string, std::string>> objects; // name, type
    try {
        SqliteStatement schema(d->db, "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')");
        while (schema.step())
            objects.emplace_back(schema.text(0), schema.text(1));
    } catch (const TraceError& e) {
        if (e.kind() == Kind::Corrupt)
            throw TraceError(Kind::Corrupt, inQuotes(path) + " is damaged and cannot be read as a trace");
        throw TraceError(e.kind(), inQuotes(path) + ": " + e.what());
    }
    const auto typeOf = [&](std::string_view name) -> std::optional<std::string> {
        for (const auto& [object, type] : objects)
            if (object == name)
                return type;
        return std::nullopt;
    };
    const int major = d->userVersion / 100;
    if (major > kFormatMajor)
        throw TraceError(Kind::NewerFormat,
                         inQuotes(path) + " uses trace format " + std::to_string(major) + "." +
                             std::to_string(d->userVersion % 100) + ", newer than this Breadcrumb reads (" +
                             std::to_string(kFormatMajor) + ".x); please upgrade Breadcrumb");
    if (d->userVersion == 0 && !objects.empty())
        throw TraceError(Kind::NotATrace, inQuotes(path) + " is a SQLite database but not a Breadcrumb trace "
                                                           "(user_version is 0)");
    for (const char* required : {"calls", "functions", "runs"}) {
        if (!typeOf(required))
            throw TraceError(Kind::NotATrace,
                             inQuotes(path) + " is a SQLite database but not a Breadcrumb trace (it has no " +
                                 required + " table)");
    }
    d->chunked = typeOf("call_chunks").has_value();
    {
        SqliteStatement s(
            d->db, "SELECT count(*) FROM pragma_table_info('runs', 'main') WHERE name = 'parent_run_id'");
        d->parentRuns = s.step() && s.int64(0) > 0;
    }
    // The core's own reads run without a time limit, so what they read must be the file's data, not a view
    // the file defines (which could compute anything, forever). `calls` of a 1.1 file and `events` are
    // views, but shadowed by Breadcrumb's own TEMP definitions below.
    for (const char* table : {"runs", "functions", "call_chunks", "exceptions", "call_values", "threads",
                              "untraced_calls", "meta", "function_summaries"}) {
        if (const auto type = typeOf(table); type && *type != "table")
            throw TraceError(Kind::NotATrace, inQuotes(path) + " is not a Breadcrumb trace: its " + table +
                                                  " is a " + *type + " where a trace has a table");
    }
    if (!d->chunked && typeOf("calls") != "table")
        throw TraceError(Kind::NotATrace, inQuotes(path) +
                                              " is not a Breadcrumb trace: its calls is a view but there is "
                                              "no call_chunks table");
    registerSqlFunctions(d->db);
    // Format 1.1 keeps calls in JSON chunks behind a view; every unqualified `calls` (the core's, the CLI's,
    // users' SQL) reads the decoded, indexed store through a TEMP virtual table instead, which shadows it.
    if (d->chunked) {
        CallsTable::registerModule(d->db);
        d->exec((std::string("CREATE VIRTUAL TABLE temp.calls USING ") + CallsTable::kModule).c_str());
        SqliteStatement names(
            d->db, "SELECT NOT EXISTS (SELECT 1 FROM main.functions WHERE typeof(name) <> 'text')");
        d->nativeNames = names.step() && names.int64(0) == 1;
    }
    d->shadowEvents = hasV1Events(d->db);
    d->useRun(std::nullopt, true);
    d->exec("PRAGMA query_only = 1");
    sqlite3_set_authorizer(d->db, &Impl::authorize, d.get());
}

bool TraceDatabase::changedOnDisk() const
{
    if (!d->immutable)
        return false; // SQLite itself sees every commit
    struct stat st = {};
    return d->rewritten() || (::stat((d->path + "-wal").c_str(), &st) == 0 && st.st_size > 0);
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

bool TraceDatabase::hasParentRuns() const
{
    return d->parentRuns;
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
    // Without locks (immutable) a reader could see pages from before and after a writer's checkpoint.
    if (d->immutable && d->rewritten())
        throw TraceError(Kind::Corrupt, inQuotes(d->path) +
                                            " has been rewritten since it was opened (a writer "
                                            "added to it); open it again to read it");
    d->useRun(options.run);
    // Memory-map the file while a user query runs (a big GROUP BY reads every page; read() per page costs
    // as much as the query itself) and unmap afterwards so an idle viewer keeps a small resident size.
    // Not for a 1.1 file: its calls are read once into the native table's store, and mapped they would
    // stay resident for the whole query beside the store (10 M calls: 426 MB of 1.07 GB).
    struct MmapWindow
    {
        Impl* d;
        bool on;
        MmapWindow(Impl* impl, bool use) : d(impl), on(use)
        {
            if (on)
                d->internalExec("PRAGMA mmap_size = 1073741824");
        }
        ~MmapWindow()
        {
            try {
                if (on)
                    d->internalExec("PRAGMA mmap_size = 0");
            } catch (...) {
            }
        }
    } mmapWindow(d.get(), !d->chunked);

    d->denied.clear();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(d->db, sql.data(), static_cast<int>(sql.size()), &raw, &tail);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK) {
        if (!d->denied.empty() && d->deniedIsWrite)
            throw TraceError(Kind::ReadOnlyViolation,
                             "refusing to run SQL that modifies the trace: " + d->denied);
        if (!d->denied.empty())
            throw TraceError(Kind::Query, "SQL error: " + d->denied);
        if ((rc & 0xff) == SQLITE_TOOBIG)
            throw TraceError(Kind::Query, "SQL error: the SQL is longer than the 1 MB limit");
        static const char* writes[] = {"INSERT", "UPDATE", "DELETE", "REPLACE", "DROP",   "CREATE",
                                       "ALTER",  "ATTACH", "DETACH", "VACUUM",  "REINDEX"};
        const std::string word = firstWord(sql);
        // SQLite refuses writes to a view or to the native calls table before asking the authorizer
        const std::string reason = sqlite3_errmsg(d->db);
        const bool readOnlyTable = reason.find("may not be modified") != std::string::npos ||
                                   reason.find("because it is a view") != std::string::npos;
        for (const char* w : writes) {
            if (word == w || readOnlyTable)
                throw TraceError(Kind::ReadOnlyViolation,
                                 "refusing to run SQL that modifies the trace: " + oneLine(sql) + " (" +
                                     sqlite3_errmsg(d->db) + ")");
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
        throw TraceError(Kind::ReadOnlyViolation,
                         "refusing to run SQL that modifies the trace: " + oneLine(sql));
    for (std::size_t i = 0; i < options.params.size(); ++i) {
        const int at = static_cast<int>(i + 1);
        const SqlValue& value = options.params[i];
        int bound = SQLITE_OK;
        if (const auto* n = std::get_if<std::int64_t>(&value))
            bound = sqlite3_bind_int64(stmt.get(), at, *n);
        else if (const auto* x = std::get_if<double>(&value))
            bound = sqlite3_bind_double(stmt.get(), at, *x);
        else if (const auto* text = std::get_if<std::string>(&value))
            bound = sqlite3_bind_text(stmt.get(), at, text->data(), static_cast<int>(text->size()),
                                      SQLITE_TRANSIENT);
        else
            bound = sqlite3_bind_null(stmt.get(), at);
        if (bound != SQLITE_OK)
            throw TraceError(Kind::Query, "SQL error: cannot bind parameter " + std::to_string(at) + ": " +
                                              sqlite3_errstr(bound));
    }

    // The progress handler enforces the time limit, the memory limit and the cancel flag; removed again
    // on every exit.
    d->cancel = options.cancel;
    d->stopped = Impl::Stop::None;
    d->hasDeadline = options.timeout.count() > 0;
    d->deadline = std::chrono::steady_clock::now() + options.timeout;
    d->memoryCeiling =
        options.maxMemory ? sqlite3_memory_used() + static_cast<sqlite3_int64>(options.maxMemory) : 0;
    sqlite3_progress_handler(d->db, 1000, &Impl::progress, d.get());
    struct ProgressReset
    {
        Impl* d;
        ~ProgressReset()
        {
            sqlite3_progress_handler(d->db, 0, nullptr, nullptr);
            d->cancel = nullptr;
            d->hasDeadline = false;
            d->memoryCeiling = 0;
        }
    } reset{d.get()};

    QueryResult result;
    const int columns = sqlite3_column_count(stmt.get());
    for (int c = 0; c < columns; ++c) {
        const char* name = sqlite3_column_name(stmt.get(), c);
        result.columns.emplace_back(name ? name : "");
    }
    // What the rows cost in memory, roughly: every value plus the bytes of its text.
    std::size_t bytes = 0;
    const auto overBudget = [&](std::size_t more) {
        bytes += more;
        return options.maxBytes && bytes > options.maxBytes;
    };
    for (;;) {
        const int step = sqlite3_step(stmt.get());
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            switch (step & 0xff) {
            case SQLITE_INTERRUPT:
                if (d->stopped == Impl::Stop::Time)
                    throw TraceError(Kind::Interrupted,
                                     "query stopped: it ran longer than the " +
                                         std::to_string((options.timeout.count() + 999) / 1000) +
                                         " s time limit");
                if (d->stopped == Impl::Stop::Memory)
                    throw TraceError(Kind::Interrupted, "query stopped: it needed more than " +
                                                            formatBytes(options.maxMemory) + " of memory");
                throw TraceError(Kind::Interrupted, "query cancelled");
            case SQLITE_NOMEM:
                throw TraceError(Kind::Interrupted, "query stopped: SQLite ran out of memory (" +
                                                        formatBytes(2 * kQueryMemoryLimit) + " at most)");
            case SQLITE_TOOBIG:
                throw TraceError(Kind::Query, "SQL error: a string or blob would be larger than the " +
                                                  formatBytes(kMaxValueBytes) + " limit on one value");
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB:
                throw TraceError(Kind::Corrupt, inQuotes(d->path) + " is damaged: " + sqlite3_errmsg(d->db));
            default:
                break;
            }
            if (!d->denied.empty()) // a table-valued pragma prepares its own statement while it runs
                throw TraceError(
                    d->deniedIsWrite ? Kind::ReadOnlyViolation : Kind::Query,
                    (d->deniedIsWrite ? "refusing to run SQL that modifies the trace: " : "SQL error: ") +
                        d->denied);
            throw TraceError(Kind::Query, std::string("SQL error: ") + sqlite3_errmsg(d->db));
        }
        if (options.maxRows && result.rows.size() >= options.maxRows) {
            result.truncated = true;
            break;
        }
        std::vector<SqlValue> row;
        row.reserve(static_cast<std::size_t>(columns));
        bool full = overBudget(sizeof(row) + static_cast<std::size_t>(columns) * sizeof(SqlValue));
        for (int c = 0; c < columns && !full; ++c) {
            switch (sqlite3_column_type(stmt.get(), c)) {
            case SQLITE_INTEGER:
                row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt.get(), c)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(stmt.get(), c));
                break;
            case SQLITE_TEXT: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), c));
                const auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt.get(), c));
                if ((full = overBudget(n)))
                    break;
                row.emplace_back(std::string(text, n));
                break;
            }
            case SQLITE_BLOB: {
                const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(stmt.get(), c));
                const int n = sqlite3_column_bytes(stmt.get(), c);
                if ((full = overBudget(2 * static_cast<std::size_t>(n) + 3)))
                    break;
                std::string hex = "x'";
                static const char* digits = "0123456789abcdef";
                for (int i = 0; i < n; ++i) {
                    hex += digits[data[i] >> 4];
                    hex += digits[data[i] & 15];
                }
                row.emplace_back(hex + "'");
                break;
            }
            default:
                row.emplace_back(std::monostate{});
                break;
            }
        }
        if (full) {
            result.truncated = true;
            result.bytesExceeded = true;
            break;
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

std::string allowedQueryFunctions()
{
    return joined(allowedFunctions());
}

std::string allowedQueryPragmas()
{
    return joined(allowedPragmas());
}

std::string formatBytes(std::size_t bytes)
{
    char buffer[32];
    if (bytes >= (1u << 30) && bytes % (1u << 30) == 0)
        std::snprintf(buffer, sizeof buffer, "%zu GB", bytes >> 30);
    else if (bytes >= (1u << 20))
        std::snprintf(buffer, sizeof buffer, bytes % (1u << 20) ? "%.1f MB" : "%.0f MB",
                      static_cast<double>(bytes) / (1u << 20));
    else if (bytes >= 1024)
        std::snprintf(buffer, sizeof buffer, "%zu kB", bytes >> 10);
    else
        std::snprintf(buffer, sizeof buffer, "%zu bytes", bytes);
    return buffer;
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
