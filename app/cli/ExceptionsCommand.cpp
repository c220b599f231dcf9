// `breadcrumb exceptions`: exceptions raised in a run (or in every run since a time), newest first.

#include "CliError.h"
#include "CommandLine.h"
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
    CLI::App app("List the exceptions raised in traced code, newest first.", "exceptions");
    HelpFormatter& help = setUpCommand(app);
    help.setDescription(
        "Scope: the run given with --run; else, with --since, every run in the file since then; else the "
        "newest run. Each exception shows its type and message, when and in which function it was raised, "
        "whether it escaped that function, and its traceback. A clean SystemExit (status 0) is a normal end, "
        "not listed unless asked for with --type SystemExit. Exit status 2 when there are none.");
    std::optional<std::string> sinceText;
    app.add_option("--since", sinceText,
                   "Only exceptions since WHEN: 30m, 1.5h, 2d, 1w ago, or an ISO date/time (UTC unless it "
                   "ends in an offset like +02:00).")
        ->type_name("WHEN");
    std::size_t limit = 20;
    app.add_option("-n,--limit", limit, "Show at most N exceptions; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    bool escaped = false;
    app.add_flag("--escaped", escaped, "Only exceptions that escaped the function that raised them.");
    std::optional<std::string> type;
    app.add_option("--type", type,
                   "Only this exception type: as recorded or its last part (JSONDecodeError matches "
                   "json.decoder.JSONDecodeError).")
        ->type_name("TYPE");
    const TraceOptions options(app, TraceOptions::Run | TraceOptions::Format);
    help.addExample("breadcrumb exceptions", "Exceptions of the newest run.");
    help.addExample("breadcrumb exceptions --since 2h --limit 5",
                    "The last five exceptions of any run in the last two hours.");
    help.addExample("breadcrumb exceptions --since 2025-03-14T10:00 --type KeyError --format json", "");
    if (!parseCommandLine(app, args))
        return kExitOk;
    std::optional<Nanos> since;
    if (sinceText) {
        since = parseSince(*sinceText);
        if (!since)
            usageError(app, "--since expects a duration like 30m, 1h, 2d or an ISO date/time like "
                            "2025-03-14T10:30, not '" +
                                *sinceText + "'");
    }

    auto reader = options.open();
    ExceptionFilter filter;
    if (options.requestedRun() || !since)
        filter.run = options.selectRun(*reader);
    filter.since = since;
    filter.escapedOnly = escaped;
    filter.type = type;
    filter.limit = limit;
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
              << " (" << rows.size() << (rows.size() == limit ? ", --limit reached" : "")
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
