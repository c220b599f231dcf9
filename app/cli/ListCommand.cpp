// `breadcrumb list`: the runs in a trace file, newest first.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <iostream>
#include <limits>

namespace breadcrumb::cli {

int listCommand(const Args& args)
{
    CLI::App app("List the runs in a trace file, newest first.", "list");
    HelpFormatter& help = setUpCommand(app, "[FILE] [options]");
    help.setDescription(
        "One line per run: id, the run it is a child process of (a forked or multiprocessing "
        "child is traced as a run of its own; '-' for a program's own run), start (local time), "
        "duration, status (running, completed or crashed; a run whose tracer died is shown as "
        "crashed), exit code, calls, exceptions and the command line. FILE is the trace, as with -t.");
    std::size_t limit = 0;
    app.add_option("-n,--limit", limit, "Show at most N runs; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    TraceOptions options(app, TraceOptions::Format);
    std::vector<std::string> files;
    app.add_option("FILE", files)->expected(0, 1);
    help.addExample("breadcrumb list", "Runs in .breadcrumb/traces.db.");
    help.addExample("breadcrumb list nightly.db --format json", "The runs of nightly.db as JSON.");
    if (!parseCommandLine(app, args))
        return kExitOk;
    if (!files.empty()) {
        if (app.count("--trace") > 0)
            usageError(app, "give the trace as FILE or with -t, not both");
        options.setPath(files.front());
    }

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
