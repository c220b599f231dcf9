#!/usr/bin/env python3
"""What the first call of a new function costs (issue 11 item 6: scope decisions, interning the function,
storing its row), beside cProfile: a generated module of --functions functions, each called once (first
calls) and then once more (second calls), untraced, under cProfile and under `breadcrumb run`, in fresh
processes, interleaved round by round; medians. The module is compiled before the first round, so no
round pays for compiling it.

Per first call it prints the wall time and the program thread's CPU above the second call's, and the
whole process's CPU per function (every thread: Breadcrumb's writer stores one functions row per new
function), each beside cProfile's.

    PYTHONPATH=build/python python3 tests/bench/first_call_cost.py [--reps 5] [--functions 20000]
"""
import argparse
import os
import py_compile
import statistics
import subprocess
import sys
import tempfile

PROGRAM = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import many
fs = [getattr(many, "f%d" % i) for i in range(int(sys.argv[2]))]
def loop():
    t, c = time.perf_counter(), time.thread_time()
    for g in fs:
        g(1)
    return time.perf_counter() - t, time.thread_time() - c
first = loop()
second = loop()
print(first[0], second[0], first[1], second[1], flush=True)
"""


def measure(mode, script, directory, n, tmp):
    trace = os.path.join(tmp, "t.db")
    args = [script, directory, str(n)]
    cmd = {"untraced": [sys.executable] + args,
           "cProfile": [sys.executable, "-m", "cProfile", "-o", os.devnull] + args,
           "breadcrumb": [sys.executable, "-m", "breadcrumb", "run", "-q", "-o", trace] + args}[mode]
    before = os.times()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    after = os.times()
    for suffix in ("", "-wal", "-shm"):
        try:
            os.unlink(trace + suffix)
        except FileNotFoundError:
            pass
    process_cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return [float(v) / n * 1e9 for v in out[-4:]] + [process_cpu]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--functions", type=int, default=20000)
    args = parser.parse_args()
    n = args.functions
    modes = ["untraced", "cProfile", "breadcrumb"]
    results = {m: [] for m in modes}
    with tempfile.TemporaryDirectory() as tmp:
        module = os.path.join(tmp, "many.py")
        with open(module, "w") as f:
            for i in range(n):
                f.write("def f%d(x):\n    return x + %d\n" % (i, i))
        py_compile.compile(module, doraise=True)
        script = os.path.join(tmp, "first_calls.py")
        with open(script, "w") as f:
            f.write(PROGRAM)
        for _ in range(args.reps):
            for m in modes:
                results[m].append(measure(m, script, tmp, n, tmp))

    def med(m, i):
        return statistics.median(r[i] for r in results[m])

    print("Python %s, %d functions, median of %d; ns per first call above a second call; process CPU = "
          "every thread, per function, above untraced" % (sys.version.split()[0], n, args.reps))
    print("%-11s %10s %10s %10s %10s %13s %10s" % ("mode", "wall", "/cProfile", "CPU", "/cProfile",
                                                  "process CPU", "/cProfile"))
    wall = {m: med(m, 0) - med(m, 1) for m in modes}
    cpu = {m: med(m, 2) - med(m, 3) for m in modes}
    process = {m: (med(m, 4) - med("untraced", 4)) / n * 1e9 for m in modes}
    for m in modes:
        print("%-11s %10.0f %9.2fx %10.0f %9.2fx %13.0f %9.2fx" % (
            m, wall[m], wall[m] / max(wall["cProfile"], 1e-9), cpu[m], cpu[m] / max(cpu["cProfile"], 1e-9),
            process[m], process[m] / max(process["cProfile"], 1e-9)))


if __name__ == "__main__":
    main()
