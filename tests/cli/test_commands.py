"""Behaviour beyond the golden text: export files that other viewers accept, `clear` deleting only what it
should (and asking first), per-command --help with examples, stdin SQL, global options."""

import decimal
import json
import os
import pty
import resource
import select
import signal
import sqlite3
import subprocess
import time
import unittest

from cli_support import CLI, FixtureTestCase, base_env, gen_trace

COMMANDS = ["run", "performance", "query", "list", "get", "exceptions", "top", "report", "compare", "export",
            "clear"]


class ExportTest(FixtureTestCase):
    def export(self, trace, fmt, *extra):
        out = os.path.join(self.dir, "%s.%s.json" % (trace, fmt))
        result = self.cli("-t", trace + ".db", "export", "--format", fmt, "-o", out, *extra)
        self.assertOk(result)
        self.assertIn("Wrote run", result.out)
        with open(out, encoding="utf-8") as handle:
            return json.load(handle)

    def test_chrome_trace_events(self):
        doc = self.export("errors", "chrome")
        events = doc["traceEvents"]
        complete = [e for e in events if e["ph"] == "X"]
        self.assertEqual(len(complete), 7)                     # one per call
        self.assertEqual(len([e for e in events if e["ph"] == "i"]), 5)  # one per exception (SystemExit too)
        names = {e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
        self.assertEqual(names, {"MainThread", "worker-1"})
        main = next(e for e in complete if e["name"] == "main")
        self.assertEqual(main["ts"], 1000.0)                   # µs after the run's start
        self.assertEqual(main["dur"], 2000.0)
        for e in complete:                                     # children inside main on its thread
            if e["tid"] == main["tid"] and e is not main:
                self.assertGreaterEqual(e["ts"], main["ts"])
                self.assertLessEqual(e["ts"] + e["dur"], main["ts"] + main["dur"])
        parse = [e for e in complete if e["name"] == "parse_number"]
        self.assertEqual(parse[1]["args"]["exception"], "ValueError: invalid literal for int() with base 10: 'abc'")

    def test_chrome_times_are_the_traces_nanoseconds(self):
        # A generated trace of irregular nanoseconds: every call's ts, dur (µs) and self_ms must be the
        # exact decimal of its start, duration and self time, as read from the file by SQLite itself.
        trace = os.path.join(self.dir, "irregular.db")
        gen_trace(trace, "--calls", "3000", "--threads", "3", "--start-ns", "1733000000123456789", "--quiet")
        db = sqlite3.connect(trace)
        (start,) = db.execute("SELECT start_ns FROM runs").fetchone()
        expected = sorted(db.execute("SELECT thread_id, start_ns - ?, duration_ns, duration_ns - child_ns FROM calls",
                                     (start,)).fetchall())
        db.close()
        out = os.path.join(self.dir, "irregular.json")
        self.assertOk(self.cli("-t", trace, "export", "--format", "chrome", "-o", out))
        with open(out, encoding="utf-8") as handle:
            doc = json.load(handle, parse_float=decimal.Decimal)
        got = sorted((e["tid"], int(e["ts"] * 1000), int(e["dur"] * 1000), int(e["args"]["self_ms"] * 1000000))
                     for e in doc["traceEvents"] if e["ph"] == "X")
        self.assertEqual(got, expected)
        self.assertTrue(any(isinstance(e["ts"], decimal.Decimal) for e in doc["traceEvents"] if e["ph"] == "X"))
        for e in doc["traceEvents"]:
            if e["ph"] == "X":  # exact: no digits beyond the nanosecond
                self.assertEqual(e["ts"] * 1000, int(e["ts"] * 1000))
                self.assertEqual(e["args"]["self_ms"] * 1000000, int(e["args"]["self_ms"] * 1000000))

    def several_mb_trace(self):
        trace = os.path.join(self.dir, "several_mb.db")
        if not os.path.exists(trace):
            gen_trace(trace, "--calls", "40000", "--threads", "2", "--quiet")
        return trace

    def test_a_failed_write_of_the_writer_thread_is_reported(self):
        # Full 1 MB buffers are written by a thread of their own; the file may grow to 3 MB only, so the
        # fourth write fails there (EFBIG) while the export fills the next buffer. The export must stop with
        # the error, leave the previous file as it was and no temporary file beside it.
        trace = self.several_mb_trace()
        out_dir = os.path.join(self.dir, "limited")
        os.makedirs(out_dir, exist_ok=True)
        out = os.path.join(out_dir, "out.json")
        with open(out, "w") as handle:
            handle.write("previous export\n")

        def small_files():  # a write beyond the limit fails with EFBIG instead of killing the process
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (3 << 20, 3 << 20))

        proc = subprocess.run([CLI, "-t", trace, "export", "--format", "chrome", "-o", out], cwd=self.dir,
                              capture_output=True, env=base_env(), preexec_fn=small_files, timeout=60)
        self.assertEqual(proc.returncode, 1, proc)
        self.assertEqual(proc.stderr.decode().splitlines(),
                         ["breadcrumb: export: cannot write %s: File too large" % out])
        self.assertEqual(os.listdir(out_dir), ["out.json"])
        with open(out) as handle:
            self.assertEqual(handle.read(), "previous export\n")

    def test_file_and_stdout_are_the_same_bytes(self):
        # A file is written block by block with O_DIRECT where the file system takes it, its last partial
        # block through the cache; standard output always through the cache. Several buffers' worth (1 MB
        # each) of every format must come out the same both ways.
        trace = self.several_mb_trace()
        for fmt in ("chrome", "speedscope", "perfetto"):
            with self.subTest(fmt=fmt):
                out = os.path.join(self.dir, "several_mb." + fmt)
                self.assertOk(self.cli("-t", trace, "export", "--format", fmt, "-o", out))
                piped = subprocess.run([CLI, "-t", trace, "export", "--format", fmt, "-o", "-"], cwd=self.dir,
                                       capture_output=True, env=base_env())
                self.assertEqual(piped.returncode, 0, piped.stderr)
                with open(out, "rb") as handle:
                    written = handle.read()
                self.assertGreater(len(written), 1 << 20)
                self.assertNotEqual(len(written) % 4096, 0)  # a partial last block
                self.assertEqual(written, piped.stdout)

    def test_speedscope_profiles_are_well_nested(self):
        for trace in ("seed", "errors"):
            doc = self.export(trace, "speedscope")
            self.assertEqual(doc["$schema"], "https://www.speedscope.app/file-format-schema.json")
            frames = doc["shared"]["frames"]
            total_opens = 0
            for profile in doc["profiles"]:
                self.assertEqual(profile["type"], "evented")
                stack, last = [], profile["startValue"]
                for event in profile["events"]:
                    self.assertGreaterEqual(event["at"], last)
                    last = event["at"]
                    self.assertLess(event["frame"], len(frames))
                    if event["type"] == "O":
                        stack.append(event["frame"])
                        total_opens += 1
                    else:
                        self.assertEqual(stack.pop(), event["frame"])
                self.assertEqual(stack, [])
                self.assertLessEqual(last, profile["endValue"])
            expected = 21 if trace == "seed" else 7               # seed.db: newest run (2) has 21 calls
            self.assertEqual(total_opens, expected)

    def test_export_other_run_to_stdout(self):
        result = self.cli("-t", "seed.db", "export", "--format", "chrome", "--run", "1", "-o", "-")
        self.assertOk(result)
        doc = json.loads(result.out)
        self.assertEqual(len([e for e in doc["traceEvents"] if e["ph"] == "X"]), 30)
        self.assertEqual(doc["otherData"]["run_id"], 1)


