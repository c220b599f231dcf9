#include "Tool.h"

#include <cmath>
#include <cstdio>

namespace breadcrumb::mcp {

nlohmann::json ToolResult::toJson() const
{
    nlohmann::json out = {{"content", nlohmann::json::array({{{"type", "text"}, {"text", text}}})},
                          {"isError", isError}};
    if (!structured.is_null())
        out["structuredContent"] = structured;
    return out;
}

nlohmann::json Tool::descriptor() const
{
    nlohmann::json d = {{"name", name()},
                        {"title", title()},
                        {"description", description()},
                        {"inputSchema", inputSchema()},
                        {"annotations",
                         {{"title", title()},
                          {"readOnlyHint", true},
                          {"destructiveHint", false},
                          {"idempotentHint", true},
                          {"openWorldHint", false}}}};
    if (auto out = outputSchema(); !out.is_null())
        d["outputSchema"] = std::move(out);
    return d;
}

double Tool::toMs(double ns)
{
    return std::round(ns / 1e3) / 1e3;
}

std::string Tool::boundText(std::string text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t cut = text.rfind('\n', limit);
    if (cut == std::string::npos || cut < limit / 2)
        cut = limit;
    // Never split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    const std::size_t dropped = text.size() - cut;
    text.resize(cut);
    text += "\n[... output truncated: " + std::to_string(dropped) +
            " more bytes not shown; narrow the request]\n";
    return text;
}

nlohmann::json Tool::runJson(const RunInfo& run)
{
    nlohmann::json j = {{"run_id", run.id},
                        {"command", run.commandLine},
                        {"status", run.status},
                        {"started_at", formatIso(run.startNs)},
                        {"duration_ms", toMs(static_cast<double>(run.durationNs()))},
                        {"calls", run.callCount},
                        {"exceptions", run.exceptionCount},
                        {"threads", run.threadCount},
                        {"python_version", run.pythonVersion}};
    if (run.exitCode)
        j["exit_code"] = *run.exitCode;
    // a child process's run (os.fork, multiprocessing) names the run of the process that started it
    j["parent_run_id"] = run.parentRunId ? nlohmann::json(run.parentRunId) : nlohmann::json(nullptr);
    return j;
}

std::string Tool::runHeadline(const RunInfo& run)
{
    std::string s = "Run " + std::to_string(run.id);
    if (!run.commandLine.empty())
        s += " (" + run.commandLine + ")";
    if (run.parentRunId)
        s += ", a child process of run " + std::to_string(run.parentRunId);
    s += ": " + run.status + ", started " + formatIso(run.startNs) + " UTC, " +
         formatDuration(run.durationNs()) + ", " + std::to_string(run.callCount) +
         (run.callCount == 1 ? " call" : " calls");
    if (run.exceptionCount)
        s += ", " + std::to_string(run.exceptionCount) +
             (run.exceptionCount == 1 ? " exception" : " exceptions");
    if (run.threadCount > 1)
        s += ", " + std::to_string(run.threadCount) + " threads";
    return s;
}

std::string Tool::formatDuration(Nanos ns)
{
    if (ns >= 10'000'000'000LL) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1fs", static_cast<double>(ns) / 1e9);
        return buf;
    }
    return formatMs(ns);
}

std::string Tool::formatShare(double share)
{
    if (share > 0 && share < 0.005)
        return "<1%";
    return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

} // namespace breadcrumb::mcp
