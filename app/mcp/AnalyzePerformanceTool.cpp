#include "AnalyzePerformanceTool.h"

#include "CallValueQuery.h"
#include "FunctionSummaryJson.h"
#include "TraceSession.h"
#include "UntracedCallQuery.h"

#include <algorithm>
#include <cmath>

namespace breadcrumb::mcp {

namespace {

std::string plural(std::int64_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Captured values and untraced calls are optional extras: when they cannot be read the advice is just
// less specific.
ArgumentFacts argumentFacts(const RunData& run, const TraceDatabase& db, std::uint32_t fn,
                            std::uint32_t caller)
{
    try {
        return argumentsFromCaller(db, run.run.id, run.functions[fn].id, run.functions[caller].id);
    } catch (const TraceError&) {
        return {};
    }
}

// Calls from `fn` into code outside the traced scope (time.sleep, json.loads, ...), heaviest first: where
// a function's "own" time often really goes.
std::vector<UntracedCall> untracedCalls(const RunData& run, const TraceDatabase& db, std::uint32_t fn)
{
    try {
        return untracedCallsFrom(db, run.run.id, run.functions[fn].id, 5);
    } catch (const TraceError&) {
        return {};
    }
}

nlohmann::json untracedJson(const std::vector<UntracedCall>& calls)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& u : calls)
        out.push_back({{"callee", u.callee},
                       {"calls", u.calls},
                       {"total_ms", std::round(static_cast<double>(u.totalNs) / 1e3) / 1e3}});
    return out;
}

std::string untracedText(const std::vector<UntracedCall>& calls)
{
    std::string s;
    for (const auto& u : calls)
        s += (s.empty() ? "" : "; ") + u.callee + " " + plural(u.calls, "call", "calls") + ", " +
             formatMs(u.totalNs);
    return s;
}

} // namespace

std::string AnalyzePerformanceTool::description() const
{
    return "Find where a traced Python program spends its time. Without `function`: the bottlenecks of the "
           "newest run "
           "(or `run_id`), ranked by the time spent in each function's own code, each with calls, total, "
           "average, P95, "
           "the callers that account for its time and a plain-language recommendation (e.g. a function "
           "called 10 times "
           "from one loop with the same argument: compute it once). With `function` (a name such as "
           "slow_function, "
           "Square.area or module:name): that function's full statistics (median, P95, P99, min, max, "
           "stddev, self "
           "time), its callers and callees, and a recommendation.";
}

nlohmann::json AnalyzePerformanceTool::inputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"function",
               {{"type", "string"},
                {"minLength", 1},
                {"description", "Analyse this function only (qualified name, or module:name)."}}},
              {"run_id", {{"type", "integer"}, {"description", "Run to analyse (default: the newest run)."}}},
              {"limit",
               {{"type", "integer"},
                {"minimum", 1},
                {"maximum", 50},
                {"default", 5},
                {"description", "How many bottlenecks to report (default 5)."}}}}},
            {"additionalProperties", false}};
}

nlohmann::json AnalyzePerformanceTool::outputSchema() const
{
    const nlohmann::json obj = {{"type", "object"}};
    return {{"type", "object"},
            {"properties",
             {{"mode", {{"type", "string"}, {"enum", {"bottlenecks", "function"}}}},
              {"run", obj},
              {"traced_ms", {{"type", "number"}}},
              {"bottlenecks", {{"type", "array"}, {"items", obj}}},
              {"function", obj},
              {"callers", {{"type", "array"}, {"items", obj}}},
              {"callees", {{"type", "array"}, {"items", obj}}},
              {"recommendation", {{"type", "string"}}}}},
            {"required", {"mode", "run"}}};
}

ToolResult AnalyzePerformanceTool::call(const nlohmann::json& args, TraceSession& session)
{
    std::optional<std::int64_t> runId;
    if (args.contains("run_id"))
        runId = args["run_id"].get<std::int64_t>();
    const auto analysis = session.analyzeRun({}, runId);
    return analyze(*analysis, session.reader().database(), args);
}

