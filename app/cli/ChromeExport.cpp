#include "ExportFile.h"
#include "ExportFormats.h"
#include "Table.h"
#include "TextFormat.h"

#include <string>
#include <vector>

namespace breadcrumb::cli {

namespace {

std::string dumpJson(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

// Written an event at a time: a document of every call at once took ~1 KB per call (11.5 GB at 10 M calls).
void writeChromeTrace(const RunExportSource& source, ExportFile& out)
{
    const RunInfo& run = source.run();
    const auto& threads = source.threads();
    auto relativeUs = [&](Nanos ns) { return static_cast<double>(ns - run.startNs) / 1e3; };
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
           {"args", {{"name", run.commandLine.empty() ? "python" : run.commandLine}}}});
    for (const ThreadInfo& thread : threads)
        event({{"name", "thread_name"},
               {"ph", "M"},
               {"pid", pid},
               {"tid", thread.threadId},
               {"args", {{"name", thread.name.empty() ? std::to_string(thread.threadId) : thread.name}}}});
    // A call's event is assembled from pieces: what depends on the function only is serialised once
    // per function, numbers go through nlohmann's serialiser so the text is what a Json object gives.
    const auto& functions = source.functions();
    std::vector<std::string> head(functions.size()), tail(functions.size());
    for (std::size_t i = 0; i < functions.size(); ++i) {
        const FunctionInfo& f = functions[i];
        head[i] = ",{\"name\":" + dumpJson(source.displayName(static_cast<std::uint32_t>(i))) +
                  ",\"cat\":" + dumpJson(f.module) + ",\"ph\":\"X\",\"ts\":";
        tail[i] =
            ",\"args\":{\"file\":" + dumpJson(f.file) + ",\"line\":" + dumpJson(f.line) + ",\"self_ms\":";
    }
    std::vector<std::string> exceptionText;
    for (const ExceptionRecord& e : source.exceptions())
        exceptionText.push_back(dumpJson(e.type + (e.message.empty() ? "" : ": " + e.message)));
    std::vector<std::string> threadText; // ",\"pid\":1,\"tid\":N", once per thread
    for (const ThreadInfo& thread : threads)
        threadText.push_back(",\"pid\":1,\"tid\":" + std::to_string(thread.threadId));
    // Times as exact decimals of their nanoseconds (µs for ts and dur, ms for self_ms): formatting three
    // doubles per call through the JSON library took a fifth of a 10 M-call export.
    std::string text;
    source.forEachCall([&](const ExportCall& call) {
        text = head[call.function];
        appendDecimal(text, call.startNs - run.startNs, 3);
        text += ",\"dur\":";
        appendDecimal(text, call.durationNs, 3);
        text += threadText[call.thread];
        text += tail[call.function];
        appendDecimal(text, call.selfNs, 6);
        if (call.exception >= 0) {
            text += ",\"exception\":";
            text += exceptionText[static_cast<std::size_t>(call.exception)];
        }
        text += "}}";
        out.write(text);
    });
    for (const ExceptionRecord& e : source.exceptions())
        event({{"name", e.type},
               {"cat", "exception"},
               {"ph", "i"},
               {"s", "t"},
               {"ts", relativeUs(e.timestampNs)},
               {"pid", pid},
               {"tid", threads[e.thread].threadId},
               {"args", {{"message", e.message}, {"escaped", e.escaped}}}});
    out.write("],\"displayTimeUnit\":\"ms\",\"otherData\":");
    out.write(dumpJson({{"exporter", "breadcrumb"},
                        {"run_id", run.id},
                        {"command", run.commandLine},
                        {"started_at", formatIso(run.startNs)}}));
    out.write("}\n");
}

} // namespace breadcrumb::cli
