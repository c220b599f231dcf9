#include "QuerySmartModes.h"

#include "CallValueQuery.h"
#include "CliError.h"
#include "FunctionLookup.h"
#include "Table.h"
#include "TextFormat.h"
#include "UntracedCallQuery.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <map>

namespace breadcrumb::cli {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool containsNoCase(const std::string& haystack, const std::string& lowerNeedle)
{
    return lower(haystack).find(lowerNeedle) != std::string::npos;
}

std::string callerName(const RunData& run, const CallRecord& call)
{
    return call.parent < 0 ? std::string("<root>")
                           : run.displayName(run.calls[static_cast<std::size_t>(call.parent)].function);
}

struct CalleeGroup
{
    std::uint32_t function = 0;
    std::int64_t calls = 0;
    Nanos total = 0;
};

// The call's direct callees grouped by function, in order of first call.
std::vector<CalleeGroup> calleesOf(const RunData& run, std::uint32_t call)
{
    std::vector<CalleeGroup> groups;
    for (std::uint32_t child : run.children(call)) {
        const CallRecord& c = run.calls[child];
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto& g) { return g.function == c.function; });
        if (it == groups.end())
            groups.push_back({c.function, 1, c.durationNs});
        else {
            ++it->calls;
            it->total += c.durationNs;
        }
    }
    return groups;
}

std::string calleeSummary(const RunData& run, const std::vector<CalleeGroup>& groups)
{
    std::string text;
    for (const auto& g : groups) {
        text += text.empty() ? "" : ", ";
        text += run.displayName(g.function);
        if (g.calls > 1)
            text += " x" + std::to_string(g.calls);
        text += " (" + formatDuration(g.total) + ")";
    }
    return text;
}

// "10:30:45.123456": the flow needs finer steps than the timeline's milliseconds.
std::string clockWithMicroseconds(Nanos ns)
{
    char micros[8];
    std::snprintf(micros, sizeof micros, "%03d", static_cast<int>((ns / 1000) % 1000));
    return formatClock(ns) + micros;
}

std::string exceptionText(const RunData& run, std::uint32_t call)
{
    const std::int32_t exception = run.exceptionOf(call);
    if (exception < 0 || static_cast<std::size_t>(exception) >= run.exceptions.size())
        return {};
    const ExceptionRecord& e = run.exceptions[static_cast<std::size_t>(exception)];
    return e.message.empty() ? e.type : e.type + ": " + e.message;
}

} // namespace

