"""Hostile traces and capped runs of the real programs on them, shared by the regression tests and the fuzz
suite.

Every variant starts from a real trace file (make_seed_trace.py's scenarios, written through the trace
format's own schema) and is changed with plain SQL or bytes, the way someone crafting a file would. The
programs run as users run them, each under a time cap and an address-space cap (RLIMIT_AS), and each must
end with a result or a one-line error: never a signal, never a hang, never a change to the file.

Environment: BREADCRUMB_CLI, BREADCRUMB_GUI (executables), BREADCRUMB_SOURCE_DIR.
"""

import hashlib
import json
import os
import queue
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("BREADCRUMB_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))
CLI = os.environ.get("BREADCRUMB_CLI", "breadcrumb")
GUI = os.environ.get("BREADCRUMB_GUI", "")

MB = 1 << 20
CLI_MEMORY = 1536 * MB   # address space, not resident size: threads and SQLite reserve more than they use
GUI_MEMORY = 3072 * MB
CLI_SECONDS = 30
GUI_SECONDS = 60

ATTACK = "\x1b]0;owned\x07\x1b[2J\u009b31m"  # retitle, clear, and a C1 CSI


def env():
    e = dict(os.environ)
    e.pop("BREADCRUMB_DB", None)
    e.update({"TZ": "UTC", "LC_ALL": "C.UTF-8", "MALLOC_ARENA_MAX": "2", "QT_QPA_PLATFORM": "offscreen"})
    return e


def make_base(path, scenario="seed"):
    subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "tests", "cli", "make_seed_trace.py"), path,
                    "--scenario", scenario, "--schema-dir", os.path.join(SOURCE_DIR, "tracer")], check=True)
    return path


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def snapshot(directory):
    """Name -> digest of every regular file in `directory`: a viewer must change none and add none."""
    out = {}
    for name in sorted(os.listdir(directory)):
        p = os.path.join(directory, name)
        if os.path.isfile(p) and not os.path.islink(p):
            out[name] = digest(p)
    return out


class Result:
    def __init__(self, args, code, out, err, seconds):
        self.args, self.code, self.out, self.err, self.seconds = args, code, out, err, seconds

    def __repr__(self):
        return "%s\nexit %s after %.1fs\n--- stdout (%d bytes)\n%s\n--- stderr\n%s" % (
            self.args, self.code, self.seconds, len(self.out), self.out[:2000], self.err[:2000])