ToolResult AnalyzePerformanceTool::analyze(const RunAnalysis& analysis, TraceDatabase& db,
                                           const nlohmann::json& args) const
{
    const RunData* run = &analysis.run();
    if (analysis.functions().empty())
        return ToolResult::failure("run " + std::to_string(run->run.id) +
                                   " recorded no calls: nothing to analyse");

    if (!args.contains("function"))
        return bottlenecks(analysis, db, args.value("limit", 5));

    const std::string name = args["function"];
    if (auto fn = run->findFunction(name))
        return function(analysis, db, *fn);
    std::string message =
        run->isAmbiguous(name)
            ? "'" + name + "' is ambiguous in run " + std::to_string(run->run.id) + ": name it as module:name"
            : "no function '" + name + "' in run " + std::to_string(run->run.id);
    const auto close = run->suggestFunctions(name, 5);
    if (!close.empty()) {
        message += run->isAmbiguous(name) ? " (" : "; did you mean: ";
        for (std::size_t i = 0; i < close.size(); ++i)
            message += (i ? ", " : "") + run->displayName(close[i]);
        if (run->isAmbiguous(name))
            message += ")";
    }
    return ToolResult::failure(message);
}

nlohmann::json AnalyzePerformanceTool::callerCalleeJson(const RunData& run,
                                                        const std::vector<CallerCalleeEntry>& entries,
                                                        std::size_t max) const
{
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < entries.size() && i < max; ++i) {
        const auto& e = entries[i];
        out.push_back({{"function", e.function < 0 ? std::string("<root>") : run.displayName(e.function)},
                       {"calls", e.calls},
                       {"total_ms", toMs(static_cast<double>(e.total))},
                       {"share", std::round(e.share * 1000) / 1000}});
    }
    return out;
}

std::string AnalyzePerformanceTool::callerCalleeText(const RunData& run,
                                                     const std::vector<CallerCalleeEntry>& entries,
                                                     std::size_t max) const
{
    std::string s;
    for (std::size_t i = 0; i < entries.size() && i < max; ++i) {
        const auto& e = entries[i];
        s += (i ? "; " : "") + (e.function < 0 ? std::string("<root>") : run.displayName(e.function)) + " " +
             plural(e.calls, "call", "calls") + ", " + formatMs(e.total) + " (" + formatShare(e.share) + ")";
    }
    if (entries.size() > max)
        s += "; +" + std::to_string(entries.size() - max) + " more";
    return s.empty() ? "none" : s;
}