int callMode(TraceReader& reader, const RunData& run, const std::string& name,
             const SmartModeOptions& options)
{
    const std::uint32_t function = resolveFunction(reader, run, name);
    const auto calls = run.callsOf(function);
    const std::size_t limit = static_cast<std::size_t>(options.limit.value_or(20));
    const std::size_t shown = limit == 0 ? calls.size() : std::min(limit, calls.size());

    if (options.format != OutputFormat::Table) {
        Table table({{"event_id", "event_id"},
                     {"timestamp", "timestamp"},
                     {"duration", "duration_ms"},
                     {"self", "self_ms"},
                     {"caller", "caller_function"},
                     {"args", "args"},
                     {"return_value", "return_value"},
                     {"exception", "exception"},
                     {"callees", "callees"}});
        for (std::size_t i = 0; i < shown; ++i) {
            const CallRecord& call = run.calls[calls[i]];
            const CallValues values = capturedValues(reader.database(), call.id).value_or(CallValues{});
            const std::string exception = exceptionText(run, calls[i]);
            const auto groups = calleesOf(run, calls[i]);
            Json callees = Json::array();
            for (const auto& g : groups)
                callees.push_back({{"function", run.displayName(g.function)},
                                   {"calls", g.calls},
                                   {"total_ms", nsToMs(g.total)}});
            table.addRow({Cell::number(call.id), formatIso(call.startNs), Cell::ms(call.durationNs),
                          Cell::ms(call.selfNs), callerName(run, call),
                          values.args ? Cell(*values.args) : Cell::null(),
                          values.returnValue ? Cell(*values.returnValue) : Cell::null(),
                          exception.empty() ? Cell::null() : Cell(exception),
                          options.format == OutputFormat::Json ? Cell("", callees)
                                                               : Cell(calleeSummary(run, groups))});
        }
        table.print(std::cout, options.format);
        return kExitOk;
    }

    std::cout << "Calls of " << oneLine(run.displayName(function)) << " in run " << run.run.id << ": "
              << calls.size() << "\n";
    bool anyCaptured = false;
    for (std::size_t i = 0; i < shown; ++i) {
        const CallRecord& call = run.calls[calls[i]];
        const std::optional<CallValues> values = capturedValues(reader.database(), call.id);
        anyCaptured = anyCaptured || values;
        std::cout << '\n'
                  << i + 1 << ". " << formatClock(call.startNs) << " - " << formatDuration(call.durationNs)
                  << " (self " << formatDuration(call.selfNs) << "), event " << call.id << '\n';
        std::cout << "   Caller: " << oneLine(callerName(run, call)) << '\n';
        if (values) {
            std::cout << "   Args: "
                      << ellipsize(oneLine(values->args.value_or("")), options.width ? options.width : 100000)
                      << '\n';
            if (run.exceptionOf(calls[i]) < 0)
                std::cout << "   Returned: "
                          << ellipsize(oneLine(values->returnValue.value_or("None")),
                                       options.width ? options.width : 100000)
                          << '\n';
        }
        if (run.exceptionOf(calls[i]) >= 0)
            std::cout << "   Raised: " << oneLine(exceptionText(run, calls[i])) << '\n';
        const auto groups = calleesOf(run, calls[i]);
        std::cout << "   Callees: " << (groups.empty() ? "(none)" : oneLine(calleeSummary(run, groups)))
                  << '\n';
    }
    if (shown < calls.size())
        std::cout << "\n[... " << calls.size() - shown << " more calls; --limit 0 shows all ...]\n";
    if (!anyCaptured && shown > 0)
        std::cout << "\n(Arguments and return values were not captured: trace with --capture-values.)\n";
    return kExitOk;
}

