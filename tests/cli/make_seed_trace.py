#!/usr/bin/env python3
"""Builds deterministic v1 traces for the CLI's golden tests.

Scenarios:
  seed-before  run 1 only: examples/04-performance-profiling as the seed document traces it before the
               optimisation (slow_function 13 calls: 10 from redundant_computation, 3 from process_data;
               very_slow_function 500.2 ms; inefficient_loop 123.4 ms; wasteful_string_concat 45.6 ms;
               fast_function x5).
  seed         run 1 as above plus run 2, the re-run after the optimisation (cached_computation).
  errors       one run with exceptions (caught and escaped), a worker thread, captured values and calls
               into untraced code.
  empty        one run that recorded no calls (the program did nothing traceable), then nothing else.

Times are fixed (UTC), so every figure the CLI prints is known in advance.

usage: make_seed_trace.py OUT.db [--scenario seed|seed-before|pooled|errors|empty] [--schema-dir tracer/]
"""

import argparse
import datetime
import json
import os
import sqlite3
import sys

MS = 1_000_000  # ns per ms
US = 1_000
FILE = "/home/user/examples/04-performance-profiling/main.py"
ERR_FILE = "/home/user/examples/03-exception-debugging/main.py"
MAIN_THREAD = 140234567890001
WORKER_THREAD = 140234567890002


def epoch_ns(text):
    dt = datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.timezone.utc)
    return int(dt.timestamp()) * 1_000_000_000 + dt.microsecond * 1000


