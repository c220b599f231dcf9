// `breadcrumb get [RUN]`: the run's call tree (calls aggregated by call path), collapsed to the hot
// paths when the tree is big.

#include "ArgParser.h"
#include "CallTree.h"
#include "CliError.h"
#include "Commands.h"
#include "FunctionLookup.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceOptions.h"

#include <charconv>
#include <cstdio>
#include <iostream>
#include <limits>
#include <unordered_set>

namespace breadcrumb::cli {

namespace {

struct TreePrinter
{
    const RunData& run;
    const CallTree& tree;
    Nanos minTime = 0;                         // nodes below this are folded into "[+N more]"
    std::size_t maxDepth = 0;                  // 0 = unlimited
    std::unordered_set<std::uint32_t> hotPath; // always shown
    OutputFormat format = OutputFormat::Table;
    Table* flat = nullptr; // csv rows

    double percent(Nanos ns) const
    {
        return tree.total() > 0 ? 100.0 * static_cast<double>(ns) / static_cast<double>(tree.total()) : 0.0;
    }

    bool visible(std::uint32_t index) const
    {
        return hotPath.count(index) || tree.node(index).inclusive >= minTime;
    }

    void printLine(const std::string& prefix, const std::string& branch, std::uint32_t index,
                   std::size_t depth) const
    {
        const CallTreeNode& node = tree.node(index);
        char figures[64];
        std::snprintf(figures, sizeof figures, "%11s %6s %7lld  ", formatDuration(node.inclusive).c_str(),
                      formatPercent(percent(node.inclusive)).c_str(), static_cast<long long>(node.calls));
        std::cout << figures << prefix << branch
                  << run.displayName(static_cast<std::uint32_t>(node.function));
        if (node.self > 0 && !node.children.empty())
            std::cout << "  (self " << formatDuration(node.self) << ")";
        std::cout << '\n';
        (void)depth;
    }

    // Text: box-drawing tree. `prefix` is the guide for this node's children.
    void printChildren(std::uint32_t index, const std::string& prefix, std::size_t depth) const
    {
        const CallTreeNode& node = tree.node(index);
        std::vector<std::uint32_t> shown;
        std::int64_t hiddenCount = 0;
        Nanos hiddenTime = 0;
        for (std::uint32_t child : node.children) {
            if (visible(child) && (maxDepth == 0 || depth < maxDepth)) {
                shown.push_back(child);
            } else {
                ++hiddenCount;
                hiddenTime += tree.node(child).inclusive;
            }
        }
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const bool last = i + 1 == shown.size() && hiddenCount == 0;
            printLine(prefix, depth == 0 ? "" : (last ? "└─ " : "├─ "), shown[i], depth);
            printChildren(shown[i], depth == 0 ? "" : prefix + (last ? "   " : "│  "), depth + 1);
        }
        if (hiddenCount > 0) {
            char figures[64];
            std::snprintf(figures, sizeof figures, "%11s %6s %7s  ", formatDuration(hiddenTime).c_str(),
                          formatPercent(percent(hiddenTime)).c_str(), "");
            std::cout << figures << prefix << (depth == 0 ? "" : "└─ ") << "[+" << hiddenCount << " more "
                      << (hiddenCount == 1 ? "path" : "paths") << "]\n";
        }
    }

    Json toJson(std::uint32_t index, std::size_t depth) const
    {
        const CallTreeNode& node = tree.node(index);
        Json children = Json::array();
        std::int64_t hidden = 0;
        for (std::uint32_t child : node.children) {
            if (visible(child) && (maxDepth == 0 || depth < maxDepth))
                children.push_back(toJson(child, depth + 1));
            else
                ++hidden;
        }
        Json out = Json::object();
        if (node.function >= 0) {
            out["function"] = run.displayName(static_cast<std::uint32_t>(node.function));
            out["module"] = run.functions[static_cast<std::size_t>(node.function)].module;
        } else {
            out["function"] = "<root>";
        }
        out["calls"] = node.calls;
        out["total_ms"] = nsToMs(node.inclusive);
        out["self_ms"] = nsToMs(node.self);
        out["percent"] = roundTo(percent(node.inclusive), 3);
        out["children"] = std::move(children);
        if (hidden > 0)
            out["hidden_children"] = hidden;
        return out;
    }

    void addRows(std::uint32_t index, std::size_t depth, const std::string& path) const
    {
        for (std::uint32_t child : tree.node(index).children) {
            if (!visible(child) || (maxDepth != 0 && depth >= maxDepth))
                continue;
            const CallTreeNode& node = tree.node(child);
            const std::string name = run.displayName(static_cast<std::uint32_t>(node.function));
            const std::string childPath = path.empty() ? name : path + ";" + name;
            flat->addRow({Cell::number(static_cast<std::int64_t>(depth)), name, childPath,
                          Cell::number(node.calls), Cell::ms(node.inclusive), Cell::ms(node.self),
                          Cell(formatPercent(percent(node.inclusive)), roundTo(percent(node.inclusive), 3))});
            addRows(child, depth + 1, childPath);
        }
    }
};

} // namespace

