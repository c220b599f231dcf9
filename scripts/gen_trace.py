#!/usr/bin/env python3
"""Generate a synthetic but realistic Breadcrumb trace (format v1) for tests and benchmarks.

    python3 scripts/gen_trace.py OUT.db --calls 1000000 [--runs 1] [--threads 4] [--functions 300]
                                 [--seed 1] [--status completed|running|crashed] [--capture-values]
                                 [--pid PID] [--hostname NAME] [--start-ns NS] [--format 1.3|1.1|1.0]

The file is created with tracer/schema.sql and tracer/indexes.sql executed verbatim and
PRAGMA user_version = 103, exactly as the tracer does: calls are written as the tracer writes them, in
call_chunks of at most 2048 calls of one thread, in the order the calls finished, and every completed run
gets its function_summaries (a running or crashed one none), with the figures of the tracer's
RunSummaryBuilder. --format 1.1 writes no summaries (user_version 101); --format 1.0 the format before
(a `calls` table with its two indexes, user_version 100) to check old files still read. Call trees are properly nested (parent ids, depths,
child_ns = sum of the direct children's durations, children inside their parent's interval, call_id
increasing with start order across threads), with a static call graph (so call paths repeat, as in real
programs), a few recursive functions, a few exceptions (some escaping several frames) and several threads.
With --runs > 1 the later runs differ from the first: some functions get faster or slower, one vanishes and
one appears, which gives `compare` something to find. From 200 000 calls a run's threads are built in parallel
processes; a call takes ~50 B while generating (50 M calls: ~3 GB, ~330 s of CPU), and the output is the same
bytes for the same arguments either way.
"""

import argparse
import heapq
import math
import multiprocessing
import os
import random
import socket
import sqlite3
import sys
import time
from array import array

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "tracer", "schema.sql")
INDEXES = os.path.join(ROOT, "tracer", "indexes.sql")

# 2026-11-24T10:30:45.123 UTC: a fixed start keeps generated files reproducible for a given seed.
DEFAULT_START_NS = 1795516245_123000000

MODULES = ["__main__", "app.pipeline", "app.io", "app.models", "app.util", "app.compute", "app.cache",
           "app.net", "app.db", "app.report"]
VERBS = ["load", "parse", "compute", "process", "validate", "render", "fetch", "store", "merge", "split",
         "encode", "decode", "transform", "filter", "sort", "hash", "lookup", "update", "build", "scan"]
NOUNS = ["data", "row", "record", "config", "item", "batch", "page", "token", "node", "chunk", "header",
         "matrix", "string", "index", "result", "request", "payload", "entry", "key", "value"]
CLASSES = ["Parser", "Order", "Square", "Cache", "Session", "Matrix", "Node", "Writer", "Reader", "Pool"]
EXC_TYPES = [("ValueError", "invalid literal for int() with base 10: 'x'"),
             ("KeyError", "'missing'"),
             ("json.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)"),
             ("ZeroDivisionError", "division by zero"),
             ("TimeoutError", "operation timed out")]
LAYERS = 8  # call graph depth (recursion can go deeper)


class Function:
    __slots__ = ("fid", "name", "module", "file", "line", "kind", "layer", "callees", "fanout", "base_ns",
                 "recursive", "exc_rate", "only_run")

    def __init__(self, fid, name, module, line, kind, layer):
        self.fid = fid
        self.name = name
        self.module = module
        self.file = "/home/dev/project/" + ("main.py" if module == "__main__" else module.replace(".", "/") + ".py")
        self.line = line
        self.kind = kind
        self.layer = layer
        self.callees = []
        self.fanout = 0
        self.base_ns = 0
        self.recursive = False
        self.exc_rate = 0.0
        self.only_run = None  # None: every run; 0: first run only; -1: later runs only


