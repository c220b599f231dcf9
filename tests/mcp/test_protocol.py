#!/usr/bin/env python3
"""Protocol-level tests of `breadcrumb serve-mcp`: drive the real server process over its stdin/stdout
pipes with raw JSON-RPC lines and check every error path, the notification/batch rules, EOF shutdown and
that nothing sent to it changes the trace file.

Environment: MCP_SERVER (executable), MCP_SERVER_ARGS (words before --trace, e.g. "serve-mcp"),
MCP_TRACES (directory made by make_traces.py).
"""

import hashlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
import unittest

SERVER = os.environ.get("MCP_SERVER", "")
SERVER_ARGS = os.environ.get("MCP_SERVER_ARGS", "").split()
TRACES = os.environ.get("MCP_TRACES", "")
TIMEOUT = 20


def server_command(*args):
    return [SERVER, *SERVER_ARGS, *args]


class Server:
    """The server process; every stdout line must be one JSON value (stdout carries only the protocol)."""

    def __init__(self, trace, extra_env=None):
        env = dict(os.environ)
        env.update(extra_env or {})
        self.proc = subprocess.Popen(server_command("--trace", trace), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.lines = queue.Queue()
        self.stderr = []
        self.threads = [threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines), daemon=True),
                        threading.Thread(target=self._drain, daemon=True)]
        for t in self.threads:
            t.start()
        self.next_id = 1000

    @staticmethod
    def _pump(stream, q):
        for line in stream:
            q.put(line)
        q.put(None)

    def _drain(self):
        for line in self.proc.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    def send_raw(self, text):
        self.proc.stdin.write(text.encode() + b"\n")
        self.proc.stdin.flush()

    def send(self, message):
        self.send_raw(json.dumps(message))

    def recv(self, timeout=TIMEOUT):
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise EOFError("server closed stdout")
        return json.loads(line)  # fails the test when stdout carries anything but JSON

    def request(self, method, params=None, id_=None):
        if id_ is None:
            self.next_id += 1
            id_ = self.next_id
        msg = {"jsonrpc": "2.0", "id": id_, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        reply = self.recv()
        assert reply.get("id") == id_, reply
        return reply

    def initialize(self, version="2025-06-18"):
        reply = self.request("initialize", {"protocolVersion": version, "capabilities": {},
                                            "clientInfo": {"name": "test_protocol", "version": "1"}})
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return reply

    def call(self, tool, arguments=None):
        params = {"name": tool}
        if arguments is not None:
            params["arguments"] = arguments
        return self.request("tools/call", params)

    def expect_silence(self, seconds=0.3):
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            return
        raise AssertionError("unexpected output: %r" % line)

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except BrokenPipeError:
                pass
            try:
                self.proc.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for t in self.threads:  # both end at EOF once the process is gone
            t.join(timeout=TIMEOUT)
        for stream in (self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass


def digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


class ProtocolTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="mcp-test-")
        self.trace = os.path.join(self.tmp, "traces.db")
        shutil.copyfile(os.path.join(TRACES, "seed-before.db"), self.trace)
        self.server = Server(self.trace)

    def tearDown(self):
        self.server.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def assertError(self, reply, code, text=None):
        self.assertIn("error", reply, reply)
        self.assertNotIn("result", reply)
        self.assertEqual(reply["jsonrpc"], "2.0")
        self.assertEqual(reply["error"]["code"], code, reply)
        self.assertIsInstance(reply["error"]["message"], str)
        if text:
            self.assertIn(text, reply["error"]["message"])

    def assertToolError(self, reply, text):
        self.assertIn("result", reply, reply)
        result = reply["result"]
        self.assertTrue(result["isError"], result)
        self.assertEqual(result["content"][0]["type"], "text")
        self.assertIn(text, result["content"][0]["text"])

    # --- lifecycle ---------------------------------------------------------------------------------

    def test_initialize_negotiates_protocol_version(self):
        cases = [("2025-06-18", "2025-06-18"), ("2025-03-26", "2025-03-26"), ("2024-11-05", "2024-11-05"),
                 ("2099-01-01", "2025-06-18"), ("2025-11-25", "2025-06-18")]
        for asked, answered in cases:
            with self.subTest(asked=asked):
                reply = self.server.request("initialize", {"protocolVersion": asked, "capabilities": {},
                                                           "clientInfo": {"name": "t", "version": "1"}})
                result = reply["result"]
                self.assertEqual(result["protocolVersion"], answered)
                self.assertEqual(result["serverInfo"]["name"], "breadcrumb")
                self.assertIn("tools", result["capabilities"])

    def test_initialize_needs_protocol_version(self):
        for params in [{}, {"protocolVersion": 20250618}, ["2025-06-18"]]:
            with self.subTest(params=params):
                self.assertError(self.server.request("initialize", params), -32602, "protocolVersion" if params != ["2025-06-18"] else None)

    def test_ping(self):
        self.assertEqual(self.server.request("ping")["result"], {})

    def test_string_and_zero_ids_are_echoed(self):
        for id_ in ["abc", 0, -5, "", 2**40]:
            with self.subTest(id=id_):
                self.assertEqual(self.server.request("ping", id_=id_)["id"], id_)

    def test_eof_shuts_down_cleanly(self):
        self.server.initialize()
        self.server.proc.stdin.close()
        self.assertEqual(self.server.proc.wait(timeout=TIMEOUT), 0)
        self.assertIsNone(self.server.lines.get(timeout=TIMEOUT))  # stdout closed, nothing more written

    def test_eof_in_the_middle_of_a_line(self):
        self.server.proc.stdin.write(b'{"jsonrpc": "2.0", "id": 1, "meth')
        self.server.proc.stdin.close()
        self.assertEqual(self.server.proc.wait(timeout=TIMEOUT), 0)
        reply = self.server.recv()  # the partial line is a parse error, then a clean exit
        self.assertError(reply, -32700)

    # --- JSON-RPC error paths ----------------------------------------------------------------------

    def test_malformed_json_then_keeps_serving(self):
        for raw in ['{"jsonrpc": "2.0", "id": 1, "method": "ping"', "not json", "{'single': 'quotes'}", "[1, 2,",
                    '{"jsonrpc":"2.0","id":1,"method":"ping"} trailing']:
            with self.subTest(raw=raw):
                self.server.send_raw(raw)
                reply = self.server.recv()
                self.assertError(reply, -32700, "parse error")
                self.assertIsNone(reply["id"])
        self.assertEqual(self.server.request("ping")["result"], {})

    def test_invalid_requests(self):
        cases = [
            ("42", None),
            ('"ping"', None),
            ('{"jsonrpc": "2.0", "id": 3}', 3),
            ('{"id": 4, "method": "ping"}', 4),
            ('{"jsonrpc": "1.0", "id": 5, "method": "ping"}', 5),
            ('{"jsonrpc": "2.0", "id": 6, "method": 7}', 6),
            ('{"jsonrpc": "2.0", "id": {"a": 1}, "method": "ping"}', None),
            ('{"jsonrpc": "2.0", "id": [1], "method": "ping"}', None),
            ('{"jsonrpc": "2.0", "id": 9, "method": "ping", "params": "x"}', 9),
        ]
        for raw, id_ in cases:
            with self.subTest(raw=raw):
                self.server.send_raw(raw)
                reply = self.server.recv()
                self.assertError(reply, -32600, "invalid request")
                self.assertEqual(reply["id"], id_)
        self.assertEqual(self.server.request("ping")["result"], {})

    def test_unknown_method(self):
        for method in ["resources/list", "prompts/list", "tools/delete", "", "initialize/extra"]:
            with self.subTest(method=method):
                self.assertError(self.server.request(method), -32601, "method not found")

    def test_notifications_get_no_reply(self):
        for note in [{"jsonrpc": "2.0", "method": "notifications/initialized"},
                     {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}},
                     {"jsonrpc": "2.0", "method": "no/such/notification"},
                     {"jsonrpc": "2.0", "method": "tools/call", "params": {"name": "nope"}},
                     {"jsonrpc": "2.0", "result": {}, "id": 77}]:  # a response to nothing: ignored
            self.server.send(note)
        self.server.expect_silence()
        self.assertEqual(self.server.request("ping", id_="after")["id"], "after")

    def test_batches(self):
        self.server.send([{"jsonrpc": "2.0", "id": 1, "method": "ping"},
                          {"jsonrpc": "2.0", "method": "notifications/initialized"},
                          {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
                          {"jsonrpc": "2.0", "id": 3, "method": "bogus"},
                          17])
        replies = self.server.recv()
        self.assertIsInstance(replies, list)
        self.assertEqual(len(replies), 4)
        by_id = {r["id"]: r for r in replies if r["id"] is not None}
        self.assertEqual(by_id[1]["result"], {})
        self.assertEqual(len(by_id[2]["result"]["tools"]), 5)
        self.assertError(by_id[3], -32601)
        self.assertError([r for r in replies if r["id"] is None][0], -32600)

        self.server.send_raw("[]")
        self.assertError(self.server.recv(), -32600, "empty batch")

        self.server.send([{"jsonrpc": "2.0", "method": "notifications/initialized"}])
        self.server.expect_silence()
        self.assertEqual(self.server.request("ping")["result"], {})

    # --- tools/list and tools/call parameter checking --------------------------------------------

    def test_tools_list(self):
        self.server.initialize()
        tools = self.server.request("tools/list")["result"]["tools"]
        names = sorted(t["name"] for t in tools)
        self.assertEqual(names, sorted(["breadcrumb__analyze_performance", "breadcrumb__query_traces",
                                        "breadcrumb__get_trace", "breadcrumb__find_exceptions",
                                        "breadcrumb__compare_runs"]))
        for tool in tools:
            with self.subTest(tool=tool["name"]):
                self.assertEqual(tool["inputSchema"]["type"], "object")
                self.assertIs(tool["inputSchema"]["additionalProperties"], False)
                self.assertTrue(tool["description"])
                self.assertTrue(tool["annotations"]["readOnlyHint"])

    def test_tools_call_invalid_params(self):
        self.server.initialize()
        cases = [
            ({}, "'name'"),
            ({"name": 5}, "'name'"),
            ({"name": "breadcrumb__nope"}, "unknown tool"),
            ({"name": "analyze_performance"}, "unknown tool"),
            ({"name": "breadcrumb__query_traces", "arguments": "SELECT 1"}, "'arguments' must be an object"),
            ({"name": "breadcrumb__query_traces", "arguments": [1]}, "'arguments' must be an object"),
            ({"name": "breadcrumb__query_traces", "arguments": {}}, "missing required argument 'sql'"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": 5}}, "'sql' must be a string"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": ""}}, "'sql' must not be empty"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "limit": "10"}}, "'limit' must be an integer"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "limit": 2.5}}, "'limit' must be an integer"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "limit": 0}}, "'limit' must be at least 1"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "timeout_seconds": 0}}, "'timeout_seconds'"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "timeout_seconds": "fast"}}, "'timeout_seconds' must be a number"),
            ({"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1", "rows": 3}}, "unknown argument 'rows'"),
            ({"name": "breadcrumb__analyze_performance", "arguments": {"function": ["slow_function"]}}, "'function' must be a string"),
            ({"name": "breadcrumb__analyze_performance", "arguments": {"run_id": "1"}}, "'run_id' must be an integer"),
            ({"name": "breadcrumb__analyze_performance", "arguments": {"run_id": None}}, "'run_id' must be an integer"),
            ({"name": "breadcrumb__analyze_performance", "arguments": {"limit": 51}}, "'limit' must be at most 50"),
            ({"name": "breadcrumb__get_trace", "arguments": {"max_nodes": True}}, "'max_nodes' must be an integer"),
            ({"name": "breadcrumb__find_exceptions", "arguments": {"since": 3600}}, "'since' must be a string"),
            ({"name": "breadcrumb__compare_runs", "arguments": {"before_run_id": "1"}}, "'before_run_id' must be an integer"),
            ({"name": "breadcrumb__compare_runs", "arguments": {"after": 2}}, "unknown argument 'after'"),
        ]
        for params, text in cases:
            with self.subTest(params=params):
                self.assertError(self.server.request("tools/call", params), -32602, text)
        # Integral floats are integers to JSON Schema; a null arguments member means none.
        self.assertFalse(self.server.call("breadcrumb__query_traces", {"sql": "SELECT 1", "limit": 5.0})["result"]["isError"])
        self.assertFalse(self.server.request("tools/call", {"name": "breadcrumb__get_trace", "arguments": None})["result"]["isError"])

    # --- tool execution failures are results with isError ------------------------------------------

    def test_tool_failures_are_results(self):
        self.server.initialize()
        cases = [
            ("breadcrumb__analyze_performance", {"function": "slow_functon"}, "did you mean: slow_function"),
            ("breadcrumb__analyze_performance", {"function": "no_such_thing_at_all"}, "no function 'no_such_thing_at_all'"),
            ("breadcrumb__analyze_performance", {"run_id": 99}, "99"),
            ("breadcrumb__get_trace", {"run_id": 99}, "99"),
            ("breadcrumb__find_exceptions", {"since": "yesterday-ish"}, "cannot read since='yesterday-ish'"),
            ("breadcrumb__find_exceptions", {"since": "2025-13-45"}, "cannot read since"),
            ("breadcrumb__query_traces", {"sql": "SELECT nope FROM events"}, "nope"),
            ("breadcrumb__query_traces", {"sql": "SELEC 1"}, "SQL error"),
            ("breadcrumb__compare_runs", {}, "nothing to compare"),
            ("breadcrumb__compare_runs", {"before_run_id": 1, "after_run_id": 1}, "same run"),
            ("breadcrumb__compare_runs", {"before_trace": "/nonexistent/x.db"},
             "'/nonexistent/x.db' is not a trace this server may read"),
        ]
        for tool, args, text in cases:
            with self.subTest(tool=tool, args=args):
                self.assertToolError(self.server.call(tool, args), text)
        self.assertEqual(self.server.request("ping")["result"], {})

    def test_query_truncation_warns(self):
        self.server.initialize()
        result = self.server.call("breadcrumb__query_traces", {"sql": "SELECT * FROM events", "limit": 3})["result"]
        self.assertFalse(result["isError"])
        data = result["structuredContent"]
        self.assertEqual(data["row_count"], 3)
        self.assertTrue(data["truncated"])
        self.assertIn("truncated", data["warning"])
        self.assertIn("Warning: result truncated", result["content"][0]["text"])

    FOREVER = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"

    def test_query_timeout(self):
        self.server.initialize()
        started = time.monotonic()
        reply = self.server.call("breadcrumb__query_traces", {"sql": self.FOREVER, "timeout_seconds": 0.5})
        self.assertToolError(reply, "stopped after 0.5 s")
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(self.server.request("ping")["result"], {})

    def test_cancelled_request_stops_and_gets_no_response(self):
        self.server.initialize()
        self.server.send({"jsonrpc": "2.0", "id": "slow", "method": "tools/call",
                          "params": {"name": "breadcrumb__query_traces",
                                     "arguments": {"sql": self.FOREVER, "timeout_seconds": 120}}})
        time.sleep(0.5)
        started = time.monotonic()
        self.server.send({"jsonrpc": "2.0", "method": "notifications/cancelled",
                          "params": {"requestId": "slow", "reason": "user pressed stop"}})
        self.server.send({"jsonrpc": "2.0", "id": "after", "method": "ping"})
        self.assertEqual(self.server.recv()["id"], "after")  # not a reply to the cancelled request
        self.assertLess(time.monotonic() - started, 10)
        self.server.expect_silence()

    def test_cancelled_before_it_starts(self):
        self.server.initialize()
        busy = {"name": "breadcrumb__query_traces", "arguments": {"sql": self.FOREVER, "timeout_seconds": 1}}
        self.server.send({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": busy})
        self.server.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": busy})
        self.server.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 2}})
        self.server.send({"jsonrpc": "2.0", "id": 3, "method": "ping"})
        first = self.server.recv()
        self.assertEqual(first["id"], 1)
        self.assertIn("stopped after 1 s", first["result"]["content"][0]["text"])
        self.assertEqual(self.server.recv()["id"], 3)
        self.server.expect_silence()

    def test_writing_sql_is_refused_and_the_file_is_unchanged(self):
        self.server.initialize()
        before = digest(self.trace)
        mtime = os.stat(self.trace).st_mtime_ns
        files = sorted(os.listdir(self.tmp))
        attached = os.path.join(self.tmp, "attached.db")
        statements = [
            "DELETE FROM calls",
            "DROP TABLE calls",
            "DROP VIEW events",
            "INSERT INTO functions(name, module, file, line) VALUES ('x', 'm', 'f', 1)",
            "UPDATE calls SET duration_ns = 0",
            "CREATE TABLE evil(x)",
            "CREATE INDEX evil ON calls(depth)",
            "ATTACH DATABASE '%s' AS other" % attached,
            "PRAGMA user_version = 5",
            "PRAGMA journal_mode = WAL",
            "VACUUM",
            "REINDEX",
            "SELECT 1; DELETE FROM calls",
            "WITH x AS (SELECT 1) DELETE FROM calls",
            "REPLACE INTO meta(key, value) VALUES ('a', 'b')",
        ]
        for sql in statements:
            with self.subTest(sql=sql):
                reply = self.server.call("breadcrumb__query_traces", {"sql": sql})
                self.assertTrue(reply["result"]["isError"], reply)
        self.assertEqual(digest(self.trace), before)
        self.assertEqual(os.stat(self.trace).st_mtime_ns, mtime)
        self.assertEqual(sorted(os.listdir(self.tmp)), files)  # no -wal/-journal, no attached file
        count = self.server.call("breadcrumb__query_traces", {"sql": "SELECT COUNT(*) AS n FROM calls"})
        self.assertGreater(count["result"]["structuredContent"]["rows"][0][0], 20)

    def test_invalid_utf8_in_trace_data_still_gives_valid_json(self):
        self.server.initialize()
        reply = self.server.call("breadcrumb__query_traces", {"sql": "SELECT CAST(X'FF41FE' AS TEXT) AS bad, 'ok' AS good"})
        result = reply["result"]  # recv() already decoded the line as UTF-8 JSON
        self.assertFalse(result["isError"])
        self.assertEqual(result["structuredContent"]["rows"][0][1], "ok")
        self.assertIn("A", result["structuredContent"]["rows"][0][0])

    def test_find_exceptions_leaves_out_a_clean_exit(self):
        trace = os.path.join(self.tmp, "errors.db")
        shutil.copyfile(os.path.join(TRACES, "errors.db"), trace)
        import sqlite3
        with sqlite3.connect(trace) as db:
            for message in ["0", "None", "2"]:
                db.execute("INSERT INTO exceptions(run_id, call_id, thread_id, timestamp_ns, type, message, escaped) "
                           "SELECT 1, NULL, thread_id, start_ns, 'SystemExit', ?, 1 FROM calls WHERE call_id = 1", (message,))
        server = Server(trace)
        try:
            server.initialize()
            data = server.call("breadcrumb__find_exceptions", {})["result"]["structuredContent"]
            self.assertEqual(data["total"], 5)
            self.assertEqual([e["message"] for e in data["exceptions"] if e["type"] == "SystemExit"], ["2"])
        finally:
            server.close()

    def test_run_info_names_the_parent_run(self):
        # a child process's run (format 1.2: runs.parent_run_id) says whose child it is
        trace = os.path.join(self.tmp, "family.db")
        shutil.copyfile(os.path.join(TRACES, "seed.db"), trace)
        import sqlite3
        with sqlite3.connect(trace) as db:
            db.execute("UPDATE runs SET parent_run_id = 1 WHERE run_id = 2")
        server = Server(trace)
        try:
            server.initialize()
            for run_id, parent in ((2, 1), (1, None)):
                result = server.call("breadcrumb__get_trace", {"run_id": run_id})["result"]
                self.assertEqual(result["structuredContent"]["run"]["parent_run_id"], parent)
                headline = result["content"][0]["text"].splitlines()[0]
                self.assertEqual("a child process of run 1" in headline, parent is not None, headline)
        finally:
            server.close()

    def test_unusable_traces_give_one_line_errors(self):
        newer = os.path.join(self.tmp, "newer.db")
        shutil.copyfile(self.trace, newer)
        empty = os.path.join(self.tmp, "empty.db")
        shutil.copyfile(self.trace, empty)
        import sqlite3
        with sqlite3.connect(newer) as db:
            db.execute("PRAGMA user_version = 200")
        with sqlite3.connect(empty) as db:
            db.executescript("DELETE FROM call_chunks; DELETE FROM runs; DELETE FROM threads;")
        no_calls = os.path.join(self.tmp, "no-calls.db")
        shutil.copyfile(self.trace, no_calls)
        with sqlite3.connect(no_calls) as db:
            db.executescript("DELETE FROM call_chunks; UPDATE runs SET status = 'crashed', end_ns = NULL;")
        plain = os.path.join(self.tmp, "plain.db")
        with sqlite3.connect(plain) as db:
            db.execute("CREATE TABLE t(x)")
        text_file = os.path.join(self.tmp, "notes.txt")
        with open(text_file, "w") as fh:
            fh.write("hello, not a database\n" * 100)
        for path in [newer, empty, no_calls, plain, text_file, self.tmp]:
            with self.subTest(path=os.path.basename(path)):
                server = Server(path)
                try:
                    server.initialize()
                    for tool in ["breadcrumb__analyze_performance", "breadcrumb__get_trace", "breadcrumb__compare_runs"]:
                        result = server.call(tool, {})["result"]
                        self.assertTrue(result["isError"], result)
                        self.assertEqual(len(result["content"][0]["text"].strip().splitlines()), 1, result)
                    self.assertEqual(server.request("ping")["result"], {})
                finally:
                    server.close()


