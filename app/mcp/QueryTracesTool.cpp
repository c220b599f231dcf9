#include "QueryTracesTool.h"

#include "Table.h"
#include "TraceSession.h"

#include <cmath>
#include <sstream>
#include <string_view>

namespace breadcrumb::mcp {

namespace {

constexpr std::size_t kMaxStructuredBytes = 1'000'000; // keeps a huge SELECT from flooding the client

nlohmann::json toJson(const SqlValue& v)
{
    if (std::holds_alternative<std::int64_t>(v))
        return std::get<std::int64_t>(v);
    if (std::holds_alternative<double>(v)) {
        const double d = std::get<double>(v);
        return std::isfinite(d) ? nlohmann::json(d) : nlohmann::json(nullptr);
    }
    if (std::holds_alternative<std::string>(v))
        return std::get<std::string>(v);
    return nullptr;
}

std::size_t approxSize(const SqlValue& v)
{
    return std::holds_alternative<std::string>(v) ? std::get<std::string>(v).size() + 4 : 12;
}

} // namespace

std::string QueryTracesTool::description() const
{
    return "Run one read-only SQL statement (SQLite dialect) over the trace and get the rows back. The "
           "`events` view "
           "has one row per finished call: event_id, parent_event_id, run_id, event_type ('call'), "
           "function_name, "
           "module, file, line, caller_function, thread_id, depth, timestamp (ISO UTC), start_ns, "
           "duration_ms, self_ms, "
           "exception_type, exception_message, args, return_value (args/return_value only when values were "
           "captured). "
           "Raw tables: runs, functions, calls, exceptions, threads, call_values, untraced_calls. Extra "
           "aggregates: "
           "STDDEV, STDDEV_POP, VARIANCE, MEDIAN, PERCENTILE(x, p). Example: SELECT caller_function, "
           "COUNT(*) AS "
           "call_count, SUM(duration_ms) AS total_time FROM events WHERE function_name = 'slow_function' "
           "GROUP BY "
           "caller_function ORDER BY total_time DESC. Writes (INSERT, UPDATE, DELETE, DROP, ATTACH, PRAGMA "
           "...) are "
           "refused: the trace cannot be changed. Only SQLite's core, date, math, JSON and aggregate "
           "functions "
           "and read-only PRAGMAs such as table_info are available; a query stops at timeout_seconds or "
           "when it needs more than " +
           formatBytes(kQueryMemoryLimit) + " of memory.";
}

nlohmann::json QueryTracesTool::inputSchema() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"sql",
           {{"type", "string"},
            {"minLength", 1},
            {"description", "One read-only SQL statement (SELECT or WITH ... SELECT)."}}},
          {"limit",
           {{"type", "integer"},
            {"minimum", 1},
            {"maximum", 10000},
            {"default", 100},
            {"description", "Maximum rows returned (default 100); more rows set truncated with a warning."}}},
          {"timeout_seconds",
           {{"type", "number"},
            {"exclusiveMinimum", 0},
            {"maximum", 300},
            {"default", 30},
            {"description", "Stop the query after this many seconds (default 30)."}}},
          {"run_id",
           {{"type", "integer"},
            {"description", "Restrict the events view to this run (default: all runs)."}}}}},
        {"required", {"sql"}},
        {"additionalProperties", false}};
}

nlohmann::json QueryTracesTool::outputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"columns", {{"type", "array"}, {"items", {{"type", "string"}}}}},
              {"rows", {{"type", "array"}, {"items", {{"type", "array"}}}}},
              {"row_count", {{"type", "integer"}}},
              {"truncated", {{"type", "boolean"}}},
              {"warning", {{"type", "string"}}}}},
            {"required", {"columns", "rows", "row_count", "truncated"}}};
}

