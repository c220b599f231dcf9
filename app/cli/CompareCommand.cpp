// `breadcrumb compare BEFORE AFTER`: per-function before/after figures with deltas, for checking that
// an optimisation helped (or finding a regression).

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "ComparedRuns.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>

namespace breadcrumb::cli {

namespace {

// p to four significant digits: enough to read, and the same digits on every machine.
double roundP(double p)
{
    if (p <= 0)
        return 0;
    const double scale = std::pow(10.0, 3 - std::floor(std::log10(p)));
    return std::round(p * scale) / scale;
}

std::string pText(const ComparisonRow& row)
{
    if (row.basis == ComparisonRow::Basis::TooFewCalls)
        return "few calls";
    if (!row.pValue)
        return "-";
    char buf[32];
    if (*row.pValue < 0.001)
        std::snprintf(buf, sizeof buf, "<0.001");
    else
        std::snprintf(buf, sizeof buf, "%.3f", *row.pValue);
    return std::string(buf) + (row.basis == ComparisonRow::Basis::CallCount ? " (count)" : "");
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
    CLI::App app("Compare two runs function by function: what got faster, slower, new or gone, and whether "
                 "each change is real or noise.",
                 "compare");
    HelpFormatter& help = setUpCommand(app, "BEFORE AFTER [options]");
    help.setDescription(
        "BEFORE and AFTER are each FILE (its newest run), FILE:RUN, or RUN (a run id in the trace given "
        "with -t, default $BREADCRUMB_DB or .breadcrumb/traces.db); FILE:FIRST-LAST and FILE:all (or "
        "FIRST-LAST, "
        "all) pool the calls of several runs, whose times are then per-run means. Functions are matched by "
        "module and qualified name. For each: calls, total time before and after, the change (delta) in ms "
        "and %, a verdict with the p value of a Mann-Whitney test on the per-call times (functions with at "
        "least 8 calls a side), average and P95 before and after; functions only in AFTER are new, only in "
        "BEFORE gone. A change under the noise floor (0.1 ms or 1% of the run) is 'unchanged'. Sorted by the "
        "absolute change of total time; the summary names the functions whose own time explains the change.");
    std::size_t limit = 20;
    app.add_option("-n,--limit", limit, "Show at most N functions; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    const TraceOptions options(app, TraceOptions::Format);
    std::vector<std::string> sides;
    app.add_option("sides", sides)->expected(0, 2);
    help.addExample("breadcrumb compare 1 2", "Run 1 against run 2 of the default trace.");
    help.addExample("breadcrumb compare before.db after.db", "The newest runs of two files.");
    help.addExample("breadcrumb compare before.db:1-5 after.db:1-5", "Five runs a side, their calls pooled.");
    help.addExample("breadcrumb compare traces.db:3 traces.db:7 --format csv", "");
    if (!parseCommandLine(app, args))
        return kExitOk;
    if (sides.size() < 2)
        usageError(app, "missing arguments");

    auto load = [&](const std::string& text) {
        const RunRef ref = RunRef::parse(text, options.path());
        const TraceReader reader(ref.file);
        return ComparedSide::load(ref, reader, [&](std::int64_t id) { return reader.loadRun(id); });
    };
    ComparedSide beforeSide = load(sides[0]);
    ComparedSide afterSide = load(sides[1]);
    const ComparedRuns comparison = ComparedRuns::compare(std::move(beforeSide), std::move(afterSide));
    const ComparedSide& before = comparison.before;
    const ComparedSide& after = comparison.after;
    const auto& rows = comparison.rows;
    if (rows.empty())
        throw NoResults("neither run has any calls");
    const auto& summary = comparison.summary;

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
                 {"p95 after", "p95_after_ms", true},
                 {"verdict", "verdict"},
                 {"p", "p_value", true},
                 {"cliff's δ", "cliffs_delta", true}});
    for (const auto& row : rows) {
        const char* status = row.status == ComparisonRow::Status::New        ? "new"
                             : row.status == ComparisonRow::Status::Vanished ? "vanished"
                                                                             : "changed";
        if (limit != 0 && table.rowCount() >= limit)
            break;
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
             optionalMsDouble(row.after, &FunctionSummary::p95),
             Cell(RunComparison::verdictName(row.verdict)),
             row.pValue ? Cell(pText(row), roundP(*row.pValue)) : Cell::null(pText(row)),
             row.cliffsDelta ? Cell(std::to_string(*row.cliffsDelta), roundTo(*row.cliffsDelta, 4))
                             : Cell::null("-")});
    }
    if (options.format() != OutputFormat::Table) {
        // JSON keeps its top-level array (existing consumers index it): the warning goes to stderr.
        if (summary.differentPrograms)
            std::cerr << "warning: " << summary.warningText() << '\n';
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
                {"verdict", ""},
                {"p", "", true},
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
                     Cell(RunComparison::verdictName(row.verdict)),
                     Cell(row.status == ComparisonRow::Status::Changed ? pText(row) : ""),
                     optionalMsDouble(row.before, &FunctionSummary::avg),
                     optionalMsDouble(row.after, &FunctionSummary::avg),
                     optionalMsDouble(row.before, &FunctionSummary::p95),
                     optionalMsDouble(row.after, &FunctionSummary::p95)});
    }
    auto command = [](const std::string& line) {
        return line.empty() ? std::string() : " (" + oneLine(line) + ")";
    };
    std::cout << "Before: " << oneLine(before.describe()) << command(summary.commandBefore) << '\n';
    std::cout << "After:  " << oneLine(after.describe()) << command(summary.commandAfter) << '\n';
    std::cout << "Traced time" << (before.pooled() || after.pooled() ? " (per run)" : "") << ": "
              << formatDuration(summary.totalBefore) << " -> " << formatDuration(summary.totalAfter) << " ("
              << formatDeltaMs(summary.delta);
    if (summary.deltaPercent)
        std::cout << ", " << formatPercent(*summary.deltaPercent, true);
    std::cout << ")\n";
    if (summary.differentPrograms)
        std::cout << "Warning: " << summary.warningText() << '\n';
    std::cout << '\n';
    text.printAligned(std::cout);
    if (limit != 0 && rows.size() > limit)
        std::cout << "[... " << rows.size() - limit << " more functions; --limit 0 shows all ...]\n";
    std::cout << '\n' << summary.countsText() << " (" << summary.unchanged << " unchanged)\n";
    if (!summary.explaining.empty()) {
        std::cout << "Most of the change is the own time of: ";
        for (std::size_t i = 0; i < summary.explaining.size(); ++i) {
            const auto& row = rows[summary.explaining[i]];
            std::cout << (i ? ", " : "") << oneLine(row.name) << " (self " << formatDeltaMs(row.deltaSelf)
                      << ")";
        }
        std::cout << '\n';
    }
    std::cout
        << "Verdict: a Mann-Whitney test on the per-call times (p < 0.01, 8+ calls a side); changes under "
           "0.1 ms or 1% of the run are unchanged; 'few calls': judged by that floor only.\n";
    return kExitOk;
}

} // namespace breadcrumb::cli
