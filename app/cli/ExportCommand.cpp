// `breadcrumb export --format chrome|speedscope -o FILE`: writes a run in the formats of other viewers,
// so a trace also opens in Perfetto / chrome://tracing and in speedscope.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "ExportFile.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceFiles.h"
#include "TraceOptions.h"

#include <algorithm>
#include <iostream>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace breadcrumb::cli {

namespace {

double relativeUs(const RunData& run, Nanos ns)
{
    return static_cast<double>(ns - run.run.startNs) / 1e3;
}

std::string dumpJson(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Chrome trace-event format: one complete ("X") event per call, thread names as metadata. Written an
// event at a time: a document of every call at once took ~1 KB per call (11.5 GB at 10 M calls).
void writeChromeTrace(const RunData& run, ExportFile& out)
{
    const std::int64_t pid = 1;
    bool first = true;
    auto event = [&](const Json& value) {
        out.write(first ? "{\"traceEvents\":[" : ",");
        first = false;
        out.write(dumpJson(value));
    };
    event({{"name", "process_name"},
           {"ph", "M"},
           {"pid", pid},
           {"tid", 0},
           {"args", {{"name", run.run.commandLine.empty() ? "python" : run.run.commandLine}}}});
    for (std::size_t t = 0; t < run.threads.size(); ++t)
        event({{"name", "thread_name"},
               {"ph", "M"},
               {"pid", pid},
               {"tid", run.threads[t].threadId},
               {"args",
                {{"name", run.threads[t].name.empty() ? std::to_string(run.threads[t].threadId)
                                                      : run.threads[t].name}}}});
    // A call's event is assembled from pieces: what depends on the function only is serialised once
    // per function, numbers go through nlohmann's serialiser so the text is what a Json object gives.
    std::vector<std::string> head(run.functions.size()), tail(run.functions.size());
    for (std::size_t i = 0; i < run.functions.size(); ++i) {
        const FunctionInfo& f = run.functions[i];
        head[i] = ",{\"name\":" + dumpJson(run.displayName(static_cast<std::uint32_t>(i))) +
                  ",\"cat\":" + dumpJson(f.module) + ",\"ph\":\"X\",\"ts\":";
        tail[i] =
            ",\"args\":{\"file\":" + dumpJson(f.file) + ",\"line\":" + dumpJson(f.line) + ",\"self_ms\":";
    }
    std::string text;
    for (const CallRecord& call : run.calls) {
        text = head[call.function];
        text += dumpJson(relativeUs(run, call.startNs));
        text += ",\"dur\":";
        text += dumpJson(static_cast<double>(call.durationNs) / 1e3);
        text += ",\"pid\":1,\"tid\":";
        text += std::to_string(run.threads.empty() ? 0 : run.threads[call.thread].threadId);
        text += tail[call.function];
        text += dumpJson(nsToMs(call.selfNs));
        if (call.exception >= 0) {
            const ExceptionRecord& e = run.exceptions[static_cast<std::size_t>(call.exception)];
            text += ",\"exception\":";
            text += dumpJson(e.type + (e.message.empty() ? "" : ": " + e.message));
        }
        text += "}}";
        out.write(text);
    }
    for (const ExceptionRecord& e : run.exceptions)
        event({{"name", e.type},
               {"cat", "exception"},
               {"ph", "i"},
               {"s", "t"},
               {"ts", relativeUs(run, e.timestampNs)},
               {"pid", pid},
               {"tid", run.threads.empty() ? 0 : run.threads[e.thread].threadId},
               {"args", {{"message", e.message}, {"escaped", e.escaped}}}});
    out.write("],\"displayTimeUnit\":\"ms\",\"otherData\":");
    out.write(dumpJson({{"exporter", "breadcrumb"},
                        {"run_id", run.run.id},
                        {"command", run.run.commandLine},
                        {"started_at", formatIso(run.run.startNs)}}));
    out.write("}\n");
}

// speedscope's evented profiles need strictly nested open/close events per profile; coroutines that
// overlap on one thread are clamped into their parent's and previous sibling's interval. The frames
// come first in the file, so a first walk numbers them in order of first appearance; each thread's
// events are then laid out (24 bytes each) and written, one thread at a time.
void writeSpeedscope(const RunData& run, const std::string& name, ExportFile& out)
{
    std::map<std::uint32_t, std::vector<std::uint32_t>> rootsByThread;
    for (std::uint32_t root : run.roots())
        rootsByThread[run.calls[root].thread].push_back(root);

    std::vector<std::int64_t> frameOf(run.functions.size(), -1);
    std::vector<std::uint32_t> frameOrder;
    std::vector<std::uint32_t> pending;
    for (const auto& [thread, roots] : rootsByThread) {
        pending.assign(roots.rbegin(), roots.rend());
        while (!pending.empty()) {
            const std::uint32_t call = pending.back();
            pending.pop_back();
            const std::uint32_t function = run.calls[call].function;
            if (frameOf[function] < 0) {
                frameOf[function] = static_cast<std::int64_t>(frameOrder.size());
                frameOrder.push_back(function);
            }
            const auto children = run.children(call);
            pending.insert(pending.end(), children.rbegin(), children.rend());
        }
    }
    out.write("{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\"");
    out.write(",\"shared\":{\"frames\":[");
    for (std::size_t i = 0; i < frameOrder.size(); ++i) {
        const FunctionInfo& f = run.functions[frameOrder[i]];
        if (i)
            out.write(",");
        out.write(dumpJson({{"name", run.displayName(frameOrder[i])}, {"file", f.file}, {"line", f.line}}));
    }
    out.write("]},\"profiles\":[");

    struct Event
    {
        Nanos at;
        std::int64_t frame;
        bool close;
    };
    struct Item
    {
        std::uint32_t call;
        Nanos lo, hi; // allowed interval (the parent's)
        bool close;
        Nanos end; // for close events: the clamped end
    };
    std::vector<Event> events;
    std::vector<Item> stack;
    bool firstProfile = true;
    for (const auto& [thread, roots] : rootsByThread) {
        events.clear();
        Nanos cursor = run.run.startNs;
        for (auto it = roots.rbegin(); it != roots.rend(); ++it)
            stack.push_back({*it, run.run.startNs, std::numeric_limits<Nanos>::max(), false, 0});
        Nanos first = -1;
        while (!stack.empty()) {
            Item item = stack.back();
            stack.pop_back();
            const CallRecord& call = run.calls[item.call];
            if (item.close) {
                cursor = std::max(cursor, item.end);
                events.push_back({cursor - run.run.startNs, frameOf[call.function], true});
                continue;
            }
            const Nanos start =
                std::clamp(std::max(call.startNs, cursor), item.lo, std::max(item.lo, item.hi));
            const Nanos end = std::clamp(call.endNs(), start, std::max(start, item.hi));
            cursor = start;
            if (first < 0)
                first = start;
            events.push_back({start - run.run.startNs, frameOf[call.function], false});
            stack.push_back({item.call, start, end, true, end});
            const auto children = run.children(item.call);
            for (auto child = children.rbegin(); child != children.rend(); ++child)
                stack.push_back({*child, start, end, false, 0});
        }
        const auto& info = run.threads.empty() ? ThreadInfo{} : run.threads[thread];
        std::string head =
            dumpJson({{"type", "evented"},
                      {"name", info.name.empty() ? "thread " + std::to_string(info.threadId) : info.name},
                      {"unit", "nanoseconds"},
                      {"startValue", first < 0 ? 0 : first - run.run.startNs},
                      {"endValue", cursor - run.run.startNs}});
        head.pop_back(); // the closing brace: "events" follows
        out.write(firstProfile ? "" : ",");
        firstProfile = false;
        out.write(head);
        out.write(",\"events\":[");
        std::string line;
        for (std::size_t i = 0; i < events.size(); ++i) {
            line.clear();
            if (i)
                line += ',';
            line += "{\"type\":\"";
            line += events[i].close ? 'C' : 'O';
            line += "\",\"frame\":";
            line += std::to_string(events[i].frame);
            line += ",\"at\":";
            line += std::to_string(events[i].at);
            line += '}';
            out.write(line);
        }
        out.write("]}");
    }
    out.write("],\"name\":");
    out.write(dumpJson(name));
    out.write(",\"activeProfileIndex\":0,\"exporter\":\"breadcrumb\"}\n");
}

} // namespace

int exportCommand(const Args& args)
{
    CLI::App app("Write a run as Chrome trace-event JSON or speedscope JSON.", "export");
    HelpFormatter& help = setUpCommand(app);
    help.setDescription(
        "chrome: the Trace Event Format (one complete event per call, exceptions as instant events, thread "
        "names); open it in https://ui.perfetto.dev or chrome://tracing. speedscope: an evented profile per "
        "thread; open it in https://www.speedscope.app. Times are relative to the run's start. -o - writes "
        "to stdout.");
    std::string format;
    app.add_option("--format", format, "chrome or speedscope.")->type_name("FORMAT");
    std::optional<std::string> outputOption;
    app.add_option("-o,--output", outputOption, "Where to write the JSON (required; - = stdout).")
        ->type_name("FILE");
    const TraceOptions options(app, TraceOptions::Run);
    help.addExample("breadcrumb export --format chrome -o trace.json",
                    "Then open trace.json in ui.perfetto.dev.");
    help.addExample("breadcrumb export --format speedscope -o profile.speedscope.json --run 2", "");
    if (!parseCommandLine(app, args))
        return kExitOk;
    if (format != "chrome" && format != "speedscope")
        usageError(app, format.empty()
                            ? "--format chrome|speedscope is required"
                            : "unknown export format '" + format + "' (expected chrome or speedscope)");
    if (!outputOption)
        usageError(app, "-o FILE is required");
    const std::string output = *outputOption;

    auto reader = options.open();
    if (output != "-" && isPartOfTrace(reader->path(), output))
        throw CliError("export: refusing to write " + output +
                       ": it is the trace being exported (or one of its "
                       "-wal/-shm/-journal files); choose another -o FILE");
    const auto run = reader->loadRun(options.selectRun(*reader));
    ExportFile file(output);
    if (format == "chrome")
        writeChromeTrace(*run, file);
    else
        writeSpeedscope(*run, "run " + std::to_string(run->run.id) + ": " + run->run.commandLine, file);
    file.commit();
    if (output == "-")
        return kExitOk;
    std::cout << "Wrote run " << run->run.id << " ("
              << plural(static_cast<std::int64_t>(run->calls.size()), "call") << ") as " << format
              << " JSON to " << output << '\n';
    return kExitOk;
}

} // namespace breadcrumb::cli