ToolResult QueryTracesTool::call(const nlohmann::json& args, TraceSession& session)
{
    const std::string sql = args.at("sql");
    QueryOptions options;
    options.maxRows = args.value("limit", 100);
    const double timeout = args.value("timeout_seconds", 30.0);
    options.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(timeout * 1000)));
    options.cancel = session.cancelFlag();
    // The core stops collecting a little past what the answer may carry, so a few rows of 16 MB values
    // never reach the gigabytes.
    options.maxBytes = 4 * kMaxStructuredBytes;
    if (args.contains("run_id"))
        options.run = args["run_id"].get<std::int64_t>();

    TraceReader& reader = session.reader();
    QueryResult result;
    try {
        result = reader.database().query(sql, options);
    } catch (const TraceError& e) {
        if (e.kind() == TraceError::Kind::ReadOnlyViolation)
            return ToolResult::failure(std::string("refused: ") + e.what() +
                                       " (traces are read-only; use SELECT)");
        if (e.kind() == TraceError::Kind::Interrupted &&
            std::string_view(e.what()).find("time limit") == std::string_view::npos)
            return ToolResult::failure(std::string(e.what()) +
                                       "; narrow it with WHERE run_id = ..., an aggregate or a LIMIT");
        if (e.kind() == TraceError::Kind::Interrupted) {
            std::ostringstream seconds;
            seconds << timeout;
            return ToolResult::failure("query stopped after " + seconds.str() +
                                       " s (timeout_seconds); narrow it with WHERE run_id = ... or a LIMIT");
        }
        if (e.kind() == TraceError::Kind::Query) // the core's messages already start "SQL error: "
            return ToolResult::failure(std::string_view(e.what()).rfind("SQL error: ", 0) == 0
                                           ? std::string(e.what())
                                           : std::string("SQL error: ") + e.what());
        throw;
    }

    nlohmann::json rows = nlohmann::json::array();
    Table table = Table::withHeaders(result.columns);
    table.setMaxCellWidth(80);
    std::size_t bytes = 0;
    bool cutForSize = false;
    for (const auto& row : result.rows) {
        std::size_t rowBytes = 0;
        for (const auto& v : row)
            rowBytes += approxSize(v);
        if (bytes + rowBytes > kMaxStructuredBytes && !rows.empty()) {
            cutForSize = true;
            break;
        }
        bytes += rowBytes;
        nlohmann::json jr = nlohmann::json::array();
        std::vector<Cell> cells;
        for (const auto& v : row) {
            jr.push_back(toJson(v));
            cells.emplace_back(sqlValueToString(v));
        }
        rows.push_back(std::move(jr));
        table.addRow(std::move(cells));
    }

    const std::size_t count = rows.size();
    cutForSize = cutForSize || result.bytesExceeded;
    const bool truncated = result.truncated || cutForSize;
    nlohmann::json out = {{"columns", result.columns},
                          {"rows", std::move(rows)},
                          {"row_count", count},
                          {"truncated", truncated}};
    std::string warning;
    if (cutForSize)
        warning = "result cut to the first " + std::to_string(count) +
                  " rows (about 1 MB); select fewer columns or add a LIMIT";
    else if (result.truncated)
        warning = "result truncated to the first " + std::to_string(count) + " rows (limit " +
                  std::to_string(options.maxRows) + "); add WHERE/GROUP BY/LIMIT or raise `limit`";
    if (!warning.empty())
        out["warning"] = warning;

    std::string text;
    if (count == 0 && !result.columns.empty())
        text = "No rows.\nColumns: " + [&] {
            std::string c;
            for (const auto& name : result.columns)
                c += (c.empty() ? "" : ", ") + name;
            return c;
        }() + "\n";
    else if (result.columns.empty())
        text = "The statement returned no result set.\n";
    else
        text = table.aligned() + "\n(" + std::to_string(count) + (count == 1 ? " row" : " rows") + ")\n";
    if (!warning.empty())
        text += "Warning: " + warning + "\n";
    return {boundText(std::move(text)), std::move(out), false};
}

} // namespace breadcrumb::mcp
