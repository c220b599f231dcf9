#!/usr/bin/env python3
"""Scale benchmark (issue 17): every face of Breadcrumb on generated 1 M and 10 M-call traces.

    python3 tests/bench/scale_bench.py --build build --cache DIR [--sizes 1000000,10000000] [--repeat 3]
                                       [--skip gui,export] [--memory-limit-gb 8]

Per size it generates a trace once with scripts/gen_trace.py (4 threads; kept in --cache and reused) and
prints, each as wall time, CPU time and peak resident memory of the process that did the work:
    raw chunk scan      SQLite read + ChunkDecoder of the run's chunks, nothing kept (core_bench --load):
                        the floor every other figure is set beside
    loadRun             one thread and all cores (core_bench --load, median of --repeat)
    viewer              open to an interactive Functions table (the stored summaries first when the run has
                        them) and to every panel loaded, the peak, the worst select (gui_bench)
    performance         `breadcrumb performance`
    seed self-time      `breadcrumb query` with the seed's correlated self-time query (tests/seed_queries.sql)
    MCP first analysis  `breadcrumb serve-mcp` over stdio: initialize, then breadcrumb__analyze_performance
    export              `breadcrumb export --format speedscope|chrome|perfetto` to a new file, median and
                        worst of --repeat: the target is 2x loadRun (one thread), 100 MB
The CLI figures are medians of --repeat runs (the machine is shared: read CPU beside wall). 10 M is
`--sizes 10000000`, 50 M is by hand (`--sizes 50000000`, about 2 GB of trace and an hour to generate).
A child above --memory-limit-gb of address space fails instead of taking the machine down; it is reported
as such. Prints figures next to the targets; asserts nothing.
"""

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seed_queries import SEED  # noqa: E402  (tests/seed_queries.sql, the one copy of the seed's SQL)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Failed(Exception):
    pass


def run_measured(command, memory_limit, stdin=None, interact=None):
    """Runs command; returns (wall s, CPU s, peak RSS MB, stdout). wait4 gives this child's own rusage.

    interact(process) talks to the child over its pipes and returns the wall time it wants reported
    (for the MCP server: up to the first answer) or None for start to exit."""
    def limit():
        if memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if interact else stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit)
    wall = None
    if interact:
        wall = interact(process)
        process.stdin.close()
    out = process.stdout.read()
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if wall is None:
        wall = time.perf_counter() - start
    if process.returncode != 0:
        last = (err.strip().splitlines() or ["exit %d" % process.returncode])[-1]
        raise Failed("%s (exit %d)" % (last[:70], process.returncode))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, out


def median_of(repeat, command, memory_limit, interact=None, before=None):
    """(median wall s, median CPU s, max peak MB, last stdout, worst wall s); before() runs before each."""
    walls, cpus, peaks, out = [], [], [], ""
    for _ in range(repeat):
        if before:
            before()
        wall, cpu, peak, out = run_measured(command, memory_limit, interact=interact)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    return statistics.median(walls), statistics.median(cpus), max(peaks), out, max(walls)


def mcp_first_analysis(process):
    """initialize, initialized, then the first tools/call: seconds from start to its answer."""
    start = time.perf_counter()
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                    "clientInfo": {"name": "scale_bench", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
         "params": {"name": "breadcrumb__analyze_performance", "arguments": {}}},
    ]
    for message in messages:
        process.stdin.write(json.dumps(message) + "\n")
    process.stdin.flush()
    while True:
        line = process.stdout.readline()
        if not line:
            raise Failed("the server closed its output")
        answer = json.loads(line)
        if answer.get("id") == 2:
            if "error" in answer or answer["result"].get("isError"):
                raise Failed("analysis failed: %s" % line[:70])
            return time.perf_counter() - start


