#include "UntracedCallQuery.h"

#include "SqliteStatement.h"

namespace breadcrumb {

namespace {

std::vector<UntracedCall> read(SqliteStatement& statement)
{
    std::vector<UntracedCall> calls;
    while (statement.step())
        calls.push_back({statement.int64(0), statement.text(1), statement.text(2), statement.int64(3),
                         statement.int64(4)});
    return calls;
}

} // namespace

std::vector<UntracedCall> untracedCallsOfRun(const TraceDatabase& db, std::int64_t runId)
{
    const auto guard = db.lock();
    SqliteStatement statement(
        db.handle(), "SELECT u.caller_function_id, f.name, u.callee, u.calls, u.total_ns "
                     "FROM untraced_calls u JOIN functions f ON f.function_id = u.caller_function_id "
                     "WHERE u.run_id = ?1 ORDER BY u.calls DESC, u.total_ns DESC, f.name, u.callee");
    statement.bind(1, runId);
    return read(statement);
}

std::vector<UntracedCall> untracedCallsFrom(const TraceDatabase& db, std::int64_t runId,
                                            std::int64_t callerFunctionId, std::size_t limit)
{
    const auto guard = db.lock();
    SqliteStatement statement(
        db.handle(), "SELECT u.caller_function_id, f.name, u.callee, u.calls, u.total_ns "
                     "FROM untraced_calls u LEFT JOIN functions f ON f.function_id = u.caller_function_id "
                     "WHERE u.run_id = ?1 AND u.caller_function_id = ?2 "
                     "ORDER BY u.total_ns DESC, u.calls DESC LIMIT ?3");
    statement.bind(1, runId)
        .bind(2, callerFunctionId)
        .bind(3, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
    return read(statement);
}

} // namespace breadcrumb
