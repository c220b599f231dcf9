// `breadcrumb get [RUN]`: the run's call tree (calls aggregated by call path), collapsed to the hot
// paths when the tree is big.

#include "CallTree.h"
#include "CliError.h"
#include "CommandLine.h"
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

// Trees can be as deep as a recursion (tens of thousands of levels): every walk below is iterative, and
// what a line carries of its ancestors (tree guides, JSON indentation, the CSV path) is capped, so the
// output grows linearly with the number of paths, not with paths x depth.
constexpr std::size_t kMaxGuides = 64;    // tree guides and JSON indentation levels drawn at most
constexpr std::size_t kMaxPathNames = 64; // names of the CSV path column at most (the last ones)

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

    // A node's children split into the ones shown (in order) and a folded remainder.
    struct Children
    {
        std::vector<std::uint32_t> shown;
        std::int64_t hiddenCount = 0;
        Nanos hiddenTime = 0;
    };
    Children childrenOf(std::uint32_t index, std::size_t depth) const
    {
        Children out;
        for (std::uint32_t child : tree.node(index).children) {
            if (visible(child) && (maxDepth == 0 || depth < maxDepth)) {
                out.shown.push_back(child);
            } else {
                ++out.hiddenCount;
                out.hiddenTime += tree.node(child).inclusive;
            }
        }
        return out;
    }

    std::string name(std::uint32_t index) const
    {
        return run.displayName(static_cast<std::uint32_t>(tree.node(index).function));
    }

    // Text: box-drawing tree. guides[k] is the guide column of level k + 2 ("│  " or "   "); past
    // kMaxGuides levels only the nearest ones are drawn, after the level number.
    static std::string prefix(const std::vector<const char*>& guides)
    {
        std::string out;
        std::size_t first = 0;
        if (guides.size() > kMaxGuides) {
            first = guides.size() - kMaxGuides;
            out = "[depth " + std::to_string(guides.size() + 1) + "] ";
        }
        for (std::size_t k = first; k < guides.size(); ++k)
            out += guides[k];
        return out;
    }

    void printLine(const std::string& guide, const char* branch, std::uint32_t index) const
    {
        const CallTreeNode& node = tree.node(index);
        char figures[64];
        std::snprintf(figures, sizeof figures, "%11s %6s %7lld  ", formatDuration(node.inclusive).c_str(),
                      formatPercent(percent(node.inclusive)).c_str(), static_cast<long long>(node.calls));
        std::cout << figures << guide << branch << oneLine(name(index));
        if (node.self > 0 && !node.children.empty())
            std::cout << "  (self " << formatDuration(node.self) << ")";
        std::cout << '\n';
    }

    void printHidden(const std::string& guide, std::size_t depth, const Children& children) const
    {
        char figures[64];
        std::snprintf(figures, sizeof figures, "%11s %6s %7s  ", formatDuration(children.hiddenTime).c_str(),
                      formatPercent(percent(children.hiddenTime)).c_str(), "");
        std::cout << figures << guide << (depth == 0 ? "" : "└─ ") << "[+" << children.hiddenCount << " more "
                  << (children.hiddenCount == 1 ? "path" : "paths") << "]\n";
    }

    void printTree() const
    {
        struct Frame
        {
            std::size_t depth;
            Children children;
            std::size_t next = 0;
            bool guided = false; // pushed a guide column
        };
        std::vector<Frame> stack;
        std::vector<const char*> guides;
        stack.push_back({0, childrenOf(0, 0)});
        while (!stack.empty()) {
            Frame& top = stack.back();
            const std::string guide = prefix(guides);
            if (top.next < top.children.shown.size()) {
                const std::uint32_t child = top.children.shown[top.next++];
                const bool last = top.next == top.children.shown.size() && top.children.hiddenCount == 0;
                const std::size_t depth = top.depth;
                printLine(guide, depth == 0 ? "" : (last ? "└─ " : "├─ "), child);
                if (depth > 0)
                    guides.push_back(last ? "   " : "│  ");
                stack.push_back({depth + 1, childrenOf(child, depth + 1), 0, depth > 0});
                continue;
            }
            if (top.children.hiddenCount > 0)
                printHidden(guide, top.depth, top.children);
            if (top.guided)
                guides.pop_back();
            stack.pop_back();
        }
    }

    // JSON, streamed: the same document dumpJson() would write for {"tree": [...]}, with the indentation
    // capped at kMaxGuides levels (still valid JSON) so deep trees stay linear in size.
    static std::string indent(std::size_t level) { return std::string(2 * std::min(level, kMaxGuides), ' '); }
    static std::string scalar(const Json& value)
    {
        return value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }

    void writeNodeHead(std::ostream& out, std::uint32_t index, std::size_t level) const
    {
        const CallTreeNode& node = tree.node(index);
        const std::string in = indent(level + 1);
        out << indent(level) << "{\n";
        if (node.function >= 0) {
            out << in << "\"function\": " << scalar(name(index)) << ",\n";
            out << in
                << "\"module\": " << scalar(run.functions[static_cast<std::size_t>(node.function)].module)
                << ",\n";
        } else {
            out << in << "\"function\": \"<root>\",\n";
        }
        out << in << "\"calls\": " << scalar(node.calls) << ",\n";
        out << in << "\"total_ms\": " << scalar(nsToMs(node.inclusive)) << ",\n";
        out << in << "\"self_ms\": " << scalar(nsToMs(node.self)) << ",\n";
        out << in << "\"percent\": " << scalar(roundTo(percent(node.inclusive), 3)) << ",\n";
        out << in << "\"children\": ";
    }

    // Writes the children array of the root at `level` (the value of "tree").
    void writeJsonTree(std::ostream& out, std::size_t level) const
    {
        struct Frame
        {
            std::size_t depth;
            std::size_t level; // indentation level of the children array's elements
            Children children;
            std::size_t next = 0;
        };
        std::vector<Frame> stack;
        Children top = childrenOf(0, 0);
        if (top.shown.empty()) {
            out << "[]";
            return;
        }
        out << "[\n";
        stack.push_back({0, level + 1, std::move(top)});
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next < f.children.shown.size()) {
                if (f.next > 0)
                    out << ",\n";
                const std::uint32_t child = f.children.shown[f.next++];
                writeNodeHead(out, child, f.level);
                Children grandchildren = childrenOf(child, f.depth + 1);
                if (grandchildren.shown.empty()) {
                    out << "[]";
                    closeNode(out, f.level, grandchildren.hiddenCount);
                } else {
                    out << "[\n";
                    const std::size_t depth = f.depth + 1, childLevel = f.level + 2;
                    stack.push_back({depth, childLevel, std::move(grandchildren)});
                }
                continue;
            }
            // the array closes one level out; its owner node two levels out
            out << '\n' << indent(f.level - 1) << ']';
            const std::int64_t hidden = f.children.hiddenCount;
            const std::size_t ownerLevel = f.level - 2;
            const bool isRoot = stack.size() == 1;
            stack.pop_back();
            if (!isRoot)
                closeNode(out, ownerLevel, hidden);
        }
    }

    static void closeNode(std::ostream& out, std::size_t level, std::int64_t hidden)
    {
        if (hidden > 0)
            out << ",\n" << indent(level + 1) << "\"hidden_children\": " << hidden;
        out << '\n' << indent(level) << '}';
    }

    // CSV: one row per shown path, in tree order.
    void addRows() const
    {
        std::vector<std::pair<std::uint32_t, std::size_t>> stack; // (node, depth)
        std::vector<std::string> names;                           // names[d]: the path's name at depth d
        const Children top = childrenOf(0, 0);
        for (auto it = top.shown.rbegin(); it != top.shown.rend(); ++it)
            stack.emplace_back(*it, 0);
        while (!stack.empty()) {
            const auto [index, depth] = stack.back();
            stack.pop_back();
            const CallTreeNode& node = tree.node(index);
            names.resize(depth);
            names.push_back(name(index));
            std::string path = names.size() > kMaxPathNames ? "..." : "";
            for (std::size_t k = names.size() > kMaxPathNames ? names.size() - kMaxPathNames : 0;
                 k < names.size(); ++k)
                path += (path.empty() ? "" : ";") + names[k];
            flat->addRow({Cell::number(static_cast<std::int64_t>(depth)), names.back(), path,
                          Cell::number(node.calls), Cell::ms(node.inclusive), Cell::ms(node.self),
                          Cell(formatPercent(percent(node.inclusive)), roundTo(percent(node.inclusive), 3))});
            const Children children = childrenOf(index, depth + 1);
            for (auto it = children.shown.rbegin(); it != children.shown.rend(); ++it)
                stack.emplace_back(*it, depth + 1);
        }
    }
};

} // namespace

