#pragma once
// Minimal RAII over the SQLite C API for the writer: a connection and prepared statements that throw
// SqliteError with the database's message and code.
// Not app/core's SqliteStatement: the extension is built per interpreter and depends on nothing of app/
// (the reader library would come along, and its errors are TraceErrors for readers); the writer also
// needs what the reader never does: persistent, movable statements and the raw code (busy, not a database).
#include <cstdint>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <string_view>

namespace breadcrumb {

struct SqliteError : std::runtime_error
{
    SqliteError(const std::string& what, int code) : std::runtime_error(what), code(code) {}
    int code;
};

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                               nullptr) != SQLITE_OK)
            throw SqliteError(sqlite3_errmsg(db), sqlite3_errcode(db));
    }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt) { o.m_stmt = nullptr; }
    SqliteStatement& operator=(SqliteStatement&& o) noexcept
    {
        if (this != &o) {
            sqlite3_finalize(m_stmt);
            m_db = o.m_db;
            m_stmt = o.m_stmt;
            o.m_stmt = nullptr;
        }
        return *this;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }

    explicit operator bool() const { return m_stmt != nullptr; }
    void bind(int i, int64_t v) { check(sqlite3_bind_int64(m_stmt, i, v)); }
    void bindNullableId(int i, int64_t v) { v ? bind(i, v) : bindNull(i); }
    void bindNull(int i) { check(sqlite3_bind_null(m_stmt, i)); }
    void bind(int i, std::string_view s)
    {
        check(sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_TRANSIENT));
    }
    // No copy: `s` must stay valid and unchanged until the statement is reset.
    void bindStatic(int i, std::string_view s)
    {
        check(sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC));
    }
    // Returns true while rows are available.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw SqliteError(sqlite3_errmsg(m_db), rc);
    }
    void run()
    {
        step();
        reset();
    }
    void rewind() { sqlite3_reset(m_stmt); } // keeps the bindings: every one is rebound anyway
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    int64_t columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    bool columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    std::string columnText(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? std::string(p, size_t(sqlite3_column_bytes(m_stmt, i))) : std::string();
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            throw SqliteError(sqlite3_errmsg(m_db), rc);
    }
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class SqliteConnection
{
public:
    SqliteConnection() = default;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection() { close(); }

    // Throws SqliteError; the connection stays closed on failure.
    void open(const std::string& path, int flags, const char* vfs = nullptr)
    {
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &db, flags, vfs);
        if (rc != SQLITE_OK) {
            std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
            sqlite3_close_v2(db);
            throw SqliteError(msg, rc);
        }
        m_db = db;
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 5000);
    }
    void close()
    {
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }
    void exec(const char* sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : sqlite3_errmsg(m_db);
            sqlite3_free(err);
            throw SqliteError(msg, sqlite3_errcode(m_db));
        }
    }
    int64_t queryInt(const char* sql, int64_t fallback = 0)
    {
        SqliteStatement st(m_db, sql);
        if (st.step() && !st.columnIsNull(0))
            return st.columnInt(0);
        return fallback;
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace breadcrumb
