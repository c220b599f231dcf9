// `breadcrumb report`: prints a run's report again (the one `breadcrumb run` shows when it ends).

#include "ArgParser.h"
#include "CliError.h"
#include "Commands.h"
#include "RunReport.h"
#include "TraceOptions.h"

#include <iostream>

namespace breadcrumb::cli {

int reportCommand(const Args& args)
{
    ArgParser parser("report",
                     "Print the report of a run again: command, status, duration, calls, exceptions and "
                     "the hottest functions.");
    parser.addOption("--top", "N", "How many of the hottest functions to list.", "5");
    TraceOptions::addTo(parser, TraceOptions::Run);
    parser.addExample("breadcrumb report", "The newest run's report.");
    parser.addExample("breadcrumb report -t ci.db --run 4 --top 10", "");
    if (!parser.parse(args))
        return kExitOk;
    const TraceOptions options(parser);
    const auto top = *parser.intValue("top", 0, 1000);
    auto reader = options.open();
    const auto run = reader->loadRun(options.selectRun(*reader));
    printRunReport(std::cout, *run, {static_cast<std::size_t>(top), options.path()});
    return kExitOk;
}

} // namespace breadcrumb::cli