def make_functions(count, rng):
    """A layered call graph: roots in layer 0, leaves in the last layer."""
    count = max(count, 12)
    funcs = []
    used = set()
    line = {}

    def add(name, module, kind, layer):
        ln = line.get(module, 1) + rng.randint(3, 40)
        line[module] = ln
        f = Function(len(funcs) + 1, name, module, ln, kind, layer)
        funcs.append(f)
        used.add((name, module))
        return f

    add("<module>", "__main__", "module", 0)
    add("main", "__main__", "function", 0)
    add("worker_loop", "app.pipeline", "function", 0)
    add("slow_function", "__main__", "function", LAYERS - 1).base_ns = 100_000_000
    add("fast_function", "__main__", "function", LAYERS - 1).base_ns = 2_000
    fib = add("fib", "app.compute", "function", 4)
    fib.recursive = True
    walk = add("Node.walk", "app.models", "function", 3)
    walk.recursive = True
    add("handle_request", "app.net", "coroutine", 1)
    add("iter_rows", "app.db", "generator", 2)
    # the same qualified name in two modules (displayName must disambiguate)
    add("helper", "app.util", "function", 5)
    add("helper", "app.io", "function", 5)
    while len(funcs) < count:
        layer = min(LAYERS - 1, 1 + int(rng.random() ** 0.7 * (LAYERS - 1)))
        module = rng.choice(MODULES)
        r = rng.random()
        if r < 0.3:
            name = "%s.%s_%s" % (rng.choice(CLASSES), rng.choice(VERBS), rng.choice(NOUNS))
        elif r < 0.35:
            name = "%s.<locals>.%s" % (rng.choice(VERBS), rng.choice(NOUNS))
        else:
            name = "%s_%s" % (rng.choice(VERBS), rng.choice(NOUNS))
        if (name, module) in used:
            name = "%s_%d" % (name, len(funcs))
        kind = "function"
        if rng.random() < 0.04:
            kind = rng.choice(["coroutine", "generator", "async_generator"])
        add(name, module, kind, layer)

    by_layer = [[f for f in funcs if f.layer == l] for l in range(LAYERS)]
    for f in funcs:
        if not f.base_ns:
            # self time per call: log-uniform 0.3 us .. 3 ms, deeper functions cheaper
            f.base_ns = int(math.exp(rng.uniform(math.log(300), math.log(3_000_000))) / (1 + f.layer))
        if f.layer < LAYERS - 1:
            pool = [g for l in range(f.layer + 1, min(LAYERS, f.layer + 3)) for g in by_layer[l]]
            if pool:
                f.callees = rng.sample(pool, min(len(pool), rng.randint(1, 6)))
            f.fanout = rng.randint(1, 5)
        f.exc_rate = 0.02 if rng.random() < 0.03 else 0.0
    # the seed's pattern: only main calls the 100 ms slow function (a few times); worker loops call many things
    for f in funcs:
        f.callees = [g for g in f.callees if g is not funcs[3]]
    funcs[1].callees.append(funcs[3])
    funcs[0].callees = [funcs[1]]
    funcs[0].fanout = 1
    funcs[1].fanout = 12
    funcs[2].fanout = 12
    for f in (fib, walk):
        f.callees.append(f)
    # one function vanishes after the first run, one appears in later runs
    leaves = [f for f in funcs[11:] if f.layer >= 2]
    if len(leaves) >= 2:
        leaves[0].only_run = 0
        leaves[1].only_run = -1
    return funcs


