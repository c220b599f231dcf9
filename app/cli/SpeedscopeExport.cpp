#include "ExportFile.h"
#include "ExportFormats.h"
#include "NestedSlices.h"
#include "Table.h"

#include <string>
#include <vector>

namespace breadcrumb::cli {

namespace {

std::string dumpJson(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

// speedscope's evented profiles need strictly nested open/close events per profile (NestedSlices). The
// frames and each profile's start and end come before the events in the file, so a first walk over the
// calls numbers the frames in order of first appearance and finds each thread's extent; a second walk
// writes the events as they come.
void writeSpeedscope(const RunExportSource& source, ExportFile& out)
{
    const RunInfo& run = source.run();
    const auto& functions = source.functions();
    constexpr std::uint32_t kNone = ~0u;
    std::vector<std::int64_t> frameOf(functions.size(), -1);
    std::vector<std::uint32_t> frameOrder;
    struct Extent
    {
        std::uint32_t thread;
        Nanos first, last;
    };
    std::vector<Extent> extents;
    {
        NestedSlices walk(
            run.startNs,
            [&](const ExportCall& call, Nanos) {
                if (frameOf[call.function] < 0) {
                    frameOf[call.function] = static_cast<std::int64_t>(frameOrder.size());
                    frameOrder.push_back(call.function);
                }
            },
            [](std::uint32_t, Nanos) {});
        std::uint32_t thread = kNone;
        auto endThread = [&] {
            walk.closeAll();
            extents.push_back({thread, walk.firstOpen(), walk.last()});
            walk.reset();
        };
        source.forEachCall([&](const ExportCall& call) {
            if (call.thread != thread) {
                if (thread != kNone)
                    endThread();
                thread = call.thread;
            }
            walk.add(call);
        });
        if (thread != kNone)
            endThread();
    }

    out.write("{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\"");
    out.write(",\"shared\":{\"frames\":[");
    for (std::size_t i = 0; i < frameOrder.size(); ++i) {
        const FunctionInfo& f = functions[frameOrder[i]];
        if (i)
            out.write(",");
        out.write(
            dumpJson({{"name", source.displayName(frameOrder[i])}, {"file", f.file}, {"line", f.line}}));
    }
    out.write("]},\"profiles\":[");

    std::string line;
    bool firstEvent = true;
    auto event = [&](char type, std::uint32_t function, Nanos at) {
        line.clear();
        if (!firstEvent)
            line += ',';
        firstEvent = false;
        line += "{\"type\":\"";
        line += type;
        line += "\",\"frame\":";
        line += std::to_string(frameOf[function]);
        line += ",\"at\":";
        line += std::to_string(at - run.startNs);
        line += '}';
        out.write(line);
    };
    NestedSlices walk(
        run.startNs, [&](const ExportCall& call, Nanos at) { event('O', call.function, at); },
        [&](std::uint32_t function, Nanos at) { event('C', function, at); });
    std::size_t profile = 0;
    std::uint32_t thread = kNone;
    auto beginThread = [&](std::uint32_t t) {
        const Extent& extent = extents[profile];
        const ThreadInfo& info = source.threads()[t];
        std::string head =
            dumpJson({{"type", "evented"},
                      {"name", info.name.empty() ? "thread " + std::to_string(info.threadId) : info.name},
                      {"unit", "nanoseconds"},
                      {"startValue", extent.first < 0 ? 0 : extent.first - run.startNs},
                      {"endValue", extent.last - run.startNs}});
        head.pop_back(); // the closing brace: "events" follows
        out.write(profile ? "," : "");
        out.write(head);
        out.write(",\"events\":[");
        firstEvent = true;
        thread = t;
    };
    auto endThread = [&] {
        walk.closeAll();
        walk.reset();
        out.write("]}");
        ++profile;
    };
    source.forEachCall([&](const ExportCall& call) {
        if (call.thread != thread) {
            if (thread != kNone)
                endThread();
            beginThread(call.thread);
        }
        walk.add(call);
    });
    if (thread != kNone)
        endThread();
    out.write("],\"name\":");
    out.write(dumpJson("run " + std::to_string(run.id) + ": " + run.commandLine));
    out.write(",\"activeProfileIndex\":0,\"exporter\":\"breadcrumb\"}\n");
}

} // namespace breadcrumb::cli