std::string AnalyzePerformanceTool::recommend(const RunAnalysis& analysis, TraceDatabase& db,
                                              std::uint32_t fn, const FunctionSummary& s,
                                              const std::vector<CallerCalleeEntry>& callers) const
{
    const RunData& run = analysis.run();
    // 1. Repeated calls from one caller: the seed's redundant_computation -> slow_function case.
    if (!callers.empty() && callers[0].function >= 0 && callers[0].calls >= 2 && callers[0].share >= 0.5) {
        const auto caller = static_cast<std::uint32_t>(callers[0].function);
        const std::string callerName = run.displayName(caller);
        const std::int64_t most = analysis.mostCallsFromOneCall(caller, fn);
        const std::string head = "called " + std::to_string(callers[0].calls) + " times from " + callerName +
                                 " (" + formatMs(callers[0].total) + ")";
        if (most >= 2) {
            const ArgumentFacts args = argumentFacts(run, db, fn, caller);
            if (args.captured > 1 && args.captured == args.calls && args.distinct == 1)
                return head + " with the same argument" +
                       (args.sample.empty() ? "" : " (" + args.sample + ")") +
                       ": compute it once outside the loop and reuse the result";
            if (args.captured > 1 && args.captured == args.calls && args.distinct < args.captured)
                return head + " with only " + std::to_string(args.distinct) +
                       " distinct arguments: memoize it "
                       "(e.g. functools.lru_cache) or hoist the repeated calls out of the loop";
            if (args.captured > 1 && args.captured == args.calls)
                return head + ", each with a different argument: batch the work into one call or make each "
                              "call cheaper";
            return head + ": consider caching or hoisting the call out of the loop";
        }
        return head + ", once per call of " + callerName + ": cache its result or make " + callerName +
               " call it less often";
    }

    const double selfShare = s.total > 0 ? static_cast<double>(s.self) / static_cast<double>(s.total) : 1.0;
    const auto callees = analysis.callees(fn);
    const std::string topCallee =
        callees.empty() || callees[0].function < 0 ? std::string() : run.displayName(callees[0].function);

    const auto untraced = untracedCalls(run, db, fn);
    const bool untracedDominates = !untraced.empty() && untraced[0].totalNs * 2 >= s.self && s.self > 0;

    // 2. One expensive call.
    if (s.calls == 1) {
        if (untracedDominates && selfShare >= 0.5)
            return "a single call takes " + formatMs(s.total) + ", " + formatMs(untraced[0].totalNs) +
                   " of it in " + untraced[0].callee +
                   " (outside the traced code): avoid, shorten or parallelise that call";
        if (selfShare >= 0.8 || topCallee.empty())
            return "a single call takes " + formatMs(s.total) + ", " + formatShare(selfShare) +
                   " of it in its own code (or untraced calls such as I/O, sleep or C extensions): speed up "
                   "its body "
                   "(algorithm, data structures, I/O)";
        return "a single call takes " + formatMs(s.total) + "; most of it is spent in " + topCallee + " (" +
               formatMs(callees[0].total) + "): look there first";
    }
    // 3. Death by a thousand cuts.
    if (s.calls >= 1000 && s.avg < 1e6)
        return "called " + std::to_string(s.calls) + " times at " + formatMs(static_cast<Nanos>(s.avg)) +
               " each: the call count is the cost; batch the work or reduce the number of calls";
    // 4. Unstable durations.
    if (s.calls >= 5 && s.median > 0 && s.p95 > 2 * s.median)
        return "durations vary widely (median " + formatMs(static_cast<Nanos>(s.median)) + ", P95 " +
               formatMs(static_cast<Nanos>(s.p95)) +
               "): look for cache misses, I/O or contention on the slow calls";
    if (untracedDominates && selfShare >= 0.5)
        return std::to_string(s.calls) + " calls averaging " + formatMs(static_cast<Nanos>(s.avg)) +
               ", mostly waiting in " + untraced[0].callee + " (" + formatMs(untraced[0].totalNs) + " over " +
               plural(untraced[0].calls, "call", "calls") +
               "): call it less often, batch it or make it asynchronous";
    if (selfShare < 0.5 && !topCallee.empty())
        return "most of its time is spent in callees, first of all " + topCallee + " (" +
               formatMs(callees[0].total) + "): optimise that or call it less often";
    return std::to_string(s.calls) + " calls averaging " + formatMs(static_cast<Nanos>(s.avg)) +
           ", mostly in its own code: make the body cheaper or call it less often";
}

ToolResult AnalyzePerformanceTool::bottlenecks(const RunAnalysis& analysis, TraceDatabase& db,
                                               std::size_t limit) const
{
    const RunData& run = analysis.run();
    const Nanos traced = analysis.tracedNs();
    const auto& all = analysis.functions();

    nlohmann::json list = nlohmann::json::array();
    std::string text = runHeadline(run.run) + "\nTraced time: " + formatDuration(traced) + ". " +
                       "Bottlenecks, ranked by the time spent in each function's own code:\n";
    std::size_t shown = 0;
    for (const auto& s : all) {
        if (shown >= limit || s.self <= 0)
            break;
        // Below 1% of the run a function is not a bottleneck, whatever its rank.
        if (shown > 0 && traced > 0 && s.self * 100 < traced)
            break;
        ++shown;
        const auto callers = analysis.callers(s.function);
        const std::string advice = recommend(analysis, db, s.function, s, callers);
        const auto untraced = untracedCalls(run, db, s.function);
        const double share = traced > 0 ? static_cast<double>(s.self) / static_cast<double>(traced) : 0;
        const auto& info = run.functions[s.function];
        nlohmann::json entry = {{"function", run.displayName(s.function)},
                                {"module", info.module},
                                {"file", info.file},
                                {"line", info.line},
                                {"share_of_run", std::round(share * 1000) / 1000},
                                {"callers", callerCalleeJson(run, callers, 5)},
                                {"untraced_calls", untracedJson(untraced)},
                                {"recommendation", advice}};
        addFunctionSummary(entry, s, MsPrecision::Microsecond, SummaryFields::Brief);
        list.push_back(std::move(entry));
        text += "\n" + std::to_string(shown) + ". " + run.displayName(s.function) + " \u2014 " +
                formatMs(s.self) + " in its own code (" + formatShare(share) + " of the run)\n" +
                "   Calls: " + std::to_string(s.calls) + "  Total: " + formatMs(s.total) +
                "  Avg: " + formatMs(static_cast<Nanos>(s.avg)) +
                "  P95: " + formatMs(static_cast<Nanos>(s.p95)) + "\n" +
                "   Callers: " + callerCalleeText(run, callers, 3) + "\n" +
                (untraced.empty() ? std::string()
                                  : "   Calls into untraced code: " + untracedText(untraced) + "\n") +
                "   Recommendation: " + advice + "\n";
    }
    if (shown == 0)
        text += "\nNo function spent measurable time in its own code.\n";
    text += "\nAsk again with `function` for one function's percentiles, callers and callees.\n";
    nlohmann::json out = {{"mode", "bottlenecks"},
                          {"run", runJson(run.run)},
                          {"traced_ms", toMs(static_cast<double>(traced))},
                          {"bottlenecks", std::move(list)}};
    return {boundText(std::move(text)), std::move(out), false};
}

