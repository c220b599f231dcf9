#include "SqliteStatement.h"

namespace breadcrumb {

[[noreturn]] void throwSqliteError(sqlite3* db, int rc, const std::string& context)
{
    const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string prefix = context.empty() ? std::string() : context + ": ";
    // SQLite reports these as READONLY, but no SQL of the user's wrote anything: say what is wrong.
    switch (rc) {
    case SQLITE_READONLY_ROLLBACK:
        throw TraceError(
            TraceError::Kind::Corrupt,
            prefix + "the trace has an unfinished write of a program that stopped mid-way (a hot "
                     "journal next to it), which Breadcrumb cannot roll back as it only reads traces");
    case SQLITE_READONLY_RECOVERY:
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
    case SQLITE_READONLY_DIRECTORY:
        throw TraceError(TraceError::Kind::MissingFile,
                         prefix + "the trace's write-ahead log cannot be read here (" + message + ")");
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw TraceError(TraceError::Kind::Corrupt, prefix + "the trace is damaged (" + message + ")");
    case SQLITE_INTERRUPT:
        throw TraceError(TraceError::Kind::Interrupted, prefix + "interrupted");
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        throw TraceError(TraceError::Kind::ReadOnlyViolation,
                         prefix + "refusing to run SQL that modifies the trace (" + message + ")");
    default:
        throw TraceError(TraceError::Kind::Query, prefix + message);
    }
}

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throwSqliteError(db, rc, {});
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqliteError(m_db, rc, {});
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

std::string SqliteStatement::text(int column) const
{
    return std::string(textView(column));
}

std::optional<std::string> SqliteStatement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::string_view SqliteStatement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

} // namespace breadcrumb