def core_load(core_bench, trace, repeat):
    """core_bench --load: {figure: (wall s, cpu s, peak MB)}."""
    out = subprocess.run([core_bench, trace, "--load", "--repeat", str(repeat)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    figures = {}
    for name in ("raw chunk scan", "loadRun, one thread", "loadRun, all cores"):
        match = re.search(re.escape(name) + r".*?\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", out, re.M)
        if match:
            figures[name] = (float(match[1]) / 1000, float(match[2]) / 1000, float(match[3]))
    return figures


def gui_figures(gui_bench, trace, memory_limit):
    """gui_bench: {figure: value}, with the process's own peak."""
    wall, cpu, peak, out = run_measured([gui_bench, trace], memory_limit)
    wanted = {"open to interactive function table": "open", "open to every panel loaded": "loaded",
              "peak resident memory": "peak",
              "select a function, all panels (worst)": "select_worst",
              "select one of the 5 most called (worst)": "select_most_called"}
    figures = {"process_peak": peak}
    for line in out.splitlines():
        for label, key in wanted.items():
            if line.startswith(label):
                figures[key] = float(line[len(label):].split()[0])
    return figures


def ensure_trace(cache, calls):
    trace = os.path.join(cache, "scale_%d.db" % calls)
    if not os.path.exists(trace):
        print("generating %d calls into %s (once) ..." % (calls, trace), flush=True)
        start = time.perf_counter()
        partial = trace + ".partial"
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_trace.py"), partial,
                        "--calls", str(calls), "--threads", "4", "--quiet"], check=True)
        os.replace(partial, trace)
        print("  generated in %.0f s" % (time.perf_counter() - start), flush=True)
    return trace


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--cache", help="directory keeping the generated traces (default: a temporary one)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated call counts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip", default="", help="comma-separated: load,gui,cli,mcp,export")
    parser.add_argument("--memory-limit-gb", type=float, default=8.0)
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    binaries = os.path.join(args.build, "bin")
    cli = os.path.join(binaries, "breadcrumb")
    memory_limit = int(args.memory_limit_gb * 2**30) if args.memory_limit_gb > 0 else 0
    temp = None
    cache = args.cache
    if cache is None:
        temp = tempfile.TemporaryDirectory(prefix="breadcrumb-scale-")
        cache = temp.name
    os.makedirs(cache, exist_ok=True)

    for calls in [int(size) for size in args.sizes.split(",")]:
        trace = ensure_trace(cache, calls)
        mb = os.path.getsize(trace) / 2**20
        rows = []  # (figure, wall s, cpu s, peak MB, target, note)

        def add(name, target, measure):
            try:
                wall, cpu, peak = measure()
                rows.append((name, wall, cpu, peak, target, ""))
            except Failed as error:
                rows.append((name, None, None, None, target, "failed: %s" % error))

        if "load" not in skip:
            load = core_load(os.path.join(binaries, "core_bench"), trace, args.repeat)
            for name, label in (("raw chunk scan", "raw chunk scan (reference)"),
                                ("loadRun, one thread", "core loadRun, one thread"),
                                ("loadRun, all cores", "core loadRun, all cores")):
                if name in load:
                    rows.append((label,) + load[name] + ("", ""))
        if "gui" not in skip:
            try:
                gui = gui_figures(os.path.join(binaries, "gui_bench"), trace, memory_limit)
                rows.append(("viewer: open to Functions table", gui.get("open"), None, gui.get("peak"),
                             "3 s, 500 MB", "peak at the table; process %.0f MB" % gui["process_peak"]))
                if "loaded" in gui:
                    rows.append(("viewer: open to every panel loaded", gui["loaded"], None, None, "", ""))
                for key, label in (("select_worst", "viewer: select, worst of 20"),
                                   ("select_most_called", "viewer: select most called, worst")):
                    if key in gui:
                        rows.append((label, gui[key] / 1000, None, None, "0.1 s", ""))
            except Failed as error:
                rows.append(("viewer", None, None, None, "3 s, 500 MB", "failed: %s" % error))
        base = [cli, "-t", trace]
        if "cli" not in skip:
            add("performance", "2 s, 300 MB",
                lambda: median_of(args.repeat, base + ["performance"], memory_limit)[:3])
            add("seed self-time query", "10 s",
                lambda: median_of(args.repeat, base + ["query", "--format", "csv", "--timeout", "0",
                                                       SEED["self_time"]], memory_limit)[:3])
        if "mcp" not in skip:
            add("MCP first analysis", "3 s",
                lambda: median_of(args.repeat, [cli, "serve-mcp", "--trace", trace], memory_limit,
                                  interact=mcp_first_analysis)[:3])
        if "export" not in skip:
            out = os.path.join(cache, "export.out")
            loaded = load.get("loadRun, one thread") if "load" not in skip else None
            target = "%.1f s, 100 MB" % (2 * loaded[0]) if loaded else "100 MB"

            def remove_output():  # a new file each time, as a user's first export
                if os.path.exists(out):
                    os.remove(out)

            for fmt in ("speedscope", "chrome", "perfetto"):
                try:
                    wall, cpu, peak, _, worst = median_of(args.repeat, base + ["export", "--format", fmt, "-o", out],
                                                          memory_limit, before=remove_output)
                    rows.append(("export %s" % fmt, wall, cpu, peak, target, "worst %.3f s" % worst))
                except Failed as error:
                    rows.append(("export %s" % fmt, None, None, None, target, "failed: %s" % error))
            if os.path.exists(out):
                os.remove(out)

        print()
        print("%s calls, %.0f MB trace, %d cores, load average %.1f (medians of %d)" % (
            format(calls, ","), mb, os.cpu_count() or 1, os.getloadavg()[0], args.repeat))
        print("%-36s %9s %9s %10s  %-12s %s" % ("figure", "wall s", "cpu s", "peak MB", "target", ""))
        print("-" * 96)
        for name, wall, cpu, peak, target, note in rows:
            def cell(value, digits):
                return "%9.*f" % (digits, value) if value is not None else "%9s" % "-"
            print("%-36s %s %s %s  %-12s %s" % (name, cell(wall, 3), cell(cpu, 2),
                                                 cell(peak, 0).rjust(10), target, note))
        sys.stdout.flush()
    if temp is not None:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
