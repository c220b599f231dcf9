// `breadcrumb exceptions`: exceptions raised in a run (or in every run since a time), newest first.

#include "ArgParser.h"
#include "CliError.h"
#include "Commands.h"
#include "ExceptionQuery.h"
#include "Table.h"
#include "TextFormat.h"
#include "TimeSpec.h"
#include "TraceOptions.h"

#include <iostream>
#include <limits>
#include <sstream>

namespace breadcrumb::cli {

int exceptionsCommand(const Args& args)
{
    ArgParser parser("exceptions", "List the exceptions raised in traced code, newest first.");
    parser.setDescription(
        "Scope: the run given with --run; else, with --since, every run in the file since then; else the "
        "newest run. Each exception shows its type and message, when and in which function it was raised, "
        "whether it escaped that function, and its traceback. A clean SystemExit (status 0) is a normal end, "
        "not listed unless asked for with --type SystemExit. Exit status 2 when there are none.");
    parser.addOption("--since", "WHEN",
                     "Only exceptions since WHEN: 30m, 1.5h, 2d, 1w ago, or an ISO date/time (UTC unless it "
                     "ends in an offset like +02:00).");
    parser.addOption("-n, --limit", "N", "Show at most N exceptions; 0 = all.", "20");
    parser.addFlag("--escaped", "Only exceptions that escaped the function that raised them.");
    parser.addOption("--type", "TYPE",
                     "Only this exception type: as recorded or its last part (JSONDecodeError matches "
                     "json.decoder.JSONDecodeError).");
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
    if (parser.has("since")) {
        since = parseSince(parser.value("since"));
        if (!since)
            parser.fail(
                "--since expects a duration like 30m, 1h, 2d or an ISO date/time like 2025-03-14T10:30, "
                "not '" +
                parser.value("since") + "'");
    }

    auto reader = options.open();
    ExceptionFilter filter;
    if (options.requestedRun() || !since)
        filter.run = options.selectRun(*reader);
    filter.since = since;
    filter.escapedOnly = parser.has("escaped");
    if (parser.has("type"))
        filter.type = parser.value("type");
    filter.limit = static_cast<std::size_t>(limit);
    const ExceptionList found = findExceptions(reader->database(), filter);
    const std::optional<std::int64_t> runId = filter.run;

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
    for (const ExceptionEntry& e : found.entries) {
        Row row{e.run,
                e.timestampNs,
                e.type,
                e.message,
                e.traceback,
                e.function.value_or("?"),
                e.threadName.value_or(std::to_string(e.threadId)),
                e.escaped};
        table.addRow({Cell::number(e.id), Cell::number(row.run), formatIso(row.time), row.type, row.message,
                      row.function, row.thread, Cell(row.escaped ? "yes" : "no", row.escaped),
                      row.traceback});
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
