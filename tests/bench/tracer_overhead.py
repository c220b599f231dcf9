#!/usr/bin/env python3
"""Tracer overhead benchmark: untraced vs cProfile vs Breadcrumb on the SAME interpreter.

Runs tracer_workload.py in fresh processes (plain, `-m cProfile -o`, `-m breadcrumb run -q -o` as the
`breadcrumb run` CLI starts it), interleaving the three modes (their order rotating from round to round), and
prints medians as ratios to the untraced run: "hot" (the workload's own time, measured inside the process)
and "end-to-end" (process start to exit, Breadcrumb's trace committed), each as wall and CPU time, plus the
Breadcrumb writer thread's CPU, every mode's peak memory (max RSS), and calls expected (counted by a
profiler hook in a separate run) vs calls recorded in the trace. Targets (issues 2, 17): hot <= 0.7 x
cProfile, end-to-end <= cProfile, no call lost; with `--busy` (a CPU hog pinned to the other core, the
benchmarked process pinned to this one: no spare core for the writer) hot wall <= cProfile and end-to-end
CPU <= 0.8 x cProfile.

    PYTHONPATH=build/python python3 tests/bench/tracer_overhead.py [--reps 7] [--scale 25] [--busy]
                                        [--workload tests/bench/records_workload.py]

`--workload` runs another program of the same shape (a scale argument, a "HOT wall cpu" line): the target
holds for call-heavy programs in general, not for the one this benchmark was tuned on.
"""
import argparse
import os
import re
import sqlite3
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOAD = os.path.join(HERE, "tracer_workload.py")

# Counts function invocations in the workload file: a generator or coroutine is one call however
# often it is resumed (sys.monitoring PY_START on 3.12+, fresh RESUME-0 frames with setprofile on 3.11, f_lasti -1 on 3.10).
COUNTER = r"""
import sys, runpy
target = sys.argv[1]
count = 0
if sys.version_info >= (3, 12):
    mon = sys.monitoring
    tool = 5
    mon.use_tool_id(tool, "count")
    def on_start(code, offset):
        global count
        if code.co_filename == target:
            count += 1
    mon.register_callback(tool, mon.events.PY_START, on_start)
    mon.set_events(tool, mon.events.PY_START)
else:
    import dis
    RESUME = dis.opmap.get("RESUME")  # 3.11; 3.10 has none: a fresh frame has f_lasti -1 there
    def prof(frame, event, arg):
        global count
        if event == "call" and frame.f_code.co_filename == target:
            if RESUME is None:
                count += frame.f_lasti < 0
            else:
                code = frame.f_code.co_code
                i = frame.f_lasti
                if code[i] == RESUME and code[i + 1] == 0:
                    count += 1
    sys.setprofile(prof)
sys.argv = [target] + sys.argv[2:]
runpy.run_path(target, run_name="__main__")
sys.setprofile(None)
print("COUNT", count)
"""

WRITER = re.compile(r"breadcrumb: writer thread cpu ([0-9.]+) s")
STALLS = re.compile(r"breadcrumb: producers waited ([0-9.]+) ms")


def run(cmd, env, cpu=None):
    """One fresh process -> dict: hot wall and CPU (measured inside), end-to-end wall and CPU (user +
    system of the process, all its threads), peak RSS in MB, the writer thread's CPU (Breadcrumb only),
    stdout."""
    preexec = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    with tempfile.TemporaryFile("w+") as err_file:  # a file, not a pipe: stdout is read to its end first
        t0 = time.perf_counter()
        process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err_file, text=True,
                                   preexec_fn=preexec)
        out = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)  # this process's own rusage (CPU, max RSS)
        wall = time.perf_counter() - t0
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
        err_file.seek(0)
        err = err_file.read()
    if process.returncode != 0:
        sys.exit("benchmark run failed: %s\n%s" % (" ".join(cmd), err.strip()))
    result = {"hot wall": None, "hot cpu": None, "e2e wall": wall, "e2e cpu": usage.ru_utime + usage.ru_stime,
              "rss": usage.ru_maxrss / 1024.0, "writer cpu": None, "stalls": None, "stdout": out}
    for line in out.splitlines():
        if line.startswith("HOT "):
            result["hot wall"], result["hot cpu"] = (float(x) for x in line.split()[1:3])
    match = WRITER.search(err)
    if match:
        result["writer cpu"] = float(match.group(1))
    match = STALLS.search(err)
    if match:
        result["stalls"] = float(match.group(1)) / 1000.0
    return result