class GeneratedTraceTest(FixtureTestCase):
    """A bigger, messier trace from scripts/gen_trace.py: threads, recursion, a crashed run."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        gen_trace(os.path.join(cls.dir, "gen.db"), "--calls", "20000", "--runs", "2", "--status", "crashed")

    def test_crashed_runs_are_listed_and_analysed(self):
        runs = json.loads(self.cli("-t", "gen.db", "list", "--format", "json").out)
        self.assertEqual(len(runs), 2)
        self.assertEqual([r["status"] for r in runs], ["crashed", "completed"])  # --status: the last run
        result = self.cli("-t", "gen.db", "report")
        self.assertOk(result)
        self.assertIn(": crashed", result.out.splitlines()[0])

    def test_big_tree_is_collapsed(self):
        result = self.cli("-t", "gen.db", "get")
        self.assertOk(result)
        self.assertIn("folded", result.out)
        self.assertLess(len(result.out.splitlines()), 400)
        full = self.cli("-t", "gen.db", "get", "--full", "--format", "csv")
        self.assertGreater(len(full.out.splitlines()), len(result.out.splitlines()))

    def test_commands_agree_with_sql(self):
        ranking = json.loads(self.cli("-t", "gen.db", "performance", "--limit", "0", "--format", "json").out)
        sql = json.loads(self.cli("-t", "gen.db", "query", "--run", "2", "--format", "json",
                                  "SELECT function_name, module, COUNT(*) AS calls, SUM(duration_ms) AS total "
                                  "FROM events GROUP BY function_name, module").out)
        expected = {(r["function_name"], r["module"]): (r["calls"], r["total"]) for r in sql}
        self.assertEqual(len(ranking), len(expected))
        for row in ranking:
            calls, total = expected[(row["function"].split(":")[-1], row["module"])]
            self.assertEqual(row["calls"], calls)
            # total_ms is inclusive time (recursion once, suspensions out); the summed durations are SQL's
            self.assertAlmostEqual(row["duration_sum_ms"], total, places=3)
            self.assertLessEqual(row["total_ms"], row["duration_sum_ms"] + 0.001)

    def test_exports_of_a_threaded_run(self):
        out = os.path.join(self.dir, "gen.speedscope.json")
        self.assertOk(self.cli("-t", "gen.db", "export", "--format", "speedscope", "-o", out))
        with open(out) as handle:
            doc = json.load(handle)
        self.assertGreater(len(doc["profiles"]), 1)
        opens = sum(1 for p in doc["profiles"] for e in p["events"] if e["type"] == "O")
        runs = json.loads(self.cli("-t", "gen.db", "list", "--format", "json").out)
        self.assertEqual(opens, runs[0]["calls"])


class ClearTest(FixtureTestCase):
    def copy(self, name):
        path = os.path.join(self.dir, name)
        with open(os.path.join(self.dir, "seed.db"), "rb") as src, open(path, "wb") as dst:
            dst.write(src.read())
        return path

    def test_refuses_without_terminal(self):
        path = self.copy("keep.db")
        self.assertCleanError(self.cli("-t", "keep.db", "clear"), contains="-f")
        self.assertTrue(os.path.exists(path))

    def test_force_deletes_trace_and_companions_only(self):
        path = self.copy("gone.db")
        with open(path + "-wal", "wb"):
            pass
        neighbour = os.path.join(self.dir, "gone.db.bak")
        with open(neighbour, "w") as handle:
            handle.write("keep me")
        result = self.cli("-t", "gone.db", "clear", "-f")
        self.assertOk(result)
        self.assertIn("Deleted gone.db (2 runs)", result.out)
        self.assertFalse(os.path.exists(path))
        self.assertFalse(os.path.exists(path + "-wal"))
        self.assertTrue(os.path.exists(neighbour))

    def test_never_deletes_a_file_that_is_not_a_trace(self):
        path = os.path.join(self.dir, "precious.txt")
        with open(path, "w") as handle:
            handle.write("not a trace\n" * 100)
        self.assertCleanError(self.cli("-t", "precious.txt", "clear", "-f"))
        self.assertTrue(os.path.exists(path))

    def interactive(self, trace, answer):
        """Runs `breadcrumb clear` on a pseudo-terminal and types `answer`."""
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(self.dir)
            os.execve(CLI, [CLI, "-t", trace, "clear"], base_env())
        output = b""
        deadline = time.time() + 20
        while b"[y/N]" not in output and time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                output += os.read(fd, 1024)
        os.write(fd, answer.encode() + b"\n")
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        _, status = os.waitpid(pid, 0)
        os.close(fd)
        return os.waitstatus_to_exitcode(status), output.decode(errors="replace")

    def test_asks_and_respects_no(self):
        path = self.copy("ask-no.db")
        code, output = self.interactive("ask-no.db", "n")
        self.assertIn("Delete ask-no.db (2 runs)? [y/N]", output)
        self.assertIn("Nothing deleted", output)
        self.assertEqual(code, 1)
        self.assertTrue(os.path.exists(path))

    def test_asks_and_deletes_on_yes(self):
        path = self.copy("ask-yes.db")
        code, output = self.interactive("ask-yes.db", "y")
        self.assertEqual(code, 0, output)
        self.assertFalse(os.path.exists(path))


class HelpAndOptionsTest(FixtureTestCase):
    def test_every_command_has_help_with_examples(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                result = self.cli(command, "--help")
                self.assertOk(result)
                self.assertTrue(result.out.startswith("Usage: breadcrumb " + command), result.out[:80])
                self.assertIn("Examples:\n  breadcrumb " + command, result.out)
                self.assertIn("--help", result.out)
                self.assertEqual(self.cli("help", command).out, result.out)

    def test_query_help_documents_the_duration_rule(self):
        out = self.cli("query", "--help").out
        self.assertIn("_ms or _time", out)

    def test_top_level_help_and_version(self):
        result = self.cli("--help")
        self.assertOk(result)
        for command in COMMANDS + ["serve-mcp"]:
            self.assertIn("\n  " + command + " ", result.out)
        version = self.cli("--version")
        self.assertOk(version)
        self.assertRegex(version.out, r"^breadcrumb \d+\.\d+\.\d+ \(trace format 1\.3\)\n$")

    def test_options_before_the_command(self):
        a = self.cli("-t", "seed.db", "--run", "1", "top", "3")
        b = self.cli("top", "3", "--run", "1", "--trace", "seed.db")
        self.assertOk(a)
        self.assertEqual(a.out, b.out)

    # (arguments, the same request spelled as before CLI11 took over): each pair prints the same.
    SAME_OUTPUT = [
        (["performance", "-n5", "--format", "csv"], ["performance", "--limit", "5", "--format", "csv"]),
        (["performance", "-n", "9", "-n", "2", "--format", "csv"], ["performance", "-n", "2", "--format", "csv"]),
        (["top", "--", "3"], ["top", "3"]),
        (["query", "-- the slowest first\nSELECT function_name FROM events ORDER BY duration_ms DESC LIMIT 2"],
         ["query", "SELECT function_name FROM events ORDER BY duration_ms DESC LIMIT 2"]),
        (["query", "--format", "csv", "SELECT -1 AS n"], ["query", "--format=csv", "SELECT -1 AS n"]),
    ]

    def test_equivalent_spellings(self):
        for args, expected in self.SAME_OUTPUT:
            with self.subTest(args=args):
                a = self.cli("-t", "seed-before.db", *args)
                self.assertOk(a)
                self.assertEqual(a.out, self.cli("-t", "seed-before.db", *expected).out)

    def test_list_takes_the_trace_as_file(self):
        a = self.cli("list", "seed.db", "--format", "csv")
        self.assertOk(a)
        self.assertEqual(a.out, self.cli("list", "-t", "seed.db", "--format", "csv").out)

    def test_option_spellings(self):
        a = self.cli("performance", "--trace=seed-before.db", "--limit=2", "--sort=self")
        b = self.cli("performance", "-tseed-before.db", "-n", "2", "--sort", "self")
        self.assertOk(a)
        self.assertEqual(a.out, b.out)
        self.assertIn("Top 2 Slowest Functions (by self time):", a.out)

    def test_sql_from_stdin(self):
        completed = subprocess.run([CLI, "-t", "seed-before.db", "query", "--format", "csv", "-"], cwd=self.dir,
                                   env=base_env(), input="SELECT COUNT(*) AS n FROM events", text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        self.assertEqual(completed.stdout, "n\n30\n")

    def test_query_run_restricts_events(self):
        all_runs = self.cli("-t", "seed.db", "query", "--format", "csv", "SELECT COUNT(*) AS n FROM events")
        run2 = self.cli("-t", "seed.db", "query", "--format", "csv", "--run", "2", "SELECT COUNT(*) AS n FROM events")
        self.assertEqual(all_runs.out, "n\n51\n")
        self.assertEqual(run2.out, "n\n21\n")

    def test_limit_truncates_with_notice(self):
        result = self.cli("-t", "seed.db", "query", "--limit", "2", "SELECT event_id FROM events")
        self.assertEqual(result.code, 0)
        self.assertEqual(len(result.out.splitlines()), 4)
        self.assertIn("first 2 rows", result.err)

    def test_duration_rule_in_table_output(self):
        result = self.cli("-t", "seed-before.db", "query",
                          "SELECT 0.0 AS zero_ms, 12 AS count_ms, 1.25 AS plain, 5.0 AS run_time, 'x' AS note_ms, "
                          "-3.46 AS delta_ms, NULL AS none_ms")
        self.assertOk(result)
        self.assertEqual([c.strip() for c in result.out.splitlines()[2].split("|")],
                         ["<0.1ms", "12.0ms", "1.25", "5.0ms", "x", "-3.5ms", "NULL"])

    def test_clock_is_local_time(self):
        for tz, first in (("UTC", "10:30:45.123"), ("Etc/GMT-9", "19:30:45.123"), ("Etc/GMT+5", "05:30:45.123")):
            with self.subTest(tz=tz):
                env = dict(base_env(), TZ=tz)
                result = self.cli("-t", "seed-before.db", "performance", "slow_function", env=env)
                self.assertOk(result)
                self.assertIn("Call Timeline:\n  %s - 100.0ms\n" % first, result.out)

    def test_clean_system_exit_is_not_an_exception(self):
        listed = json.loads(self.cli("-t", "errors.db", "exceptions", "--format", "json").out)
        self.assertEqual(sorted(e["type"] for e in listed), ["KeyError", "RuntimeError", "ValueError", "ZeroDivisionError"])
        asked = json.loads(self.cli("-t", "errors.db", "exceptions", "--type", "SystemExit", "--format", "json").out)
        self.assertEqual([(e["type"], e["message"], e["function"]) for e in asked], [("SystemExit", "0", "main")])
        self.assertIn("  Exceptions: 4 (3 escaped a function)\n", self.cli("-t", "errors.db", "report").out)

    def test_serve_mcp_is_dispatched(self):
        request = ('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2024-11-05",'
                   '"capabilities":{},"clientInfo":{"name":"cli-test","version":"1"}}}\n'
                   '{"jsonrpc":"2.0","id":2,"method":"tools/list"}\n')
        completed = subprocess.run([CLI, "serve-mcp", "--trace", "seed.db"], cwd=self.dir, env=base_env(),
                                   input=request, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   timeout=30)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        replies = [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]
        self.assertEqual([r["id"] for r in replies], [1, 2])
        self.assertIn("capabilities", replies[0]["result"])
        self.assertTrue(replies[1]["result"]["tools"])

    def test_thread_filter_splits_the_run(self):
        # Each thread's tree holds that thread's traced time; together they make the whole run's 100%.
        whole = json.loads(self.cli("-t", "errors.db", "get", "--format", "json", "--full").out)
        parts = [json.loads(self.cli("-t", "errors.db", "get", "--format", "json", "--full", "--thread", t).out)
                 for t in ("MainThread", "4243")]
        self.assertAlmostEqual(sum(p["total_ms"] for p in parts), whole["total_ms"], places=3)
        self.assertEqual([n["function"] for n in parts[1]["tree"]], ["worker"])
        self.assertNotIn("worker", [n["function"] for n in parts[0]["tree"]])
        ranking = json.loads(self.cli("-t", "errors.db", "performance", "--format", "json", "--thread",
                                      "worker-1").out)
        self.assertEqual([r["function"] for r in ranking], ["worker"])
        self.assertAlmostEqual(ranking[0]["total_ms"], parts[1]["tree"][0]["total_ms"], places=3)
        text = self.cli("-t", "errors.db", "get").out
        self.assertIn("(2 threads summed)", text.splitlines()[1])

    def test_get_collapses_big_trees(self):
        # With --max-nodes 5 the 15-path tree is "big": paths under 1% are folded, the hot path stays.
        result = self.cli("-t", "seed.db", "get", "1", "--max-nodes", "5")
        self.assertOk(result)
        self.assertIn("paths below 1.0% folded", result.out)
        self.assertIn("[+", result.out)
        self.assertIn("slow_function", result.out)
        self.assertNotIn("fast_function", result.out)
        full = self.cli("-t", "seed.db", "get", "1", "--max-nodes", "5", "--full")
        self.assertIn("fast_function", full.out)


if __name__ == "__main__":
    unittest.main()