def iso(ns):
    dt = datetime.datetime.fromtimestamp(ns // 1_000_000_000, tz=datetime.timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % ((ns // 1000) % 1_000_000)


class TraceBuilder:
    """Writes calls the way the tracer does: ids in start order, rows with child_ns filled in."""

    def __init__(self, db):
        self.db = db
        self.functions = {}
        self.next_call = 1
        self.next_exception = 1

    def function(self, name, line, file=FILE, module="__main__", kind="function"):
        key = (name, module, file, line)
        if key not in self.functions:
            cur = self.db.execute(
                "INSERT INTO functions(name, module, file, line, kind) VALUES (?,?,?,?,?)",
                (name, module, file, line, kind))
            self.functions[key] = cur.lastrowid
        return self.functions[key]

    def begin_run(self, run_id, command, start_ns, pid, capture_values=0):
        self.run_id = run_id
        self.db.execute(
            "INSERT INTO runs(run_id, command_line, python_version, python_executable, cwd, hostname, pid,"
            " start_ns, started_at, heartbeat_ns, status, include_globs, exclude_globs, capture_values,"
            " tracer_version) VALUES (?,?,?,?,?,?,?,?,?,?,'running',?,?,?,?)",
            (run_id, command, "3.11.7", "/usr/bin/python3", "/home/user/examples", "devbox", pid,
             start_ns, iso(start_ns), start_ns, json.dumps([]), json.dumps([]), capture_values, "0.1.0"))
        self.db.execute("INSERT INTO threads(run_id, thread_id, native_id, name) VALUES (?,?,?,?)",
                        (run_id, MAIN_THREAD, 4242, "MainThread"))

    def end_run(self, end_ns, status="completed", exit_code=0):
        self.db.execute("UPDATE runs SET end_ns=?, ended_at=?, heartbeat_ns=?, status=?, exit_code=? "
                        "WHERE run_id=?", (end_ns, iso(end_ns), end_ns, status, exit_code, self.run_id))

    def call(self, fn, start_ns, duration_ns, children=(), parent=None, depth=0, thread=MAIN_THREAD,
             exception=None, values=None):
        """children: callables taking (parent_id, depth) and returning their duration_ns."""
        call_id = self.next_call
        self.next_call += 1
        child_ns = sum(child(call_id, depth + 1) for child in children)
        exception_id = None
        if exception is not None:
            exception_id = self.raise_(call_id, thread, *exception, escaped=1)
        self.db.execute(
            "INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
            " duration_ns, child_ns, exception_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (call_id, self.run_id, parent, fn, thread, depth, start_ns, duration_ns, child_ns, exception_id))
        if values is not None:
            self.db.execute("INSERT INTO call_values(call_id, args, return_value) VALUES (?,?,?)",
                            (call_id, values[0], values[1]))
        return duration_ns

    def raise_(self, call_id, thread, timestamp_ns, type_, message, traceback, escaped=0):
        exception_id = self.next_exception
        self.next_exception += 1
        self.db.execute(
            "INSERT INTO exceptions(exception_id, run_id, call_id, thread_id, timestamp_ns, type, message,"
            " traceback, escaped) VALUES (?,?,?,?,?,?,?,?,?)",
            (exception_id, self.run_id, call_id, thread, timestamp_ns, type_, message, traceback, escaped))
        return exception_id

    def untraced(self, caller_fn, callee, calls, total_ns):
        self.db.execute("INSERT INTO untraced_calls(run_id, caller_function_id, callee, calls, total_ns) "
                        "VALUES (?,?,?,?,?)", (self.run_id, caller_fn, callee, calls, total_ns))


def node(builder, fn, start_ns, duration_ns, children=(), **kw):
    """A deferred call: the parent passes its id and depth."""
    return lambda parent, depth: builder.call(fn, start_ns, duration_ns, children, parent, depth, **kw)


def seq(start_ns, durations_ms_x10, gap_ns):
    """Back-to-back calls: [(start, duration)] for durations given in tenths of a millisecond."""
    out, t = [], start_ns
    for d in durations_ms_x10:
        out.append((t, d * MS // 10))
        t += d * MS // 10 + gap_ns
    return out


def performance_run(b, run_id, t0, optimised):
    """examples/04-performance-profiling/main.py; t0 = start of main()."""
    f = {name: b.function(name, line) for name, line in [
        ("main", 120), ("example_1_bottleneck", 40), ("process_data", 30), ("fast_function", 10),
        ("slow_function", 15), ("very_slow_function", 20), ("example_2_algorithm", 70),
        ("inefficient_loop", 50), ("efficient_loop", 60), ("example_3_strings", 95),
        ("wasteful_string_concat", 80), ("efficient_string_join", 88), ("example_4_caching", 115)]}
    f["redundant_computation" if not optimised else "cached_computation"] = b.function(
        "redundant_computation" if not optimised else "cached_computation", 100 if not optimised else 108)

    # Example 1: process_data -> fast_function x5, slow_function x3 (100.0 100.1 100.2), very_slow_function.
    p_start = t0 + 40 * US
    fast = [node(b, f["fast_function"], p_start + 20 * US + i * 50 * US, d * US)
            for i, d in enumerate([4, 5, 4, 6, 4])]
    slow_p = [node(b, f["slow_function"], s, d)
              for s, d in seq(t0 + 500 * US, [1000, 1001, 1002], 10 * US)]
    vs_start = t0 + 500 * US + 300_300 * US + 30 * US
    very_slow_ms_x10 = 5002 if not optimised else 5001
    very_slow = node(b, f["very_slow_function"], vs_start, very_slow_ms_x10 * MS // 10)
    p_end = vs_start + very_slow_ms_x10 * MS // 10 + 10 * US
    process = node(b, f["process_data"], p_start, p_end - p_start, fast + slow_p + [very_slow])
    e1_end = p_end + 10 * US
    ex1 = node(b, f["example_1_bottleneck"], t0 + 20 * US, e1_end - (t0 + 20 * US), [process])

    # Example 2: inefficient_loop 123.4 ms, efficient_loop 1.2 ms.
    e2_start = e1_end + 10 * US
    ineff_ms_x10 = 1234 if not optimised else 1219
    loops = seq(e2_start + 10 * US, [ineff_ms_x10, 12], 10 * US)
    e2_end = loops[-1][0] + loops[-1][1] + 10 * US
    ex2 = node(b, f["example_2_algorithm"], e2_start, e2_end - e2_start,
               [node(b, f["inefficient_loop"], *loops[0]), node(b, f["efficient_loop"], *loops[1])])

    # Example 3: wasteful_string_concat 45.6 ms, efficient_string_join 0.8 ms.
    e3_start = e2_end + 10 * US
    strs = seq(e3_start + 10 * US, [456, 8], 10 * US)
    e3_end = strs[-1][0] + strs[-1][1] + 10 * US
    ex3 = node(b, f["example_3_strings"], e3_start, e3_end - e3_start,
               [node(b, f["wasteful_string_concat"], *strs[0]), node(b, f["efficient_string_join"], *strs[1])])

    # Example 4: redundant_computation -> slow_function x10 (1000.2 ms in all), or the cached version.
    e4_start = e3_end + 10 * US
    r_start = e4_start + 10 * US
    if not optimised:
        slow_r = seq(r_start + 5 * US, [999, 1000, 998, 1001, 1000, 1002, 1000, 1001, 1000, 1001], 3 * US)
        r_end = slow_r[-1][0] + slow_r[-1][1] + 5 * US   # self time 0.037 ms: the average stays 1000.2ms
        inner = node(b, f["redundant_computation"], r_start, r_end - r_start,
                     [node(b, f["slow_function"], s, d) for s, d in slow_r])
    else:
        slow_c = (r_start + 50 * US, 1000 * MS // 10)
        r_end = r_start + 1001 * MS // 10                 # cached_computation: 100.1 ms
        inner = node(b, f["cached_computation"], r_start, r_end - r_start, [node(b, f["slow_function"], *slow_c)])
    e4_end = r_end + 10 * US
    ex4 = node(b, f["example_4_caching"], e4_start, e4_end - e4_start, [inner])

    main_end = e4_end + 10 * US
    b.call(f["main"], t0, main_end - t0, [ex1, ex2, ex3, ex4])

    # Calls leaving the traced scope (time.sleep inside the slow functions, str.join, ...).
    n_slow = 3 + (10 if not optimised else 1)
    b.untraced(f["slow_function"], "time.sleep", n_slow, n_slow * 100 * MS)
    b.untraced(f["very_slow_function"], "time.sleep", 1, 500 * MS)
    b.untraced(f["efficient_string_join"], "builtins.str.join", 1, 700 * US)
    b.untraced(f["main"], "builtins.print", 22, 1 * MS)
    return main_end


def build_seed(b, with_after):
    t0 = epoch_ns("2025-03-14T10:30:45.122500")
    b.begin_run(1, "python main.py", t0 - 2500 * US, 31337)
    end = performance_run(b, 1, t0, optimised=False)
    b.end_run(end + 400 * US)
    if with_after:
        t1 = epoch_ns("2025-03-14T10:42:10.250000")
        b.begin_run(2, "python main.py", t1 - 2500 * US, 31555)
        end = performance_run(b, 2, t1, optimised=True)
        b.end_run(end + 400 * US)


def build_errors(b):
    """examples/03-exception-debugging-like run: caught and escaped exceptions, a worker thread, values."""
    t0 = epoch_ns("2025-03-14T11:05:00.000000")
    b.begin_run(1, "python main.py --strict", t0 - 1 * MS, 40000, capture_values=1)
    b.db.execute("INSERT INTO threads(run_id, thread_id, native_id, name) VALUES (1,?,4243,'worker-1')",
                 (WORKER_THREAD,))
    fn = {name: b.function(name, line, ERR_FILE) for name, line in [
        ("main", 90), ("parse_number", 10), ("load_config", 20), ("divide", 30), ("Account.withdraw", 42),
        ("worker", 60)]}
    tb_parse = ('Traceback (most recent call last):\n  File "%s", line 12, in parse_number\n'
                '    return int(text)\nValueError: invalid literal for int() with base 10: \'abc\'' % ERR_FILE)
    tb_div = ('Traceback (most recent call last):\n  File "%s", line 31, in divide\n'
              '    return a / b\nZeroDivisionError: division by zero' % ERR_FILE)
    tb_key = ('Traceback (most recent call last):\n  File "%s", line 22, in load_config\n'
              '    return config["timeout"]\nKeyError: \'timeout\'' % ERR_FILE)

    calls = []
    t = t0 + 100 * US
    # parse_number('42') returns; parse_number('abc') raises ValueError that escapes (caught by main).
    calls.append(node(b, fn["parse_number"], t, 20 * US, values=("text='42'", "42")))
    t += 100 * US
    calls.append(node(b, fn["parse_number"], t, 35 * US, values=("text='abc'", None),
                      exception=(t + 30 * US, "ValueError", "invalid literal for int() with base 10: 'abc'",
                                 tb_parse)))
    t += 100 * US
    calls.append(node(b, fn["divide"], t, 15 * US, values=("a=10, b=0", None),
                      exception=(t + 10 * US, "ZeroDivisionError", "division by zero", tb_div)))
    t += 100 * US
    calls.append(node(b, fn["load_config"], t, 250 * US, values=("path='settings.json', password='***'",
                                                               "{'timeout': 30}")))
    t += 300 * US
    calls.append(node(b, fn["Account.withdraw"], t, 12 * US, values=("self=<Account alice>, amount=500",
                                                                     "-400")))
    # main() ends the program with sys.exit(0): a clean SystemExit escapes it (listed by nothing).
    b.call(fn["main"], t0, 2 * MS, calls, values=("", "1"),
           exception=(t0 + 2 * MS - 5 * US, "SystemExit", "0", "Traceback (most recent call last):\n"
                      '  File "%s", line 99, in main\n    sys.exit(0)\nSystemExit: 0' % ERR_FILE))
    # A KeyError raised and handled inside load_config (did not escape).
    lc_id = b.db.execute("SELECT call_id FROM calls WHERE function_id=? ", (fn["load_config"],)).fetchone()[0]
    b.raise_(lc_id, MAIN_THREAD, t0 + 700 * US, "KeyError", "'timeout'", tb_key, escaped=0)
    # A worker thread whose call escapes with RuntimeError (an uncaught thread exception).
    w_start = t0 + 500 * US
    b.call(fn["worker"], w_start, 800 * US, thread=WORKER_THREAD, values=("job=7", None),
           exception=(w_start + 790 * US, "RuntimeError", "job 7 failed", "Traceback (most recent call last):\n"
                      '  File "%s", line 65, in worker\nRuntimeError: job 7 failed' % ERR_FILE))
    b.untraced(fn["load_config"], "json.load", 1, 150 * US)
    b.untraced(fn["load_config"], "builtins.open", 1, 40 * US)
    b.untraced(fn["main"], "builtins.print", 6, 60 * US)
    b.end_run(t0 + 2 * MS + 200 * US, status="completed", exit_code=1)


def build_pooled(b):
    """Two runs before the optimisation, then two after: each side of a comparison pools two runs."""
    for run_id, start, optimised in [(1, "10:30:45.122500", False), (2, "10:35:00.000000", False),
                                     (3, "10:42:10.250000", True), (4, "10:47:00.000000", True)]:
        t0 = epoch_ns("2025-03-14T" + start)
        b.begin_run(run_id, "python main.py", t0 - 2500 * US, 31337 + run_id)
        end = performance_run(b, run_id, t0, optimised=optimised)
        b.end_run(end + 400 * US)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--scenario", default="seed", choices=["seed", "seed-before", "pooled", "errors", "empty"])
    parser.add_argument("--schema-dir", default=os.path.join(here, "..", "..", "tracer"))
    args = parser.parse_args()

    if os.path.exists(args.out):
        os.remove(args.out)
    db = sqlite3.connect(args.out)
    with open(os.path.join(args.schema_dir, "schema.sql")) as fh:
        db.executescript(fh.read())
    b = TraceBuilder(db)
    if args.scenario == "errors":
        build_errors(b)
    elif args.scenario == "pooled":
        build_pooled(b)
    elif args.scenario == "empty":
        start = epoch_ns("2025-03-14T12:00:00.000000")
        b.begin_run(1, "python idle.py", start, 50000)
        b.end_run(start + 5 * MS)
    else:
        build_seed(b, with_after=(args.scenario == "seed"))
    with open(os.path.join(args.schema_dir, "indexes.sql")) as fh:
        db.executescript(fh.read())
    db.execute("PRAGMA user_version = 101")
    db.commit()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