ToolResult AnalyzePerformanceTool::function(const RunAnalysis& analysis, TraceDatabase& db,
                                            std::uint32_t fn) const
{
    const RunData& run = analysis.run();
    const FunctionSummary& s = analysis.summary(fn);
    const auto callers = analysis.callers(fn);
    const auto callees = analysis.callees(fn);
    const std::string advice = recommend(analysis, db, fn, s, callers);
    const auto untraced = untracedCalls(run, db, fn);
    const auto& info = run.functions[fn];
    const std::string name = run.displayName(fn);

    auto ms = [](double ns) { return formatMs(static_cast<Nanos>(ns)); };
    std::string text =
        runHeadline(run.run) + "\n\nPerformance Analysis: " + name + " (" + info.module + ", " + info.file +
        ":" + std::to_string(info.line) + ")\n\n" + "Total Calls: " + std::to_string(s.calls) +
        "\nTotal Time: " + formatMs(s.total) + "\nAverage: " + ms(s.avg) + "\nMedian: " + ms(s.median) +
        "\nP95: " + ms(s.p95) + "\nP99: " + ms(s.p99) + "\nMin: " + formatMs(s.min) +
        "\nMax: " + formatMs(s.max) + "\nStd Dev: " + ms(s.stddev) + "\nSelf Time: " + formatMs(s.self) +
        (s.exceptions ? "\nExceptions escaped: " + std::to_string(s.exceptions) : std::string()) +
        "\n\nCallers: " + callerCalleeText(run, callers, 10) +
        "\nCallees: " + callerCalleeText(run, callees, 10) +
        (untraced.empty() ? std::string() : "\nCalls into untraced code: " + untracedText(untraced)) +
        "\n\nRecommendation: " + advice + "\n";

    nlohmann::json timeline = nlohmann::json::array();
    const auto calls = analysis.firstCalls(fn);
    text += "\nCall Timeline:\n";
    for (const CallTiming& c : calls) {
        timeline.push_back(
            {{"start", formatIso(c.startNs)}, {"duration_ms", toMs(static_cast<double>(c.durationNs))}});
        text += "  " + formatClock(c.startNs) + " - " + formatMs(c.durationNs) + "\n";
    }
    if (s.calls > static_cast<std::int64_t>(calls.size()))
        text += "  [... " + std::to_string(s.calls - static_cast<std::int64_t>(calls.size())) +
                " more calls ...]\n";

    nlohmann::json stats = {
        {"name", name}, {"module", info.module}, {"file", info.file}, {"line", info.line}};
    addFunctionSummary(stats, s, MsPrecision::Microsecond); // adds duration_sum_ms to what it gave
    nlohmann::json out = {{"mode", "function"},
                          {"run", runJson(run.run)},
                          {"function", std::move(stats)},
                          {"callers", callerCalleeJson(run, callers, 20)},
                          {"callees", callerCalleeJson(run, callees, 20)},
                          {"untraced_calls", untracedJson(untraced)},
                          {"recommendation", advice},
                          {"timeline", std::move(timeline)}};
    return {boundText(std::move(text)), std::move(out), false};
}

} // namespace breadcrumb::mcp
