#include "GetTraceTool.h"

#include "TraceSession.h"

#include <cmath>
#include <queue>

namespace breadcrumb::mcp {

namespace {

struct Renderer
{
    const RunData& run;
    const CallTree& tree;
    const std::vector<bool>& shown;
    std::string text;

    std::string label(std::uint32_t index) const
    {
        const auto& n = tree.node(index);
        const double total = static_cast<double>(tree.total());
        std::string s =
            n.function < 0 ? std::string("<root>") : run.displayName(static_cast<std::uint32_t>(n.function));
        s += "  " + formatMs(n.inclusive);
        if (total > 0)
            s += " (" +
                 std::to_string(
                     static_cast<int>(std::lround(100.0 * static_cast<double>(n.inclusive) / total))) +
                 "%)";
        s += "  self " + formatMs(n.self) + "  \u00d7" + std::to_string(n.calls);
        return s;
    }

    nlohmann::json node(std::uint32_t index, const std::string& prefix, int depth)
    {
        const auto& n = tree.node(index);
        nlohmann::json j = {{"function", n.function < 0
                                             ? std::string("<root>")
                                             : run.displayName(static_cast<std::uint32_t>(n.function))},
                            {"calls", n.calls},
                            {"total_ms", std::round(static_cast<double>(n.inclusive) / 1e3) / 1e3},
                            {"self_ms", std::round(static_cast<double>(n.self) / 1e3) / 1e3}};
        std::vector<std::uint32_t> visible;
        std::int64_t hiddenCount = 0;
        Nanos hiddenTime = 0;
        for (auto c : n.children) {
            if (shown[c])
                visible.push_back(c);
            else
                ++hiddenCount, hiddenTime += tree.node(c).inclusive;
        }
        nlohmann::json children = nlohmann::json::array();
        for (std::size_t i = 0; i < visible.size(); ++i) {
            const bool last = i + 1 == visible.size() && hiddenCount == 0;
            text += prefix + (last ? "\u2514\u2500 " : "\u251c\u2500 ") + label(visible[i]) + "\n";
            children.push_back(node(visible[i], prefix + (last ? "   " : "\u2502  "), depth + 1));
        }
        if (hiddenCount > 0) {
            text += prefix + "\u2514\u2500 \u2026 " + std::to_string(hiddenCount) + " more path" +
                    (hiddenCount == 1 ? "" : "s") + " (" + formatMs(hiddenTime) + ")\n";
            j["omitted_children"] = hiddenCount;
            j["omitted_ms"] = std::round(static_cast<double>(hiddenTime) / 1e3) / 1e3;
        }
        if (!children.empty())
            j["children"] = std::move(children);
        return j;
    }
};

} // namespace

std::string GetTraceTool::description() const
{
    return "Show a run's call tree (newest run unless `run_id`): calls aggregated by call path with total "
           "time, "
           "self time and call count, the heaviest paths first, plus the hot path from the top to the most "
           "expensive "
           "leaf. Large runs are cut to the `max_nodes` heaviest paths; what is left out is summarised per "
           "parent.";
}

nlohmann::json GetTraceTool::inputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"run_id", {{"type", "integer"}, {"description", "Run to show (default: the newest run)."}}},
              {"max_nodes",
               {{"type", "integer"},
                {"minimum", 5},
                {"maximum", 2000},
                {"default", 150},
                {"description", "Maximum call paths shown (default 150); the heaviest are kept."}}},
              {"max_depth",
               {{"type", "integer"},
                {"minimum", 1},
                {"maximum", 200},
                {"default", 40},
                {"description", "Deepest nesting level shown (default 40)."}}}}},
            {"additionalProperties", false}};
}

nlohmann::json GetTraceTool::outputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"run", {{"type", "object"}}},
              {"total_ms", {{"type", "number"}}},
              {"paths_total", {{"type", "integer"}}},
              {"paths_shown", {{"type", "integer"}}},
              {"hot_path", {{"type", "array"}, {"items", {{"type", "string"}}}}},
              {"tree", {{"type", "object"}}}}},
            {"required", {"run", "total_ms", "paths_total", "paths_shown", "hot_path", "tree"}}};
}

ToolResult GetTraceTool::call(const nlohmann::json& args, TraceSession& session)
{
    std::optional<std::int64_t> runId;
    if (args.contains("run_id"))
        runId = args["run_id"].get<std::int64_t>();
    const auto run = session.loadRun({}, runId);
    if (run->calls.empty())
        return ToolResult::failure("run " + std::to_string(run->run.id) +
                                   " recorded no calls: there is no call tree");
    const std::size_t maxNodes = args.value("max_nodes", 150);
    const std::uint32_t maxDepth = args.value("max_depth", 40);
    const CallTree tree = CallTree::build(*run, CallTree::Direction::TopDown, session.cancelFlag());

    // Keep the heaviest paths: expanding from the root by inclusive time yields a set closed under parents.
    std::vector<bool> shown(tree.size(), false);
    std::vector<std::uint32_t> depthOf(tree.size(), 0);
    auto heavier = [&](std::uint32_t a, std::uint32_t b) {
        return tree.node(a).inclusive < tree.node(b).inclusive;
    };
    std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, decltype(heavier)> frontier(heavier);
    std::size_t count = 0;
    if (tree.size() > 0) {
        shown[0] = true;
        for (auto c : tree.node(0).children)
            depthOf[c] = 1, frontier.push(c);
    }
    while (!frontier.empty() && count < maxNodes) {
        const auto index = frontier.top();
        frontier.pop();
        shown[index] = true;
        ++count;
        if (depthOf[index] < maxDepth)
            for (auto c : tree.node(index).children)
                depthOf[c] = depthOf[index] + 1, frontier.push(c);
    }

    std::string text = runHeadline(run->run) +
                       "\n\nCall tree (total, share of the traced time, self, calls), heaviest first:\n";
    Renderer r{*run, tree, shown, {}};
    nlohmann::json root = r.node(0, "", 0);
    text += r.text;

    nlohmann::json hot = nlohmann::json::array();
    std::string hotText;
    for (auto index : tree.hotPath()) {
        if (tree.node(index).function < 0)
            continue;
        const std::string n = run->displayName(static_cast<std::uint32_t>(tree.node(index).function));
        hot.push_back(n);
        hotText += (hotText.empty() ? "" : " \u2192 ") + n;
    }
    text += "\nHot path: " + (hotText.empty() ? std::string("(empty)") : hotText) + "\n";
    if (count + 1 < tree.size())
        text += "Showing " + std::to_string(count) + " of " + std::to_string(tree.size() - 1) +
                " call paths; raise max_nodes or use breadcrumb__analyze_performance with `function` for "
                "detail.\n";

    nlohmann::json out = {{"run", runJson(run->run)},
                          {"total_ms", std::round(static_cast<double>(tree.total()) / 1e3) / 1e3},
                          {"paths_total", tree.size() > 0 ? tree.size() - 1 : 0},
                          {"paths_shown", count},
                          {"hot_path", std::move(hot)},
                          {"tree", std::move(root)}};
    return {boundText(std::move(text)), std::move(out), false};
}

} // namespace breadcrumb::mcp