def capped(args, memory, seconds, cwd=None, stdin=subprocess.DEVNULL):
    """Runs `args` with RLIMIT_AS = memory; code is None when it outlived `seconds` (it is killed)."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=cwd, env=env(), stdin=stdin, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=limit)
    try:
        out, err = proc.communicate(timeout=seconds)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        code = None
    return Result(args, code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                  time.monotonic() - start)


def cli(trace, *args, cwd=None):
    return capped([CLI, "-t", trace, *args], CLI_MEMORY, CLI_SECONDS, cwd=cwd)


def gui(trace, view, out_png, *extra):
    return capped([GUI, trace, "--screenshot", out_png, "--view", view, "--size", "900x600", *extra], GUI_MEMORY,
                  GUI_SECONDS)


# What Qt itself says on stderr under the offscreen platform: not the program's message.
QT_NOISE = ("QStandardPaths: ", "This plugin does not support")


def problems(result, prefix):
    """What is wrong with how a run ended (empty when fine): a signal, a time-out, or a failure that is not
    one line starting with `prefix`."""
    if result.code is None:
        return ["did not finish within the time cap"]
    if result.code < 0:
        return ["killed by signal %d" % -result.code]
    if result.code == 0:
        return []
    lines = [line for line in result.err.splitlines() if line.strip() and not line.startswith(QT_NOISE)]
    if len(lines) != 1:
        return ["exit %d with %d lines on stderr" % (result.code, len(lines))]
    if not lines[0].startswith(prefix):
        return ["exit %d with a message not starting with %r" % (result.code, prefix)]
    for bad in ("terminate called", "Traceback", "internal error", "out of memory"):
        if bad in lines[0]:
            return ["exit %d: %s" % (result.code, bad)]
    return []


# ---------------------------------------------------------------------------------------------- variants

def _chunks(db):
    return db.execute("SELECT chunk_id, rows FROM call_chunks ORDER BY chunk_id").fetchall()


def _rewrite_calls(db, change):
    """Calls `change(call)` on every decoded call (a list, edited in place) and stores the chunks again."""
    for chunk_id, rows in _chunks(db):
        calls = json.loads(rows)
        for c in calls:
            change(c)
        db.execute("UPDATE call_chunks SET rows = ? WHERE chunk_id = ?", (json.dumps(calls), chunk_id))


def parent_cycle(db, rng):
    """Two calls name each other as their caller (and a third one itself)."""
    calls = [c for _, rows in _chunks(db) for c in json.loads(rows)]
    ids = sorted(c[0] for c in calls)
    a, b = ids[len(ids) // 2], ids[len(ids) // 2 + 1]
    last = ids[-1]

    def change(c):
        if c[0] == a:
            c[1] = b
        elif c[0] == b:
            c[1] = a
        elif c[0] == last:
            c[1] = last
    _rewrite_calls(db, change)


def huge_claim(db, rng):
    """A chunk claims 20 million calls (and an id range to match)."""
    db.execute("UPDATE call_chunks SET n = 20000000, max_call_id = min_call_id + 19999999 "
               "WHERE chunk_id = (SELECT min(chunk_id) FROM call_chunks)")


def huge_strings(db, rng):
    """A 10 MB function name, a 2 MB module, a 10 MB exception message, a 1 MB thread name."""
    # a function the newest run calls, so that every command on the default run meets it
    fid = db.execute("SELECT json_extract(rows, '$[0][2]') FROM call_chunks WHERE run_id = "
                     "(SELECT run_id FROM runs ORDER BY start_ns DESC LIMIT 1) LIMIT 1").fetchone()[0]
    db.execute("UPDATE functions SET name = name || ?, module = module || ? WHERE function_id = ?",
               ("N" * (10 * MB), "m" * (2 * MB), fid))
    db.execute("UPDATE exceptions SET message = ?", ("E" * (10 * MB),))
    db.execute("UPDATE threads SET name = ?", ("T" * MB,))


def control_characters(db, rng):
    """Terminal escape sequences in every string the outputs show."""
    db.execute("UPDATE functions SET name = name || ?, module = module || ?, file = file || ?",
               (ATTACK, ATTACK, ATTACK))
    db.execute("UPDATE exceptions SET type = type || ?, message = message || ?, traceback = traceback || ?",
               (ATTACK, ATTACK, ATTACK))
    db.execute("UPDATE threads SET name = name || ?", (ATTACK,))
    db.execute("UPDATE runs SET command_line = command_line || ?", (ATTACK,))


def fifo_sources(db, rng, directory):
    """Every function's source file is a FIFO nobody writes to (and one is /dev/zero)."""
    fifo = os.path.join(directory, "source.fifo")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    db.execute("UPDATE functions SET file = ?", (fifo,))
    db.execute("UPDATE functions SET file = '/dev/zero' WHERE function_id = "
               "(SELECT min(function_id) FROM functions)")


