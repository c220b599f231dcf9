// `breadcrumb export --format chrome|speedscope|perfetto -o FILE`: writes a run in the formats of other
// viewers, so a trace also opens in Perfetto / chrome://tracing and in speedscope. The run is streamed from
// the file (RunExportSource), never loaded whole: memory stays bounded whatever the number of calls.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "ExportFile.h"
#include "ExportFormats.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceFiles.h"
#include "TraceOptions.h"

#include <iostream>
#include <string>

namespace breadcrumb::cli {

int exportCommand(const Args& args)
{
    CLI::App app("Write a run as Chrome trace-event JSON, speedscope JSON or a Perfetto protobuf trace.",
                 "export");
    HelpFormatter& help = setUpCommand(app);
    help.setDescription(
        "chrome: the Trace Event Format (one complete event per call, exceptions as instant events, thread "
        "names); open it in https://ui.perfetto.dev or chrome://tracing. speedscope: an evented profile per "
        "thread; open it in https://www.speedscope.app. Times are relative to the run's start. perfetto: "
        "Perfetto's binary protobuf trace (a track per thread, a begin/end slice per call named by the "
        "function, its module as category and its file and line as source location, exceptions as instant "
        "events; wall-clock nanoseconds); ui.perfetto.dev and its trace processor load it fastest. The run "
        "is streamed: memory stays about 65 MB whatever the number of calls; a run of more than 524 288 "
        "calls is sorted through a temporary file in $TMPDIR (56 bytes per call). -o - writes to stdout.");
    std::string format;
    app.add_option("--format", format, "chrome, speedscope or perfetto.")->type_name("FORMAT");
    std::optional<std::string> outputOption;
    app.add_option("-o,--output", outputOption, "Where to write the export (required; - = stdout).")
        ->type_name("FILE");
    const TraceOptions options(app, TraceOptions::Run);
    help.addExample("breadcrumb export --format chrome -o trace.json",
                    "Then open trace.json in ui.perfetto.dev.");
    help.addExample("breadcrumb export --format speedscope -o profile.speedscope.json --run 2", "");
    help.addExample("breadcrumb export --format perfetto -o trace.pftrace",
                    "A large run: open trace.pftrace in ui.perfetto.dev.");
    if (!parseCommandLine(app, args))
        return kExitOk;
    if (format != "chrome" && format != "speedscope" && format != "perfetto")
        usageError(app, format.empty() ? "--format chrome|speedscope|perfetto is required"
                                       : "unknown export format '" + format +
                                             "' (expected chrome, speedscope or perfetto)");
    if (!outputOption)
        usageError(app, "-o FILE is required");
    const std::string output = *outputOption;

    auto reader = options.open();
    if (output != "-" && isPartOfTrace(reader->path(), output))
        throw CliError("export: refusing to write " + output +
                       ": it is the trace being exported (or one of its "
                       "-wal/-shm/-journal files); choose another -o FILE");
    const RunExportSource source(*reader, options.selectRun(*reader),
                                 format == "chrome" ? RunExportSource::Order::ByStart
                                                    : RunExportSource::Order::ByThread);
    ExportFile file(output);
    if (format == "chrome")
        writeChromeTrace(source, file);
    else if (format == "speedscope")
        writeSpeedscope(source, file);
    else
        writePerfetto(source, file);
    file.commit();
    if (output == "-")
        return kExitOk;
    std::cout << "Wrote run " << source.run().id << " (" << plural(source.callCount(), "call") << ") as "
              << (format == "perfetto" ? "a Perfetto protobuf trace" : format + " JSON") << " to " << output
              << '\n';
    return kExitOk;
}

} // namespace breadcrumb::cli
