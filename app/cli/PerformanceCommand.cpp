// `breadcrumb performance [FUNCTION]`: the seed's "Top N Slowest Functions" report, or one function's
// statistics, self time, callers, callees and call timeline.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "FunctionLookup.h"
#include "FunctionStats.h"
#include "FunctionSummaryJson.h"
#include "RunAnalysis.h"
#include "RunProfile.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <iostream>
#include <limits>

namespace breadcrumb::cli {

namespace {

struct SortChoice
{
    const char* name;
    SortKey key;
    const char* label; // shown in the heading when not the default
};

constexpr SortChoice kSorts[] = {
    {"duration", SortKey::Total, nullptr}, {"total", SortKey::Total, nullptr},
    {"avg", SortKey::Avg, "average"},      {"self", SortKey::Self, "self time"},
    {"calls", SortKey::Calls, "calls"},    {"max", SortKey::Max, "max"},
    {"p95", SortKey::P95, "P95"},
};

const SortChoice* findSort(const std::string& name)
{
    for (const auto& choice : kSorts)
        if (name == choice.name)
            return &choice;
    return nullptr;
}

// What the command line asked for, after parsing.
struct PerformanceRequest
{
    std::string sort = "total";
    std::size_t limit = 10;
    std::size_t timeline = 10;
    std::string thread;
    std::vector<std::string> function; // none or one
};

Cell msCell(double ns)
{
    return Cell(formatDuration(static_cast<Nanos>(ns + 0.5)), roundTo(ns / 1e6, 6));
}

void addSummaryRow(Table& table, const RunData& run, const FunctionSummary& s, std::size_t rank)
{
    const FunctionInfo& info = run.functions[s.function];
    table.addRow({Cell::number(static_cast<std::int64_t>(rank)), run.displayName(s.function), info.module,
                  info.file, Cell::number(info.line), Cell::number(s.calls), Cell::ms(s.total), msCell(s.avg),
                  Cell::ms(s.min), Cell::ms(s.max), msCell(s.median), msCell(s.p95), msCell(s.p99),
                  msCell(s.stddev), Cell::ms(s.self), Cell::number(s.exceptions), Cell::ms(s.durationSum)});
}

Table summaryTable()
{
    return Table({{"#", "rank"},
                  {"function", "function"},
                  {"module", "module"},
                  {"file", "file"},
                  {"line", "line"},
                  {"calls", "calls"},
                  {"total", "total_ms"},
                  {"avg", "avg_ms"},
                  {"min", "min_ms"},
                  {"max", "max_ms"},
                  {"median", "median_ms"},
                  {"p95", "p95_ms"},
                  {"p99", "p99_ms"},
                  {"stddev", "stddev_ms"},
                  {"self", "self_ms"},
                  {"exceptions", "exceptions"},
                  {"duration sum", "duration_sum_ms"}});
}

// The ranking needs no call tree: RunProfile streams the run instead of loading it.
int printRanking(RunProfile& profile, const PerformanceRequest& request, const TraceOptions& options)
{
    const SortChoice& sort = *findSort(request.sort);
    const std::size_t limit = request.limit;
    const std::int32_t thread = resolveThread(profile.run(), request.thread);
    const auto summaries = profile.summarize(sort.key, thread);
    const RunData& run = profile.run();
    if (summaries.empty())
        throw NoResults("run " + std::to_string(run.run.id) + " has no calls" +
                        (thread == kAllThreads ? "" : " on that thread"));
    const std::size_t shown = limit == 0 ? summaries.size() : std::min(limit, summaries.size());

    if (options.format() != OutputFormat::Table) {
        Table table = summaryTable();
        for (std::size_t i = 0; i < shown; ++i)
            addSummaryRow(table, run, summaries[i], i + 1);
        table.print(std::cout, options.format());
        return kExitOk;
    }
    std::cout << "Top " << shown << " Slowest Functions"
              << (sort.label ? std::string(" (by ") + sort.label + ")" : "") << ":\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const FunctionSummary& s = summaries[i];
        std::cout << '\n' << i + 1 << ". " << oneLine(run.displayName(s.function)) << '\n';
        std::cout << "   Calls: " << s.calls << '\n';
        std::cout << "   Total: " << formatDuration(s.total) << '\n';
        std::cout << "   Avg: " << formatDuration(static_cast<Nanos>(s.avg + 0.5)) << '\n';
        std::cout << "   Min: " << formatDuration(s.min) << '\n';
        std::cout << "   Max: " << formatDuration(s.max) << '\n';
        if (sort.key == SortKey::Self)
            std::cout << "   Self: " << formatDuration(s.self) << '\n';
        if (sort.key == SortKey::P95)
            std::cout << "   P95: " << formatDuration(static_cast<Nanos>(s.p95 + 0.5)) << '\n';
    }
    if (shown < summaries.size())
        std::cout << "\n[... " << summaries.size() - shown << " more functions; --limit 0 shows all ...]\n";
    return kExitOk;
}

Table relationTable(const RunData& run, const std::vector<CallerCalleeEntry>& entries, const char* heading,
                    std::size_t limit)
{
    Table table({{heading, "function"},
                 {"calls", "calls", true},
                 {"total", "total_ms", true},
                 {"share", "share", true}});
    for (std::size_t i = 0; i < entries.size() && (limit == 0 || i < limit); ++i) {
        const auto& e = entries[i];
        const std::string name =
            e.function < 0 ? "<root>" : run.displayName(static_cast<std::uint32_t>(e.function));
        table.addRow({name, Cell::number(e.calls), Cell::ms(e.total),
                      Cell(formatPercent(e.share * 100), roundTo(e.share, 4))});
    }
    return table;
}

// Whether the answer needs nothing a streamed RunAnalysis lacks: the table with a short timeline (the CSV
// and JSON timelines name each call's id and caller, which only a loaded run keeps).
bool streamsFunction(const PerformanceRequest& request, const TraceOptions& options)
{
    return options.format() == OutputFormat::Table && request.timeline > 0 &&
           request.timeline <= RunAnalysis::kFirstCalls;
}

int printFunction(TraceReader& reader, const RunAnalysis& analysis, const PerformanceRequest& request,
                  const TraceOptions& options)
{
    const RunData& run = analysis.run();
    const std::string name = request.function.front();
    const std::uint32_t function = resolveFunction(reader, run, name);
    const FunctionSummary& s = analysis.summary(function);
    const FunctionInfo& info = run.functions[function];
    const std::size_t limit = request.limit;
    const std::size_t timelineLimit = request.timeline;
    const auto callers = analysis.callers(function);
    const auto callees = analysis.callees(function);
    // The loaded run's calls (a streamed one has none: the table's timeline takes firstCalls()).
    const auto calls = analysis.streamed() ? std::span<const std::uint32_t>() : run.callsOf(function);

    auto timelineCaller = [&](std::uint32_t call) -> std::string {
        const std::int32_t parent = run.calls[call].parent;
        return parent < 0 ? std::string("<root>")
                          : run.displayName(run.calls[static_cast<std::size_t>(parent)].function);
    };

    if (options.format() == OutputFormat::Csv) {
        // CSV is the one table here: the call timeline.
        Table table({{"event_id", "event_id"},
                     {"timestamp", "timestamp"},
                     {"duration", "duration_ms"},
                     {"self", "self_ms"},
                     {"caller", "caller_function"}});
        for (std::uint32_t call : calls)
            table.addRow({Cell::number(run.calls[call].id), formatIso(run.calls[call].startNs),
                          Cell::ms(run.calls[call].durationNs), Cell::ms(run.calls[call].selfNs),
                          timelineCaller(call)});
        table.printCsv(std::cout);
        return kExitOk;
    }
    if (options.format() == OutputFormat::Json) {
        Json out = {{"function", run.displayName(function)},
                    {"module", info.module},
                    {"file", info.file},
                    {"line", info.line},
                    {"run_id", run.run.id}};
        addFunctionSummary(out, s, MsPrecision::Nanosecond);
        out["callers"] = relationTable(run, callers, "caller", limit).toJson();
        out["callees"] = relationTable(run, callees, "callee", limit).toJson();
        Json timeline = Json::array();
        for (std::size_t i = 0; i < calls.size() && (timelineLimit == 0 || i < timelineLimit); ++i) {
            const CallRecord& call = run.calls[calls[i]];
            timeline.push_back({{"event_id", call.id},
                                {"timestamp", formatIso(call.startNs)},
                                {"duration_ms", nsToMs(call.durationNs)},
                                {"caller_function", timelineCaller(calls[i])}});
        }
        out["timeline"] = std::move(timeline);
        std::cout << dumpJson(out) << '\n';
        return kExitOk;
    }

    std::cout << "Performance Analysis: " << oneLine(run.displayName(function)) << "\n\n";
    std::cout << "Total Calls: " << s.calls << '\n';
    std::cout << "Total Time: " << formatDuration(s.total) << '\n';
    std::cout << "Average: " << formatDuration(static_cast<Nanos>(s.avg + 0.5)) << '\n';
    std::cout << "Median: " << formatDuration(static_cast<Nanos>(s.median + 0.5)) << '\n';
    std::cout << "P95: " << formatDuration(static_cast<Nanos>(s.p95 + 0.5)) << '\n';
    std::cout << "P99: " << formatDuration(static_cast<Nanos>(s.p99 + 0.5)) << '\n';
    std::cout << "Min: " << formatDuration(s.min) << '\n';
    std::cout << "Max: " << formatDuration(s.max) << '\n';
    std::cout << "Std Dev: " << formatDuration(static_cast<Nanos>(s.stddev + 0.5)) << '\n';
    if (s.durationSum != s.total)
        std::cout << "Durations Summed: " << formatDuration(s.durationSum)
                  << " (recursive calls and suspensions included; Total Time counts neither)\n";
    std::cout << "Self Time: " << formatDuration(s.self) << " ("
              << formatPercent(
                     s.total > 0 ? 100.0 * static_cast<double>(s.self) / static_cast<double>(s.total) : 0)
              << " of total)\n";
    if (s.exceptions > 0)
        std::cout << "Exceptions: " << s.exceptions << " of its calls raised\n";
    std::cout << "Defined In: " << oneLine(info.module) << " (" << oneLine(info.file) << ":" << info.line
              << ")\n";

    std::cout << "\nTop Callers:\n";
    if (callers.empty())
        std::cout << "  (none)\n";
    else
        relationTable(run, callers, "caller", limit).printAligned(std::cout, "  ");
    std::cout << "\nTop Callees:\n";
    if (callees.empty())
        std::cout << "  (none: it calls no traced function)\n";
    else
        relationTable(run, callees, "callee", limit).printAligned(std::cout, "  ");

    std::cout << "\nCall Timeline:\n";
    const auto total = static_cast<std::size_t>(s.calls);
    const std::size_t shown = timelineLimit == 0 ? total : std::min(timelineLimit, total);
    if (analysis.streamed()) {
        const auto first = analysis.firstCalls(function);
        for (std::size_t i = 0; i < shown && i < first.size(); ++i)
            std::cout << "  " << formatClock(first[i].startNs) << " - " << formatDuration(first[i].durationNs)
                      << '\n';
    } else {
        for (std::size_t i = 0; i < shown; ++i) {
            const CallRecord& call = run.calls[calls[i]];
            std::cout << "  " << formatClock(call.startNs) << " - " << formatDuration(call.durationNs)
                      << '\n';
        }
    }
    if (shown < total)
        std::cout << "  [... " << total - shown << " more calls; --timeline 0 shows all ...]\n";
    return kExitOk;
}

} // namespace