int getCommand(const Args& args)
{
    CLI::App app("Show a run's call tree: time per call path, largest first.", "get");
    HelpFormatter& help = setUpCommand(app, "[RUN] [options]");
    help.setDescription(
        "Calls are aggregated by call path (main -> process_data -> slow_function): each line shows the "
        "path's total time (while its calls are on the stack; a generator or coroutine only while it runs), "
        "its share of the traced time (the threads' traced time summed), how many calls it stands for, and "
        "the function. Self time is added where a function has callees: self + the children's totals = the "
        "total. Threads are merged by call path, their times summed. Trees with more than --max-nodes paths "
        "are collapsed to the hot paths: branches below --min-percent of the run are folded into "
        "\"[+N more paths]\" lines, but the hottest path is always shown in full. RUN defaults to the newest "
        "run (same as --run). In deep recursion the tree guides stop growing after 64 levels and such lines "
        "start with their depth (\"[depth 900]\"); the CSV path column keeps the last 64 names after "
        "\"...\".");
    std::optional<double> minPercent;
    app.add_option("--min-percent", minPercent,
                   "Fold paths below P% of the traced time (default: 1 for big trees, else 0).")
        ->type_name("P")
        ->check(number(0, 100));
    std::size_t maxNodes = 150;
    app.add_option("--max-nodes", maxNodes, "Trees with up to N paths are shown in full.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, std::numeric_limits<int>::max()));
    std::size_t maxDepth = 0;
    app.add_option("--depth", maxDepth, "Show at most N levels; 0 = all.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, 100000));
    bool full = false;
    app.add_flag("--full", full, "Show every path (same as --min-percent 0).");
    std::string thread;
    app.add_option("--thread", thread, "Only the calls of one thread (its name, OS thread id or ident).")
        ->type_name("THREAD");
    const TraceOptions options(app, TraceOptions::Run | TraceOptions::Format);
    std::vector<std::string> positionals;
    app.add_option("RUN", positionals)->expected(0, 1);
    help.addExample("breadcrumb get", "The call tree of the newest run.");
    help.addExample("breadcrumb get 3 --depth 4", "Run 3, four levels deep.");
    help.addExample("breadcrumb get --min-percent 5 --format json", "Paths of at least 5% as nested JSON.");
    if (!parseCommandLine(app, args))
        return kExitOk;
    std::optional<std::int64_t> runArg;
    if (!positionals.empty()) {
        const std::string& text = positionals.front();
        std::int64_t id = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{} || ptr != text.data() + text.size() || id < 1)
            usageError(app, "RUN must be a run id (see 'breadcrumb list'), not '" + text + "'");
        runArg = id;
    }

    auto reader = options.open();
    const std::int64_t runId = runArg ? reader->run(*runArg).id : options.selectRun(*reader);
    const auto run = reader->loadRun(runId);
    if (run->calls.empty())
        throw NoResults("run " + std::to_string(runId) + " has no calls");
    const CallTree tree =
        CallTree::build(*run, CallTree::Direction::TopDown, nullptr, resolveThread(*run, thread));
    const bool big = tree.size() - 1 > maxNodes;
    if (full)
        minPercent = 0.0;
    const double percent = minPercent.value_or(big ? 1.0 : 0.0);

    TreePrinter printer{*run, tree, 0, 0, {}, OutputFormat::Table, nullptr};
    printer.minTime = static_cast<Nanos>(static_cast<double>(tree.total()) * percent / 100.0);
    printer.maxDepth = maxDepth;
    for (std::uint32_t index : tree.hotPath())
        printer.hotPath.insert(index);

    switch (options.format()) {
    case OutputFormat::Json: {
        const Json head = {{"run_id", run->run.id},
                           {"command", run->run.commandLine},
                           {"calls", run->calls.size()},
                           {"total_ms", nsToMs(tree.total())},
                           {"min_percent", percent}};
        std::cout << "{\n";
        for (const auto& [key, value] : head.items())
            std::cout << "  " << TreePrinter::scalar(key) << ": " << TreePrinter::scalar(value) << ",\n";
        std::cout << "  \"tree\": ";
        printer.writeJsonTree(std::cout, 1);
        std::cout << "\n}\n";
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
        printer.addRows();
        flat.printCsv(std::cout);
        return kExitOk;
    }
    case OutputFormat::Table:
        break;
    }
    std::cout << "Run " << run->run.id
              << (run->run.commandLine.empty() ? "" : ": " + oneLine(run->run.commandLine)) << '\n';
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
    std::cout << "      total      %   calls  function\n";
    printer.printTree();
    return kExitOk;
}

} // namespace breadcrumb::cli