class MissingTraceTest(unittest.TestCase):
    """A trace that does not exist yet is fine: every tool says so, and the server picks it up later."""

    def test_every_tool_says_no_trace_yet_then_finds_it(self):
        tmp = tempfile.mkdtemp(prefix="mcp-missing-")
        trace = os.path.join(tmp, ".breadcrumb", "traces.db")
        server = Server(trace)
        try:
            self.assertEqual(server.initialize()["result"]["serverInfo"]["name"], "breadcrumb")
            calls = [("breadcrumb__analyze_performance", {}), ("breadcrumb__query_traces", {"sql": "SELECT 1"}),
                     ("breadcrumb__get_trace", {}), ("breadcrumb__find_exceptions", {"since": "1h"}),
                     ("breadcrumb__compare_runs", {})]
            for tool, args in calls:
                with self.subTest(tool=tool):
                    result = server.call(tool, args)["result"]
                    self.assertTrue(result["isError"])
                    text = result["content"][0]["text"]
                    self.assertIn("no trace yet at " + trace, text)
                    self.assertIn("breadcrumb run script.py", text)
            self.assertFalse(os.path.exists(trace))  # asking never creates it
            os.makedirs(os.path.dirname(trace))
            shutil.copyfile(os.path.join(TRACES, "seed-before.db"), trace)
            result = server.call("breadcrumb__analyze_performance", {})["result"]
            self.assertFalse(result["isError"], result)
            self.assertIn("slow_function", result["content"][0]["text"])
        finally:
            server.close()
            shutil.rmtree(tmp, ignore_errors=True)

    def test_default_trace_comes_from_breadcrumb_db(self):
        tmp = tempfile.mkdtemp(prefix="mcp-default-")
        try:
            trace = os.path.join(tmp, "from-env.db")
            shutil.copyfile(os.path.join(TRACES, "seed-before.db"), trace)
            env = dict(os.environ, BREADCRUMB_DB=trace)
            proc = subprocess.run(server_command(), input=b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":'
                                  b'{"name":"breadcrumb__query_traces","arguments":{"sql":"SELECT COUNT(*) FROM runs"}}}\n',
                                  capture_output=True, env=env, timeout=TIMEOUT, cwd=tmp)
            self.assertEqual(proc.returncode, 0)
            reply = json.loads(proc.stdout)
            self.assertEqual(reply["result"]["structuredContent"]["rows"], [[1]])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class PooledCompareTest(unittest.TestCase):
    """compare_runs pools several runs a side as `breadcrumb compare` does, with the CLI's numbers."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="mcp-pooled-")
        self.trace = os.path.join(self.tmp, "pooled.db")
        shutil.copyfile(os.path.join(TRACES, "pooled.db"), self.trace)
        self.server = Server(self.trace)
        self.server.initialize()

    def tearDown(self):
        self.server.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def cli_compare(self, before, after):
        proc = subprocess.run([SERVER, "compare", before, after, "--format", "json", "--limit", "0"],
                              capture_output=True, timeout=TIMEOUT)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return {row["function"]: row for row in json.loads(proc.stdout)}

    def test_pooled_numbers_equal_the_cli(self):
        cases = [({"before_runs": "1-2", "after_runs": "3-4"}, "1-2", "3-4", [1, 2], [3, 4]),
                 ({"before_runs": self.trace + ":1-2", "after_runs": "all"}, "1-2", "all", [1, 2], [1, 2, 3, 4]),
                 ({"before_run_id": 1, "after_runs": "3-4"}, "1", "3-4", [1], [3, 4]),
                 ({"before_runs": "1-2", "after_run_id": 4}, "1-2", "4", [1, 2], [4])]
        for args, before, after, before_ids, after_ids in cases:
            with self.subTest(args=args):
                result = self.server.call("breadcrumb__compare_runs", dict(args, limit=500))["result"]
                self.assertFalse(result["isError"], result)
                data = result["structuredContent"]
                self.assertEqual(data["before"]["run_ids"], before_ids)
                self.assertEqual(data["after"]["run_ids"], after_ids)
                cli = self.cli_compare(self.trace + ":" + before, self.trace + ":" + after)
                rows = data["slower"] + data["faster"] + data["new"] + data["vanished"]
                self.assertTrue(rows)
                self.assertEqual(len(rows) + data["unchanged"], len(cli))
                self.assertEqual(data["unchanged"], sum(r["verdict"] == "unchanged" for r in cli.values()))
                for row in rows:
                    expected = cli[row["function"]]
                    for key in ["verdict", "p_value", "cliffs_delta"]:
                        self.assertEqual(row[key], expected[key], (row["function"], key))
                    for key in ["calls_before", "calls_after"]:
                        self.assertEqual(row[key], expected[key] or 0, (row["function"], key))
                    # The CLI writes ms to the nanosecond, MCP to the microsecond.
                    for key in ["total_before_ms", "total_after_ms", "avg_before_ms", "p95_before_ms"]:
                        if expected[key] is None:
                            self.assertIsNone(row[key], (row["function"], key))
                        else:
                            self.assertAlmostEqual(row[key], expected[key], delta=0.001, msg=(row["function"], key))
                    self.assertAlmostEqual(row["delta_ms"], expected["delta_total_ms"], delta=0.001)
                if before_ids != [1] and after_ids != [4]:
                    self.assertIn("calls pooled", result["content"][0]["text"])
                    self.assertIn("Traced time (per run)", result["content"][0]["text"])

    def test_pooled_pools_the_calls(self):
        one = self.server.call("breadcrumb__compare_runs", {"before_run_id": 1, "after_run_id": 3})
        two = self.server.call("breadcrumb__compare_runs", {"before_runs": "1-2", "after_runs": "3-4"})
        calls = {r["function"]: r["calls_before"] for r in two["result"]["structuredContent"]["faster"]}
        for row in one["result"]["structuredContent"]["faster"]:
            self.assertEqual(calls[row["function"]], 2 * row["calls_before"], row["function"])

    def test_bad_pooled_arguments(self):
        cases = [({"before_runs": 1}, "'before_runs' must be a string"),
                 ({"before_runs": ""}, "before_runs"),
                 ({"before_runs": "1-2", "before_run_id": 1}, "pass either before_runs or before_run_id"),
                 ({"after_runs": "3", "after_run_id": 3}, "pass either after_runs or after_run_id"),
                 ({"before_runs": "7-9", "after_runs": "3-4"}, "7"),
                 ({"before_runs": "1-2", "after_runs": "1-2"}, "same runs"),
                 ({"before_runs": "/nonexistent/x.db:all"}, "/nonexistent/x.db")]
        for args, text in cases:
            with self.subTest(args=args):
                reply = self.server.call("breadcrumb__compare_runs", args)
                message = json.dumps(reply)
                self.assertIn(text, message)
                if "error" not in reply:
                    self.assertTrue(reply["result"]["isError"], reply)


class CommandLineTest(unittest.TestCase):
    def run_server(self, *args):
        return subprocess.run(server_command(*args), input=b"", capture_output=True, timeout=TIMEOUT)

    def test_help(self):
        proc = self.run_server("--help")
        self.assertEqual(proc.returncode, 0)
        self.assertIn(b"serve-mcp [--trace FILE]", proc.stdout)
        self.assertIn(b"mcpServers", proc.stdout)

    def test_bad_arguments(self):
        for args in [("--bogus",), ("--trace",), ("--trace=",), ("extra",), ("--allow",), ("--allow=",)]:
            with self.subTest(args=args):
                proc = self.run_server(*args)
                self.assertEqual(proc.returncode, 1)
                self.assertEqual(proc.stdout, b"")
                self.assertEqual(len(proc.stderr.decode().strip().splitlines()), 1, proc.stderr)

    def test_eof_right_away(self):
        proc = self.run_server("--trace", "/nonexistent/traces.db")
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(proc.stdout, b"")


if __name__ == "__main__":
    unittest.main()