def deep_chain(db, rng, depth=20000):
    """A run whose calls nest `depth` levels deep: f calls g calls f ..., one chunk per 2048 calls."""
    fid = db.execute("SELECT max(function_id) FROM functions").fetchone()[0]
    f1, f2 = fid + 1, fid + 2
    db.executemany("INSERT INTO functions(function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)",
                   [(f1, "ping", "__main__", "/nonexistent/deep.py", 1, "function"),
                    (f2, "pong", "__main__", "/nonexistent/deep.py", 5, "function")])
    run = db.execute("SELECT max(run_id) FROM runs").fetchone()[0] + 1
    first = db.execute("SELECT coalesce(max(max_call_id), 0) FROM call_chunks").fetchone()[0] + 1
    t0 = db.execute("SELECT max(start_ns) FROM runs").fetchone()[0] + 3_600_000_000_000  # the newest run
    thread = 1
    db.execute("INSERT INTO runs(run_id, command_line, python_version, python_executable, cwd, hostname, pid, "
               "start_ns, started_at, end_ns, ended_at, heartbeat_ns, status, exit_code) "
               "VALUES (?, 'python deep.py', '3.11.2', '/usr/bin/python3', '/', 'host', 1, ?, "
               "'2023-11-14T22:13:20.000000', ?, '2023-11-14T22:13:21.000000', ?, 'completed', 0)",
               (run, t0, t0 + 10 * depth + 1000, t0 + 10 * depth + 1000))
    db.execute("INSERT INTO threads(run_id, thread_id, native_id, name) VALUES (?, ?, 1, 'MainThread')",
               (run, thread))
    calls = []
    for d in range(depth):
        call_id = first + d
        parent = None if d == 0 else call_id - 1
        calls.append([call_id, parent, f1 if d % 2 == 0 else f2, d, 5 * d, 10 * (depth - d), 10 * (depth - d - 1)
                      if d + 1 < depth else 0])
    calls.reverse()  # finish order: the deepest first
    for i in range(0, len(calls), 2048):
        part = calls[i:i + 2048]
        ids = [c[0] for c in part]
        db.execute("INSERT INTO call_chunks(run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows) "
                   "VALUES (?,?,?,?,?,?,?)", (run, thread, t0, len(part), min(ids), max(ids), json.dumps(part)))


def foreign_tables(db, rng):
    """The format's tables replaced by views: an endless recursive one for the calls, an odd `runs`."""
    db.execute("DROP TABLE call_chunks")
    db.execute("CREATE VIEW call_chunks(chunk_id, run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows) AS "
               "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
               "SELECT x, 1, 1, 0, 1, x, x, '[[' || x || ',null,1,0,0,1,0]]' FROM r")


def endless_events(db, rng):
    """The file's own `events` view never ends."""
    db.execute("DROP VIEW IF EXISTS events")
    db.execute("CREATE VIEW events AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
               "SELECT x AS event_id, 1 AS run_id, 'f' AS function_name, 1.0 AS duration_ms FROM r")


def damaged_chunks(db, rng):
    """Seeded damage inside the JSON of some chunks: digits changed, elements dropped or added."""
    for chunk_id, rows in _chunks(db):
        if rng.random() < 0.5:
            continue
        text = list(rows)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(text))
            text[i] = rng.choice("0123456789,[]-n ")
        db.execute("UPDATE call_chunks SET rows = ? WHERE chunk_id = ?", ("".join(text), chunk_id))


def wild_numbers(db, rng):
    """Extreme values where numbers are expected: depths, durations, lines, ids."""
    big = 2 ** 62

    def change(c):
        c[3] = rng.choice([c[3], big, 4294967295, -5])
        c[5] = rng.choice([c[5], big, -big, 0])
        c[6] = rng.choice([c[6], big, -1])
    _rewrite_calls(db, change)
    db.execute("UPDATE functions SET line = ?", (rng.choice([-1, 0, 2 ** 31, 2 ** 62]),))
    db.execute("UPDATE runs SET start_ns = ?, end_ns = ?", (rng.choice([0, -big, big]), rng.choice([None, 0, big])))


SQL_VARIANTS = {
    "parent_cycle": parent_cycle,
    "huge_claim": huge_claim,
    "huge_strings": huge_strings,
    "control_characters": control_characters,
    "deep_chain": deep_chain,
    "foreign_tables": foreign_tables,
    "endless_events": endless_events,
    "damaged_chunks": damaged_chunks,
    "wild_numbers": wild_numbers,
}


