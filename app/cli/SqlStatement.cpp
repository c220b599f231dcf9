#include "SqlStatement.h"

#include "TraceTypes.h"

#include <sqlite3.h>

namespace breadcrumb::cli {

SqlStatement::SqlStatement(sqlite3* db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        throw TraceError(TraceError::Kind::Query,
                         std::string("cannot read the trace: ") + sqlite3_errmsg(db));
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement& SqlStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const std::string& value)
{
    sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw TraceError(TraceError::Kind::Query, std::string("cannot read the trace: ") + sqlite3_errmsg(m_db));
}

std::int64_t SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string SqlStatement::text(int column) const
{
    return optionalText(column).value_or(std::string{});
}

std::optional<std::string> SqlStatement::optionalText(int column) const
{
    const auto* data = sqlite3_column_text(m_statement, column);
    if (!data)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(data),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace breadcrumb::cli
