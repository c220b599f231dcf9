#pragma once
// RAII over one prepared sqlite3 statement on the trace's read-only connection, for the CLI's own
// fixed queries that need bound parameters (names, patterns typed by the user).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace breadcrumb::cli {

class SqlStatement
{
public:
    // Throws TraceError(Query) when the SQL does not compile (a bug in the CLI or an unexpected schema).
    SqlStatement(sqlite3* db, std::string_view sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    SqlStatement& bind(int index, std::int64_t value);
    SqlStatement& bind(int index, const std::string& value);
    SqlStatement& bindNull(int index);

    bool step(); // true while there is a row
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const; // "" for NULL
    std::optional<std::string> optionalText(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace breadcrumb::cli
