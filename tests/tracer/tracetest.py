"""Shared helpers of the tracer tests: run a real Python program traced, open its trace.

Programs run in a fresh interpreter (sys.executable: the interpreter the build was made for) with
the environment ctest gives us (PYTHONPATH = the assembled package). Nothing is mocked.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import unittest

PYTHON = sys.executable
EXAMPLES = os.environ.get("BREADCRUMB_EXAMPLES_DIR") or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples"))


def child_time_errors(calls, resumable_functions=()):
    """Calls whose child_ns is not what the tracer promises (FORMAT.md): the part of the call's
    duration it was not its thread's running traced frame. So 0 <= child_ns <= duration always, and
    for a plain call whose callees are all plain calls it is exactly the sum of their durations (a
    generator or coroutine callee's span also holds time it spent suspended, which was the caller's).
    `calls`: (call_id, parent_id, function_id, start_ns, duration_ns, child_ns) tuples."""
    children = {}
    for call in calls:
        children.setdefault(call[1], []).append(call)
    errors = []
    for call_id, _, function_id, start, duration, child_ns in calls:
        if not 0 <= child_ns <= max(duration, 0):
            errors.append((call_id, child_ns, "outside [0, %d]" % duration))
            continue
        kids = children.get(call_id, [])
        if function_id in resumable_functions or any(k[2] in resumable_functions for k in kids):
            continue
        if any(k[3] + k[4] > start + duration for k in kids):
            continue  # a callee that outlived it (a thread it started, a task): not nested
        expected = min(sum(k[4] for k in kids), max(duration, 0))
        if child_ns != expected:
            errors.append((call_id, child_ns, expected))
    return errors


def read_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


def child_env(**overrides):
    env = dict(os.environ)
    env.pop("BREADCRUMB_DB", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"  # the tests read the output as UTF-8 whatever the locale
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


class TracerTestCase(unittest.TestCase):
    """A temp dir per test; helpers to write programs, run them traced and query the trace."""

    maxDiff = None

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="breadcrumb-test-")
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.db = os.path.join(self.dir, "trace.db")

    # -- programs --------------------------------------------------------------------------
    def write(self, name, source):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(source).lstrip("\n"))
        return path

    def run_python(self, args, timeout=60, cwd=None, env=None, check=None):
        process = subprocess.run([PYTHON] + list(args), cwd=cwd or self.dir, env=env or child_env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 encoding="utf-8", errors="replace", timeout=timeout)
        if check is not None and process.returncode != check:
            self.fail("exit code %d (expected %d)\nstdout:\n%s\nstderr:\n%s"
                      % (process.returncode, check, process.stdout, process.stderr))
        return process

    def run_traced(self, source, args=(), runner_options=(), check=0, timeout=60, db=None,
                   name="main.py", env=None, expect_trace=True):
        """`python -m breadcrumb run -o DB [options] main.py args`."""
        script = self.write(name, source)
        options = ["-o", db or self.db, "--quiet"] + list(runner_options)
        process = self.run_python(["-m", "breadcrumb", "run"] + options + [script] + list(args),
                                  timeout=timeout, check=check, env=env)
        if expect_trace:
            self.assert_trace_written(db or self.db, process)
        return process

    def run_with_init(self, source, args=(), check=0, timeout=60, name="main.py", env=None):
        """A program that calls breadcrumb.init() itself; `DB` in the source is the trace path."""
        script = self.write(name, "DB = %r\n" % self.db + textwrap.dedent(source).lstrip("\n"))
        process = self.run_python([script] + list(args), timeout=timeout, check=check, env=env)
        self.assert_trace_written(self.db, process)
        return process

    def assert_trace_written(self, path, process):
        if not os.path.isfile(path):
            self.fail("no trace was written to %s (exit code %d)\nstderr:\n%s"
                      % (path, process.returncode, process.stderr))

    # -- the trace -------------------------------------------------------------------------
    def connect(self, path=None):
        connection = sqlite3.connect("file:%s?mode=ro" % (path or self.db), uri=True)
        connection.row_factory = sqlite3.Row
        self.addCleanup(connection.close)
        return connection

    def query(self, sql, params=(), path=None):
        connection = self.connect(path)
        return [dict(row) for row in connection.execute(sql, params)]

    def scalar(self, sql, params=(), path=None):
        rows = self.connect(path).execute(sql, params).fetchall()
        return rows[0][0] if rows else None

    def call_counts(self, run_id=None, path=None):
        sql = "SELECT function_name, COUNT(*) AS n FROM events"
        params = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params = (run_id,)
        sql += " GROUP BY function_name"
        return {row["function_name"]: row["n"] for row in self.query(sql, params, path)}

    def events(self, function_name, path=None):
        return self.query("SELECT * FROM events WHERE function_name = ? ORDER BY event_id",
                          (function_name,), path)

    def one_event(self, function_name, path=None):
        rows = self.events(function_name, path)
        self.assertEqual(len(rows), 1, "expected exactly one call of %s" % function_name)
        return rows[0]

    def only_run(self, path=None):
        runs = self.query("SELECT * FROM runs", path=path)
        self.assertEqual(len(runs), 1)
        return runs[0]