int flowMode(const RunData& run, const SmartModeOptions& options)
{
    if (run.calls.empty())
        throw NoResults("run " + std::to_string(run.run.id) + " has no calls");
    // Depth-first order gives call, children, return; a stable sort by time then interleaves threads and
    // overlapping coroutines while keeping that order for equal timestamps.
    struct FlowEvent
    {
        Nanos time;
        std::uint32_t call;
        bool isReturn;
    };
    std::vector<FlowEvent> events;
    events.reserve(run.calls.size() * 2);
    std::vector<std::pair<std::uint32_t, bool>> stack;
    for (auto it = run.roots().rbegin(); it != run.roots().rend(); ++it)
        stack.emplace_back(*it, false);
    while (!stack.empty()) {
        const auto [call, done] = stack.back();
        stack.pop_back();
        if (done) {
            events.push_back({run.calls[call].endNs(), call, true});
            continue;
        }
        events.push_back({run.calls[call].startNs, call, false});
        stack.emplace_back(call, true);
        const auto children = run.children(call);
        for (auto child = children.rbegin(); child != children.rend(); ++child)
            stack.emplace_back(*child, false);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.time < b.time; });

    const std::size_t limit = static_cast<std::size_t>(options.limit.value_or(200));
    const std::size_t shown = limit == 0 ? events.size() : std::min(limit, events.size());
    const bool threaded = run.threads.size() > 1;
    auto threadName = [&](const CallRecord& call) {
        const auto& thread = run.threads[call.thread];
        return thread.name.empty() ? std::to_string(thread.threadId) : thread.name;
    };

    if (options.format != OutputFormat::Table) {
        Table table({{"timestamp", "timestamp"},
                     {"event", "event"},
                     {"function", "function"},
                     {"depth", "depth"},
                     {"thread", "thread"},
                     {"duration", "duration_ms"},
                     {"exception", "exception"}});
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& e = events[i];
            const CallRecord& call = run.calls[e.call];
            const std::string exception = e.isReturn ? exceptionText(run, e.call) : std::string{};
            table.addRow({formatIso(e.time),
                          e.isReturn ? (exception.empty() ? "return" : "exception") : "call",
                          run.displayName(call.function), Cell::number(call.depth), threadName(call),
                          e.isReturn ? Cell::ms(call.durationNs) : Cell::null(),
                          exception.empty() ? Cell::null() : Cell(exception)});
        }
        table.print(std::cout, options.format);
        return kExitOk;
    }

    std::cout << "Execution flow of run " << run.run.id << " ("
              << plural(static_cast<std::int64_t>(run.calls.size()), "call")
              << (threaded ? ", " + plural(static_cast<std::int64_t>(run.threads.size()), "thread")
                           : std::string{})
              << "):\n\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& e = events[i];
        const CallRecord& call = run.calls[e.call];
        std::string line = clockWithMicroseconds(e.time) + "  ";
        if (threaded)
            line += "[" + threadName(call) + "] ";
        // Deep recursion would make every line as long as its depth (quadratic output): past
        // kMaxIndent levels the indentation stops growing and the level is written out.
        constexpr std::uint32_t kMaxIndent = 64;
        line += call.depth <= kMaxIndent
                    ? std::string(2 * call.depth, ' ')
                    : std::string(2 * kMaxIndent, ' ') + "[depth " + std::to_string(call.depth) + "] ";
        if (!e.isReturn) {
            line += "-> " + run.displayName(call.function);
        } else {
            line += "<- " + run.displayName(call.function) + "  " + formatDuration(call.durationNs);
            if (run.exceptionOf(e.call) >= 0)
                line += "  !! " + ellipsize(oneLine(exceptionText(run, e.call)),
                                            options.width ? options.width : 100000);
        }
        std::cout << oneLine(line) << '\n';
    }
    if (shown < events.size())
        std::cout << "[... " << events.size() - shown << " more events; --limit 0 shows all ...]\n";
    return kExitOk;
}

int gapsMode(TraceReader& reader, std::int64_t runId, const SmartModeOptions& options)
{
    const auto untraced = untracedCallsOfRun(reader.database(), runId);
    Table table({{"caller", "caller_function"},
                 {"callee (untraced)", "callee"},
                 {"calls", "calls", true},
                 {"total", "total_ms", true}});
    std::map<std::string, std::int64_t> perCallee;
    const std::size_t limit = static_cast<std::size_t>(options.limit.value_or(0));
    for (const UntracedCall& u : untraced) {
        perCallee[u.callee] += u.calls;
        if (limit == 0 || table.rowCount() < limit)
            table.addRow({u.caller, u.callee, Cell::number(u.calls), Cell::ms(u.totalNs)});
    }
    const std::size_t rows = untraced.size();
    if (rows == 0)
        throw NoResults("no calls into untraced code were recorded in run " + std::to_string(runId));
    if (options.format != OutputFormat::Table) {
        table.print(std::cout, options.format);
        return kExitOk;
    }
    std::cout << "Calls into untraced code in run " << runId << " ("
              << plural(static_cast<std::int64_t>(perCallee.size()), "callee") << "):\n\n";
    table.printAligned(std::cout);
    if (table.rowCount() < rows)
        std::cout << "[... " << rows - table.rowCount() << " more; --limit 0 shows all ...]\n";
    return kExitOk;
}

