#!/usr/bin/env python3
"""Deterministic traces for the viewer's tests, written with tracer/schema.sql verbatim.

    python3 make_gui_traces.py OUT_DIR

seed.db        one run shaped like the seed's example 04 (slow_function called 10x by
               redundant_computation and 3x by process_data, very_slow_function, a caught ValueError,
               a worker thread)
optimized.db   the "after" run: cached_computation replaces redundant_computation
two_runs.db    both runs in one file (run 1 = seed, run 2 = optimized)
family.db      recorded by the real tracer (PYTHONPATH: the built package): a program that forks a child,
               which forks a grandchild, then forks a second child (runs 1; 2 and 4 children of 1; 3 of 2)
recorded.db    recorded by the real tracer: pipeline.py twice as is (runs 1-2) and twice with --changed
               (runs 3-4: transform gets slower, cache_lookup replaces recompute); for side by side and
               pooled runs on real traces
not_sqlite.db, not_a_trace.db, newer_format.db, truncated.db, empty_run.db: the bad files
"""

import os
import shutil
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = open(os.path.join(ROOT, "tracer", "schema.sql")).read()
INDEXES = open(os.path.join(ROOT, "tracer", "indexes.sql")).read()
MS = 1_000_000
START = 1795516245_123000000  # 2026-11-24T10:30:45.123Z
SOURCE = None  # set in main(): a real file so the source view has something to show

FUNCTIONS = [  # name, line
    ("main", 90), ("fast_function", 10), ("slow_function", 15), ("very_slow_function", 20),
    ("process_data", 25), ("redundant_computation", 32), ("cached_computation", 39),
    ("inefficient_loop", 46), ("efficient_loop", 55), ("parse_value", 62), ("worker_task", 70),
]


def iso(ns):
    import datetime
    return datetime.datetime.fromtimestamp(ns / 1e9, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")


class Run:
    def __init__(self, db, run_id, start, optimized):
        self.db, self.run_id, self.t, self.optimized = db, run_id, start, optimized
        self.start = start
        self.fid = {name: i + 1 for i, (name, _) in enumerate(FUNCTIONS)}
        self.next_call = run_id * 100000
        self.next_exc = run_id * 1000
        self.rows = []
        self.exceptions = []

    def call(self, name, own_ms, children=(), parent=None, depth=0, thread=1, raises=None):
        """Records a call that spends own_ms itself and runs `children` (callables) in order."""
        call_id = self.next_call
        self.next_call += 1
        start = self.t
        self.t += int(own_ms * MS / 2)
        for child in children:
            before = self.t
            child(call_id, depth + 1, thread)
            self.t += 1000  # 1 µs between calls
        self.t += int(own_ms * MS / 2)
        exc = None
        if raises:
            exc = self.next_exc
            self.next_exc += 1
            self.exceptions.append((exc, self.run_id, call_id, thread, self.t, raises[0], raises[1],
                                    'Traceback (most recent call last):\n  File "main.py", line 64, in parse_value\n'
                                    + raises[0] + ": " + raises[1], 1))
        duration = self.t - start
        self.rows.append((call_id, self.run_id, parent, self.fid[name], thread, depth, start, duration,
                          self._child_sum(call_id), exc))
        return call_id

    def _child_sum(self, call_id):
        return sum(r[7] for r in self.rows if r[2] == call_id)

    def leaf(self, name, ms, raises=None):
        return lambda parent, depth, thread: self.call(name, ms, (), parent, depth, thread, raises)

    def node(self, name, own_ms, *children):
        return lambda parent, depth, thread: self.call(name, own_ms, children, parent, depth, thread)

    def record(self):
        slow = [self.leaf("slow_function", 99.8 + 0.4 * (i % 3) / 2) for i in range(13)]
        if self.optimized:
            compute = self.node("cached_computation", 0.05, slow[0])
            very_slow_ms = 250.0
        else:
            compute = self.node("redundant_computation", 0.2, *slow[:10])
            very_slow_ms = 500.2
        main = self.node("main", 1.0,
                         *[self.leaf("fast_function", 0.02 + 0.01 * i) for i in range(5)],
                         self.node("process_data", 0.5, *slow[10:13]),
                         self.leaf("very_slow_function", very_slow_ms),
                         compute,
                         self.leaf("inefficient_loop", 123.4),
                         self.leaf("efficient_loop", 1.2),
                         self.leaf("parse_value", 0.1, raises=("ValueError", "invalid literal for int() with base 10: 'x'")))
        main(None, 0, 1)
        end_main = self.t
        self.t = self.start + 5 * MS  # the worker runs alongside main
        self.node("worker_task", 2.0, self.leaf("fast_function", 0.5), self.leaf("fast_function", 0.7))(None, 0, 2)
        end = max(end_main, self.t) + MS
        db = self.db
        db.execute("INSERT INTO runs (run_id, command_line, python_version, python_executable, cwd, hostname, pid,"
                   " start_ns, end_ns, started_at, ended_at, heartbeat_ns, status, exit_code, tracer_version)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (self.run_id, "python main.py" + (" --optimized" if self.optimized else ""), "3.11.7",
                    "/usr/bin/python3", "/home/dev/example", "testhost", 4242, self.start, end, iso(self.start),
                    iso(end), end, "completed", 0, "0.1.0"))
        db.executemany("INSERT INTO threads VALUES (?,?,?,?)",
                       [(self.run_id, 1, 101, "MainThread"), (self.run_id, 2, 102, "Worker-1")])
        db.executemany("INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?)", self.rows)
        db.executemany("INSERT INTO exceptions VALUES (?,?,?,?,?,?,?,?,?)", self.exceptions)


