#!/usr/bin/env python3
"""What a raise costs: a call that raises and is caught nearby (EAFP: `try: d[k] except KeyError`), and
the same call without the raise, untraced, under cProfile and under `breadcrumb run`, in fresh
processes, interleaved round by round; medians. The figure of interest is the raise's own cost (raising
minus non-raising loop, per iteration) beside cProfile's (issue 11: a raise caught nearby must cost about
what cProfile adds).

    PYTHONPATH=build/python python3 tests/bench/raise_cost.py [--reps 5] [--n 200000]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROGRAM = r"""
import sys, time
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None
def loop(d, n):
    t, c = time.perf_counter(), time.thread_time()
    for i in range(n):
        lookup(d, i)
    return time.perf_counter() - t, time.thread_time() - c
n = int(sys.argv[1])
miss = loop({}, n)
hit = loop({i: i for i in range(n)}, n)
print(miss[0] / n * 1e9, hit[0] / n * 1e9, miss[1] / n * 1e9, hit[1] / n * 1e9)
"""


def measure(mode, script, n, tmp):
    cmd = {"untraced": [sys.executable, script, str(n)],
           "cProfile": [sys.executable, "-m", "cProfile", "-o", os.devnull, script, str(n)],
           "breadcrumb": [sys.executable, "-m", "breadcrumb", "run", "-q", "-o", os.path.join(tmp, "t.db"),
                          script, str(n)]}[mode]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    for suffix in ("", "-wal", "-shm"):
        try:
            os.unlink(os.path.join(tmp, "t.db" + suffix))
        except FileNotFoundError:
            pass
    return [float(v) for v in out[-4:]]  # wall miss, wall hit, cpu miss, cpu hit


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--n", type=int, default=200000)
    args = parser.parse_args()
    modes = ["untraced", "cProfile", "breadcrumb"]
    results = {m: [] for m in modes}
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "raises.py")
        with open(script, "w") as f:
            f.write(PROGRAM)
        for _ in range(args.reps):
            for m in modes:
                results[m].append(measure(m, script, args.n, tmp))
    print("Python %s, %d iterations, median of %d, ns per iteration; CPU = the program thread's own"
          % (sys.version.split()[0], args.n, args.reps))
    print("%-11s %12s %12s %12s %10s %12s %10s" % ("mode", "raise+catch", "no raise", "raise wall", "/cProfile",
                                                   "raise CPU", "/cProfile"))
    def med(m, i):
        return statistics.median(r[i] for r in results[m])
    wall = {m: med(m, 0) - med(m, 1) for m in modes}
    cpu = {m: med(m, 2) - med(m, 3) for m in modes}
    for m in modes:
        print("%-11s %12.0f %12.0f %12.0f %9.2fx %12.0f %9.2fx" % (
            m, med(m, 0), med(m, 1), wall[m], wall[m] / max(wall["cProfile"], 1e-9), cpu[m],
            cpu[m] / max(cpu["cProfile"], 1e-9)))

if __name__ == "__main__":
    main()
