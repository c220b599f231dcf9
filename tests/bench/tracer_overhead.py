#!/usr/bin/env python3
"""Tracer overhead benchmark: untraced vs cProfile vs Breadcrumb on the SAME interpreter.

Runs tracer_workload.py in fresh processes (plain, `-m cProfile -o`, `-m breadcrumb run -q -o` as the
`breadcrumb run` CLI starts it), interleaving the three modes, and prints medians as ratios to
the untraced run: "hot" (the workload's own time, measured inside the process) and "end-to-end" (process
start to exit, Breadcrumb's trace committed), plus calls expected (counted by a profiler hook in a separate
run) vs calls recorded in the trace. Targets (issue 2): end-to-end <= cProfile, hot <= 0.7 x cProfile,
no call lost.

    PYTHONPATH=build/python python3 tests/bench/tracer_overhead.py [--reps 5] [--scale 1]
"""
import argparse
import os
import resource
import sqlite3
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

def run(cmd, env):
    """-> ((hot wall, hot cpu), (end-to-end wall, end-to-end cpu of the process), stdout)"""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode != 0:
        sys.exit("benchmark run failed: %s\n%s" % (" ".join(cmd), out.stderr.strip()))
    hot = None
    for line in out.stdout.splitlines():
        if line.startswith("HOT "):
            hot = tuple(float(x) for x in line.split()[1:3])
    return hot, (wall, cpu), out.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--scale", type=int, default=25)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--rounds", action="store_true", help="also print every round's hot CPU times")
    args = ap.parse_args()
    py = args.python
    env = dict(os.environ)
    scale = str(args.scale)
    tmp = tempfile.mkdtemp(prefix="breadcrumb-bench-")

    expected = None
    _, _, out = run([py, "-c", COUNTER, WORKLOAD, scale], env)
    for line in out.splitlines():
        if line.startswith("COUNT "):
            expected = int(line.split()[1])

    modes = {
        "untraced": lambda i: [py, WORKLOAD, scale],
        "cProfile": lambda i: [py, "-m", "cProfile", "-o", os.path.join(tmp, "prof%d.out" % i), WORKLOAD, scale],
        # what `breadcrumb run` starts (the CLI adds only its own report); the trace is complete when
        # the process exits: no index is left to build (format 1.1)
        "breadcrumb": lambda i: [py, "-m", "breadcrumb", "run", "-q", "-o", os.path.join(tmp, "trace%d.db" % i),
                                 WORKLOAD, scale],
    }
    hot = {m: [] for m in modes}
    wall = {m: [] for m in modes}
    recorded = []
    for i in range(args.reps):
        for name, cmd in modes.items():  # interleaved: machine noise hits every mode alike
            h, w, _ = run(cmd(i), env)
            hot[name].append(h)
            wall[name].append(w)
        db = sqlite3.connect(os.path.join(tmp, "trace%d.db" % i))
        recorded.append(db.execute(
            "SELECT COUNT(*) FROM calls c JOIN functions f USING (function_id) WHERE f.file = ?",
            (WORKLOAD,)).fetchone()[0])
        db.close()

    version = subprocess.run([py, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print("Tracer overhead on Python %s (%s), workload scale %s, %d interleaved runs, medians; x = ratio to"
          " untraced" % (version, py, scale, args.reps))
    print("(cpu: the program thread's CPU time for hot, the whole process's for end-to-end; wall counts"
          " waiting for a CPU too)")
    print("%-11s %9s %7s %9s %7s %9s %7s %9s %7s" % ("mode", "hot wall", "x", "hot cpu", "x", "e2e wall", "x",
                                                   "e2e cpu", "x"))
    med = lambda values, i: statistics.median(v[i] for v in values)
    base = [med(hot["untraced"], 0), med(hot["untraced"], 1), med(wall["untraced"], 0), med(wall["untraced"], 1)]
    ratios = {}
    for name in modes:
        figures = [med(hot[name], 0), med(hot[name], 1), med(wall[name], 0), med(wall[name], 1)]
        ratios[name] = [f / b for f, b in zip(figures, base)]
        print("%-11s" % name + "".join(" %9.3f %6.2fx" % (f, r) for f, r in zip(figures, ratios[name])))
    bc, cp = ratios["breadcrumb"], ratios["cProfile"]
    print("breadcrumb / cProfile: hot wall %.2f, hot cpu %.2f (target <= 0.70); end-to-end wall %.2f, cpu %.2f"
          " (target <= 1.00)" % (bc[0] / cp[0], bc[1] / cp[1], bc[2] / cp[2], bc[3] / cp[3]))
    # On a shared VM, slow phases stretch some runs of every mode; the fastest run of each mode is
    # the least disturbed reading of the same ratios.
    best = lambda values, i: min(v[i] for v in values)
    fastest = {name: [best(hot[name], 0), best(hot[name], 1), best(wall[name], 0), best(wall[name], 1)]
               for name in modes}
    bb = [f / u for f, u in zip(fastest["breadcrumb"], fastest["untraced"])]
    cb = [f / u for f, u in zip(fastest["cProfile"], fastest["untraced"])]
    print("fastest runs, same ratios:   hot wall %.2f, hot cpu %.2f; end-to-end wall %.2f, cpu %.2f"
          % (bb[0] / cb[0], bb[1] / cb[1], bb[2] / cb[2], bb[3] / cb[3]))
    # Breadcrumb's and cProfile's runs of one round ran seconds apart, under the same conditions: the
    # median of their per-round quotient (the untraced run cancels out) is the least noisy figure.
    paired = [statistics.median((hot if i < 2 else wall)["breadcrumb"][r][i % 2]
                                / (hot if i < 2 else wall)["cProfile"][r][i % 2] for r in range(args.reps))
              for i in range(4)]
    print("per-round pairs, median:     hot wall %.2f, hot cpu %.2f; end-to-end wall %.2f, cpu %.2f"
          % tuple(paired))
    if args.rounds:
        for r in range(args.reps):
            print("round %2d hot cpu: untraced %.3f cProfile %.3f breadcrumb %.3f"
                  % (r, hot["untraced"][r][1], hot["cProfile"][r][1], hot["breadcrumb"][r][1]))
    print("calls expected %s, recorded %s%s" % (expected, recorded,
          "" if all(r == expected for r in recorded) else "  <-- MISMATCH"))
    return 0 if all(r == expected for r in recorded) else 1


if __name__ == "__main__":
    sys.exit(main())
