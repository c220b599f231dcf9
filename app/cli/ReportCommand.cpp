// `breadcrumb report`: prints a run's report again (the one `breadcrumb run` shows when it ends).

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "RunReport.h"
#include "TraceOptions.h"

#include <iostream>

namespace breadcrumb::cli {

int reportCommand(const Args& args)
{
    CLI::App app("Print the report of a run again: command, status, duration, calls, exceptions and the "
                 "hottest functions.",
                 "report");
    HelpFormatter& help = setUpCommand(app);
    std::size_t top = 5;
    app.add_option("--top", top, "How many of the hottest functions to list.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, 1000));
    const TraceOptions options(app, TraceOptions::Run);
    help.addExample("breadcrumb report", "The newest run's report.");
    help.addExample("breadcrumb report -t ci.db --run 4 --top 10", "");
    if (!parseCommandLine(app, args))
        return kExitOk;
    auto reader = options.open();
    printRunReport(std::cout, runReportFigures(*reader, options.selectRun(*reader), top),
                   {top, options.path()});
    return kExitOk;
}

} // namespace breadcrumb::cli