int getCommand(const Args& args)
{
    ArgParser parser("get", "Show a run's call tree: time per call path, largest first.");
    parser.setUsage("[RUN] [options]");
    parser.setDescription(
        "Calls are aggregated by call path (main -> process_data -> slow_function): each line shows the "
        "path's total time (while its calls are on the stack; a generator or coroutine only while it runs), "
        "its share of the traced time (the threads' traced time summed), how many calls it stands for, and "
        "the function. Self time is added where a function has callees: self + the children's totals = the "
        "total. Threads are merged by call path, their times summed. Trees with more than --max-nodes paths "
        "are collapsed to the hot paths: branches below --min-percent of the run are folded into "
        "\"[+N more paths]\" lines, but the hottest path is always shown in full. RUN defaults to the newest "
        "run (same as --run).");
    parser.addOption("--min-percent", "P",
                     "Fold paths below P% of the traced time (default: 1 for big trees, else 0).");
    parser.addOption("--max-nodes", "N", "Trees with up to N paths are shown in full.", "150");
    parser.addOption("--depth", "N", "Show at most N levels; 0 = all.", "0");
    parser.addFlag("--full", "Show every path (same as --min-percent 0).");
    parser.addOption("--thread", "THREAD", "Only the calls of one thread (its name, OS thread id or ident).");
    TraceOptions::addTo(parser, TraceOptions::Run | TraceOptions::Format);
    parser.setPositionals(0, 1);
    parser.addExample("breadcrumb get", "The call tree of the newest run.");
    parser.addExample("breadcrumb get 3 --depth 4", "Run 3, four levels deep.");
    parser.addExample("breadcrumb get --min-percent 5 --format json", "Paths of at least 5% as nested JSON.");
    if (!parser.parse(args))
        return kExitOk;
    const TraceOptions options(parser);
    std::optional<std::int64_t> runArg;
    if (!parser.positionals().empty()) {
        const std::string& text = parser.positionals().front();
        std::int64_t id = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{} || ptr != text.data() + text.size() || id < 1)
            parser.fail("RUN must be a run id (see 'breadcrumb list'), not '" + text + "'");
        runArg = id;
    }
    const auto maxNodes = *parser.intValue("max-nodes", 0, std::numeric_limits<int>::max());
    const auto maxDepth = static_cast<std::size_t>(*parser.intValue("depth", 0, 100000));
    auto minPercent = parser.doubleValue("min-percent", 0, 100);

    auto reader = options.open();
    const std::int64_t runId = runArg ? reader->run(*runArg).id : options.selectRun(*reader);
    const auto run = reader->loadRun(runId);
    if (run->calls.empty())
        throw NoResults("run " + std::to_string(runId) + " has no calls");
    const CallTree tree =
        CallTree::build(*run, CallTree::Direction::TopDown, nullptr, resolveThread(*run, parser.value("thread")));
    const bool big = tree.size() - 1 > static_cast<std::size_t>(maxNodes);
    if (parser.has("full"))
        minPercent = 0.0;
    const double percent = minPercent.value_or(big ? 1.0 : 0.0);

    TreePrinter printer{*run, tree, 0, 0, {}, OutputFormat::Table, nullptr};
    printer.minTime = static_cast<Nanos>(static_cast<double>(tree.total()) * percent / 100.0);
    printer.maxDepth = maxDepth;
    for (std::uint32_t index : tree.hotPath())
        printer.hotPath.insert(index);

    switch (options.format()) {
    case OutputFormat::Json: {
        Json out = {{"run_id", run->run.id},
                    {"command", run->run.commandLine},
                    {"calls", run->calls.size()},
                    {"total_ms", nsToMs(tree.total())},
                    {"min_percent", percent}};
        out["tree"] = printer.toJson(0, 0)["children"];
        std::cout << dumpJson(out) << '\n';
        return kExitOk;
    }
    case OutputFormat::Csv: {
        Table flat({{"depth", "depth"},
                    {"function", "function"},
                    {"path", "path"},
                    {"calls", "calls"},
                    {"total", "total_ms"},
                    {"self", "self_ms"},
                    {"percent", "percent"}});
        printer.flat = &flat;
        printer.addRows(0, 0, {});
        flat.printCsv(std::cout);
        return kExitOk;
    }
    case OutputFormat::Table:
        break;
    }
    std::cout << "Run " << run->run.id << (run->run.commandLine.empty() ? "" : ": " + run->run.commandLine)
              << '\n';
    std::cout << "Call tree: " << plural(static_cast<std::int64_t>(run->calls.size()), "call") << ", "
              << plural(static_cast<std::int64_t>(tree.size() - 1), "path") << ", "
              << formatDuration(tree.total()) << " traced";
    if (tree.thread() != kAllThreads)
        std::cout << " on " << run->threads[static_cast<std::size_t>(tree.thread())].name;
    else if (run->threads.size() > 1)
        std::cout << " (" << run->threads.size() << " threads summed)";
    if (percent > 0)
        std::cout << "; paths below " << formatPercent(percent) << " folded (--full shows all)";
    std::cout << "\n\n";
    std::printf("%11s %6s %7s  %s\n", "total", "%", "calls", "function");
    std::fflush(stdout);
    printer.printChildren(0, "", 0);
    return kExitOk;
}

} // namespace breadcrumb::cli