def create(path, runs):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT OR IGNORE INTO functions (function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)",
                   [(i + 1, name, "__main__", SOURCE, line, "function") for i, (name, line) in enumerate(FUNCTIONS)])
    t = START
    for run_id, optimized in runs:
        Run(db, run_id, t, optimized).record()
        t += 10_000 * MS
    db.executescript(INDEXES)
    db.execute("PRAGMA user_version = 101")
    db.commit()
    db.close()


def write_source(path):
    """A small Python file whose lines match the functions' line numbers."""
    lines = ["# example source for the viewer tests"] + [""] * 120
    for name, line in FUNCTIONS:
        lines[line - 1] = "def %s(n=1):" % name
        lines[line] = "    total = 0"
        lines[line + 1] = "    for i in range(n):"
        lines[line + 2] = "        total += i  # body of %s" % name
        lines[line + 3] = "    return total"
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    global SOURCE
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    SOURCE = os.path.abspath(os.path.join(out, "example_main.py"))
    write_source(SOURCE)
    create(os.path.join(out, "seed.db"), [(1, False)])
    create(os.path.join(out, "optimized.db"), [(2, True)])
    create(os.path.join(out, "two_runs.db"), [(1, False), (2, True)])

    with open(os.path.join(out, "not_sqlite.db"), "w") as f:
        f.write("this is a text file, not a trace\n" * 10)
    path = os.path.join(out, "not_a_trace.db")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE recipes (name TEXT)")
    db.commit()
    db.close()
    path = os.path.join(out, "newer_format.db")
    shutil.copy(os.path.join(out, "seed.db"), path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 200")
    db.commit()
    db.close()
    # Half a file: the header promises pages that are not there.
    data = open(os.path.join(out, "two_runs.db"), "rb").read()
    with open(os.path.join(out, "truncated.db"), "wb") as f:
        f.write(data[: len(data) // 3])
    path = os.path.join(out, "empty_run.db")
    create(path, [])
    db = sqlite3.connect(path)
    db.execute("INSERT INTO runs (run_id, command_line, start_ns, end_ns, started_at, status) "
               "VALUES (1, 'python empty.py', ?, ?, ?, 'completed')", (START, START + MS, iso(START)))
    db.commit()
    db.close()
    make_big(out)
    make_family(out)
    make_recorded(out)


FAMILY = """
import os

def work(n):
    return sum(range(n))

def spawn(levels):
    pid = os.fork()
    if pid == 0:
        work(10)
        if levels > 1:
            spawn(levels - 1)
        os._exit(0)
    os.waitpid(pid, 0)

work(5)
spawn(2)
spawn(1)
"""


def make_family(out):
    """Child processes traced as runs of their own, linked to their parent's run."""
    import subprocess
    path = os.path.join(out, "family.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    program = os.path.join(out, "family.py")
    with open(program, "w") as f:
        f.write(FAMILY)
    subprocess.run([sys.executable, "-m", "breadcrumb", "run", "-q", "-o", path, program], check=True)


PIPELINE = """
import sys

CHANGED = "--changed" in sys.argv

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

def transform(item):
    return work(3000 if CHANGED else 2000)

def recompute():
    return work(5000)

def cache_lookup():
    return work(10)

def pipeline():
    for item in range(6):
        transform(item)
    if CHANGED:
        cache_lookup()
    else:
        recompute()

pipeline()
"""


def make_recorded(out):
    """A before/after pair recorded by the real tracer, two runs a side, in one file."""
    import subprocess
    path = os.path.join(out, "recorded.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    program = os.path.join(out, "pipeline.py")
    with open(program, "w") as f:
        f.write(PIPELINE)
    for args in ([], [], ["--changed"], ["--changed"]):
        subprocess.run([sys.executable, "-m", "breadcrumb", "run", "-q", "-o", path, program] + args, check=True)


def make_big(out):
    """100k calls from the core's generator: slow enough to load that cancelling always lands in time. Format 1.1,
    without summaries: the viewer has no table to show before the calls load (tst_preview)."""
    import subprocess
    path = os.path.join(out, "big.db")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_trace.py"), path, "--calls", "100000",
                        "--threads", "3", "--format", "1.1", "--quiet"], check=True)


if __name__ == "__main__":
    main()
