// `breadcrumb compare BEFORE AFTER`: per-function before/after figures with deltas, for checking that
// an optimisation helped (or finding a regression).

#include "ArgParser.h"
#include "CliError.h"
#include "Commands.h"
#include "RunComparison.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <filesystem>
#include <iostream>
#include <limits>

namespace breadcrumb::cli {

namespace {

struct LoadedRun
{
    std::string file;
    std::shared_ptr<const RunData> data;
};

LoadedRun load(const std::string& text, const std::string& defaultFile)
{
    const RunRef ref = RunRef::parse(text, defaultFile);
    TraceReader reader(ref.file);
    const std::int64_t id = ref.run ? reader.run(*ref.run).id : reader.newestRunId();
    return {ref.file, reader.loadRun(id)};
}

Cell optionalMs(const std::optional<FunctionSummary>& s, Nanos FunctionSummary::*field)
{
    return s ? Cell::ms((*s).*field) : Cell::null("-");
}

Cell optionalMsDouble(const std::optional<FunctionSummary>& s, double FunctionSummary::*field)
{
    return s ? Cell(formatDuration(static_cast<Nanos>((*s).*field + 0.5)), roundTo((*s).*field / 1e6, 6))
             : Cell::null("-");
}

} // namespace

int compareCommand(const Args& args)
{
    ArgParser parser("compare",
                     "Compare two runs function by function: what got faster, slower, new or gone.");
    parser.setUsage("BEFORE AFTER [options]");
    parser.setDescription(
        "BEFORE and AFTER are each FILE (its newest run), FILE:RUN, or RUN (a run id in the trace given "
        "with -t, default $BREADCRUMB_DB or .breadcrumb/traces.db). Functions are matched by module and "
        "qualified name. For each: calls, total time before and after, the change (delta) in ms and %, "
        "average and P95 before and after; functions only in AFTER are new, only in BEFORE vanished. "
        "Sorted by the absolute change of total time.");
    parser.addOption("-n, --limit", "N", "Show at most N functions; 0 = all.", "20");
    TraceOptions::addTo(parser, TraceOptions::Format);
    parser.setPositionals(2, 2);
    parser.addExample("breadcrumb compare 1 2", "Run 1 against run 2 of the default trace.");
    parser.addExample("breadcrumb compare before.db after.db", "The newest runs of two files.");
    parser.addExample("breadcrumb compare traces.db:3 traces.db:7 --format csv", "");
    if (!parser.parse(args))
        return kExitOk;
    const TraceOptions options(parser);
    const auto limit =
        static_cast<std::size_t>(*parser.intValue("limit", 0, std::numeric_limits<int>::max()));

    const LoadedRun before = load(parser.positionals()[0], options.path());
    const LoadedRun after = load(parser.positionals()[1], options.path());
    const auto rows = RunComparison::compare(*before.data, *after.data);
    if (rows.empty())
        throw NoResults("neither run has any calls");

    Table table({{"function", "function"},
                 {"status", "status"},
                 {"calls", "calls_before"},
                 {"", "calls_after"},
                 {"total before", "total_before_ms", true},
                 {"total after", "total_after_ms", true},
                 {"Δ total", "delta_total_ms", true},
                 {"Δ%", "delta_percent", true},
                 {"avg before", "avg_before_ms", true},
                 {"avg after", "avg_after_ms", true},
                 {"p95 before", "p95_before_ms", true},
                 {"p95 after", "p95_after_ms", true}});
    std::size_t faster = 0, slower = 0, added = 0, vanished = 0;
    for (const auto& row : rows) {
        const char* status = "changed";
        if (row.status == ComparisonRow::Status::New) {
            status = "new";
            ++added;
        } else if (row.status == ComparisonRow::Status::Vanished) {
            status = "vanished";
            ++vanished;
        } else if (row.deltaTotal < 0) {
            ++faster;
        } else if (row.deltaTotal > 0) {
            ++slower;
        }
        if (limit != 0 && table.rowCount() >= limit)
            continue;
        const std::string callsText = std::to_string(row.before ? row.before->calls : 0) + " -> " +
                                      std::to_string(row.after ? row.after->calls : 0);
        table.addRow(
            {row.name, status, Cell(callsText, row.before ? Json(row.before->calls) : Json(nullptr)),
             Cell("", row.after ? Json(row.after->calls) : Json(nullptr)),
             optionalMs(row.before, &FunctionSummary::total), optionalMs(row.after, &FunctionSummary::total),
             Cell(formatDeltaMs(row.deltaTotal), nsToMs(row.deltaTotal)),
             row.deltaPercent ? Cell(formatPercent(*row.deltaPercent, true), roundTo(*row.deltaPercent, 3))
                              : Cell::null(status),
             optionalMsDouble(row.before, &FunctionSummary::avg),
             optionalMsDouble(row.after, &FunctionSummary::avg),
             optionalMsDouble(row.before, &FunctionSummary::p95),
             optionalMsDouble(row.after, &FunctionSummary::p95)});
    }
    if (options.format() != OutputFormat::Table) {
        table.print(std::cout, options.format());
        return kExitOk;
    }

    // The text table folds calls into "13 -> 4" and drops the separate status column.
    Table text({{"function", "function"},
                {"calls", "calls"},
                {"total before", "", true},
                {"total after", "", true},
                {"Δ total", "", true},
                {"Δ%", "", true},
                {"avg before", "", true},
                {"avg after", "", true},
                {"p95 before", "", true},
                {"p95 after", "", true}});
    std::size_t index = 0;
    for (const auto& row : rows) {
        if (limit != 0 && index++ >= limit)
            break;
        const std::string callsText = std::to_string(row.before ? row.before->calls : 0) + " -> " +
                                      std::to_string(row.after ? row.after->calls : 0);
        const std::string percent = row.status == ComparisonRow::Status::New ? "new"
                                    : row.deltaPercent ? formatPercent(*row.deltaPercent, true)
                                                       : "-";
        text.addRow({row.name, callsText, optionalMs(row.before, &FunctionSummary::total),
                     optionalMs(row.after, &FunctionSummary::total), Cell(formatDeltaMs(row.deltaTotal)),
                     Cell(row.status == ComparisonRow::Status::Vanished ? "gone" : percent),
                     optionalMsDouble(row.before, &FunctionSummary::avg),
                     optionalMsDouble(row.after, &FunctionSummary::avg),
                     optionalMsDouble(row.before, &FunctionSummary::p95),
                     optionalMsDouble(row.after, &FunctionSummary::p95)});
    }
    auto describe = [](const LoadedRun& run) {
        return "run " + std::to_string(run.data->run.id) + " of " +
               oneLine(std::filesystem::path(run.file).filename().string());
    };
    const Nanos totalBefore = RunComparison::totalTime(*before.data);
    const Nanos totalAfter = RunComparison::totalTime(*after.data);
    std::cout << "Before: " << describe(before)
              << (before.data->run.commandLine.empty() ? ""
                                                       : " (" + oneLine(before.data->run.commandLine) + ")")
              << '\n';
    std::cout << "After:  " << describe(after)
              << (after.data->run.commandLine.empty() ? ""
                                                      : " (" + oneLine(after.data->run.commandLine) + ")")
              << '\n';
    std::cout << "Traced time: " << formatDuration(totalBefore) << " -> " << formatDuration(totalAfter)
              << " (" << formatDeltaMs(totalAfter - totalBefore);
    if (totalBefore > 0)
        std::cout << ", "
                  << formatPercent(100.0 * static_cast<double>(totalAfter - totalBefore) /
                                       static_cast<double>(totalBefore),
                                   true);
    std::cout << ")\n\n";
    text.printAligned(std::cout);
    if (limit != 0 && rows.size() > limit)
        std::cout << "[... " << rows.size() - limit << " more functions; --limit 0 shows all ...]\n";
    std::cout << '\n'
              << faster << " faster, " << slower << " slower, " << added << " new, " << vanished
              << " vanished\n";
    return kExitOk;
}

} // namespace breadcrumb::cli
