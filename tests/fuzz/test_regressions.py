"""Regression tests for issue 16's items 3, 4, 5, 8 and 10 (CLI/GUI): each builds the hostile trace or the
hostile request the fuzz campaign found, runs the real program on it under a time and memory cap, and checks
what a user gets: the result or one clear line, and the trace untouched."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import unittest

import hostile
from hostile import ATTACK, CLI, GUI, MB, McpSession, capped, cli, digest, make_base, make_variant, problems, snapshot


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="breadcrumb-hostile-")
        cls.base = make_base(os.path.join(cls.dir, "base.db"), "seed")
        cls.errors_base = make_base(os.path.join(cls.dir, "errors-base.db"), "errors")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def variant(self, name, base=None, seed=1):
        sub = tempfile.mkdtemp(dir=self.dir)
        return make_variant(base or self.base, os.path.join(sub, "trace.db"), name, random.Random(seed))

    def assertEnds(self, result, prefix="breadcrumb: "):
        self.assertEqual(problems(result, prefix), [], result)

    def assertCleanError(self, result, contains, prefix="breadcrumb: "):
        self.assertNotEqual(result.code, 0, result)
        self.assertEnds(result, prefix)
        self.assertIn(contains, result.err, result)


class ExportTest(Fixture):
    """Item 3: export never writes over the trace it reads, and writes atomically."""

    def test_refuses_the_trace_and_its_companions_however_spelled(self):
        d = tempfile.mkdtemp(dir=self.dir)
        trace = os.path.join(d, "ok.db")
        shutil.copyfile(self.base, trace)
        os.symlink(trace, os.path.join(d, "link.db"))
        os.link(trace, os.path.join(d, "hard.db"))
        os.mkdir(os.path.join(d, "sub"))
        before = snapshot(d)
        for output in ["ok.db", "./ok.db", trace, "sub/../ok.db", "link.db", "hard.db", "ok.db-wal",
                       "ok.db-shm", "ok.db-journal", "./sub/../ok.db-wal"]:
            for fmt in ("chrome", "speedscope"):
                result = capped([CLI, "export", "-t", "ok.db", "--format", fmt, "-o", output], hostile.CLI_MEMORY,
                                hostile.CLI_SECONDS, cwd=d)
                self.assertCleanError(result, "refusing to write")
                self.assertEqual(snapshot(d), before, output)

    def test_a_failed_export_leaves_the_old_file_and_no_temporary(self):
        d = tempfile.mkdtemp(dir=self.dir)
        shutil.copyfile(self.base, os.path.join(d, "t.db"))
        with open(os.path.join(d, "out.json"), "w") as f:
            f.write("previous export\n")
        before = snapshot(d)

        def small_files():  # a write beyond 2 KB fails with EFBIG instead of killing the process
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            import resource
            resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
        proc = subprocess.run([CLI, "export", "-t", "t.db", "--format", "chrome", "-o", "out.json"], cwd=d,
                              env=hostile.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              preexec_fn=small_files, timeout=60)
        self.assertEqual(proc.returncode, 1, proc)
        self.assertIn(b"cannot write out.json", proc.stderr)
        self.assertEqual(snapshot(d), before)  # old content, no .out.json.XXXXXX left behind

    def test_a_successful_export_adds_exactly_its_file(self):
        d = tempfile.mkdtemp(dir=self.dir)
        shutil.copyfile(self.base, os.path.join(d, "t.db"))
        before = snapshot(d)
        result = capped([CLI, "export", "-t", "t.db", "--format", "chrome", "-o", "out.json"], hostile.CLI_MEMORY,
                        hostile.CLI_SECONDS, cwd=d)
        self.assertEqual(result.code, 0, result)
        after = snapshot(d)
        self.assertEqual(set(after), set(before) | {"out.json"})
        self.assertEqual(after["t.db"], before["t.db"])
        self.assertEqual(os.stat(os.path.join(d, "out.json")).st_mode & 0o777, 0o666 & ~current_umask())
        json.load(open(os.path.join(d, "out.json")))


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


class ExtremeTraceTest(Fixture):
    """Item 4: cycles, depth, huge claims, huge strings, FIFOs."""

    def test_a_parent_cycle_is_refused_not_followed(self):
        trace = self.variant("parent_cycle")
        digest_before = digest(trace)
        for args in (["performance", "slow_function"], ["performance"], ["get"], ["query", "--flow"]):
            result = cli(trace, *args)
            self.assertCleanError(result, "the trace is damaged")
            self.assertIn("as its caller, which did not start before it", result.err)
        mcp = McpSession(trace)
        try:
            reply = mcp.call("breadcrumb__analyze_performance", {"function": "slow_function"})
            self.assertTrue(reply["result"]["isError"], reply)
            self.assertIn("damaged", reply["result"]["content"][0]["text"])
            self.assertIn("result", mcp.request("ping", {}))  # still serving
        finally:
            self.assertEqual(mcp.close(), 0)
        self.assertEqual(digest(trace), digest_before)

    def test_get_on_20000_levels_is_linear(self):
        trace = self.variant("deep_chain")
        shallow = self.variant("deep_chain:5000")
        text = cli(trace, "get", "--full")
        self.assertEqual(text.code, 0, text)
        lines = text.out.splitlines()
        self.assertGreater(len(lines), 20000)
        self.assertLess(max(len(line) for line in lines), 400)  # the guides stop growing
        self.assertIn("[depth 19999] ", text.out)
        self.assertLess(text.seconds, 20, text)

        js = cli(trace, "get", "--full", "--format", "json")
        self.assertEqual(js.code, 0, js)
        depth, node = 0, parse_deep_json(js.out)["tree"][0]
        while node["children"]:
            node, depth = node["children"][0], depth + 1
        self.assertEqual(depth, 19999)

        csv = cli(trace, "get", "--full", "--format", "csv")
        self.assertEqual(csv.code, 0, csv)
        rows = csv.out.splitlines()
        self.assertEqual(len(rows), 20001)
        self.assertTrue(rows[-1].startswith("19999,"), rows[-1][:200])
        self.assertIn(",...;", rows[-1])

        # Four times the depth, about four times the output (it was sixteen: paths x depth).
        for fmt, deep in (("table", text), ("json", js), ("csv", csv)):
            small = cli(shallow, "get", "--full", "--format", fmt)
            self.assertEqual(small.code, 0, small)
            self.assertLess(len(deep.out) / len(small.out), 4.5, fmt)

    def test_a_huge_call_count_claim_allocates_nothing_like_it(self):
        trace = self.variant("huge_claim")
        for args in (["performance"], ["get"], ["list"]):
            result = capped([CLI, "-t", trace, *args], 600 * MB, hostile.CLI_SECONDS)
            self.assertEnds(result)
            self.assertNotIn("out of memory", result.err)

    def test_huge_names_do_not_blow_up_exports(self):
        trace = self.variant("huge_strings")
        out = tempfile.mkdtemp(dir=self.dir)
        for fmt in ("chrome", "speedscope"):
            path = os.path.join(out, fmt + ".json")
            result = capped([CLI, "-t", trace, "export", "--format", fmt, "-o", path], 1024 * MB, 60)
            self.assertEqual(result.code, 0, result)
            self.assertLess(os.path.getsize(path), 2 * MB)
            names = [e.get("name", "") for e in json.load(open(path)).get("traceEvents", [])]
            if names:
                self.assertTrue(any(n.endswith("...") and len(n) <= 1000 for n in names))
        result = cli(trace, "performance")
        self.assertEqual(result.code, 0, result)
        self.assertLess(len(result.out), 200_000)

    def test_a_fifo_or_device_as_source_file_never_hangs_the_viewer(self):
        trace = self.variant("fifo_sources")
        out = os.path.join(os.path.dirname(trace), "shot.png")
        for name in ("slow_function", "main"):
            result = hostile.gui(trace, "function", out, "--select", name)
            self.assertEqual(result.code, 0, result)
            self.assertLess(result.seconds, 40)


def parse_deep_json(text):
    """json.loads with room for 20 000 levels of nesting."""
    out = {}

    def work():
        sys.setrecursionlimit(1_000_000)
        out["value"] = json.loads(text)
    threading.stack_size(1 << 29)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    threading.stack_size(0)
    return out["value"]


class TerminalEscapeTest(Fixture):
    """Item 8: no text output carries a control character from the trace; JSON and CSV stay exact."""

    TEXT_COMMANDS = [["performance"], ["performance", "slow_function" + ATTACK], ["top"], ["get", "--full"],
                     ["exceptions"], ["report"], ["list"], ["compare", "1", "2"], ["query", "--flow"],
                     ["query", "--call", "slow_function" + ATTACK], ["query", "--fuzzy", "slow"],
                     ["query", "SELECT function_name, module, file FROM events"], ["performance", "nope" + ATTACK]]

    def test_text_outputs_escape_control_characters(self):
        for base in (self.base, self.errors_base):
            trace = self.variant("control_characters", base)
            for args in self.TEXT_COMMANDS:
                result = cli(trace, *args)
                self.assertEnds(result)
                for stream in (result.out, result.err):
                    for bad in ("\x1b", "\x07", "\u009b"):
                        self.assertNotIn(bad, stream, (args, result))
                if result.code == 0 and args[0] != "list":
                    self.assertIn("\\x1b]0;owned\\x07\\x1b[2J\\u009b31m", result.out + result.err, args)

    def test_json_and_csv_carry_the_exact_text(self):
        trace = self.variant("control_characters")
        result = cli(trace, "top", "--format", "json")
        self.assertEqual(result.code, 0, result)
        self.assertTrue(any(row["function"].endswith(ATTACK) for row in json.loads(result.out)), result)
        result = cli(trace, "top", "--format", "csv")
        self.assertEqual(result.code, 0, result)
        self.assertIn(ATTACK, result.out)


class FullOutputTest(Fixture):
    """Item 10: a full stdout is an error, not a silent success."""

    def test_every_command_reports_a_full_disk(self):
        for args in (["performance"], ["performance", "slow_function"], ["top"], ["get"], ["list"],
                     ["exceptions"], ["report"], ["query", "SELECT * FROM events"], ["get", "--format", "json"],
                     ["export", "--format", "chrome", "-o", "-"]):
            with open("/dev/full", "w") as full:
                proc = subprocess.run([CLI, "-t", self.errors_base if args[0] == "exceptions" else self.base, *args],
                                      stdout=full, stderr=subprocess.PIPE, env=hostile.env(), timeout=60)
            self.assertEqual(proc.returncode, 1, (args, proc))
            self.assertEqual(proc.stderr.decode().splitlines(),
                             ["breadcrumb: cannot write the output: No space left on device"], args)


class ViewerCommandLineTest(Fixture):
    """Item 10: --help, --version and bad options work without a display."""

    def run_without_display(self, *args):
        e = hostile.env()
        for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            e.pop(name, None)
        return subprocess.run([GUI, *args], env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)

    def test_help_and_version(self):
        for flag in ("--help", "-h"):
            proc = self.run_without_display(flag)
            self.assertEqual(proc.returncode, 0, proc)
            self.assertIn(b"--screenshot", proc.stdout)
        proc = self.run_without_display("--version")
        self.assertEqual(proc.returncode, 0, proc)
        self.assertTrue(proc.stdout.startswith(b"breadcrumb-gui "), proc)

    def test_bad_options_give_one_line(self):
        for args in (["--bogus"], ["--run", "x", "t.db"], ["--view", "nope"], ["a", "b", "c"],
                     ["--screenshot", "x.png"]):
            proc = self.run_without_display(*args)
            self.assertEqual(proc.returncode, 1, (args, proc))
            lines = proc.stderr.decode().splitlines()
            self.assertEqual(len(lines), 1, (args, proc))
            self.assertTrue(lines[0].startswith("breadcrumb-gui: "), lines)

    def test_qt_options_are_still_taken(self):
        proc = self.run_without_display("-platform", "offscreen", "--version")
        self.assertEqual(proc.returncode, 0, proc)

    def test_a_screenshot_never_lands_on_the_trace(self):
        d = tempfile.mkdtemp(dir=self.dir)
        trace = os.path.join(d, "t.db")
        shutil.copyfile(self.base, trace)
        before = snapshot(d)
        for out in ("t.db", "./t.db", "t.db-wal"):
            proc = self.run_without_display(trace, "--screenshot", os.path.join(d, out))
            self.assertEqual(proc.returncode, 1, proc)
            self.assertIn(b"refusing to write the screenshot", proc.stderr)
        self.assertEqual(snapshot(d), before)


class McpConfinementTest(Fixture):
    """Item 5: with --trace the tools see that file and the --allow list, nothing else."""

    def setUp(self):
        self.d = tempfile.mkdtemp(dir=self.dir)
        self.served = os.path.join(self.d, "served.db")
        self.other = os.path.join(self.d, "other.db")
        shutil.copyfile(self.base, self.served)
        shutil.copyfile(self.base, self.other)

    def refusal(self, mcp, path):
        reply = mcp.call("breadcrumb__compare_runs", {"before_trace": path, "before_run_id": 1})
        self.assertTrue(reply["result"]["isError"], reply)
        return reply["result"]["content"][0]["text"]

    def test_other_paths_are_refused_alike_whether_they_exist_or_not(self):
        mcp = McpSession(self.served)
        try:
            answers = {p: self.refusal(mcp, p) for p in
                       [self.other, "/etc/passwd", "/root", "/nonexistent/x.db", "/etc", "../" * 20 + "etc/passwd"]}
            for path, text in answers.items():
                self.assertEqual(text, answers["/etc/passwd"].replace("/etc/passwd", path), text)
                self.assertIn("is not a trace this server may read", text)
        finally:
            self.assertEqual(mcp.close(), 0)

    def test_spellings_of_the_served_trace_and_allowed_files_are_read(self):
        os.symlink(self.served, os.path.join(self.d, "link.db"))
        allowed = os.path.join(self.d, "sub", "..", "other.db")
        os.mkdir(os.path.join(self.d, "sub"))
        mcp = McpSession(self.served, "--allow", allowed)
        try:
            for path in [os.path.join(self.d, "link.db"), os.path.join(self.d, "sub", "..", "served.db"),
                         self.other, os.path.join(self.d, ".", "other.db")]:
                reply = mcp.call("breadcrumb__compare_runs", {"before_trace": path, "before_run_id": 1,
                                                              "after_run_id": 2})
                self.assertFalse(reply["result"].get("isError"), reply)
        finally:
            self.assertEqual(mcp.close(), 0)

    def test_many_spellings_keep_one_connection(self):
        mcp = McpSession(self.served)
        try:
            fds = lambda: len(os.listdir("/proc/%d/fd" % mcp.proc.pid))
            mcp.call("breadcrumb__compare_runs", {"before_trace": self.served, "before_run_id": 1})
            start = fds()
            for i in range(600):
                spelling = os.path.join(self.d, *(["."] * (i % 50)), "sub%d" % i, "..", "served.db")
                os.makedirs(os.path.join(self.d, "sub%d" % i), exist_ok=True)
                reply = mcp.call("breadcrumb__compare_runs", {"before_trace": spelling, "before_run_id": 1})
                self.assertFalse(reply["result"].get("isError"), reply)
            self.assertLessEqual(fds(), start + 2)
        finally:
            self.assertEqual(mcp.close(), 0)


if __name__ == "__main__":
    unittest.main()
