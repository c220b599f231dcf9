#include "CallValueQuery.h"

#include "SqliteStatement.h"

namespace breadcrumb {

namespace {

CallValues valuesAt(const SqliteStatement& statement, int argsColumn)
{
    return {statement.optionalText(argsColumn), statement.optionalText(argsColumn + 1)};
}

} // namespace

std::optional<CallValues> capturedValues(const TraceDatabase& db, std::int64_t callId)
{
    const auto guard = db.lock();
    SqliteStatement statement(db.handle(), "SELECT args, return_value FROM call_values WHERE call_id = ?1");
    statement.bind(1, callId);
    if (!statement.step())
        return std::nullopt;
    return valuesAt(statement, 0);
}

std::vector<CallValueMatch> findCallValues(const TraceDatabase& db, std::int64_t runId, std::string_view term,
                                           std::size_t limit)
{
    std::string pattern = "%";
    for (char ch : term) {
        if (ch == '%' || ch == '_' || ch == '\\')
            pattern += '\\';
        pattern += ch;
    }
    pattern += '%';
    const auto guard = db.lock();
    SqliteStatement statement(
        db.handle(),
        "SELECT c.call_id, f.name, v.args, v.return_value FROM call_values v "
        "JOIN calls c ON c.call_id = v.call_id JOIN functions f ON f.function_id = c.function_id "
        "WHERE c.run_id = ?1 AND (v.args LIKE ?2 ESCAPE '\\' OR v.return_value LIKE ?2 ESCAPE '\\') "
        "ORDER BY c.call_id LIMIT ?3");
    statement.bind(1, runId)
        .bind(2, pattern)
        .bind(3, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
    std::vector<CallValueMatch> matches;
    while (statement.step())
        matches.push_back({statement.int64(0), statement.text(1), valuesAt(statement, 2)});
    return matches;
}

ArgumentFacts argumentsFromCaller(const TraceDatabase& db, std::int64_t runId, std::int64_t functionId,
                                  std::int64_t callerFunctionId)
{
    const auto guard = db.lock();
    {
        // Without a captured value in the file there is nothing to say, and the calls are not read: the
        // query below reads every call of the file (40 bytes each in memory, 400 MB at 10 M calls).
        SqliteStatement any(db.handle(), "SELECT EXISTS (SELECT 1 FROM call_values)");
        if (!any.step() || any.int64(0) == 0)
            return {};
    }
    SqliteStatement statement(
        db.handle(),
        "SELECT COUNT(*), COUNT(v.args), COUNT(DISTINCT v.args), MIN(v.args) FROM calls c "
        "LEFT JOIN call_values v ON v.call_id = c.call_id WHERE c.run_id = ?1 AND c.function_id = ?2 "
        "AND c.parent_id IN (SELECT call_id FROM calls WHERE run_id = ?1 AND function_id = ?3)");
    statement.bind(1, runId).bind(2, functionId).bind(3, callerFunctionId);
    ArgumentFacts facts;
    if (statement.step()) {
        facts.calls = statement.int64(0);
        facts.captured = statement.int64(1);
        facts.distinct = statement.int64(2);
        facts.sample = statement.text(3);
    }
    return facts;
}

} // namespace breadcrumb
