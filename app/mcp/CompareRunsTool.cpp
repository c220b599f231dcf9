#include "CompareRunsTool.h"

#include "ComparedRuns.h"
#include "Table.h"
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
           "the run before it. `before_runs`/`after_runs` pool several runs a side (\"1-5\", \"all\", "
           "\"before.db:1-5\"), as `breadcrumb compare` does. `before_trace`/`after_trace` compare runs from "
           "different trace files (default: the "
           "served trace).";
}

nlohmann::json CompareRunsTool::inputSchema() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"before_run_id",
           {{"type", "integer"},
            {"description", "The baseline run (default: the run before after_run_id)."}}},
          {"after_run_id",
           {{"type", "integer"}, {"description", "The changed run (default: the newest run)."}}},
          {"before_runs",
           {{"type", "string"},
            {"minLength", 1},
            {"description",
             "The baseline as `breadcrumb compare` takes it, instead of before_run_id: RUN, FIRST-LAST or "
             "all (runs of before_trace), or FILE, FILE:RUN, FILE:FIRST-LAST, FILE:all. Several runs are "
             "pooled: their calls are compared together and times are per-run means."}}},
          {"after_runs",
           {{"type", "string"},
            {"minLength", 1},
            {"description",
             "The changed side, as before_runs (runs of after_trace), instead of after_run_id."}}},
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
    for (const char* side : {"before", "after"})
        if (args.contains(std::string(side) + "_runs") && args.contains(std::string(side) + "_run_id"))
            return ToolResult::failure(std::string("pass either ") + side + "_runs or " + side +
                                       "_run_id, not both");

    // A side named by `*_runs` is parsed as `breadcrumb compare` parses BEFORE and AFTER (core's RunRef).
    auto loadSide = [&](const RunRef& ref) {
        const TraceReader& reader = session.reader(ref.file);
        return ComparedSide::load(ref, reader,
                                  [&](std::int64_t id) { return session.loadRun(ref.file, id); });
    };
    std::optional<ComparedSide> afterSide;
    std::int64_t afterId = 0;
    if (args.contains("after_runs")) {
        afterSide = loadSide(RunRef::parse(args["after_runs"].get<std::string>(), afterPath));
        afterId = afterSide->runs.front()->run.id; // a default before side ends before it
    } else {
        TraceReader& afterReader = session.reader(afterPath);
        afterId = args.contains("after_run_id") ? args["after_run_id"].get<std::int64_t>()
                                                : afterReader.newestRunId();
        afterReader.run(afterId); // NoSuchRun before any heavy work
    }
    RunRef beforeRef;
    if (args.contains("before_runs")) {
        beforeRef = RunRef::parse(args["before_runs"].get<std::string>(), beforePath);
    } else if (args.contains("before_run_id")) {
        beforeRef.file = beforePath;
        beforeRef.run = args["before_run_id"].get<std::int64_t>();
    } else if (beforePath != afterPath) {
        beforeRef.file = beforePath; // its newest run
    } else {
        // The run just before `afterId` in the same trace (runs() is newest first).
        std::optional<std::int64_t> previous;
        for (const auto& r : session.reader(afterPath).runs())
            if (r.id < afterId && (!previous || r.id > *previous))
                previous = r.id;
        if (!previous)
            return ToolResult::failure("run " + std::to_string(afterId) + " is the oldest run in " +
                                       afterPath +
                                       ": nothing to compare it with; pass before_run_id or before_trace");
        beforeRef.file = beforePath;
        beforeRef.run = *previous;
    }
    if (!afterSide) {
        RunRef afterRef;
        afterRef.file = afterPath;
        afterRef.run = afterId;
        if (beforeRef.file == afterPath && beforeRef.run == afterId && !beforeRef.isSeveral())
            return ToolResult::failure("before and after are the same run (" + std::to_string(afterId) +
                                       "): pick two different runs");
        afterSide = loadSide(afterRef);
    }

    // The same core calls as `breadcrumb compare`: the same verdicts and numbers.
    const ComparedRuns comparison = ComparedRuns::compare(loadSide(beforeRef), std::move(*afterSide));
    if (comparison.sameRuns())
        return ToolResult::failure("before and after are the same runs: pick two different runs");
    const auto& rows = comparison.rows;
    const auto& summary = comparison.summary;
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
    const std::vector<std::string> headers{"function", "calls", "total before", "total after", "change",
                                           "%",        "p"};
    Table slowerTable = Table::withHeaders(headers);
    Table fasterTable = Table::withHeaders(headers);
    slowerTable.setMaxCellWidth(80);
    fasterTable.setMaxCellWidth(80);
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

    const std::string& beforeFile = comparison.before.file;
    const std::string& afterFile = comparison.after.file;
    const bool sameFile = beforeFile == afterFile;
    auto runs = [](const ComparedSide& side) {
        if (!side.pooled())
            return "run " + std::to_string(side.runs.front()->run.id);
        return std::to_string(side.runs.size()) + " runs (" + std::to_string(side.runs.front()->run.id) +
               "-" + std::to_string(side.runs.back()->run.id) + ", calls pooled)";
    };
    const bool pooled = comparison.before.pooled() || comparison.after.pooled();
    std::string text = "Comparing " + runs(comparison.before) + (sameFile ? "" : " of " + beforeFile) +
                       " (before) with " + runs(comparison.after) + (sameFile ? "" : " of " + afterFile) +
                       " (after)" + (sameFile ? " in " + afterFile : "") + ".\n" + "Traced time" +
                       (pooled ? " (per run)" : "") + ": " + formatMs(totalBefore) + " \u2192 " +
                       formatMs(totalAfter) + " (" + signedMs(delta) +
                       (deltaPct ? ", " + percent(deltaPct) : "") + "): the after " +
                       (comparison.after.pooled() ? "runs are " : "run is ") +
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
            (slower.empty() ? "  none\n" : slowerTable.aligned());
    text += "\nFaster (" + std::to_string(faster.size()) + "):\n" +
            (faster.empty() ? "  none\n" : fasterTable.aligned());
    if (!added.empty())
        text += "\nNew in the after run:\n" + addedText;
    if (!vanished.empty())
        text += "\nGone from the after run:\n" + vanishedText;
    if (unchanged)
        text += "\n" + std::to_string(unchanged) + " function" + (unchanged == 1 ? "" : "s") +
                " unchanged (under the noise floor of 0.1ms and 1% of the run, or no significant change).\n";

    // One run: its identity as every tool gives it; several: each run's, with the pooled ids.
    auto sideJson = [](const ComparedSide& side) {
        nlohmann::json j;
        if (side.pooled()) {
            j = {{"runs", nlohmann::json::array()}};
            for (const auto& run : side.runs)
                j["runs"].push_back(runJson(run->run));
        } else {
            j = runJson(side.runs.front()->run);
        }
        j["trace"] = side.file;
        j["run_ids"] = side.runIds();
        return j;
    };
    nlohmann::json out = {{"before", sideJson(comparison.before)},
                          {"after", sideJson(comparison.after)},
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