int fuzzyMode(TraceReader& reader, const RunData& run, const std::string& term,
              const SmartModeOptions& options)
{
    if (term.empty())
        throw CliError("query: --fuzzy needs a non-empty TERM");
    const std::string needle = lower(term);
    const std::size_t limit = static_cast<std::size_t>(options.limit.value_or(20));
    const std::size_t width = options.width ? options.width : 100000;

    Table functions(
        {{"function", "function"}, {"module", "module"}, {"file", "file"}, {"calls", "calls", true}});
    for (std::uint32_t f = 0; f < run.functions.size(); ++f) {
        const FunctionInfo& info = run.functions[f];
        const auto calls = run.callsOf(f);
        if (calls.empty())
            continue;
        if (containsNoCase(info.name, needle) || containsNoCase(info.module, needle) ||
            containsNoCase(info.file, needle))
            if (limit == 0 || functions.rowCount() < limit)
                functions.addRow({run.displayName(f), info.module,
                                  info.file + ":" + std::to_string(info.line),
                                  Cell::number(static_cast<std::int64_t>(calls.size()))});
    }
    Table exceptions(
        {{"time", "timestamp"}, {"exception", "type"}, {"message", "message"}, {"function", "function"}});
    for (const auto& e : run.exceptions)
        if ((containsNoCase(e.type, needle) || containsNoCase(e.message, needle)) &&
            (limit == 0 || exceptions.rowCount() < limit))
            exceptions.addRow({Cell(formatClock(e.timestampNs), formatIso(e.timestampNs)), e.type,
                               Cell(ellipsize(oneLine(e.message), width), e.message),
                               e.function < 0
                                   ? Cell::null("?")
                                   : Cell(run.displayName(static_cast<std::uint32_t>(e.function)))});

    Table values({{"event_id", "event_id"},
                  {"function", "function"},
                  {"args", "args"},
                  {"return_value", "return_value"}});
    auto textCell = [&](const std::optional<std::string>& value) {
        return value ? Cell(ellipsize(oneLine(*value), width), *value) : Cell::null();
    };
    for (const CallValueMatch& match : findCallValues(reader.database(), run.run.id, term, limit))
        values.addRow({Cell::number(match.callId), match.function, textCell(match.values.args),
                       textCell(match.values.returnValue)});

    if (functions.empty() && exceptions.empty() && values.empty())
        throw NoResults("nothing in run " + std::to_string(run.run.id) + " matches '" + term + "'");
    if (options.format == OutputFormat::Json) {
        Json out = {{"functions", functions.toJson()},
                    {"exceptions", exceptions.toJson()},
                    {"values", values.toJson()}};
        std::cout << dumpJson(out) << '\n';
        return kExitOk;
    }
    if (options.format == OutputFormat::Csv) {
        // One CSV table: what matched, where, and the matching text.
        Table flat({{"kind", "kind"}, {"name", "name"}, {"detail", "detail"}});
        for (const auto& row : functions.toJson())
            flat.addRow(
                {"function", Cell(row["function"].get<std::string>()), Cell(row["file"].get<std::string>())});
        for (const auto& row : exceptions.toJson())
            flat.addRow(
                {"exception", Cell(row["type"].get<std::string>()), Cell(row["message"].get<std::string>())});
        for (const auto& row : values.toJson())
            flat.addRow({"value", Cell(row["function"].get<std::string>()),
                         Cell(row["args"].is_string() ? row["args"].get<std::string>() : std::string{})});
        flat.printCsv(std::cout);
        return kExitOk;
    }
    std::cout << "Matches for '" << oneLine(term) << "' in run " << run.run.id << ":\n";
    auto section = [](const char* title, const Table& table) {
        if (table.empty())
            return;
        std::cout << '\n' << title << " (" << table.rowCount() << "):\n";
        table.printAligned(std::cout, "  ");
    };
    section("Functions", functions);
    section("Exceptions", exceptions);
    section("Captured values", values);
    return kExitOk;
}

} // namespace breadcrumb::cli