int performanceCommand(const Args& args)
{
    CLI::App app("Find the slowest functions of a run, or analyse one function in detail.", "performance");
    HelpFormatter& help = setUpCommand(app, "[FUNCTION] [options]");
    help.setDescription(
        "Without FUNCTION: the top functions by total time (calls, total, average, min and max per "
        "function). With FUNCTION: its calls, total, average, median, P95, P99, min, max, standard deviation "
        "and self time (time not spent in traced callees), its top callers and callees, and the call "
        "timeline. FUNCTION is a qualified name (slow_function, Square.area), optionally with its module "
        "(mypkg.util:parse). An unknown name gets close suggestions and exit status 1.\n\n"
        "Total is inclusive time: while the function is on a thread's stack, summed over threads, a "
        "recursion counted once, a generator or coroutine only while it runs (not while suspended); self "
        "time is while it is the running frame. Average, median, percentiles, min, max and the timeline are "
        "over call durations (start to end, suspensions included).\n\n"
        "Durations are in milliseconds with one decimal; below 0.05 ms they show as <0.1ms. With --format "
        "json|csv the figures are plain numbers in ms (FUNCTION with csv: one row per call).");
    PerformanceRequest request;
    app.add_option("--sort", request.sort,
                   "Ranking: duration (= total), total, avg, self, calls, max or p95.")
        ->type_name("KEY")
        ->capture_default_str();
    app.add_option("-n,--limit", request.limit,
                   "How many functions (or callers/callees with FUNCTION) to show; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    app.add_option("--timeline", request.timeline,
                   "With FUNCTION: how many calls of the call timeline to show; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    app.add_option("--thread", request.thread,
                   "Rank the functions by the calls of one thread only (its name, OS thread id or ident).")
        ->type_name("THREAD");
    const TraceOptions options(app, TraceOptions::Run | TraceOptions::Format);
    app.add_option("FUNCTION", request.function)->expected(0, 1);
    help.addExample("breadcrumb performance --sort duration --limit 10",
                    "The ten functions with the most total time.");
    help.addExample("breadcrumb performance slow_function",
                    "Statistics, callers, callees and timeline of one function.");
    help.addExample("breadcrumb performance --sort self --format csv > hot.csv",
                    "Every figure, ranked by self time, as CSV.");
    help.addExample("breadcrumb performance -t before.db --run 2 Square.area",
                    "A method in run 2 of another trace file.");
    if (!parseCommandLine(app, args))
        return kExitOk;
    // A bad --sort is reported before the (possibly slow) load.
    if (request.function.empty() && !findSort(request.sort))
        usageError(app, "unknown sort key '" + request.sort +
                            "' (expected duration, total, avg, self, calls, max or p95)");
    if (!request.function.empty() && app.count("--thread") > 0)
        usageError(app, "--thread applies to the ranking, not to one FUNCTION");

    auto reader = options.open();
    const std::int64_t runId = options.selectRun(*reader);
    if (request.function.empty()) {
        RunProfile profile(*reader, runId);
        return printRanking(profile, request, options);
    }
    // One function's figures, callers, callees and first calls stream too; its CSV and JSON timelines
    // need the run loaded.
    if (streamsFunction(request, options))
        return printFunction(*reader, RunAnalysis(*reader, runId), request, options);
    return printFunction(*reader, RunAnalysis(reader->loadRun(runId)), request, options);
}

} // namespace breadcrumb::cli