class Builder:
    """Generates one thread's calls into parallel arrays (pre-order = start order). Typed arrays, not lists:
    at 50 M calls lists of Python ints took ~400 B a call (20 GB); these take ~40. `post` is the finish order
    (post-order: a thread's calls are properly nested and sequential, so a call ends after its children and
    before its next sibling starts). `exc` is -1 for no exception."""

    def __init__(self, rng, run_index, speed):
        self.rng = rng
        self.run_index = run_index
        self.speed = speed          # fid -> factor applied to base self time in this run
        self.exc_list = []          # [(thread_idx, call idx), ts, type, msg, escaped]; exc holds indexes
        self.parent = array("i")
        self.fn = array("i")
        self.depth = array("h")
        self.start = array("q")
        self.dur = array("q")
        self.child = array("q")
        self.exc = array("i")
        self.post = array("i")
        self.budget = 0

    def allowed(self, f):
        o = f.only_run
        return o is None or (o == 0 and self.run_index == 0) or (o == -1 and self.run_index > 0)

    def call(self, f, parent, depth, start, thread_key):
        """Appends the call and its subtree; returns (end_ns, escaping exception index or None)."""
        rng = self.rng
        # rng._randbelow(n) is what randint(a, a + n - 1) and choice() draw (a + it; seq[it]): called
        # directly it yields the same numbers without two Python frames a draw (a fifth of the run time)
        below = rng._randbelow
        idx = len(self.fn)
        self.parent.append(parent)
        self.fn.append(f.fid)
        self.depth.append(depth)
        self.start.append(start)
        self.dur.append(0)
        self.child.append(0)
        self.exc.append(-1)
        self.budget -= 1
        t = start + 50 + below(1951)
        child_ns = 0
        escaping = None
        if f.callees and self.budget > 0:
            n = below(f.fanout + 1) if depth else f.fanout
            if f.recursive and depth > 12:
                n = 0
            for _ in range(n):
                if self.budget <= 0:
                    break
                g = f.callees[below(len(f.callees))]
                if g is f and rng.random() < 0.4:
                    continue
                if not self.allowed(g):
                    continue
                end, e = self.call(g, idx, depth + 1, t, thread_key)
                child_ns += end - t
                t = end + 20 + below(1481)
                if e is not None:
                    if rng.random() < 0.4:  # propagates out of this call too
                        escaping = e
                        break
        if escaping is None:
            self_ns = int(f.base_ns * self.speed.get(f.fid, 1.0) * rng.lognormvariate(0.0, 0.35))
            t += self_ns
            if f.exc_rate and rng.random() < f.exc_rate:
                typ, msg = rng.choice(EXC_TYPES)
                self.exc_list.append([(thread_key, idx), t, typ, msg, 1])
                escaping = len(self.exc_list) - 1
            elif rng.random() < 0.0005:  # raised and handled inside the call
                typ, msg = rng.choice(EXC_TYPES)
                self.exc_list.append([(thread_key, idx), t - self_ns // 2, typ, msg, 0])
        else:
            t += 200 + below(2801)
        self.dur[idx] = t - start
        self.child[idx] = child_ns
        if escaping is not None:
            self.exc[idx] = escaping
        self.post.append(idx)
        return t, escaping


_shared = {}  # what build_thread reads: set before the worker processes fork


def build_thread(job):
    """One thread's calls of a run: thread 0 runs <module> -> main ...; workers start a little later and
    loop over tasks. Returns the Builder without its Random (it goes back through a pipe)."""
    seed, r, t, budget, clock = job
    funcs, roots, mid_roots = _shared["funcs"], _shared["roots"], _shared["mid_roots"]
    b = Builder(random.Random(seed * 7919 + r * 131 + t), r, _shared["speed"])
    b.budget = budget
    first = True
    while b.budget > 0:
        if t == 0 and first:
            f = funcs[0]
        elif t == 0:
            f = b.rng.choice(mid_roots or roots)
        else:
            f = funcs[2] if b.rng.random() < 0.7 else b.rng.choice(mid_roots or roots)
        first = False
        end, _ = b.call(f, -1, 0, clock, t)
        clock = end + b.rng.randint(1000, 200000)
    b.rng = b.speed = None
    return b


def generate(args):
    rng = random.Random(args.seed)
    funcs = make_functions(args.functions, rng)
    fmap = {f.fid: f for f in funcs}
    if os.path.exists(args.out):
        os.remove(args.out)
    db = sqlite3.connect(args.out, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = MEMORY")
    with open(SCHEMA) as fh:
        db.executescript(fh.read())
    legacy = args.format == "1.0"
    if legacy:
        db.executescript(LEGACY_CALLS)
    db.execute("PRAGMA user_version = %d" % {"1.0": 100, "1.1": 101, "1.3": 103}[args.format])
    db.execute("BEGIN")
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                   [("format_version", args.format), ("created_by", "scripts/gen_trace.py"),
                    ("generator_seed", str(args.seed))])
    db.executemany("INSERT INTO functions(function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)",
                   [(f.fid, f.name, f.module, f.file, f.line, f.kind) for f in funcs])

    host = args.hostname or socket.gethostname()
    pid = args.pid if args.pid is not None else os.getpid()
    next_call_id = 1
    next_exc_id = 1
    run_start = args.start_ns
    per_run = [args.calls // args.runs] * args.runs
    per_run[-1] += args.calls - sum(per_run)
    roots = [f for f in funcs if f.layer == 0 and f.name not in ("<module>",)]
    mid_roots = [f for f in funcs if f.layer == 1]

    for r in range(args.runs):
        run_id = r + 1
        speed = {}
        if r > 0:
            rr = random.Random(args.seed * 1000 + r)
            for f in rr.sample(funcs, max(1, len(funcs) // 10)):
                speed[f.fid] = rr.choice([0.25, 0.5, 1.5, 2.0, 3.0])
        nthreads = max(1, args.threads)
        budget = per_run[r]
        jobs = [(args.seed, r, t, budget // nthreads + (budget % nthreads if t == 0 else 0),
                 run_start + 1_000_000 + t * 3_000_000) for t in range(nthreads)]
        _shared.update(funcs=funcs, roots=roots, mid_roots=mid_roots, speed=speed)
        if args.calls >= 200_000 and nthreads > 1:
            # Threads are independent (each its own Random), so they are built in parallel processes (forked:
            # they see _shared), each niced like this one: on a busy machine that is more of its share too.
            with multiprocessing.get_context("fork").Pool(min(nthreads, 4)) as pool:
                builders = pool.map(build_thread, jobs, chunksize=1)
        else:
            builders = [build_thread(job) for job in jobs]
        # exceptions in thread order; a thread's exc values index its own list, from exc_offset[t]
        exc_list = []
        exc_offset = []
        for b in builders:
            exc_offset.append(len(exc_list))
            exc_list.extend(b.exc_list)
        # call ids increase with start order across the run's threads (each thread's starts are in order:
        # merge them rather than sort them all)
        ids = [array("q", [0]) * len(b.start) for b in builders]
        merged = heapq.merge(*[zip(b.start, [t] * len(b.start), range(len(b.start)))
                               for t, b in enumerate(builders)])
        rank = next_call_id
        for _, t, i in merged:
            ids[t][i] = rank
            rank += 1
        next_call_id = rank
        exc_ids = [[next_exc_id + exc_offset[t] + k for k in range(len(b.exc_list))]
                   for t, b in enumerate(builders)]
        next_exc_id += len(exc_list)
        thread_ids = [140_000_000_000_000 + 4096 * (t + 1) * 977 for t in range(nthreads)]

        def rows():
            for t, b in enumerate(builders):
                tid = thread_ids[t]
                bid = ids[t]
                par = b.parent
                for i in range(len(b.fn)):
                    p = par[i]
                    e = b.exc[i]
                    yield (bid[i], run_id, bid[p] if p >= 0 else None, b.fn[i], tid, b.depth[i], b.start[i],
                           b.dur[i], b.child[i], exc_ids[t][e] if e >= 0 else None)

        if args.capture_values:
            # about 2% of the calls carry captured arguments and return values, as with capture_values=1
            vals = []
            vr = random.Random(args.seed * 31 + r)
            for t, b in enumerate(builders):
                for i in range(len(b.fn)):
                    if vr.random() < 0.02:
                        vals.append((ids[t][i], "n=%d, name='%s'" % (vr.randint(0, 999), vr.choice(NOUNS)),
                                     "None" if b.exc[i] >= 0 else repr(vr.randint(0, 10 ** 6))))
            db.executemany("INSERT INTO call_values(call_id, args, return_value) VALUES (?,?,?)", vals)
        if legacy:
            db.executemany("INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
                           " duration_ns, child_ns, exception_id) VALUES (?,?,?,?,?,?,?,?,?,?)", rows())
        else:
            db.executemany("INSERT INTO call_chunks(run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows)"
                           " VALUES (?,?,?,?,?,?,?)", chunks(run_id, builders, ids, thread_ids, exc_ids))
        exc_rows = []
        for k, (ref, ts, typ, msg, escaped) in enumerate(exc_list, next_exc_id - len(exc_list)):
            t, i = ref
            fn = fmap[builders[t].fn[i]]
            tb = ("Traceback (most recent call last):\n  File \"%s\", line %d, in %s\n    raise %s(...)\n%s: %s"
                  % (fn.file, fn.line + 3, fn.name.split(".")[-1], typ.split(".")[-1], typ, msg))
            exc_rows.append((k, run_id, ids[t][i], thread_ids[t], ts, typ, msg, tb, escaped))
        db.executemany("INSERT INTO exceptions(exception_id, run_id, call_id, thread_id, timestamp_ns, type,"
                       " message, traceback, escaped) VALUES (?,?,?,?,?,?,?,?,?)", exc_rows)
        db.executemany("INSERT INTO threads(run_id, thread_id, native_id, name) VALUES (?,?,?,?)",
                       [(run_id, thread_ids[t], 4000 + t, "MainThread" if t == 0 else "Thread-%d (worker)" % t)
                        for t in range(nthreads)])
        # a few calls into untraced code
        untraced = []
        for f in funcs[:20]:
            untraced.append((run_id, f.fid, rng.choice(["json.loads", "re.compile", "time.sleep", "os.stat"]),
                             rng.randint(1, 500), rng.randint(1000, 50_000_000)))
        db.executemany("INSERT OR IGNORE INTO untraced_calls(run_id, caller_function_id, callee, calls, total_ns)"
                       " VALUES (?,?,?,?,?)", untraced)

        last_end = max((b.start[i] + b.dur[i] for b in builders if b.post for i in (b.post[-1],)),
                       default=run_start)  # a thread's last finished call is its last root
        status = args.status if r == args.runs - 1 else "completed"
        end_ns = last_end + 500_000 if status == "completed" else None
        if end_ns is not None and args.format == "1.3":  # the tracer writes them as it stores end_ns
            db.executemany("INSERT INTO function_summaries(run_id, function_id, calls, self_ns, inclusive_ns,"
                           " duration_sum_ns, max_duration_ns, exceptions) VALUES (?,?,?,?,?,?,?,?)",
                           summaries(run_id, builders))
        heartbeat = time.time_ns() if status == "running" else (end_ns or last_end)
        db.execute(
            "INSERT INTO runs(run_id, command_line, python_version, python_executable, cwd, hostname, pid, start_ns,"
            " end_ns, started_at, ended_at, heartbeat_ns, status, exit_code, include_globs, exclude_globs,"
            " capture_values, tracer_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (run_id, "python main.py --run %d" % run_id, "3.12.1", "/usr/bin/python3", "/home/dev/project", host,
             pid, run_start, end_ns, iso(run_start), iso(end_ns) if end_ns else None, heartbeat, status,
             0 if status == "completed" else None, '["__main__", "app.*"]', '[]', 1 if args.capture_values else 0,
             "0.1.0"))
        run_start = last_end + 1_000_000_000

    db.execute("COMMIT")
    if legacy:
        db.executescript(LEGACY_INDEXES)
    else:
        with open(INDEXES) as fh:
            db.executescript(fh.read())
    db.execute("ANALYZE")
    db.close()


# Format 1.0 stored one row per call; its table and indexes as they were.
LEGACY_CALLS = """
DROP TRIGGER IF EXISTS calls_insert;
DROP VIEW IF EXISTS calls;
DROP TABLE IF EXISTS call_chunks;
CREATE TABLE calls (
    call_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, parent_id INTEGER, function_id INTEGER NOT NULL,
    thread_id INTEGER NOT NULL, depth INTEGER NOT NULL, start_ns INTEGER NOT NULL, duration_ns INTEGER NOT NULL,
    child_ns INTEGER NOT NULL DEFAULT 0, exception_id INTEGER);
"""
LEGACY_INDEXES = """
CREATE INDEX IF NOT EXISTS calls_by_parent   ON calls (parent_id, duration_ns);
CREATE INDEX IF NOT EXISTS calls_by_run_fn   ON calls (run_id, function_id, duration_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_run ON exceptions (run_id, timestamp_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_call ON exceptions (call_id);
"""

CHUNK_CALLS = 2048  # the tracer's largest chunk


def chunks(run_id, builders, ids, thread_ids, exc_ids):
    """The run's calls as the tracer writes them: per thread in finish order (children before parents),
    at most CHUNK_CALLS a chunk, the threads' chunks interleaved in the order they would be flushed.
    Yields the rows lazily (merged by flush order) so a 50 M-call run never holds its texts at once."""

    def of_thread(t, b):
        bid = ids[t]
        par, fn, depth, start, dur, child, exc = b.parent, b.fn, b.depth, b.start, b.dur, b.child, b.exc
        order = b.post  # finish order
        for k in range(0, len(order), CHUNK_CALLS):
            part = order[k:k + CHUNK_CALLS]
            base = min(start[i] for i in part)
            texts = []
            for i in part:
                p = par[i]
                e = exc[i]
                fields = [str(bid[i]), str(bid[p]) if p >= 0 else "null", str(fn[i]), str(depth[i]),
                          str(start[i] - base), str(dur[i]), str(child[i])]
                if e >= 0:
                    fields.append(str(exc_ids[t][e]))
                texts.append("[" + ",".join(fields) + "]")
            last_end = start[part[-1]] + dur[part[-1]]
            ids_in = [bid[i] for i in part]
            yield (last_end, t, (run_id, thread_ids[t], base, len(part), min(ids_in), max(ids_in),
                                 "[" + ",".join(texts) + "]"))

    for c in heapq.merge(*[of_thread(t, b) for t, b in enumerate(builders)], key=lambda c: (c[0], c[1])):
        yield c[2]


def summaries(run_id, builders):
    """The run's function_summaries rows, by tracer/FORMAT.md "Time: self, on-stack, inclusive" (what the
    tracer's RunSummaryBuilder computes): self = duration - child; on-stack = self + the children's on-stack;
    inclusive = on-stack of the calls with no call of the same function above them. Every parent here is on
    its child's thread, and a builder's calls are in pre-order (start order), so parents come first."""
    figures = {}  # fid -> [calls, self, inclusive, duration sum, max duration, exceptions]
    for b in builders:
        par, fns, dur, child, exc = b.parent, b.fn, b.dur, b.child, b.exc
        n = len(fns)
        on_stack = array("q", (max(0, dur[i] - child[i]) for i in range(n)))
        for i in range(n - 1, -1, -1):  # children after their parent: bottom-up in reverse
            p = par[i]
            if p >= 0:
                on_stack[p] += on_stack[i]
        stack = []  # the ancestors of the current call
        open_calls = {}  # fid -> calls of it on the stack
        for i in range(n):
            p = par[i]
            while stack and stack[-1] != p:
                open_calls[fns[stack.pop()]] -= 1
            f = fns[i]
            row = figures.get(f)
            if row is None:
                row = figures[f] = [0, 0, 0, 0, 0, 0]
            d = dur[i]
            row[0] += 1
            row[1] += max(0, d - child[i])
            if not open_calls.get(f):
                row[2] += on_stack[i]
            row[3] += d
            if d > row[4]:
                row[4] = d
            if exc[i] >= 0:
                row[5] += 1
            stack.append(i)
            open_calls[f] = open_calls.get(f, 0) + 1
    return [(run_id, f) + tuple(row) for f, row in sorted(figures.items())]


def iso(ns):
    secs, rem = divmod(ns, 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(secs)) + ".%06d" % (rem // 1000)


def main():
    p = argparse.ArgumentParser(description="Generate a synthetic Breadcrumb trace (format v1).")
    p.add_argument("out", help="trace file to create (replaced if it exists)")
    p.add_argument("--calls", type=int, default=10000, help="total number of calls (default 10000)")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--functions", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--status", choices=["completed", "running", "crashed"], default="completed",
                   help="status of the last run (earlier runs are completed)")
    p.add_argument("--pid", type=int, help="pid recorded for the runs (default: this generator's, soon dead)")
    p.add_argument("--hostname", help="hostname recorded for the runs (default: this host)")
    p.add_argument("--start-ns", type=int, default=DEFAULT_START_NS, help="start of the first run, ns since epoch")
    p.add_argument("--capture-values", action="store_true",
                   help="record arguments/return values for about 2%% of the calls (call_values)")
    p.add_argument("--format", choices=["1.3", "1.1", "1.0"], default="1.3",
                   help="trace format: 1.3 (call_chunks and function_summaries, default), 1.1 (no summaries)"
                        " or 1.0 (a calls table)")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args()
    if args.calls < 1 or args.runs < 1 or args.runs > args.calls:
        p.error("need --calls >= --runs >= 1")
    t0 = time.monotonic()
    generate(args)
    if not args.quiet:
        print("%s: %d calls, %d run(s), %d thread(s) in %.1f s" % (args.out, args.calls, args.runs, args.threads,
                                                                 time.monotonic() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
