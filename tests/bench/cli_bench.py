#!/usr/bin/env python3
"""CLI benchmark: the `breadcrumb` binary on a generated 1 M-call trace (scripts/gen_trace.py).

    python3 tests/bench/cli_bench.py --cli build/bin/breadcrumb [--calls 1000000] [--repeat 3] [--trace F]

Times, as a user sees them (process start to exit, median of --repeat runs; CPU time alongside, which is
what counts on a busy machine):
    performance                    target < 1 s
    performance FUNCTION           target < 1 s   (the most-called function)
    the seed's self-time query     target < 3 s   (correlated subquery on parent_event_id)
Prints the figures next to the targets; it asserts nothing (benchmarks are not timed tests). The trace is
generated once into --trace (default: a temporary file) and reused when it exists.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seed_queries import SEED  # noqa: E402  (tests/seed_queries.sql, the one copy of the seed's SQL)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SELF_TIME_SQL = SEED["self_time"]


def timed(command):
    """(wall seconds, CPU seconds of the child, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        sys.exit("benchmark command failed (%d): %s\n%s" % (completed.returncode, " ".join(command),
                                                              completed.stderr))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, completed.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "breadcrumb"))
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--trace", help="trace file to (re)use; generated when missing")
    args = parser.parse_args()

    temp_dir = None
    trace = args.trace
    if trace is None:
        temp_dir = tempfile.TemporaryDirectory(prefix="breadcrumb-cli-bench-")
        trace = os.path.join(temp_dir.name, "bench.db")
    if not os.path.exists(trace):
        print("generating %d calls into %s ..." % (args.calls, trace), flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_trace.py"), trace,
                        "--calls", str(args.calls)], check=True, stdout=subprocess.DEVNULL)
        print("  generated in %.1f s" % (time.perf_counter() - start))

    _, _, top = timed([args.cli, "-t", trace, "top", "1", "--format", "csv"])
    function = top.splitlines()[1].split(",")[1]

    cases = [
        ("performance", [args.cli, "-t", trace, "performance"], 1.0),
        ("performance %s" % function, [args.cli, "-t", trace, "performance", function], 1.0),
        ("seed self-time query", [args.cli, "-t", trace, "query", "--format", "csv", "--timeout", "0",
                                  SELF_TIME_SQL], 3.0),
    ]
    print()
    print("%-36s %10s %12s %12s  %s" % ("command (%d calls)" % args.calls, "target", "wall median",
                                        "cpu median", "within target"))
    print("-" * 90)
    for name, command, target in cases:
        walls, cpus = [], []
        for _ in range(args.repeat):
            wall, cpu, _ = timed(command)
            walls.append(wall)
            cpus.append(cpu)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        verdict = "yes" if wall < target else ("cpu only (busy machine?)" if cpu < target else "NO")
        print("%-36s %9.1fs %11.2fs %11.2fs  %s" % (name, target, wall, cpu, verdict))
    load = os.getloadavg()[0]
    print("\nload average while measuring: %.1f on %d cores" % (load, os.cpu_count() or 1))
    if temp_dir is not None:
        temp_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
