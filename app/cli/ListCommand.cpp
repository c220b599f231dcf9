// `breadcrumb list`: the runs in a trace file, newest first.

#include "ArgParser.h"
#include "CliError.h"
#include "Commands.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <iostream>
#include <limits>

namespace breadcrumb::cli {

int listCommand(const Args& args)
{
    ArgParser parser("list", "List the runs in a trace file, newest first.");
    parser.setDescription(
        "One line per run: id, the run it is a child process of (a forked or multiprocessing "
        "child is traced as a run of its own; '-' for a program's own run), start (local time), "
        "duration, status (running, completed or crashed; a run whose tracer died is shown as "
        "crashed), exit code, calls, exceptions and the command line.");
    parser.addOption("-n, --limit", "N", "Show at most N runs; 0 = all.", "0");
    TraceOptions::addTo(parser, TraceOptions::Format);
    parser.addExample("breadcrumb list", "Runs in .breadcrumb/traces.db.");
    parser.addExample("breadcrumb list -t nightly.db --format json", "The same as JSON.");
    if (!parser.parse(args))
        return kExitOk;
    const TraceOptions options(parser);
    const auto limit =
        static_cast<std::size_t>(*parser.intValue("limit", 0, std::numeric_limits<int>::max()));

    auto reader = options.open();
    const auto runs = reader->runs();
    if (runs.empty())
        throw NoResults(options.path() + " holds no runs yet");
    Table table({{"run", "run_id", true},
                 {"parent", "parent_run_id", true},
                 {"started", "started_at"},
                 {"duration", "duration_ms", true},
                 {"status", "status"},
                 {"exit", "exit_code", true},
                 {"calls", "calls", true},
                 {"exceptions", "exceptions", true},
                 {"command", "command"}});
    for (std::size_t i = 0; i < runs.size() && (limit == 0 || i < limit); ++i) {
        const RunInfo& run = runs[i];
        table.addRow({Cell::number(run.id), run.parentRunId ? Cell::number(run.parentRunId) : Cell::null("-"),
                      Cell(formatLocalDateTime(run.startNs), formatIso(run.startNs)),
                      run.endNs > run.startNs ? Cell(formatSpan(run.durationNs()), nsToMs(run.durationNs()))
                                              : Cell::null("?"),
                      run.status, run.exitCode ? Cell::number(*run.exitCode) : Cell::null("-"),
                      Cell::number(run.callCount), Cell::number(run.exceptionCount),
                      Cell(ellipsize(oneLine(run.commandLine), 60), run.commandLine)});
    }
    table.print(std::cout, options.format());
    return kExitOk;
}

} // namespace breadcrumb::cli
