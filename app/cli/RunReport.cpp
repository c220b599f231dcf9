#include "RunReport.h"

#include "FunctionStats.h"
#include "RunSummaries.h"
#include "Table.h"
#include "TextFormat.h"

#include <algorithm>
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

RunReportFigures runReportFigures(const RunData& data, std::size_t topFunctions)
{
    RunReportFigures figures;
    figures.run = data.run;
    const RunInfo& run = data.run;
    figures.untilLastCall = run.endNs <= run.startNs;
    figures.durationNs = figures.untilLastCall ? data.lastEndNs() - run.startNs : run.durationNs();
    figures.calls = static_cast<std::int64_t>(data.calls.size());
    for (std::uint32_t f = 0; f < data.functions.size(); ++f)
        figures.functions += data.callsOf(f).empty() ? 0 : 1;
    figures.threads = static_cast<std::int64_t>(data.threads.size());
    for (const auto& exception : data.exceptions) {
        if (isCleanSystemExit(exception.type, exception.message))
            continue; // the program's normal exit
        ++figures.raised;
        figures.escaped += exception.escaped ? 1 : 0;
    }
    if (topFunctions > 0 && !data.calls.empty()) {
        // Self time says where the program itself spent its time (wrappers like main() have none).
        // Inclusive time counts a recursion once: the sum of durations of a recursive function's calls
        // (`performance`'s Total) can be many times the run's own duration.
        const auto summaries = FunctionStats::summarize(data, SortKey::Self);
        for (std::size_t i = 0; i < summaries.size() && i < topFunctions; ++i) {
            const auto& s = summaries[i];
            figures.hottest.push_back({data.displayName(s.function), s.calls, s.self, s.total});
        }
    }
    return figures;
}

std::optional<RunReportFigures> runReportFiguresFromSummaries(TraceReader& reader, std::int64_t runId,
                                                              std::size_t topFunctions)
{
    RunReportFigures figures;
    figures.run = reader.run(runId);
    if (figures.run.endNs <= figures.run.startNs)
        return std::nullopt; // its duration is the last call's end: only the calls know it
    std::optional<std::vector<StoredFunctionSummary>> stored;
    try {
        stored = RunSummaries::read(reader.database(), runId);
    } catch (const TraceError&) {
        return std::nullopt; // a damaged summary table: the calls may still be readable
    }
    if (!stored)
        return std::nullopt;
    figures.durationNs = figures.run.durationNs();
    // The names as a loaded run shows them (module:name where two of its functions share a name).
    RunData names;
    for (const auto& s : *stored)
        names.functions.push_back(s.function);
    names.buildIndexes();
    std::vector<std::uint32_t> order(stored->size());
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        order[i] = i;
        figures.calls += (*stored)[i].calls;
    }
    figures.functions = static_cast<std::int64_t>(stored->size());
    // FunctionStats' order for SortKey::Self: self descending, then name, module, function id.
    const auto hotter = [&](std::uint32_t a, std::uint32_t b) {
        const auto& sa = (*stored)[a];
        const auto& sb = (*stored)[b];
        if (sa.self != sb.self)
            return sa.self > sb.self;
        if (sa.function.name != sb.function.name)
            return sa.function.name < sb.function.name;
        if (sa.function.module != sb.function.module)
            return sa.function.module < sb.function.module;
        return a < b;
    };
    const std::size_t top = std::min(topFunctions, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(), hotter);
    for (std::size_t i = 0; i < top; ++i) {
        const auto& s = (*stored)[order[i]];
        figures.hottest.push_back({names.displayName(order[i]), s.calls, s.self, s.total});
    }
    const RunCounts counts = RunSummaries::counts(reader.database(), runId);
    figures.threads = counts.threads;
    figures.raised = counts.exceptions;
    figures.escaped = counts.escaped;
    return figures;
}

void printRunReport(std::ostream& out, const RunReportFigures& figures, const RunReportOptions& options)
{
    const RunInfo& run = figures.run;
    out << "Run " << run.id << ": " << oneLine(run.status);
    if (run.exitCode)
        out << " (exit code " << *run.exitCode << ")";
    out << '\n';
    if (!run.commandLine.empty())
        out << "  Command:    " << oneLine(run.commandLine) << '\n';
    if (!run.pythonVersion.empty())
        out << "  Python:     " << oneLine(run.pythonVersion) << '\n';
    out << "  Started:    " << formatLocalDateTime(run.startNs) << '\n';
    out << "  Duration:   " << formatSpan(figures.durationNs)
        << (figures.untilLastCall ? " (until the last call)" : "") << '\n';
    out << "  Calls:      " << figures.calls << " (" << plural(figures.functions, "function") << ", "
        << plural(std::max<std::int64_t>(figures.threads, 1), "thread") << ")\n";
    out << "  Exceptions: " << figures.raised;
    if (figures.raised > 0)
        out << " (" << figures.escaped << " escaped a function)";
    out << '\n';

    if (!figures.hottest.empty()) {
        Table table({{"function", "function"},
                     {"calls", "calls", true},
                     {"self", "self", true},
                     {"inclusive", "inclusive", true}});
        for (const auto& hot : figures.hottest)
            table.addRow({hot.name, Cell::number(hot.calls), Cell::ms(hot.self), Cell::ms(hot.total)});
        out << "\nHottest functions (by self time):\n";
        table.printAligned(out, "  ");
    }
    if (!options.tracePath.empty()) {
        out << "\nTrace: " << oneLine(options.tracePath) << " (run " << run.id << ")\n";
        out << "Next:  breadcrumb performance -t " << oneLine(quoteForShell(options.tracePath)) << " --run "
            << run.id << '\n';
    }
}

void printRunReport(std::ostream& out, const RunData& run, const RunReportOptions& options)
{
    printRunReport(out, runReportFigures(run, options.topFunctions), options);
}

RunReportFigures runReportFigures(TraceReader& reader, std::int64_t runId, std::size_t topFunctions)
{
    if (auto figures = runReportFiguresFromSummaries(reader, runId, topFunctions))
        return std::move(*figures);
    return runReportFigures(*reader.loadRun(runId), topFunctions);
}

} // namespace breadcrumb::cli
