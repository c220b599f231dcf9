// `breadcrumb query "SQL"`: read-only SQL over the trace printed as the seed's aligned table, JSON or
// CSV; plus the smart modes --call, --flow, --gaps and --fuzzy (QuerySmartModes.cpp).

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "QuerySmartModes.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iostream>
#include <iterator>
#include <limits>

namespace breadcrumb::cli {

namespace {

Cell cellFor(const SqlValue& value, bool durationColumn, std::size_t maxWidth)
{
    if (std::holds_alternative<std::monostate>(value))
        return Cell::null("NULL");
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return durationColumn ? Cell(formatMsValue(static_cast<double>(*integer)), *integer)
                              : Cell(std::to_string(*integer), *integer);
    if (const auto* real = std::get_if<double>(&value)) {
        Json raw = *real;
        if (!std::isfinite(*real))
            raw = nullptr;
        return durationColumn ? Cell(formatMsValue(*real), raw) : Cell(sqlValueToString(value), raw);
    }
    const auto& text = std::get<std::string>(value);
    return Cell(maxWidth ? ellipsize(oneLine(text), maxWidth) : text, text);
}

// "line 3, column 7" (1-based) for a byte offset into the SQL, as editors count.
std::string describePosition(const std::string& sql, std::size_t offset)
{
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (sql[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(sql[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "at line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string readAll(std::istream& in)
{
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int queryCommand(const Args& args)
{
    CLI::App app("Run read-only SQL over a trace, or explore it with a smart mode.", "query");
    HelpFormatter& help =
        setUpCommand(app, "(\"SQL\" | --call NAME | --flow | --gaps | --fuzzy TERM) [options]");
    help.setDescription(
        "SQL runs against the whole trace file: the events view (one row per finished call: event_id, "
        "parent_event_id, run_id, event_type, function_name, module, file, line, caller_function, thread_id, "
        "depth, timestamp, start_ns, duration_ms, self_ms, exception_type, exception_message, args, "
        "return_value) and the tables runs, functions, calls, exceptions, call_values, untraced_calls. "
        "With --run ID the events view holds only that run. STDDEV, STDDEV_POP, VARIANCE, MEDIAN and "
        "PERCENTILE(x, p) are available. Anything that would write (INSERT, DELETE, DROP, ATTACH, ...) is "
        "refused; the file is never modified. SQL given as - is read from stdin.\n\n"
        "A trace may come from anywhere, so SQL runs in a sandbox: it may call only these functions: " +
        allowedQueryFunctions() +
        "; the table-valued json_each and json_tree; and only these read-only "
        "PRAGMAs (also as pragma_NAME tables): " +
        allowedQueryPragmas() + ". A query stops after --timeout seconds or when SQLite needs more than " +
        formatBytes(kQueryMemoryLimit) + " of memory; one value may hold at most " +
        formatBytes(kMaxValueBytes) + " and the whole result at most " + formatBytes(kDefaultMaxResultBytes) +
        ".\n\n"
        "Table output: numeric values in a column whose name ends in _ms or _time (duration_ms, self_ms, "
        "avg_ms, total_time, ...) are durations in milliseconds and print as 1000.2ms (one decimal; <0.1ms "
        "below 0.05); text longer than --width is cut. JSON and CSV carry the raw values.\n\n"
        "Smart modes work on one run (--run, default the newest): --call NAME lists each call of a function "
        "with its arguments and return value (when captured), caller and callees; --flow prints the "
        "chronological call/return/exception flow indented by depth; --gaps shows calls into code that was "
        "not traced (who called what, how often); --fuzzy TERM finds functions, exceptions and captured "
        "values containing TERM.\n\n"
        "Exit status 2 when the query returns no rows.");
    std::optional<std::string> call;
    app.add_option("--call", call,
                   "Every call of function NAME with arguments, return value, caller and callees.")
        ->type_name("NAME");
    bool flow = false;
    app.add_flag("--flow", flow, "The run's call/return/exception flow in time order, indented by depth.");
    bool gaps = false;
    app.add_flag("--gaps", gaps, "Calls from traced code into untraced code (stdlib, site-packages).");
    std::optional<std::string> fuzzy;
    app.add_option("--fuzzy", fuzzy, "Functions, exceptions and captured values that contain TERM.")
        ->type_name("TERM");
    std::optional<std::int64_t> limit;
    app.add_option(
           "-n,--limit", limit,
           "At most N rows (SQL: 0 = all, default all; --call: default 20; --flow: default 200 events).")
        ->type_name("N")
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    std::size_t width = 120;
    app.add_option("--width", width, "Table output: cut text cells after N characters; 0 = never.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, 100000));
    const TraceOptions options(app, TraceOptions::Run | TraceOptions::Format | TraceOptions::Timeout);
    std::vector<std::string> sqlArgument;
    app.add_option("SQL", sqlArgument)->expected(0, 1);
    help.addExample("breadcrumb query \"SELECT caller_function, COUNT(*) AS call_count, SUM(duration_ms) AS "
                    "total_time FROM events WHERE function_name = 'slow_function' GROUP BY caller_function "
                    "ORDER BY total_time DESC\"",
                    "Who calls slow_function, how often and for how long.");
    help.addExample("breadcrumb query --format csv \"SELECT * FROM events WHERE exception_type IS NOT NULL\"",
                    "Every call an exception escaped from, as CSV.");
    help.addExample("breadcrumb query --call parse_number", "Each call of parse_number with its arguments.");
    help.addExample("breadcrumb query --flow --limit 50", "The first 50 events of the newest run.");
    help.addExample("breadcrumb query --gaps",
                    "Which library functions the traced code calls, and how often.");
    help.addExample("breadcrumb query --fuzzy timeout", "Anything mentioning 'timeout'.");
    if (!parseCommandLine(app, args))
        return kExitOk;

    const int modes =
        (sqlArgument.empty() ? 0 : 1) + (call ? 1 : 0) + (flow ? 1 : 0) + (gaps ? 1 : 0) + (fuzzy ? 1 : 0);
    if (modes == 0)
        usageError(app, "give SQL or one of --call, --flow, --gaps, --fuzzy");
    if (modes > 1)
        usageError(app, "give only one of SQL, --call, --flow, --gaps, --fuzzy");

    if (!sqlArgument.empty()) {
        std::string sql = sqlArgument.front();
        if (sql == "-")
            sql = readAll(std::cin);
        if (sql.find_first_not_of(" \t\r\n;") == std::string::npos)
            usageError(app, "the SQL is empty");
        auto reader = options.open();
        QueryOptions queryOptions;
        queryOptions.timeout = options.timeout();
        queryOptions.maxRows = static_cast<std::size_t>(limit.value_or(0));
        if (options.requestedRun())
            queryOptions.run = reader->run(*options.requestedRun()).id;
        QueryResult result;
        try {
            result = reader->database().query(sql, queryOptions);
        } catch (const TraceError& error) {
            if (error.kind() != TraceError::Kind::Query || error.offset < 0 ||
                static_cast<std::size_t>(error.offset) > sql.size())
                throw;
            throw CliError(std::string(error.what()) + " (" +
                           describePosition(sql, static_cast<std::size_t>(error.offset)) + ")");
        }
        if (result.bytesExceeded)
            throw CliError("the result is larger than " + formatBytes(kDefaultMaxResultBytes) + " after " +
                           std::to_string(result.rows.size()) +
                           " rows; select fewer rows or columns (LIMIT, --limit, WHERE)");

        std::vector<Column> columns;
        std::vector<bool> duration;
        for (const auto& name : result.columns) {
            columns.push_back({name, name, false});
            duration.push_back(isDurationColumn(name));
        }
        Table table(std::move(columns));
        for (const auto& row : result.rows) {
            std::vector<Cell> cells;
            for (std::size_t c = 0; c < row.size(); ++c)
                cells.push_back(
                    cellFor(row[c], duration[c], options.format() == OutputFormat::Table ? width : 0));
            table.addRow(std::move(cells));
        }
        if (result.rows.empty()) {
            if (options.format() != OutputFormat::Table)
                table.print(std::cout, options.format());
            throw NoResults("the query returned no rows");
        }
        table.print(std::cout, options.format());
        if (result.truncated)
            std::cerr << "breadcrumb: showing the first " << result.rows.size() << " rows (--limit)\n";
        return kExitOk;
    }

    SmartModeOptions smart;
    smart.format = options.format();
    smart.limit = limit;
    smart.width = width;
    auto reader = options.open();
    const std::int64_t runId = options.selectRun(*reader);
    if (gaps)
        return gapsMode(*reader, runId, smart);
    const auto run = reader->loadRun(runId);
    if (call)
        return callMode(*reader, *run, *call, smart);
    if (flow)
        return flowMode(*run, smart);
    return fuzzyMode(*reader, *run, *fuzzy, smart);
}

} // namespace breadcrumb::cli
