#include "ExceptionQuery.h"

namespace breadcrumb {

namespace {

std::int64_t asInt(const SqlValue& v)
{
    return std::holds_alternative<std::int64_t>(v) ? std::get<std::int64_t>(v) : 0;
}

std::string asText(const SqlValue& v)
{
    return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

std::optional<std::string> optionalText(const SqlValue& v)
{
    if (std::holds_alternative<std::monostate>(v))
        return std::nullopt;
    return asText(v);
}

// ?1 run, ?2 since, ?3 escaped only, ?4 type.
std::string whereClause()
{
    return "(?1 IS NULL OR x.run_id = ?1) AND (?2 IS NULL OR x.timestamp_ns >= ?2) AND (?3 = 0 OR x.escaped) "
           "AND (?4 IS NULL OR x.type = ?4 OR substr(x.type, -length(?4) - 1) = '.' || ?4) "
           "AND (?4 IS NOT NULL OR " +
           notCleanSystemExitSql("x") + ")";
}

std::vector<SqlValue> params(const ExceptionFilter& filter)
{
    auto optionalInt = [](const std::optional<std::int64_t>& v) { return v ? SqlValue(*v) : SqlValue(); };
    return {optionalInt(filter.run), optionalInt(filter.since),
            SqlValue(std::int64_t{filter.escapedOnly ? 1 : 0}),
            filter.type ? SqlValue(*filter.type) : SqlValue()};
}

} // namespace

ExceptionList findExceptions(const TraceDatabase& db, const ExceptionFilter& filter,
                             const std::atomic_bool* cancel)
{
    QueryOptions options;
    options.cancel = cancel;
    options.maxBytes = 0; // the rows are bounded by the limit; tracebacks are bounded by the tracer
    options.params = params(filter);
    ExceptionList list;
    db.readSnapshot([&] {
        const QueryResult byType =
            db.query("SELECT x.type, count(*), sum(x.escaped) FROM exceptions x WHERE " + whereClause() +
                         " GROUP BY x.type ORDER BY count(*) DESC, x.type",
                     options);
        for (const auto& row : byType.rows) {
            list.byType.push_back({asText(row[0]), asInt(row[1]), asInt(row[2])});
            list.total += asInt(row[1]);
        }
        QueryOptions rowsOptions = options;
        rowsOptions.maxRows = filter.limit;
        const QueryResult rows =
            db.query("SELECT x.exception_id, x.run_id, x.timestamp_ns, x.type, x.message, x.traceback, "
                     "x.escaped, f.name, "
                     "f.module, f.file, x.thread_id, t.name FROM exceptions x LEFT JOIN calls c ON c.call_id "
                     "= x.call_id "
                     "LEFT JOIN functions f ON f.function_id = c.function_id "
                     "LEFT JOIN threads t ON t.run_id = x.run_id AND t.thread_id = x.thread_id WHERE " +
                         whereClause() + " ORDER BY x.timestamp_ns DESC, x.exception_id DESC",
                     rowsOptions);
        for (const auto& row : rows.rows) {
            ExceptionEntry e;
            e.id = asInt(row[0]);
            e.run = asInt(row[1]);
            e.timestampNs = asInt(row[2]);
            e.type = asText(row[3]);
            e.message = asText(row[4]);
            e.traceback = asText(row[5]);
            e.escaped = asInt(row[6]) != 0;
            e.function = optionalText(row[7]);
            e.module = optionalText(row[8]);
            e.file = optionalText(row[9]);
            e.threadId = asInt(row[10]);
            e.threadName = optionalText(row[11]);
            list.entries.push_back(std::move(e));
        }
    });
    return list;
}

} // namespace breadcrumb
