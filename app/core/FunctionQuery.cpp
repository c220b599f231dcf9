#include "FunctionQuery.h"

#include "SqliteStatement.h"

namespace breadcrumb {

std::vector<std::int64_t> runsCallingFunction(const TraceDatabase& db, std::string_view name,
                                              std::size_t limit)
{
    const auto guard = db.lock();
    SqliteStatement statement(db.handle(),
                              "SELECT DISTINCT c.run_id FROM functions f JOIN calls c ON c.function_id = "
                              "f.function_id WHERE f.name = ?1 ORDER BY c.run_id DESC LIMIT ?2");
    statement.bind(1, name).bind(2, static_cast<std::int64_t>(limit));
    std::vector<std::int64_t> runs;
    while (statement.step())
        runs.push_back(statement.int64(0));
    return runs;
}

} // namespace breadcrumb
