#include "RunReport.h"

#include "FunctionStats.h"
#include "Table.h"
#include "TextFormat.h"

#include <ostream>

namespace breadcrumb::cli {

namespace {

std::string quoteForShell(const std::string& text)
{
    if (text.find_first_of(" \t'\"$\\;&|<>()*?") == std::string::npos && !text.empty())
        return text;
    std::string quoted = "'";
    for (char ch : text)
        quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}

} // namespace

void printRunReport(std::ostream& out, const RunData& data, const RunReportOptions& options)
{
    const RunInfo& run = data.run;
    out << "Run " << run.id << ": " << oneLine(run.status);
    if (run.exitCode)
        out << " (exit code " << *run.exitCode << ")";
    out << '\n';
    if (!run.commandLine.empty())
        out << "  Command:    " << oneLine(run.commandLine) << '\n';
    if (!run.pythonVersion.empty())
        out << "  Python:     " << oneLine(run.pythonVersion) << '\n';
    out << "  Started:    " << formatLocalDateTime(run.startNs) << '\n';
    const Nanos duration = run.endNs > run.startNs ? run.durationNs() : data.lastEndNs() - run.startNs;
    out << "  Duration:   " << formatSpan(duration)
        << (run.endNs > run.startNs ? "" : " (until the last call)") << '\n';
    std::size_t functionsCalled = 0;
    for (std::uint32_t f = 0; f < data.functions.size(); ++f)
        functionsCalled += data.callsOf(f).empty() ? 0 : 1;
    out << "  Calls:      " << data.calls.size() << " ("
        << plural(static_cast<std::int64_t>(functionsCalled), "function") << ", "
        << plural(static_cast<std::int64_t>(std::max<std::size_t>(data.threads.size(), 1)), "thread")
        << ")\n";
    std::int64_t escaped = 0, raised = 0;
    for (const auto& exception : data.exceptions) {
        if (isCleanSystemExit(exception.type, exception.message))
            continue; // the program's normal exit
        ++raised;
        escaped += exception.escaped ? 1 : 0;
    }
    out << "  Exceptions: " << raised;
    if (raised > 0)
        out << " (" << escaped << " escaped a function)";
    out << '\n';

    if (options.topFunctions > 0 && !data.calls.empty()) {
        // Self time says where the program itself spent its time (wrappers like main() have none).
        // Inclusive time counts a recursion once: the sum of durations of a recursive function's calls
        // (`performance`'s Total) can be many times the run's own duration.
        const auto summaries = FunctionStats::summarize(data, SortKey::Self);
        Table table({{"function", "function"},
                     {"calls", "calls", true},
                     {"self", "self", true},
                     {"inclusive", "inclusive", true}});
        for (std::size_t i = 0; i < summaries.size() && i < options.topFunctions; ++i) {
            const auto& s = summaries[i];
            table.addRow(
                {data.displayName(s.function), Cell::number(s.calls), Cell::ms(s.self), Cell::ms(s.total)});
        }
        out << "\nHottest functions (by self time):\n";
        table.printAligned(out, "  ");
    }
    if (!options.tracePath.empty()) {
        out << "\nTrace: " << oneLine(options.tracePath) << " (run " << run.id << ")\n";
        out << "Next:  breadcrumb performance -t " << oneLine(quoteForShell(options.tracePath)) << " --run "
            << run.id << '\n';
    }
}

} // namespace breadcrumb::cli
