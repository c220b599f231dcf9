#!/usr/bin/env python3
"""Fixed cost of a traced run: an empty program and a small one, untraced vs cProfile vs breadcrumb.

Short real programs (0.1-0.5 s) are dominated by what a profiler costs to start and to end, not by its
per-call cost: this prints, side by side, the end-to-end wall time and the CPU time (user + sys, all
threads) of `python P`, `python -m cProfile -o F P` and `python -m breadcrumb run -q --include '*' -o T P`
in fresh processes, the modes interleaved round by round, medians. Target (issue 11): breadcrumb's
fixed cost at or below cProfile's.

    PYTHONPATH=build/python python3 tests/bench/startup_cost.py [--reps 21] [--python /usr/bin/python3]
        [--baseline OTHER/python]   # another build's breadcrumb too, interleaved (before/after a change)
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAMS = {
    "empty": "pass\n",
    # ~20k calls and a few imports: a small script's work
    "small": (
        "import json\n"
        "def leaf(i):\n    return i * 2\n"
        "def node(n):\n    return sum(leaf(i) for i in range(n))\n"
        "total = sum(node(100) for _ in range(100))\n"
        "json.dumps({'total': total})\n"
    ),
}


def run(cmd, env):
    """-> (wall seconds, CPU seconds) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("benchmark run failed: %s\n%s" % (" ".join(cmd), stderr.decode(errors="replace").strip()))
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=21)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--baseline", help="a package directory of another build, run as 'baseline'")
    args = parser.parse_args()
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("BREADCRUMB_DB", None)
    tmp = tempfile.mkdtemp(prefix="breadcrumb-startup-")
    python = args.python
    def traced(script):
        return [python, "-m", "breadcrumb", "run", "-q", "--include", "*", "-o", os.path.join(tmp, "t.db"),
                script]
    modes = {
        "untraced": lambda s: [python, s],
        "cProfile": lambda s: [python, "-m", "cProfile", "-o", os.path.join(tmp, "p.out"), s],
        "breadcrumb": traced,
    }
    environments = {mode: env for mode in modes}
    if args.baseline:
        modes["baseline"] = traced
        environments["baseline"] = dict(env, PYTHONPATH=os.pathsep.join(
            [args.baseline] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]))
    try:
        scripts = {}
        for name, source in PROGRAMS.items():
            scripts[name] = os.path.join(tmp, name + ".py")
            with open(scripts[name], "w", encoding="utf-8") as handle:
                handle.write(source)
        results = {name: {mode: [] for mode in modes} for name in scripts}
        for _ in range(args.reps + 1):
            for name, script in scripts.items():
                for mode, command in modes.items():  # interleaved: machine noise hits every mode alike
                    results[name][mode].append(run(command(script), environments[mode]))
                    for leftover in os.listdir(tmp):
                        if leftover.startswith(("t.db", "p.out")):
                            os.remove(os.path.join(tmp, leftover))
        version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                                 capture_output=True, text=True).stdout.strip()
        print("Python %s, fixed cost of a run, %d rounds (after one warm-up), medians, ms"
              % (version, args.reps))
        baseline = "baseline" in modes
        print("%-7s %-5s %9s %9s %11s %9s" % ("program", "", "untraced", "cProfile", "breadcrumb", "bc / cP")
              + (" %9s %9s" % ("baseline", "base / cP") if baseline else ""))
        for name in scripts:
            for index, label in ((0, "wall"), (1, "CPU")):
                med = {mode: statistics.median(r[index] for r in results[name][mode][1:]) for mode in modes}
                print("%-7s %-5s %9.1f %9.1f %11.1f %9.2f"
                      % (name, label, med["untraced"] * 1e3, med["cProfile"] * 1e3,
                         med["breadcrumb"] * 1e3, med["breadcrumb"] / med["cProfile"])
                      + (" %9.1f %9.2f" % (med["baseline"] * 1e3, med["baseline"] / med["cProfile"])
                         if baseline else ""))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
