"""The SQL sandbox as a user and an MCP client meet it: the real `breadcrumb` binary on real trace files, some
of them hostile (an FTS3 table for the fts3_tokenizer() crash, views that call refused functions). Every
refusal and every limit ends with a one-line error and a non-zero exit, within its time, never a signal."""

import json
import os
import sqlite3
import subprocess
import sys
import time
import unittest

from cli_support import CLI, FixtureTestCase, base_env, file_digest, make_trace

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "


def run_measured(args, cwd, timeout=120):
    """Runs the CLI and returns its exit code, stdout, stderr and wall-clock seconds."""
    start = time.monotonic()
    child = subprocess.Popen([CLI] + args, cwd=cwd, env=base_env(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise AssertionError("breadcrumb %s did not finish within %d s" % (" ".join(args), timeout))
    seconds = time.monotonic() - start
    return child.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), seconds


def peak_rss_mb(args, cwd):
    """Peak resident memory (MB) of one CLI run, measured in a fresh Python so nothing else counts."""
    code = ("import resource, subprocess, sys\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n")
    done = subprocess.run([sys.executable, "-c", code, CLI] + args, cwd=cwd, env=base_env(),
                          stdout=subprocess.PIPE, check=True, timeout=120)
    return int(done.stdout)


class McpClient:
    """`breadcrumb serve-mcp` driven over stdio, one JSON-RPC message per line."""

    def __init__(self, trace, cwd):
        self.process = subprocess.Popen([CLI, "serve-mcp", "--trace", trace], cwd=cwd, env=base_env(),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        self.next_id = 0
        self.request("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                    "clientInfo": {"name": "test_sandbox", "version": "1"}})
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def send(self, message):
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the server died (exit %s): %s" % (self.process.wait(), self.process.stderr.read()))
        return json.loads(line)

    def query(self, sql, **arguments):
        arguments["sql"] = sql
        reply = self.request("tools/call", {"name": "breadcrumb__query_traces", "arguments": arguments})
        return reply["result"]

    def close(self):
        self.process.stdin.close()
        code = self.process.wait(timeout=30)
        self.process.stdout.close()
        self.process.stderr.close()
        return code


class SandboxTest(FixtureTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A trace someone added an FTS3 table to: what the fts3_tokenizer() crash needs.
        cls.fts = os.path.join(cls.dir, "fts.db")
        make_trace(cls.fts, "seed")
        with sqlite3.connect(cls.fts) as db:
            db.execute("CREATE VIRTUAL TABLE notes USING fts3(body)")
            db.execute("INSERT INTO notes VALUES ('hello world')")
            db.execute("CREATE VIEW sneaky AS SELECT fts3_tokenizer('simple') AS pointer")
            db.execute("CREATE VIEW loader AS SELECT load_extension('/nonexistent/evil') AS x")
            db.execute("CREATE VIEW leaky AS SELECT sqlite_compileoption_get(0) AS option")
        db.close()

    def test_fts3_tokenizer_leaks_no_pointer(self):
        before = self.digest("fts.db")
        line = self.assertCleanError(self.cli("query", "-t", "fts.db", "SELECT hex(fts3_tokenizer('simple')) AS p"),
                                     contains="fts3_tokenizer() is not available")
        self.assertNotRegex(line, r"[0-9A-F]{12}")
        self.assertEqual(self.digest("fts.db"), before)

    def test_views_in_the_file_cannot_reach_refused_functions(self):
        # the authorizer sees the functions of the views a statement reads...
        self.assertCleanError(self.cli("query", "-t", "fts.db", "SELECT * FROM leaky"),
                              contains="sqlite_compileoption_get() is not available")
        # ...and SQLite itself never runs direct-only functions from the schema
        self.assertCleanError(self.cli("query", "-t", "fts.db", "SELECT * FROM sneaky"),
                              contains="unsafe use of fts3_tokenizer()")
        self.assertCleanError(self.cli("query", "-t", "fts.db", "SELECT * FROM loader"),
                              contains="unsafe use of load_extension()")

    def test_fts3_tables_are_out_of_reach(self):
        self.assertCleanError(self.cli("query", "-t", "fts.db", "SELECT * FROM notes WHERE notes MATCH 'hello'"),
                              contains="no such module: fts3")

    def test_mcp_survives_the_fts3_tokenizer_crash(self):
        # Before the sandbox: the first call installed 0x4141414141414141 as the tokenizer, the second
        # made SQLite call it (SIGSEGV).
        client = McpClient("fts.db", self.dir)
        first = client.query("SELECT fts3_tokenizer('simple', x'4141414141414141')")
        self.assertTrue(first["isError"], first)
        self.assertIn("fts3_tokenizer() is not available", first["content"][0]["text"])
        second = client.query("SELECT * FROM notes WHERE notes MATCH 'hello'")
        self.assertTrue(second["isError"], second)
        third = client.query("SELECT count(*) AS n FROM events")
        self.assertFalse(third["isError"], third)
        self.assertEqual(third["structuredContent"]["rows"], [[51]])
        self.assertEqual(client.close(), 0)

    def test_allowed_functions_work(self):
        result = self.cli("query", "-t", "seed.db", "--format", "json",
                          "SELECT json_extract('{\"a\": 2}', '$.a') AS j, printf('%05.1f', 3.14159) AS p, "
                          "round(sqrt(16)) AS r, upper('x') AS u, median(duration_ms) > 0 AS m, "
                          "strftime('%Y', 0, 'unixepoch') AS y FROM events")
        self.assertEqual(result.code, 0, result)
        self.assertEqual(json.loads(result.out), [{"j": 2, "p": "003.1", "r": 4.0, "u": "X", "m": 1, "y": "1970"}])
        rows = json.loads(self.cli("query", "-t", "seed.db", "--format", "json",
                                   "SELECT count(*) AS n FROM json_each('[1, 2, 3]')").out)
        self.assertEqual(rows, [{"n": 3}])

    def test_refused_functions(self):
        for sql, name in (("SELECT load_extension('x')", "load_extension"),
                          ("SELECT sqlite_log(1, 'x')", "sqlite_log"),
                          ("SELECT rtreenode(2, x'00')", "rtreenode"),
                          ("SELECT sqlite_compileoption_get(0)", "sqlite_compileoption_get")):
            with self.subTest(sql=sql):
                self.assertCleanError(self.cli("query", "-t", "seed.db", sql),
                                      contains=name + "() is not available")

    def test_pragmas(self):
        result = self.cli("query", "-t", "seed.db", "--format", "json", "SELECT name FROM pragma_database_list")
        self.assertEqual(result.code, 0, result)
        self.assertEqual(json.loads(result.out), [{"name": "main"}, {"name": "temp"}])
        result = self.cli("query", "-t", "seed.db", "PRAGMA table_info(runs)")
        self.assertEqual(result.code, 0, result)
        self.assertIn("command_line", result.out)
        self.assertCleanError(self.cli("query", "-t", "seed.db", "PRAGMA cache_size"),
                              contains="PRAGMA cache_size is not available")
        self.assertCleanError(self.cli("query", "-t", "seed.db", "SELECT * FROM pragma_integrity_check"),
                              contains="PRAGMA integrity_check is not available")
        self.assertCleanError(self.cli("query", "-t", "seed.db", "PRAGMA user_version = 7"),
                              contains="refusing to run SQL that modifies the trace: PRAGMA user_version = 7")

    def test_sql_starting_with_a_comment(self):
        result = self.cli("query", "-t", "seed.db", "--format", "json", "-- how many calls\nSELECT count(*) AS n FROM events")
        self.assertEqual(result.code, 0, result)
        self.assertEqual(json.loads(result.out), [{"n": 51}])

    def test_huge_value_stops_at_once(self):
        sql = "SELECT randomblob(100000000) AS x"
        code, out, err, seconds = run_measured(["query", "-t", "seed.db", sql], self.dir)
        self.assertEqual(code, 1, err)
        self.assertEqual(out, "")
        self.assertEqual(err, "breadcrumb: SQL error: a string or blob would be larger than the 16 MB limit on one "
                              "value\n")
        self.assertLess(seconds, 10)
        self.assertLess(peak_rss_mb(["query", "-t", "seed.db", sql], self.dir), 300)
        # printf() answers NULL where its text would pass the limit, at once and without the memory
        sql = "SELECT printf('%.100000000c', 'x') IS NULL AS too_long"
        self.assertLess(peak_rss_mb(["query", "-t", "seed.db", sql], self.dir), 300)
        result = self.cli("query", "-t", "seed.db", "--format", "json", sql)
        self.assertEqual(json.loads(result.out), [{"too_long": 1}])

    def test_timeout_stops_an_endless_query(self):
        code, out, err, seconds = run_measured(
            ["query", "-t", "seed.db", "--timeout", "2", ENDLESS + "SELECT count(*) FROM c"], self.dir)
        self.assertEqual(code, 1, err)
        self.assertEqual(err, "breadcrumb: query stopped: it ran longer than the 2 s time limit\n")
        self.assertGreaterEqual(seconds, 2)
        self.assertLess(seconds, 4.5)

    def test_timeout_stops_a_query_of_huge_rows(self):
        code, out, err, seconds = run_measured(
            ["query", "-t", "seed.db", "--timeout", "2", ENDLESS + "SELECT printf('%.1000000c', 'x') FROM c"],
            self.dir)
        self.assertEqual(code, 1, err)
        self.assertEqual(len(err.splitlines()), 1, err)
        self.assertTrue("time limit" in err or "larger than 256 MB" in err, err)
        self.assertLess(seconds, 4.5)

    def test_result_size_is_capped(self):
        sql = ENDLESS + "SELECT x, 'some text to fill the rows' AS t FROM c"
        code, out, err, seconds = run_measured(["query", "-t", "seed.db", "--timeout", "0", sql], self.dir)
        self.assertEqual(code, 1, err)
        self.assertEqual(out, "")
        self.assertRegex(err, r"^breadcrumb: the result is larger than 256 MB after \d+ rows; select fewer rows or "
                              r"columns \(LIMIT, --limit, WHERE\)\n$")
        self.assertLess(seconds, 30)
        self.assertLess(peak_rss_mb(["query", "-t", "seed.db", "--timeout", "0", sql], self.dir), 700)

    def test_mcp_limits(self):
        client = McpClient("seed.db", self.dir)
        start = time.monotonic()
        stopped = client.query(ENDLESS + "SELECT count(*) FROM c", timeout_seconds=2)
        self.assertLess(time.monotonic() - start, 4.5)
        self.assertTrue(stopped["isError"], stopped)
        self.assertIn("query stopped after 2 s", stopped["content"][0]["text"])
        huge = client.query("SELECT zeroblob(100000000) AS x")
        self.assertTrue(huge["isError"], huge)
        self.assertIn("16 MB limit on one value", huge["content"][0]["text"])
        wide = client.query(ENDLESS + "SELECT printf('%.1000000c', 'x') AS x FROM c", limit=10000)
        self.assertFalse(wide["isError"], wide)
        self.assertTrue(wide["structuredContent"]["truncated"])
        self.assertLessEqual(wide["structuredContent"]["row_count"], 4)
        self.assertIn("about 1 MB", wide["structuredContent"]["warning"])
        # still answering
        self.assertEqual(client.query("SELECT count(*) FROM events")["structuredContent"]["rows"], [[51]])
        self.assertEqual(client.close(), 0)

    def digest(self, name):
        return file_digest(os.path.join(self.dir, name))


if __name__ == "__main__":
    unittest.main()
