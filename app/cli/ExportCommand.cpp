// `breadcrumb export --format chrome|speedscope -o FILE`: writes a run in the formats of other viewers,
// so a trace also opens in Perfetto / chrome://tracing and in speedscope.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Table.h"
#include "TextFormat.h"
#include "TraceFiles.h"
#include "TraceOptions.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <map>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb::cli {

namespace {

double relativeUs(const RunData& run, Nanos ns)
{
    return static_cast<double>(ns - run.run.startNs) / 1e3;
}

bool writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Chrome trace-event format: one complete ("X") event per call, thread names as metadata.
Json chromeTrace(const RunData& run)
{
    Json events = Json::array();
    const std::int64_t pid = 1;
    events.push_back({{"name", "process_name"},
                      {"ph", "M"},
                      {"pid", pid},
                      {"tid", 0},
                      {"args", {{"name", run.run.commandLine.empty() ? "python" : run.run.commandLine}}}});
    for (std::size_t t = 0; t < run.threads.size(); ++t)
        events.push_back({{"name", "thread_name"},
                          {"ph", "M"},
                          {"pid", pid},
                          {"tid", run.threads[t].threadId},
                          {"args",
                           {{"name", run.threads[t].name.empty() ? std::to_string(run.threads[t].threadId)
                                                                 : run.threads[t].name}}}});
    for (const CallRecord& call : run.calls) {
        const FunctionInfo& f = run.functions[call.function];
        Json event = {{"name", run.displayName(call.function)},
                      {"cat", f.module},
                      {"ph", "X"},
                      {"ts", relativeUs(run, call.startNs)},
                      {"dur", static_cast<double>(call.durationNs) / 1e3},
                      {"pid", pid},
                      {"tid", run.threads.empty() ? 0 : run.threads[call.thread].threadId},
                      {"args", {{"file", f.file}, {"line", f.line}, {"self_ms", nsToMs(call.selfNs)}}}};
        if (call.exception >= 0) {
            const ExceptionRecord& e = run.exceptions[static_cast<std::size_t>(call.exception)];
            event["args"]["exception"] = e.type + (e.message.empty() ? "" : ": " + e.message);
        }
        events.push_back(std::move(event));
    }
    for (const ExceptionRecord& e : run.exceptions)
        events.push_back({{"name", e.type},
                          {"cat", "exception"},
                          {"ph", "i"},
                          {"s", "t"},
                          {"ts", relativeUs(run, e.timestampNs)},
                          {"pid", pid},
                          {"tid", run.threads.empty() ? 0 : run.threads[e.thread].threadId},
                          {"args", {{"message", e.message}, {"escaped", e.escaped}}}});
    return {{"traceEvents", std::move(events)},
            {"displayTimeUnit", "ms"},
            {"otherData",
             {{"exporter", "breadcrumb"},
              {"run_id", run.run.id},
              {"command", run.run.commandLine},
              {"started_at", formatIso(run.run.startNs)}}}};
}

// speedscope's evented profiles need strictly nested open/close events per profile; coroutines that
// overlap on one thread are clamped into their parent's and previous sibling's interval.
Json speedscope(const RunData& run, const std::string& name)
{
    Json frames = Json::array();
    std::vector<std::int64_t> frameOf(run.functions.size(), -1);
    auto frame = [&](std::uint32_t function) {
        if (frameOf[function] < 0) {
            const FunctionInfo& f = run.functions[function];
            frameOf[function] = static_cast<std::int64_t>(frames.size());
            frames.push_back({{"name", run.displayName(function)}, {"file", f.file}, {"line", f.line}});
        }
        return frameOf[function];
    };

    std::map<std::uint32_t, std::vector<std::uint32_t>> rootsByThread;
    for (std::uint32_t root : run.roots())
        rootsByThread[run.calls[root].thread].push_back(root);

    Json profiles = Json::array();
    for (const auto& [thread, roots] : rootsByThread) {
        Json events = Json::array();
        Nanos cursor = run.run.startNs;
        struct Item
        {
            std::uint32_t call;
            Nanos lo, hi; // allowed interval (the parent's)
            bool close;
            Nanos end; // for close events: the clamped end
        };
        std::vector<Item> stack;
        for (auto it = roots.rbegin(); it != roots.rend(); ++it)
            stack.push_back({*it, run.run.startNs, std::numeric_limits<Nanos>::max(), false, 0});
        Nanos first = -1;
        while (!stack.empty()) {
            Item item = stack.back();
            stack.pop_back();
            const CallRecord& call = run.calls[item.call];
            if (item.close) {
                cursor = std::max(cursor, item.end);
                events.push_back(
                    {{"type", "C"}, {"frame", frame(call.function)}, {"at", cursor - run.run.startNs}});
                continue;
            }
            const Nanos start =
                std::clamp(std::max(call.startNs, cursor), item.lo, std::max(item.lo, item.hi));
            const Nanos end = std::clamp(call.endNs(), start, std::max(start, item.hi));
            cursor = start;
            if (first < 0)
                first = start;
            events.push_back(
                {{"type", "O"}, {"frame", frame(call.function)}, {"at", start - run.run.startNs}});
            stack.push_back({item.call, start, end, true, end});
            const auto children = run.children(item.call);
            for (auto child = children.rbegin(); child != children.rend(); ++child)
                stack.push_back({*child, start, end, false, 0});
        }
        const auto& info = run.threads.empty() ? ThreadInfo{} : run.threads[thread];
        profiles.push_back(
            {{"type", "evented"},
             {"name", info.name.empty() ? "thread " + std::to_string(info.threadId) : info.name},
             {"unit", "nanoseconds"},
             {"startValue", first < 0 ? 0 : first - run.run.startNs},
             {"endValue", cursor - run.run.startNs},
             {"events", std::move(events)}});
    }
    return {{"$schema", "https://www.speedscope.app/file-format-schema.json"},
            {"shared", {{"frames", std::move(frames)}}},
            {"profiles", std::move(profiles)},
            {"name", name},
            {"activeProfileIndex", 0},
            {"exporter", "breadcrumb"}};
}

// Writes `text` to `path` through a temporary file in the same directory renamed over it, so a failed
// export (disk full, killed) leaves the old file or nothing, never half a file. Outputs that are not
// regular files (a pipe, /dev/stdout) cannot be replaced and are written in place.
void writeAtomically(const std::string& path, const std::string& text)
{
    auto fail = [&](int error) {
        throw CliError("export: cannot write " + path + ": " + std::strerror(error));
    };
    struct stat existing
    {
    };
    if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode)) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            fail(errno);
        const bool ok = writeAll(fd, text);
        const int error = errno;
        ::close(fd);
        if (!ok)
            fail(error);
        return;
    }
    const std::filesystem::path target(path);
    const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        fail(errno);
    // mkstemp creates 0600; the export gets the permissions a plain create would give it.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    bool ok = ::fchmod(fd, 0666 & ~mask) == 0 && writeAll(fd, text);
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        fail(error);
    }
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
    const Json document =
        format == "chrome"
            ? chromeTrace(*run)
            : speedscope(*run, "run " + std::to_string(run->run.id) + ": " + run->run.commandLine);
    std::string text = document.dump(-1, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    if (output == "-") {
        std::cout << text;
        return kExitOk;
    }
    writeAtomically(output, text);
    std::cout << "Wrote run " << run->run.id << " ("
              << plural(static_cast<std::int64_t>(run->calls.size()), "call") << ") as " << format
              << " JSON to " << output << '\n';
    return kExitOk;
}

} // namespace breadcrumb::cli
