#include "CompareRunsTool.h"

#include "ComparisonSummary.h"
#include "RunComparison.h"
#include "TextTable.h"
#include "TraceSession.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace breadcrumb::mcp {

namespace {

std::string signedMs(Nanos ns)
{
    return (ns < 0 ? "-" : "+") + formatMs(std::llabs(ns));
}

std::string percent(std::optional<double> p)
{
    if (!p)
        return "new";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f%%", *p);
    return buf;
}

std::string pText(const ComparisonRow& r)
{
    if (r.basis == ComparisonRow::Basis::TooFewCalls)
        return "few calls";
    if (!r.pValue)
        return "-";
    if (*r.pValue < 0.001)
        return "<0.001";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", *r.pValue);
    return buf;
}

// p to four significant digits, as `breadcrumb compare --format json` gives it.
double roundP(double p)
{
    if (p <= 0)
        return 0;
    const double scale = std::pow(10.0, 3 - std::floor(std::log10(p)));
    return std::round(p * scale) / scale;
}

} // namespace

std::string CompareRunsTool::description() const
{
    return "Compare two runs function by function (matched by module and name) and say what got faster or "
           "slower, "
           "with a verdict per function (slower/faster/unchanged: a Mann-Whitney test on the per-call times, "
           "p < 0.01, for functions with 8+ calls a side, and a noise floor of 0.1 ms and 1% of the run), "
           "its "
           "p value and Cliff's delta, and a summary naming the functions whose own time explains the "
           "change: "
           "calls, total, average and P95 before/after with the change in ms and %, new and vanished "
           "functions, "
           "sorted by the size of the change. Defaults: `after_run_id` = the newest run, `before_run_id` = "
           "the run "
           "before it. `before_trace`/`after_trace` compare runs from different trace files (default: the "
           "served trace).";
}

nlohmann::json CompareRunsTool::inputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"before_run_id",
               {{"type", "integer"},
                {"description", "The baseline run (default: the run before after_run_id)."}}},
              {"after_run_id",
               {{"type", "integer"}, {"description", "The changed run (default: the newest run)."}}},
              {"before_trace",
               {{"type", "string"},
                {"minLength", 1},
                {"description",
                 "Trace file of the baseline run (default: the served trace). Only the served trace "
                 "and the files the server was started with --allow for can be read."}}},
              {"after_trace",
               {{"type", "string"},
                {"minLength", 1},
                {"description", "Trace file of the changed run (default: the served trace)."}}},
              {"limit",
               {{"type", "integer"},
                {"minimum", 1},
                {"maximum", 500},
                {"default", 15},
                {"description", "Maximum functions listed per section (default 15)."}}}}},
            {"additionalProperties", false}};
}

nlohmann::json CompareRunsTool::outputSchema() const
{
    const nlohmann::json rows = {{"type", "array"}, {"items", {{"type", "object"}}}};
    return {{"type", "object"},
            {"properties",
             {{"before", {{"type", "object"}}},
              {"after", {{"type", "object"}}},
              {"total_before_ms", {{"type", "number"}}},
              {"total_after_ms", {{"type", "number"}}},
              {"total_delta_ms", {{"type", "number"}}},
              {"total_delta_percent", {{"type", nlohmann::json::array({"number", "null"})}}},
              {"slower", rows},
              {"faster", rows},
              {"new", rows},
              {"vanished", rows},
              {"unchanged", {{"type", "integer"}}},
              {"summary", {{"type", "object"}}}}},
            {"required", {"before", "after", "total_delta_ms", "slower", "faster", "new", "vanished"}}};
}

