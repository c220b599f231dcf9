// Benchmark of the analysis core on a generated 1 M-call trace (or a trace given on the command line).
// Prints each figure next to its budget (issues 3 and 4); informative, never a pass/fail assert.
//
//   core_bench [TRACE] [--calls N]
//   core_bench TRACE --load [--repeat N]
//
// --load (issue 17, run by scale_bench.py) times only the reading of the newest run: a raw scan of its
// chunks (SQLite read + ChunkDecoder, nothing kept: the floor for any reader), then loadRun on one thread
// and on the machine's cores, each the median of N runs, wall and CPU, with the peak memory of each.

#include "CallTree.h"
#include "ChunkDecoder.h"
#include "FunctionStats.h"
#include "RunComparison.h"
#include "SqliteStatement.h"
#include "TraceReader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace breadcrumb;

namespace {

long statusKb(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
    }
    return -1;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double lastCpuMs = -1; // CPU time of the last timeMs(): the machine is shared, wall time alone misleads

template <typename F> double timeMs(F&& f)
{
    const double cpu = cpuMs();
    const auto start = std::chrono::steady_clock::now();
    f();
    lastCpuMs = cpuMs() - cpu;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void row(const char* what, double value, const char* unit, const char* budget)
{
    if (std::string(unit) == "ms" && lastCpuMs >= 0)
        std::printf("  %-42s %10.1f %-6s %10.1f ms  %s\n", what, value, unit, lastCpuMs, budget);
    else
        std::printf("  %-42s %10.1f %-6s %10s     %s\n", what, value, unit, "", budget);
    lastCpuMs = -1;
}

// Starts a new peak: VmHWM restarts from the current resident size (Linux >= 4.0).
void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

struct Measured
{
    double wallMs = 0, cpuMs = 0, peakMb = 0;
};

// The median of `repeat` runs of f (wall and CPU medians taken apart), and the highest peak above the
// resident size before each run.
template <typename F> Measured measure(int repeat, F&& f)
{
    std::vector<double> walls, cpus;
    double peak = 0;
    for (int i = 0; i < repeat; ++i) {
        resetPeak();
        const long before = statusKb("VmRSS");
        walls.push_back(timeMs(f));
        cpus.push_back(lastCpuMs);
        peak = std::max(peak, static_cast<double>(statusKb("VmHWM") - before) / 1024.0);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    lastCpuMs = -1;
    return {walls[walls.size() / 2], cpus[cpus.size() / 2], peak};
}

// Reading the newest run only: the raw chunk scan beside loadRun on one thread and on all cores.
int loadBench(const std::string& path, int repeat)
{
    TraceReader reader(path);
    const std::int64_t run = reader.newestRunId();
    std::size_t calls = 0;
    const Measured raw = measure(repeat, [&] {
        calls = 0;
        SqliteStatement s(reader.database().handle(), "SELECT chunk_id, base_ns, rows FROM call_chunks "
                                                      "WHERE run_id = ? ORDER BY run_id, min_call_id");
        s.bind(1, run);
        std::vector<ChunkCall> chunk;
        while (s.step()) {
            chunk.clear();
            ChunkDecoder::decode(s.textView(2), s.int64(1), s.int64(0), chunk);
            calls += chunk.size();
        }
    });
    LoadOptions one;
    one.splitFromCalls = std::numeric_limits<std::int64_t>::max();
    const Measured single = measure(repeat, [&] { reader.loadRun(run, {}, one); });
    const Measured parallel = measure(repeat, [&] { reader.loadRun(run, {}, LoadOptions{}); });
    std::printf("load benchmark on %s: %zu calls, median of %d, %u cores\n", path.c_str(), calls, repeat,
                std::thread::hardware_concurrency());
    std::printf("  %-40s %10s %10s %10s\n", "figure", "wall ms", "cpu ms", "peak MB");
    auto line = [](const char* what, const Measured& m) {
        std::printf("  %-40s %10.0f %10.0f %10.1f\n", what, m.wallMs, m.cpuMs, m.peakMb);
    };
    line("raw chunk scan (read + decode)", raw);
    line("loadRun, one thread", single);
    line("loadRun, all cores", parallel);
    std::printf("  %-40s %10.2f %10.2f\n", "all cores / one thread", parallel.wallMs / single.wallMs,
                parallel.cpuMs / single.cpuMs);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string path;
    long calls = 1'000'000;
    bool loadOnly = false;
    int repeat = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--calls" && i + 1 < argc)
            calls = std::atol(argv[++i]);
        else if (arg == "--load")
            loadOnly = true;
        else if (arg == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else
            path = arg;
    }
    try {
        if (path.empty()) {
            path = "core_bench_" + std::to_string(calls) + "_1run.db";
            if (!std::ifstream(path)) {
                const std::string command = std::string("python3 '") + BREADCRUMB_GEN_TRACE + "' '" + path +
                                            "' --calls " + std::to_string(calls) + " --runs 1 --threads 4";
                std::printf("generating %s ...\n", path.c_str());
                const double ms = timeMs([&] {
                    if (std::system(command.c_str()) != 0)
                        throw std::runtime_error("gen_trace.py failed");
                });
                std::printf("  %-42s %10.1f ms\n", "gen_trace.py", ms);
            }
        }
        if (loadOnly)
            return loadBench(path, repeat);
        std::printf("core benchmark on %s\n", path.c_str());
        std::printf("  %-42s %10s %-6s %13s  %s\n", "figure", "wall", "", "cpu", "budget");
        const long rssStart = statusKb("VmRSS");

        std::unique_ptr<TraceReader> reader;
        row("open + validate", timeMs([&] { reader = std::make_unique<TraceReader>(path); }), "ms", "");
        std::vector<RunInfo> runs;
        row("list runs (counts, status)", timeMs([&] { runs = reader->runs(); }), "ms", "");
        const std::int64_t newest = runs.front().id;
        std::shared_ptr<const RunData> run;
        row("loadRun (newest run)", timeMs([&] { run = reader->loadRun(newest); }), "ms", "< 1500 ms");
        const long rssLoaded = statusKb("VmRSS");
        std::printf("  %-42s %10zu calls\n", "calls in the run", run->calls.size());
        row("resident after load (VmRSS)", static_cast<double>(rssLoaded) / 1024.0, "MB",
            "GUI total < 150 MB");
        row("resident growth per call",
            (rssLoaded - rssStart) * 1024.0 / static_cast<double>(run->calls.size()), "B", "~70 B");

        std::vector<FunctionSummary> summary;
        row("FunctionStats::summarize (all)", timeMs([&] { summary = FunctionStats::summarize(*run); }), "ms",
            "< 300 ms");
        const auto top = summary.front().function;
        row("FunctionStats::summarize (one)", timeMs([&] { FunctionStats::summarize(*run, top); }), "ms", "");
        row("CallerCallee callers + callees", timeMs([&] {
                CallerCallee::callers(*run, top);
                CallerCallee::callees(*run, top);
            }),
            "ms", "");
        std::size_t nodes = 0;
        row("CallTree::build top-down",
            timeMs([&] { nodes = CallTree::build(*run, CallTree::Direction::TopDown).size(); }), "ms",
            "< 500 ms");
        std::printf("  %-42s %10zu nodes\n", "top-down tree", nodes);
        row("CallTree::build bottom-up",
            timeMs([&] { nodes = CallTree::build(*run, CallTree::Direction::BottomUp).size(); }), "ms", "");
        std::printf("  %-42s %10zu nodes\n", "bottom-up tree", nodes);

        std::shared_ptr<const RunData> other = run;
        if (runs.size() > 1)
            other = reader->loadRun(runs[1].id);
        row("RunComparison::compare (two runs)", timeMs([&] { RunComparison::compare(*other, *run); }), "ms",
            "");
        row("peak resident (VmHWM, both runs loaded)", static_cast<double>(statusKb("VmHWM")) / 1024.0, "MB",
            "");

        // The seed's SQL over the events view, as `breadcrumb query` runs it (restricted to the newest run).
        QueryOptions options;
        options.run = newest;
        options.timeout = std::chrono::seconds(60);
        const char* slowest =
            "SELECT function_name, COUNT(*) as calls, AVG(duration_ms) as avg_ms, MAX(duration_ms) "
            "as max_ms FROM events WHERE event_type = 'call' AND duration_ms > 0 GROUP BY "
            "function_name ORDER BY avg_ms DESC LIMIT 10";
        const char* variance =
            "SELECT function_name, AVG(duration_ms) as avg_ms, STDDEV(duration_ms) as stddev_ms, "
            "MAX(duration_ms) - MIN(duration_ms) as range_ms FROM events WHERE event_type = "
            "'call' AND duration_ms > 0 GROUP BY function_name HAVING COUNT(*) > 5 ORDER BY "
            "stddev_ms DESC";
        const char* selfTime =
            "WITH call_tree AS (SELECT function_name, duration_ms, (SELECT SUM(duration_ms) FROM "
            "events e2 WHERE e2.parent_event_id = e1.event_id) as children_time FROM events e1 "
            "WHERE event_type = 'call') SELECT function_name, AVG(duration_ms - "
            "COALESCE(children_time, 0)) as self_time_ms FROM call_tree GROUP BY function_name "
            "ORDER BY self_time_ms DESC";
        const char* timeline =
            "SELECT timestamp, function_name, duration_ms, SUM(duration_ms) OVER (ORDER BY "
            "timestamp) as cumulative_ms FROM events WHERE event_type = 'call' ORDER BY timestamp";
        auto& db = reader->database();
        // Format 1.1: the first query over `calls` decodes every chunk into the native store (once per change
        // of the file); timed apart so the seed queries below show the query itself.
        row("SQL: first query (1.1: decodes the call store)",
            timeMs([&] { db.query("SELECT count(*) FROM calls", options); }), "ms",
            db.hasCallChunks() ? "" : "(1.0 file)");
        row("SQL: seed 'slowest functions'", timeMs([&] { db.query(slowest, options); }), "ms", "");
        row("SQL: seed 'high variance' (STDDEV)", timeMs([&] { db.query(variance, options); }), "ms", "");
        row("SQL: seed 'nested call overhead'", timeMs([&] { db.query(selfTime, options); }), "ms",
            "< 3000 ms");
        row("SQL: seed 'timeline' (window SUM)", timeMs([&] { db.query(timeline, options); }), "ms", "");
        row("peak resident (VmHWM, after the SQL)", static_cast<double>(statusKb("VmHWM")) / 1024.0, "MB",
            "");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "core_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
