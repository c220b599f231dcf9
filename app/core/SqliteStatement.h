#pragma once
// The one RAII wrapper over a prepared sqlite3 statement on the reading side, for the core's own (trusted,
// read-only) SQL: the CLI, MCP and viewer reach the trace only through core functions.
// Errors become TraceError with the trace's path in the message.

#include "TraceTypes.h"

#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace breadcrumb {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, std::string_view value);
    // True while a row is available; throws TraceError on errors (Corrupt / Interrupted / Query).
    bool step();
    void reset();

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    std::string text(int column) const;                        // "" for NULL
    std::optional<std::string> optionalText(int column) const; // unset for NULL
    // The column's text without a copy; valid until the next step() or reset(). Empty for NULL.
    std::string_view textView(int column) const;
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Maps a SQLite result code + message to the matching TraceError kind and throws it.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, const std::string& context);

} // namespace breadcrumb