ToolResult CompareRunsTool::call(const nlohmann::json& args, TraceSession& session)
{
    const std::string afterPath = args.value("after_trace", session.defaultPath());
    const std::string beforePath = args.value("before_trace", afterPath);
    const std::size_t limit = args.value("limit", 15);

    TraceReader& afterReader = session.reader(afterPath);
    const std::int64_t afterId =
        args.contains("after_run_id") ? args["after_run_id"].get<std::int64_t>() : afterReader.newestRunId();
    afterReader.run(afterId); // NoSuchRun before any heavy work
    std::int64_t beforeId = 0;
    if (args.contains("before_run_id")) {
        beforeId = args["before_run_id"];
    } else if (beforePath != afterPath) {
        beforeId = session.reader(beforePath).newestRunId();
    } else {
        // The run just before `afterId` in the same trace (runs() is newest first).
        std::optional<std::int64_t> previous;
        for (const auto& r : afterReader.runs())
            if (r.id < afterId && (!previous || r.id > *previous))
                previous = r.id;
        if (!previous)
            return ToolResult::failure("run " + std::to_string(afterId) + " is the oldest run in " +
                                       afterPath +
                                       ": nothing to compare it with; pass before_run_id or before_trace");
        beforeId = *previous;
    }
    if (beforeId == afterId && beforePath == afterPath)
        return ToolResult::failure("before and after are the same run (" + std::to_string(afterId) +
                                   "): pick two different runs");

    const auto before = session.loadRun(beforePath, beforeId);
    const auto after = session.loadRun(afterPath, afterId);
    // The same core calls as `breadcrumb compare`: the same verdicts and numbers.
    const auto rows = RunComparison::compare(*before, *after);
    const auto summary = ComparisonSummary::summarize(rows, *before, *after);
    const Nanos totalBefore = summary.totalBefore;
    const Nanos totalAfter = summary.totalAfter;
    const Nanos delta = summary.delta;
    const std::optional<double> deltaPct = summary.deltaPercent;

    auto side = [](const std::optional<FunctionSummary>& s, double ns) {
        return s ? nlohmann::json(toMs(ns)) : nlohmann::json(nullptr);
    };
    auto rowJson = [&](const ComparisonRow& r) {
        return nlohmann::json{
            {"function", r.name},
            {"module", r.module},
            {"calls_before", r.before ? r.before->calls : 0},
            {"calls_after", r.after ? r.after->calls : 0},
            {"total_before_ms", side(r.before, r.before ? static_cast<double>(r.before->total) : 0)},
            {"total_after_ms", side(r.after, r.after ? static_cast<double>(r.after->total) : 0)},
            {"avg_before_ms", side(r.before, r.before ? r.before->avg : 0)},
            {"avg_after_ms", side(r.after, r.after ? r.after->avg : 0)},
            {"p95_before_ms", side(r.before, r.before ? r.before->p95 : 0)},
            {"p95_after_ms", side(r.after, r.after ? r.after->p95 : 0)},
            {"delta_ms", toMs(static_cast<double>(r.deltaTotal))},
            {"delta_percent", r.deltaPercent ? nlohmann::json(std::round(*r.deltaPercent * 10) / 10)
                                             : nlohmann::json(nullptr)},
            {"delta_self_ms", toMs(static_cast<double>(r.deltaSelf))},
            {"verdict", RunComparison::verdictName(r.verdict)},
            {"verdict_basis", RunComparison::basisName(r.basis)},
            {"p_value", r.pValue ? nlohmann::json(roundP(*r.pValue)) : nlohmann::json(nullptr)},
            {"cliffs_delta", r.cliffsDelta ? nlohmann::json(std::round(*r.cliffsDelta * 1e4) / 1e4)
                                           : nlohmann::json(nullptr)}};
    };

    nlohmann::json slower = nlohmann::json::array(), faster = nlohmann::json::array(),
                   added = nlohmann::json::array(), vanished = nlohmann::json::array();
    TextTable slowerTable({"function", "calls", "total before", "total after", "change", "%", "p"});
    TextTable fasterTable({"function", "calls", "total before", "total after", "change", "%", "p"});
    std::string addedText, vanishedText;
    std::int64_t unchanged = 0;
    for (const auto& r : rows) {
        if (r.status == ComparisonRow::Status::New) {
            if (added.size() < limit) {
                added.push_back(rowJson(r));
                addedText += "  " + r.name + ": " + std::to_string(r.after->calls) +
                             (r.after->calls == 1 ? " call, " : " calls, ") + formatMs(r.after->total) + "\n";
            }
            continue;
        }
        if (r.status == ComparisonRow::Status::Vanished) {
            if (vanished.size() < limit) {
                vanished.push_back(rowJson(r));
                vanishedText += "  " + r.name + ": was " + std::to_string(r.before->calls) +
                                (r.before->calls == 1 ? " call, " : " calls, ") + formatMs(r.before->total) +
                                "\n";
            }
            continue;
        }
        if (r.verdict == ComparisonRow::Verdict::Unchanged) {
            ++unchanged;
            continue;
        }
        const bool isSlower = r.verdict == ComparisonRow::Verdict::Slower;
        auto& list = isSlower ? slower : faster;
        auto& table = isSlower ? slowerTable : fasterTable;
        if (list.size() >= limit)
            continue;
        list.push_back(rowJson(r));
        table.addRow({r.name, std::to_string(r.before->calls) + " \u2192 " + std::to_string(r.after->calls),
                      formatMs(r.before->total), formatMs(r.after->total), signedMs(r.deltaTotal),
                      percent(r.deltaPercent), pText(r)});
    }

    const bool sameFile = beforePath == afterPath;
    std::string text = "Comparing run " + std::to_string(beforeId) + (sameFile ? "" : " of " + beforePath) +
                       " (before) with run " + std::to_string(afterId) +
                       (sameFile ? "" : " of " + afterPath) + " (after)" +
                       (sameFile ? " in " + afterPath : "") + ".\n" +
                       "Traced time: " + formatMs(totalBefore) + " \u2192 " + formatMs(totalAfter) + " (" +
                       signedMs(delta) + (deltaPct ? ", " + percent(deltaPct) : "") + "): the after run is " +
                       (delta < 0   ? "faster"
                        : delta > 0 ? "slower"
                                    : "as fast") +
                       ".\n";
    if (summary.differentPrograms)
        text += "Warning: " + summary.warningText() + "\n";
    text += "Before: " + (summary.commandBefore.empty() ? std::string("-") : summary.commandBefore) + "\n" +
            "After:  " + (summary.commandAfter.empty() ? std::string("-") : summary.commandAfter) + "\n" +
            summary.countsText() + ", " + std::to_string(summary.unchanged) + " unchanged.\n";
    nlohmann::json explaining = nlohmann::json::array();
    if (!summary.explaining.empty()) {
        text += "Most of the change is the own (self) time of:";
        for (std::size_t i : summary.explaining) {
            text += " " + rows[i].name + " (" + signedMs(rows[i].deltaSelf) + ")";
            explaining.push_back({{"function", rows[i].name},
                                  {"module", rows[i].module},
                                  {"delta_self_ms", toMs(static_cast<double>(rows[i].deltaSelf))}});
        }
        text += "\n";
    }
    text += "\nSlower (" + std::to_string(slower.size()) + "):\n" +
            (slower.empty() ? "  none\n" : slowerTable.render());
    text += "\nFaster (" + std::to_string(faster.size()) + "):\n" +
            (faster.empty() ? "  none\n" : fasterTable.render());
    if (!added.empty())
        text += "\nNew in the after run:\n" + addedText;
    if (!vanished.empty())
        text += "\nGone from the after run:\n" + vanishedText;
    if (unchanged)
        text += "\n" + std::to_string(unchanged) + " function" + (unchanged == 1 ? "" : "s") +
                " unchanged (under the noise floor of 0.1ms and 1% of the run, or no significant change).\n";

    auto runRef = [](const std::string& path, const RunData& run) {
        nlohmann::json j = runJson(run.run);
        j["trace"] = path;
        return j;
    };
    nlohmann::json out = {{"before", runRef(beforePath, *before)},
                          {"after", runRef(afterPath, *after)},
                          {"total_before_ms", toMs(static_cast<double>(totalBefore))},
                          {"total_after_ms", toMs(static_cast<double>(totalAfter))},
                          {"total_delta_ms", toMs(static_cast<double>(delta))},
                          {"total_delta_percent", deltaPct ? nlohmann::json(std::round(*deltaPct * 10) / 10)
                                                           : nlohmann::json(nullptr)},
                          {"slower", std::move(slower)},
                          {"faster", std::move(faster)},
                          {"new", std::move(added)},
                          {"vanished", std::move(vanished)},
                          {"unchanged", unchanged},
                          {"summary",
                           {{"faster", summary.faster},
                            {"slower", summary.slower},
                            {"new", summary.added},
                            {"gone", summary.gone},
                            {"unchanged", summary.unchanged},
                            {"explaining", std::move(explaining)},
                            {"command_before", summary.commandBefore},
                            {"command_after", summary.commandAfter},
                            {"different_programs", summary.differentPrograms},
                            {"warning", summary.differentPrograms ? nlohmann::json(summary.warningText())
                                                                  : nlohmann::json(nullptr)}}}};
    return {boundText(std::move(text)), std::move(out), false};
}

} // namespace breadcrumb::mcp
