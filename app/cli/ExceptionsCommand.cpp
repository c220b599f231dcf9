// `breadcrumb exceptions`: exceptions raised in a run (or in every run since a time), newest first.

#include "ArgParser.h"
#include "CliError.h"
#include "Commands.h"
#include "SqlStatement.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <cctype>
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <limits>
#include <sstream>

namespace breadcrumb::cli {

namespace {

// "90s", "30m", "1h", "2d", "1w" before now, or an ISO 8601 date/time in UTC ("2025-03-14",
// "2025-03-14T10:30", "2025-03-14 10:30:45"; a trailing Z is accepted). Returns ns since the epoch.
Nanos parseSince(const ArgParser& parser, const std::string& text)
{
    if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))) {
        std::size_t used = 0;
        long long amount = -1;
        try {
            amount = std::stoll(text, &used);
        } catch (const std::exception&) {
            amount = -1;
        }
        const std::string unit = text.substr(used);
        const long long seconds = unit == "s"   ? 1
                                  : unit == "m" ? 60
                                  : unit == "h" ? 3600
                                  : unit == "d" ? 86400
                                  : unit == "w" ? 604800
                                                : 0;
        if (amount >= 0 && seconds > 0 && used > 0) {
            const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            return now - static_cast<Nanos>(amount) * seconds * 1'000'000'000;
        }
    }
    std::string iso = text;
    if (!iso.empty() && (iso.back() == 'Z' || iso.back() == 'z'))
        iso.pop_back();
    for (char& ch : iso)
        if (ch == 'T' || ch == 't')
            ch = ' ';
    std::tm tm{};
    const char* formats[] = {"%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"};
    for (const char* format : formats) {
        std::tm parsed{};
        std::istringstream in(iso);
        in >> std::get_time(&parsed, format);
        if (!in.fail()) {
            // Fractional seconds are allowed and ignored.
            std::string rest;
            std::getline(in, rest);
            if (!rest.empty() && rest[0] != '.')
                continue;
            tm = parsed;
            return static_cast<Nanos>(timegm(&tm)) * 1'000'000'000;
        }
    }
    parser.fail(
        "--since expects a duration like 30m, 1h, 2d or an ISO date/time like 2025-03-14T10:30, not '" +
        text + "'");
}

} // namespace

