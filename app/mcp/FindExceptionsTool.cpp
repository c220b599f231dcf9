#include "FindExceptionsTool.h"

#include "ExceptionQuery.h"
#include "TimeSpec.h"
#include "TraceSession.h"

namespace breadcrumb::mcp {

namespace {

// The last `lines` lines of a traceback: the frames nearest the raise, which are the ones that matter.
std::string tail(const std::string& traceback, int lines)
{
    std::size_t pos = traceback.size();
    while (pos > 0 && traceback[pos - 1] == '\n')
        --pos;
    const std::size_t end = pos;
    for (int i = 0; i < lines && pos != std::string::npos && pos > 0; ++i)
        pos = traceback.rfind('\n', pos - 1);
    return traceback.substr(pos == std::string::npos || pos == 0 ? 0 : pos + 1,
                            end - (pos == std::string::npos || pos == 0 ? 0 : pos + 1));
}

} // namespace

std::string FindExceptionsTool::description() const
{
    return "List the exceptions recorded in the trace, newest first: type, message, the function that raised "
           "it, the "
           "run, whether it escaped the raising call (propagated) or was caught there, and the end of its "
           "traceback, "
           "plus a count per exception type (a clean SystemExit(0) is not listed). `since` takes 30m, 1h, "
           "2d, 1w or an ISO date/time (UTC); default: all.";
}

nlohmann::json FindExceptionsTool::inputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"since",
               {{"type", "string"},
                {"minLength", 1},
                {"description",
                 "Only exceptions after this: 30m, 1h, 2d, 1w, or ISO like 2026-11-24T10:30:00."}}},
              {"limit",
               {{"type", "integer"},
                {"minimum", 1},
                {"maximum", 500},
                {"default", 20},
                {"description", "Maximum exceptions listed (default 20)."}}},
              {"run_id",
               {{"type", "integer"}, {"description", "Only this run (default: every run in the trace)."}}},
              {"type",
               {{"type", "string"},
                {"minLength", 1},
                {"description",
                 "Only this exception type, as recorded or its last part: JSONDecodeError "
                 "matches json.decoder.JSONDecodeError. Naming SystemExit also lists clean exits."}}}}},
            {"additionalProperties", false}};
}

nlohmann::json FindExceptionsTool::outputSchema() const
{
    return {{"type", "object"},
            {"properties",
             {{"since", {{"type", nlohmann::json::array({"string", "null"})}}},
              {"total", {{"type", "integer"}}},
              {"shown", {{"type", "integer"}}},
              {"by_type", {{"type", "array"}, {"items", {{"type", "object"}}}}},
              {"exceptions", {{"type", "array"}, {"items", {{"type", "object"}}}}}}},
            {"required", {"total", "shown", "by_type", "exceptions"}}};
}

ToolResult FindExceptionsTool::call(const nlohmann::json& args, TraceSession& session)
{
    ExceptionFilter filter;
    if (args.contains("since")) {
        filter.since = parseSince(args["since"].get<std::string>());
        if (!filter.since)
            return ToolResult::failure("cannot read since='" + args["since"].get<std::string>() +
                                       "': use 30m, 1h, 2d, 1w or an ISO date like 2026-11-24T10:30:00");
    }
    if (args.contains("run_id"))
        filter.run = args["run_id"].get<std::int64_t>();
    if (args.contains("type"))
        filter.type = args["type"].get<std::string>();
    filter.limit = args.value("limit", 20);
    const std::optional<Nanos> since = filter.since;
    const ExceptionList found = findExceptions(session.reader().database(), filter, session.cancelFlag());
    const std::int64_t total = found.total;
    nlohmann::json types = nlohmann::json::array();
    std::string typeText;
    for (const ExceptionTypeCount& t : found.byType) {
        types.push_back({{"type", t.type}, {"count", t.count}, {"escaped", t.escaped}});
        typeText += (typeText.empty() ? "" : ", ") + t.type + " \u00d7" + std::to_string(t.count);
    }

    const std::string sinceText = since ? formatIso(*since) + " UTC" : std::string();
    std::string text;
    if (total == 0) {
        text = "No exceptions" + (since ? " since " + sinceText : std::string()) + " in " +
               session.reader().path() + ".\n";
    } else {
        text = std::to_string(total) + (total == 1 ? " exception" : " exceptions") +
               (since ? " since " + sinceText : "") + ": " + typeText + "\n";
    }
    nlohmann::json list = nlohmann::json::array();
    for (const ExceptionEntry& e : found.entries) {
        const bool escaped = e.escaped;
        const std::string function = e.function.value_or("");
        const std::string& traceback = e.traceback;
        list.push_back({{"exception_id", e.id},
                        {"run_id", e.run},
                        {"time", formatIso(e.timestampNs)},
                        {"type", e.type},
                        {"message", e.message},
                        {"function", function.empty() ? nlohmann::json(nullptr) : nlohmann::json(function)},
                        {"module", e.module.value_or("")},
                        {"file", e.file.value_or("")},
                        {"thread_id", e.threadId},
                        {"escaped", escaped},
                        {"traceback", traceback}});
        text += "\n- " + formatIso(e.timestampNs) + " " + e.type +
                (e.message.empty() ? "" : ": " + e.message) + "\n  in " +
                (function.empty() ? std::string("<unknown>") : function) + " (run " + std::to_string(e.run) +
                ", " + (escaped ? "escaped the call" : "caught where raised") + ")\n";
        if (!traceback.empty()) {
            std::string t = tail(traceback, 4);
            std::string indented;
            std::size_t start = 0;
            while (start <= t.size()) {
                const auto nl = t.find('\n', start);
                indented +=
                    "    " + t.substr(start, nl == std::string::npos ? std::string::npos : nl - start) + "\n";
                if (nl == std::string::npos)
                    break;
                start = nl + 1;
            }
            text += indented;
        }
    }
    if (static_cast<std::int64_t>(list.size()) < total)
        text += "\n(showing the newest " + std::to_string(list.size()) + " of " + std::to_string(total) +
                "; raise `limit` or narrow with `since`/`type`)\n";

    nlohmann::json out = {{"since", since ? nlohmann::json(formatIso(*since)) : nlohmann::json(nullptr)},
                          {"total", total},
                          {"shown", list.size()},
                          {"by_type", std::move(types)},
                          {"exceptions", std::move(list)}};
    return {boundText(std::move(text)), std::move(out), false};
}

} // namespace breadcrumb::mcp