def count_calls(py, env, workload, scale):
    out = subprocess.run([py, "-c", COUNTER, workload, scale], env=env, capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("COUNT "):
            return int(line.split()[1])
    sys.exit("cannot count the workload's calls:\n" + out.stderr)


def bench(py, args, tmp, busy):
    env = dict(os.environ)
    env["BREADCRUMB_DEBUG_TIMING"] = "1"  # the writer thread reports its CPU time on exit (stderr)
    env.pop("BREADCRUMB_DB", None)
    scale = str(args.scale)
    workload = args.workload
    expected = count_calls(py, env, workload, scale)
    cpu = 0 if busy else None
    modes = {
        "untraced": lambda i: [py, workload, scale],
        "cProfile": lambda i: [py, "-m", "cProfile", "-o", os.path.join(tmp, "prof%d.out" % i), workload, scale],
        # what `breadcrumb run` starts (the CLI adds only its own report); the trace is complete when
        # the process exits: no index is left to build (format 1.1)
        "breadcrumb": lambda i: [py, "-m", "breadcrumb", "run", "-q", "-o", os.path.join(tmp, "trace%d.db" % i),
                                 workload, scale],
    }
    names = list(modes)
    results = {m: [] for m in modes}
    recorded = []
    run([py, workload, "1"], env, cpu)  # warm-up: the page cache and CPU frequency settle
    for i in range(args.reps):
        # interleaved, the order rotating: machine noise hits every mode alike, none always goes first
        for k in range(len(names)):
            name = names[(i + k) % len(names)]
            results[name].append(run(modes[name](i), env, cpu))
        trace = os.path.join(tmp, "trace%d.db" % i)
        db = sqlite3.connect(trace)
        recorded.append(db.execute(
            "SELECT COUNT(*) FROM calls c JOIN functions f USING (function_id) WHERE f.file = ?",
            (workload,)).fetchone()[0])
        db.close()
        for leftover in os.listdir(tmp):
            os.remove(os.path.join(tmp, leftover))

    version = subprocess.run([py, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print("Tracer overhead on Python %s (%s)%s, %s scale %s (%d calls), %d interleaved rounds, medians;"
          " x = ratio to untraced" % (version, py, ", BUSY: a CPU hog pinned to the other core" if busy else "",
                                     os.path.basename(workload), scale, expected, args.reps))
    print("(cpu: the program thread's CPU time for hot, the whole process's for end-to-end; wall counts"
          " waiting for a CPU too)")
    keys = ["hot wall", "hot cpu", "e2e wall", "e2e cpu"]
    print("%-11s" % "mode" + "".join(" %9s %6s" % (k, "x") for k in keys) + " %9s %8s" % ("writer", "max RSS"))
    med = lambda name, key: statistics.median(r[key] for r in results[name])
    base = [med("untraced", k) for k in keys]
    ratios = {}
    for name in modes:
        figures = [med(name, k) for k in keys]
        ratios[name] = [f / b for f, b in zip(figures, base)]
        writer = "%8.3fs" % med(name, "writer cpu") if name == "breadcrumb" else "%9s" % "-"
        print("%-11s" % name + "".join(" %8.3fs %5.2fx" % (f, r) for f, r in zip(figures, ratios[name]))
              + " %s %6.0fMB" % (writer, med(name, "rss")))
    bc, cp = ratios["breadcrumb"], ratios["cProfile"]
    targets = ("hot wall <= 1.00, end-to-end cpu <= 0.80 (busy)" if busy
               else "hot <= 0.70, end-to-end <= 1.00")
    print("breadcrumb / cProfile, ratio of medians: hot wall %.2f, hot cpu %.2f; end-to-end wall %.2f, cpu %.2f"
          " (targets: %s)" % (bc[0] / cp[0], bc[1] / cp[1], bc[2] / cp[2], bc[3] / cp[3], targets))
    # Breadcrumb's and cProfile's runs of one round ran seconds apart, under the same conditions: the
    # median of their per-round quotient (the untraced run cancels out) is the least noisy figure.
    paired = [statistics.median(b[k] / c[k] for b, c in zip(results["breadcrumb"], results["cProfile"]))
              for k in keys]
    print("breadcrumb / cProfile, median of per-round pairs: hot wall %.2f, hot cpu %.2f; end-to-end wall %.2f,"
          " cpu %.2f" % tuple(paired))
    writer = med("breadcrumb", "writer cpu")
    # a tracer older than the waits' report (a baseline build) prints none
    stalls = [r["stalls"] for r in results["breadcrumb"] if r["stalls"] is not None]
    print("writer thread: %.3f s CPU, %.3f us a call; the program waited %s for it (backpressure);"
          " peak RSS breadcrumb / cProfile %.2f"
          % (writer, writer * 1e6 / expected, "%.3f s" % statistics.median(stalls) if stalls else "(not reported)",
             med("breadcrumb", "rss") / med("cProfile", "rss")))
    if args.rounds:
        for r in range(args.reps):
            print("round %2d hot cpu: untraced %.3f cProfile %.3f breadcrumb %.3f"
                  % (r, results["untraced"][r]["hot cpu"], results["cProfile"][r]["hot cpu"],
                     results["breadcrumb"][r]["hot cpu"]))
    ok = all(r == expected for r in recorded)
    print("calls expected %s, recorded %s%s\n" % (expected, recorded, "" if ok else "  <-- MISMATCH"))
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--scale", type=int, default=25)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--workload", default=WORKLOAD, type=os.path.abspath,
                    help="the program to trace (default: tracer_workload.py; records_workload.py is another)")
    ap.add_argument("--busy", action="store_true", help="also run with a CPU hog pinned to the other core")
    ap.add_argument("--only-busy", action="store_true", help="only the busy mode")
    ap.add_argument("--rounds", action="store_true", help="also print every round's hot CPU times")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="breadcrumb-bench-")
    ok = True
    try:
        for busy in ([True] if args.only_busy else [False, True] if args.busy else [False]):
            hog = None
            if busy:
                if len(os.sched_getaffinity(0)) < 2 or not {0, 1} <= os.sched_getaffinity(0):
                    print("(busy mode needs CPUs 0 and 1; skipped)")
                    continue
                hog = subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                       preexec_fn=lambda: os.sched_setaffinity(0, {1}))
            try:
                ok = bench(args.python, args, tmp, busy) and ok
            finally:
                if hog is not None:
                    hog.kill()
                    hog.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
