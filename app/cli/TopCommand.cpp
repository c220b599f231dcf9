// `breadcrumb top [N]`: the most-called functions of a run.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "FunctionStats.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <charconv>
#include <iostream>
#include <limits>

namespace breadcrumb::cli {

int topCommand(const Args& args)
{
    CLI::App app("Show the most-called functions of a run.", "top");
    HelpFormatter& help = setUpCommand(app, "[N] [options]");
    help.setDescription(
        "Functions ranked by number of calls (ties by total time), with total, average and self "
        "time. Many cheap calls are candidates for caching or batching. N (default 10) is "
        "the same as --limit; 0 shows all.");
    std::int64_t limit = 10;
    app.add_option("-n,--limit", limit, "How many functions to show; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    const TraceOptions options(app, TraceOptions::Run | TraceOptions::Format);
    std::vector<std::string> count;
    app.add_option("N", count)->expected(0, 1);
    help.addExample("breadcrumb top", "The ten most-called functions of the newest run.");
    help.addExample("breadcrumb top 25 --run 3", "");
    if (!parseCommandLine(app, args))
        return kExitOk;
    if (!count.empty()) {
        const std::string& text = count.front();
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), limit);
        if (ec != std::errc{} || ptr != text.data() + text.size() || limit < 0)
            usageError(app, "N must be a whole number, not '" + text + "'");
    }

    auto reader = options.open();
    const auto run = reader->loadRun(options.selectRun(*reader));
    const auto summaries = FunctionStats::summarize(*run, SortKey::Calls);
    if (summaries.empty())
        throw NoResults("run " + std::to_string(run->run.id) + " has no calls");
    const std::size_t shown =
        limit == 0 ? summaries.size() : std::min(static_cast<std::size_t>(limit), summaries.size());
    Table table({{"#", "rank", true},
                 {"function", "function"},
                 {"calls", "calls", true},
                 {"total", "total_ms", true},
                 {"avg", "avg_ms", true},
                 {"self", "self_ms", true}});
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& s = summaries[i];
        table.addRow({Cell::number(static_cast<std::int64_t>(i + 1)), run->displayName(s.function),
                      Cell::number(s.calls), Cell::ms(s.total),
                      Cell(formatDuration(static_cast<Nanos>(s.avg + 0.5)), roundTo(s.avg / 1e6, 6)),
                      Cell::ms(s.self)});
    }
    if (options.format() == OutputFormat::Table)
        std::cout << "Top " << shown << " Most Called Functions (run " << run->run.id << "):\n\n";
    table.print(std::cout, options.format());
    return kExitOk;
}

} // namespace breadcrumb::cli