def make_variant(base, path, name, rng):
    """Copies the trace `base` to `path` and applies the variant `name` (SQL or bytes)."""
    shutil.copyfile(base, path)
    if name.startswith("deep_chain:"):  # a chain of another depth
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode = DELETE")
        deep_chain(db, rng, int(name.split(":")[1]))
        db.commit()
        db.close()
    elif name in SQL_VARIANTS or name == "fifo_sources":
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode = DELETE")
        if name == "fifo_sources":
            fifo_sources(db, rng, os.path.dirname(path))
        else:
            SQL_VARIANTS[name](db, rng)
        db.commit()
        db.close()
    elif name == "truncated":
        size = os.path.getsize(path)
        with open(path, "r+b") as f:
            f.truncate(rng.randrange(size // 4, size))
    elif name == "byte_flips":
        data = bytearray(open(path, "rb").read())
        for _ in range(rng.randint(1, 24)):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        open(path, "wb").write(bytes(data))
    else:
        raise ValueError(name)
    return path


# The fuzz suite's deep run is 6 000 levels (already six times Python's default recursion limit): the viewer's
# bottom-up tree costs paths x depth (CallTree::build), 40 s at 20 000 levels on a loaded machine.
# test_regressions takes `get` to 20 000 levels.
VARIANTS = sorted([name for name in SQL_VARIANTS if name != "deep_chain"] +
                  ["deep_chain:6000", "fifo_sources", "truncated", "byte_flips"])


# ---------------------------------------------------------------------------------------------------- MCP

class McpSession:
    """`breadcrumb serve-mcp` under the same caps; request() returns the reply or raises on a dead server."""

    def __init__(self, trace, *extra):
        def limit():
            resource.setrlimit(resource.RLIMIT_AS, (CLI_MEMORY, CLI_MEMORY))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        self.proc = subprocess.Popen([CLI, "serve-mcp", "--trace", trace, *extra], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), preexec_fn=limit)
        self.lines = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        threading.Thread(target=lambda: self.proc.stderr.read(), daemon=True).start()
        self.next_id = 0
        self.request("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                    "clientInfo": {"name": "fuzz", "version": "1"}})
        self.proc.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        self.proc.stdin.flush()

    def _pump(self):
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def request(self, method, params, seconds=CLI_SECONDS):
        self.next_id += 1
        self.proc.stdin.write((json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                                           "params": params}) + "\n").encode())
        self.proc.stdin.flush()
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            raise AssertionError("%s %s: no answer within %d s" % (method, json.dumps(params)[:200], seconds))
        if line is None:
            raise AssertionError("%s %s: the server died (exit %s)" % (method, json.dumps(params)[:200],
                                                                         self.proc.wait()))
        reply = json.loads(line)
        assert reply.get("id") == self.next_id, reply
        return reply

    def call(self, tool, arguments, seconds=CLI_SECONDS):
        return self.request("tools/call", {"name": tool, "arguments": arguments}, seconds)

    def close(self):
        self.proc.stdin.close()
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


MCP_CALLS = [
    ("breadcrumb__analyze_performance", {}),
    ("breadcrumb__analyze_performance", {"function": "slow_function"}),
    ("breadcrumb__get_trace", {}),
    ("breadcrumb__get_trace", {"max_depth": 200, "max_nodes": 2000}),
    ("breadcrumb__find_exceptions", {"since": "100w"}),
    ("breadcrumb__compare_runs", {}),
    ("breadcrumb__query_traces", {"sql": "SELECT function_name, count(*) FROM events GROUP BY 1",
                                  "timeout_seconds": 2}),
]

CLI_COMMANDS = [
    ["list"],
    ["performance"],
    ["performance", "slow_function"],
    ["top"],
    ["get"],
    ["get", "--full", "--format", "json"],
    ["get", "--full", "--format", "csv"],
    ["exceptions"],
    ["report"],
    ["compare", "1", "2"],
    ["query", "--timeout", "2", "SELECT function_name, count(*) FROM events GROUP BY 1"],
    ["query", "--flow", "--limit", "0"],
    ["query", "--call", "slow_function"],
    ["query", "--gaps"],
    ["query", "--fuzzy", "slow"],
    ["export", "--format", "chrome", "-o", "{out}/chrome.json"],
    ["export", "--format", "speedscope", "-o", "{out}/speedscope.json"],
]

GUI_VIEWS = ["functions", "function", "callers", "tree", "flame", "timeline", "exceptions", "sql"]
