#include "FindExceptionsTool.h"

#include "TraceSession.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <regex>

namespace breadcrumb::mcp {

namespace {

std::string sqlString(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::int64_t asInt(const SqlValue& v)
{
    return std::holds_alternative<std::int64_t>(v) ? std::get<std::int64_t>(v) : 0;
}

std::string asText(const SqlValue& v)
{
    return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

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

std::optional<Nanos> FindExceptionsTool::parseSince(const std::string& text, Nanos nowNs)
{
    static const std::regex relative(
        R"(^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day|days|w|week|weeks)\s*(ago)?\s*$)",
        std::regex::icase);
    std::smatch m;
    if (std::regex_match(text, m, relative)) {
        const double n = std::stod(m[1].str());
        std::string unit = m[2].str();
        for (char& c : unit)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        double seconds = n;
        if (unit == "m" || unit == "min")
            seconds *= 60;
        else if (unit == "h" || unit == "hr")
            seconds *= 3600;
        else if (unit[0] == 'd')
            seconds *= 86400;
        else if (unit[0] == 'w')
            seconds *= 7 * 86400;
        return nowNs - static_cast<Nanos>(seconds * 1e9);
    }
    static const std::regex iso(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$)");
    if (!std::regex_match(text, m, iso))
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = std::stoi(m[1].str()) - 1900;
    tm.tm_mon = std::stoi(m[2].str()) - 1;
    tm.tm_mday = std::stoi(m[3].str());
    tm.tm_hour = m[4].matched ? std::stoi(m[4].str()) : 0;
    tm.tm_min = m[5].matched ? std::stoi(m[5].str()) : 0;
    tm.tm_sec = m[6].matched ? std::stoi(m[6].str()) : 0;
    if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
        tm.tm_sec > 60)
        return std::nullopt;
    Nanos ns = static_cast<Nanos>(timegm(&tm)) * 1'000'000'000;
    if (m[7].matched) {
        std::string frac = m[7].str();
        frac.resize(9, '0');
        ns += std::stoll(frac);
    }
    if (m[8].matched && m[8].str() != "Z") {
        std::string off = m[8].str();
        off.erase(std::remove(off.begin(), off.end(), ':'), off.end());
        const int sign = off[0] == '-' ? -1 : 1;
        const int minutes = std::stoi(off.substr(1, 2)) * 60 + std::stoi(off.substr(3, 2));
        ns -= sign * static_cast<Nanos>(minutes) * 60 * 1'000'000'000;
    }
    return ns;
}

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
                {"description", "Only exception types containing this text, e.g. ValueError."}}}}},
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
    // sys.exit(0) at the end of a script is how a program finishes, not an error worth reporting.
    std::string where = notCleanSystemExitSql("e");
    std::optional<Nanos> since;
    if (args.contains("since")) {
        const Nanos now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
        since = parseSince(args["since"], now);
        if (!since)
            return ToolResult::failure("cannot read since='" + args["since"].get<std::string>() +
                                       "': use 30m, 1h, 2d, 1w or an ISO date like 2026-11-24T10:30:00");
        where += " AND e.timestamp_ns >= " + std::to_string(*since);
    }
    if (args.contains("run_id"))
        where += " AND e.run_id = " + std::to_string(args["run_id"].get<std::int64_t>());
    if (args.contains("type"))
        where += " AND instr(lower(e.type), lower(" + sqlString(args["type"]) + ")) > 0";
    const std::size_t limit = args.value("limit", 20);

    TraceDatabase& db = session.reader().database();
    const QueryResult byType = db.query("SELECT e.type, COUNT(*), SUM(e.escaped) FROM exceptions e WHERE " +
                                        where + " GROUP BY e.type ORDER BY COUNT(*) DESC, e.type");
    std::int64_t total = 0;
    nlohmann::json types = nlohmann::json::array();
    std::string typeText;
    for (const auto& row : byType.rows) {
        total += asInt(row[1]);
        types.push_back({{"type", asText(row[0])}, {"count", asInt(row[1])}, {"escaped", asInt(row[2])}});
        typeText +=
            (typeText.empty() ? "" : ", ") + asText(row[0]) + " \u00d7" + std::to_string(asInt(row[1]));
    }

    QueryOptions options;
    options.maxRows = limit;
    options.cancel = session.cancelFlag();
    const QueryResult rows =
        db.query("SELECT e.exception_id, e.run_id, e.timestamp_ns, e.type, e.message, e.traceback, "
                 "e.escaped, f.name, f.module, "
                 "f.file, e.thread_id FROM exceptions e LEFT JOIN calls c ON c.call_id = e.call_id "
                 "LEFT JOIN functions f ON f.function_id = c.function_id WHERE " +
                     where + " ORDER BY e.timestamp_ns DESC, e.exception_id DESC",
                 options);

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
    for (const auto& row : rows.rows) {
        const bool escaped = asInt(row[6]) != 0;
        const std::string function = asText(row[7]);
        const std::string traceback = asText(row[5]);
        list.push_back({{"exception_id", asInt(row[0])},
                        {"run_id", asInt(row[1])},
                        {"time", formatIso(asInt(row[2]))},
                        {"type", asText(row[3])},
                        {"message", asText(row[4])},
                        {"function", function.empty() ? nlohmann::json(nullptr) : nlohmann::json(function)},
                        {"module", asText(row[8])},
                        {"file", asText(row[9])},
                        {"thread_id", asInt(row[10])},
                        {"escaped", escaped},
                        {"traceback", traceback}});
        text += "\n- " + formatIso(asInt(row[2])) + " " + asText(row[3]) +
                (asText(row[4]).empty() ? "" : ": " + asText(row[4])) + "\n  in " +
                (function.empty() ? std::string("<unknown>") : function) + " (run " +
                std::to_string(asInt(row[1])) + ", " +
                (escaped ? "escaped the call" : "caught where raised") + ")\n";
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
    if (rows.truncated || static_cast<std::int64_t>(list.size()) < total)
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
