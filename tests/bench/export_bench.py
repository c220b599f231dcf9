#!/usr/bin/env python3
"""Export benchmark: `breadcrumb export` of generated traces (scripts/gen_trace.py) in every format, beside
reading the same calls without writing anything.

    python3 tests/bench/export_bench.py --cli build/bin/breadcrumb [--calls 1000000 10000000] [--repeat 3]
                                        [--dir DIR] [--formats chrome speedscope perfetto]

Per trace size and format: wall time (median of --repeat runs, each to a new file), CPU time and peak
memory (max RSS of the export process, from wait4), the output's size, and its wall and CPU time over the
`load` reference's:
    read     `query "SELECT sum(length(rows)) FROM call_chunks"`: the chunks' bytes read, nothing decoded
    load     `core_bench TRACE --load`, loadRun on one thread: every call read and decoded into memory (as
             scale_bench.py sets it; `performance` no longer reads the calls, it ranks from the summaries)
    decode   `query "SELECT count(*) FROM calls"`: every call decoded by SQLite's JSON functions
Targets (issue 17): memory independent of trace size (<= 100 MB at 10 M calls), time <= 2x reading the calls.
Traces are generated once into --dir (default /tmp/breadcrumb-export-bench) and reused; outputs go to
--dir too and are removed. Prints figures only; asserts nothing but that every command succeeds.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

from scale_bench import core_load  # core_bench --load's figures, as scale_bench reads them

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(command):
    """(wall s, CPU s, max RSS MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit("benchmark command failed (%d): %s\n%s" % (proc.returncode, " ".join(command), stderr))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(command, repeat, before=lambda: None):
    results = []
    for _ in range(repeat):
        before()
        results.append(run(command))
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(r[2] for r in results))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "breadcrumb"))
    parser.add_argument("--calls", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default="/tmp/breadcrumb-export-bench")
    parser.add_argument("--formats", nargs="+", default=["chrome", "speedscope", "perfetto"])
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    print("%-10s %-12s %8s %8s %9s %9s %8s %8s" % ("calls", "what", "wall s", "cpu s", "peak MB", "out MB",
                                                    "x load", "cpu x"))
    for calls in args.calls:
        trace = os.path.join(args.dir, "gen-%d.db" % calls)
        if not os.path.exists(trace):
            print("generating %s (%d calls)..." % (trace, calls), flush=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_trace.py"), trace,
                            "--calls", str(calls), "--threads", "4", "--quiet"], check=True)
        base = [args.cli, "-t", trace]
        reference = {}
        for name, command in (("read", ["query", "SELECT sum(length(rows)) FROM call_chunks"]),
                              ("load", None),
                              ("decode", ["query", "--timeout", "3600", "SELECT count(*) FROM calls"])):
            if command is None:
                figures = core_load(os.path.join(os.path.dirname(args.cli), "core_bench"), trace, args.repeat)
                wall, cpu, rss = figures["loadRun, one thread"]
            else:
                wall, cpu, rss = measure(base + command, args.repeat)
            reference[name] = (wall, cpu)
            print("%-10d %-12s %8.2f %8.2f %9.0f %9s %8s %8s" % (calls, name, wall, cpu, rss, "-", "-", "-"),
                  flush=True)
        for fmt in args.formats:
            out = os.path.join(args.dir, "out.%s" % fmt)

            def remove_output():  # a new file each time, as a user's first export
                if os.path.exists(out):
                    os.remove(out)
            wall, cpu, rss = measure(base + ["export", "--format", fmt, "-o", out], args.repeat, remove_output)
            size = os.path.getsize(out) / 1e6
            os.remove(out)
            print("%-10d %-12s %8.2f %8.2f %9.0f %9.0f %8.1f %8.1f" % (
                calls, fmt, wall, cpu, rss, size, wall / reference["load"][0], cpu / reference["load"][1]),
                flush=True)


if __name__ == "__main__":
    main()