int exceptionsCommand(const Args& args)
{
    ArgParser parser("exceptions", "List the exceptions raised in traced code, newest first.");
    parser.setDescription(
        "Scope: the run given with --run; else, with --since, every run in the file since then; else the "
        "newest run. Each exception shows its type and message, when and in which function it was raised, "
        "whether it escaped that function, and its traceback. A clean SystemExit (status 0) is a normal end, not listed unless asked for with --type SystemExit. Exit status 2 when there are none.");
    parser.addOption("--since", "WHEN",
                     "Only exceptions since WHEN: 30m, 1h, 2d, 1w ago, or an ISO date/time (UTC).");
    parser.addOption("-n, --limit", "N", "Show at most N exceptions; 0 = all.", "20");
    parser.addFlag("--escaped", "Only exceptions that escaped the function that raised them.");
    parser.addOption("--type", "TYPE", "Only this exception type (e.g. ValueError).");
    TraceOptions::addTo(parser, TraceOptions::Run | TraceOptions::Format);
    parser.addExample("breadcrumb exceptions", "Exceptions of the newest run.");
    parser.addExample("breadcrumb exceptions --since 2h --limit 5",
                      "The last five exceptions of any run in the last two hours.");
    parser.addExample("breadcrumb exceptions --since 2025-03-14T10:00 --type KeyError --format json", "");
    if (!parser.parse(args))
        return kExitOk;
    const TraceOptions options(parser);
    const auto limit = *parser.intValue("limit", 0, std::numeric_limits<int>::max());
    std::optional<Nanos> since;
    if (parser.has("since"))
        since = parseSince(parser, parser.value("since"));

    auto reader = options.open();
    std::optional<std::int64_t> runId;
    if (options.requestedRun() || !since)
        runId = options.selectRun(*reader);

    SqlStatement statement(
        reader->database().handle(),
        "SELECT x.exception_id, x.run_id, x.timestamp_ns, x.type, x.message, x.traceback, x.escaped, f.name, "
        "f.file, t.name, x.thread_id FROM exceptions x LEFT JOIN calls c ON c.call_id = x.call_id "
        "LEFT JOIN functions f ON f.function_id = c.function_id "
        "LEFT JOIN threads t ON t.run_id = x.run_id AND t.thread_id = x.thread_id "
        "WHERE (?1 IS NULL OR x.run_id = ?1) AND (?2 IS NULL OR x.timestamp_ns >= ?2) AND (?3 = 0 OR "
        "x.escaped) "
        "AND (?4 IS NULL OR x.type = ?4) "
        "AND (?4 IS NOT NULL OR " + notCleanSystemExitSql("x") + ") ORDER BY x.timestamp_ns DESC, x.exception_id DESC LIMIT ?5");
    runId ? statement.bind(1, *runId) : statement.bindNull(1);
    since ? statement.bind(2, *since) : statement.bindNull(2);
    statement.bind(3, static_cast<std::int64_t>(parser.has("escaped") ? 1 : 0));
    parser.has("type") ? statement.bind(4, parser.value("type")) : statement.bindNull(4);
    statement.bind(5, limit == 0 ? std::int64_t{-1} : limit);

    Table table({{"id", "exception_id"},
                 {"run", "run_id"},
                 {"time", "timestamp"},
                 {"type", "type"},
                 {"message", "message"},
                 {"function", "function"},
                 {"thread", "thread"},
                 {"escaped", "escaped"},
                 {"traceback", "traceback"}});
    struct Row
    {
        std::int64_t run;
        Nanos time;
        std::string type, message, traceback, function, thread;
        bool escaped;
    };
    std::vector<Row> rows;
    while (statement.step()) {
        Row row{statement.integer(1),
                statement.integer(2),
                statement.text(3),
                statement.text(4),
                statement.text(5),
                statement.optionalText(7).value_or("?"),
                statement.optionalText(9).value_or(std::to_string(statement.integer(10))),
                statement.integer(6) != 0};
        table.addRow({Cell::number(statement.integer(0)), Cell::number(row.run), formatIso(row.time),
                      row.type, row.message, row.function, row.thread,
                      Cell(row.escaped ? "yes" : "no", row.escaped), row.traceback});
        rows.push_back(std::move(row));
    }
    const std::string scope = runId ? "run " + std::to_string(*runId) : "any run";
    if (rows.empty())
        throw NoResults("no exceptions in " + scope +
                        (since ? " since " + formatIso(*since) : std::string{}));
    if (options.format() != OutputFormat::Table) {
        table.print(std::cout, options.format());
        return kExitOk;
    }
    std::cout << "Exceptions in " << scope << (since ? " since " + formatIso(*since) + " UTC" : std::string{})
              << " (" << rows.size()
              << (static_cast<std::int64_t>(rows.size()) == limit ? ", --limit reached" : "")
              << "), newest first:\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        std::cout << '\n'
                  << i + 1 << ". " << oneLine(row.type)
                  << (row.message.empty() ? "" : ": " + oneLine(row.message)) << '\n';
        std::cout << "   When: " << formatLocalDateTime(row.time) << formatClock(row.time).substr(8)
                  << " (run " << row.run << ", thread " << oneLine(row.thread) << ")\n";
        std::cout << "   Where: " << oneLine(row.function)
                  << (row.escaped ? " (escaped the function)" : " (handled inside the function)") << '\n';
        if (!row.traceback.empty()) {
            std::cout << "   Traceback:\n";
            std::istringstream lines(row.traceback);
            std::string line;
            while (std::getline(lines, line))
                std::cout << "     " << oneLine(line) << '\n';
        }
    }
    return kExitOk;
}

} // namespace breadcrumb::cli
