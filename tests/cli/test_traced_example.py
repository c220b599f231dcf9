"""`breadcrumb run` end to end with the real tracer: examples/04-performance-profiling traced in a child
Python process, then every analysis command on the trace it left. Checks structure and counts, not
timings (the machine may be busy)."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

from cli_support import CLI, SOURCE_DIR, base_env, run_cli

EXAMPLE = os.path.join(SOURCE_DIR, "examples", "04-performance-profiling", "main.py")


class TracedExampleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="breadcrumb-cli-run-")
        cls.first = run_cli(["run", "-o", "perf.db", EXAMPLE], cwd=cls.dir, timeout=120)
        cls.second = run_cli(["run", "-o", "perf.db", EXAMPLE, "--optimized"], cwd=cls.dir, timeout=120)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def cli(self, *args):
        return run_cli(["-t", "perf.db"] + list(args), cwd=self.dir)

    def json(self, *args):
        result = self.cli(*args, "--format", "json")
        self.assertEqual(result.code, 0, result)
        return json.loads(result.out)

    def test_run_passes_output_and_prints_report(self):
        self.assertEqual(self.first.code, 0, self.first)
        self.assertIn("Example 1: Identify Performance Bottleneck", self.first.out)  # the program's own output
        report = self.first.out[self.first.out.index("\nRun 1: completed"):]
        self.assertIn("(exit code 0)", report)
        self.assertIn("Command:", report)
        self.assertIn("Hottest functions (by self time):", report)
        self.assertIn("slow_function", report)
        self.assertIn("Trace: perf.db (run 1)", report)
        self.assertIn("\nRun 2: completed", self.second.out)

    def test_report_matches_run(self):
        result = self.cli("report", "--run", "1")
        self.assertEqual(result.code, 0, result)
        printed = self.first.out[self.first.out.index("\nRun 1: completed") + 1:]
        self.assertEqual(result.out, printed)

    def test_callers_of_slow_function(self):
        rows = self.json("query", "--run", "1", "SELECT caller_function, COUNT(*) AS call_count, "
                         "SUM(duration_ms) AS total_time FROM events WHERE function_name = 'slow_function' "
                         "AND event_type = 'call' GROUP BY caller_function ORDER BY total_time DESC")
        self.assertEqual([(r["caller_function"], r["call_count"]) for r in rows],
                         [("redundant_computation", 10), ("process_data", 3)])
        self.assertGreater(rows[0]["total_time"], 990)   # time.sleep(0.1) x 10 never takes less

    def test_performance_ranking(self):
        rows = self.json("performance", "--run", "1", "--limit", "0")
        by_name = {r["function"]: r for r in rows}
        self.assertEqual(by_name["slow_function"]["calls"], 13)
        self.assertEqual(by_name["fast_function"]["calls"], 5)
        self.assertEqual(by_name["very_slow_function"]["calls"], 1)
        self.assertGreaterEqual(by_name["very_slow_function"]["min_ms"], 499)
        self.assertGreaterEqual(by_name["slow_function"]["min_ms"], 99)
        totals = [r["total_ms"] for r in rows]
        self.assertEqual(totals, sorted(totals, reverse=True))

    def test_performance_function(self):
        result = self.cli("performance", "slow_function", "--run", "1", "--timeline", "0")
        self.assertEqual(result.code, 0, result)
        self.assertIn("Performance Analysis: slow_function\n\nTotal Calls: 13\n", result.out)
        self.assertIn("redundant_computation", result.out)
        timeline = result.out[result.out.index("Call Timeline:"):].splitlines()[1:]
        self.assertEqual(len(timeline), 13)
        for line in timeline:
            self.assertRegex(line, r"^  \d\d:\d\d:\d\d\.\d\d\d - \d+\.\dms$")

    def test_newest_run_is_the_optimised_one(self):
        rows = {r["function"]: r for r in self.json("performance", "--limit", "0")}
        self.assertIn("cached_computation", rows)
        self.assertNotIn("redundant_computation", rows)
        self.assertEqual(rows["slow_function"]["calls"], 4)

    def test_compare_runs(self):
        rows = self.json("compare", "1", "2", "--limit", "0")
        by_name = {r["function"]: r for r in rows}
        self.assertEqual(by_name["redundant_computation"]["status"], "vanished")
        self.assertEqual(by_name["cached_computation"]["status"], "new")
        slow = by_name["slow_function"]
        self.assertEqual((slow["calls_before"], slow["calls_after"]), (13, 4))
        self.assertLess(slow["delta_total_ms"], -850)

    def test_list_get_top_gaps(self):
        runs = self.json("list")
        self.assertEqual([r["run_id"] for r in runs], [2, 1])
        self.assertTrue(all(r["status"] == "completed" and r["exit_code"] == 0 for r in runs))
        tree = self.json("get", "1", "--full")
        names = set()

        def walk(nodes):
            for node in nodes:
                names.add(node["function"])
                walk(node["children"])
        walk(tree["tree"])
        self.assertTrue({"slow_function", "redundant_computation", "process_data"} <= names)
        top = self.json("top", "2", "--run", "1")   # run_pipeline validates and transforms 200 records
        self.assertEqual({(r["function"], r["calls"]) for r in top}, {("validate_record", 200), ("transform_record", 200)})
        result = self.cli("query", "--gaps", "--run", "1")
        self.assertIn(result.code, (0, 2), result)                # depends on what the tracer aggregates

    def test_exit_code_passes_through(self):
        script = os.path.join(self.dir, "fails.py")
        with open(script, "w") as handle:
            handle.write("import sys\n\ndef work():\n    return 3\n\nsys.exit(work())\n")
        result = run_cli(["run", "-o", "fails.db", script], cwd=self.dir, timeout=60)
        self.assertEqual(result.code, 3, result)
        self.assertIn("(exit code 3)", result.out)

    def test_module_and_arguments(self):
        package = os.path.join(self.dir, "pkgdemo")
        os.makedirs(package, exist_ok=True)
        with open(os.path.join(package, "__init__.py"), "w"):
            pass
        with open(os.path.join(package, "__main__.py"), "w") as handle:
            handle.write("import sys\n\ndef shout(words):\n    return ' '.join(words).upper()\n\n"
                         "print(shout(sys.argv[1:]))\n")
        result = run_cli(["-t", "mod.db", "run", "-q", "-m", "pkgdemo", "--flag", "x"], cwd=self.dir, timeout=60)
        self.assertEqual(result.code, 0, result)
        self.assertEqual(result.out, "--FLAG X\n")   # -q: no report; --flag belongs to the program
        calls = run_cli(["-t", "mod.db", "query", "--format", "csv",
                         "SELECT function_name FROM events WHERE function_name = 'shout'"], cwd=self.dir)
        self.assertEqual(calls.out, "function_name\nshout\n")

    def test_missing_script(self):
        result = run_cli(["run", "-o", "none.db", "does_not_exist.py"], cwd=self.dir, timeout=60)
        self.assertNotEqual(result.code, 0)
        self.assertNotIn("Traceback", result.err)

    def test_bad_interpreter(self):
        result = run_cli(["run", "--python", "/nonexistent/python", EXAMPLE], cwd=self.dir, timeout=60)
        self.assertEqual(result.code, 1, result)
        self.assertEqual(result.err.splitlines(), ["breadcrumb: run: cannot start /nonexistent/python: No such "
                                                   "file or directory (choose the interpreter with --python)"])

    def test_sigint_is_forwarded_and_the_run_reported(self):
        script = os.path.join(self.dir, "busy.py")
        with open(script, "w") as handle:
            handle.write("import time\n\ndef step():\n    time.sleep(0.02)\n\nprint('ready', flush=True)\n"
                         "while True:\n    step()\n")
        process = subprocess.Popen([CLI, "run", "-o", "busy.db", script], cwd=self.dir, env=base_env(),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.assertEqual(process.stdout.readline(), "ready\n")
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)   # sent to breadcrumb alone: it must pass it on
        out, err = process.communicate(timeout=30)
        # the program died of KeyboardInterrupt, which python ends by SIGINT: so does `breadcrumb run`
        self.assertEqual(process.returncode, -signal.SIGINT, err)
        self.assertIn("Run 1: completed", out)
        runs = json.loads(run_cli(["-t", "busy.db", "list", "--format", "json"], cwd=self.dir).out)
        self.assertNotEqual(runs[0]["status"], "running")

    def test_sigterm_is_forwarded(self):
        script = os.path.join(self.dir, "sleepy.py")
        with open(script, "w") as handle:
            handle.write("import time\n\ndef nap():\n    time.sleep(0.05)\n\nprint('ready', flush=True)\n"
                         "while True:\n    nap()\n")
        process = subprocess.Popen([CLI, "run", "-o", "sleepy.db", script], cwd=self.dir, env=base_env(),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.assertEqual(process.stdout.readline(), "ready\n")
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
        self.assertNotEqual(process.returncode, 0)
        self.assertNotIn("Traceback (most recent call last)", err)
        # The trace is readable and holds the naps taken before the signal.
        count = run_cli(["-t", "sleepy.db", "query", "--format", "csv",
                         "SELECT COUNT(*) AS n FROM events WHERE function_name = 'nap'"], cwd=self.dir)
        self.assertEqual(count.code, 0, count)
        self.assertGreater(int(count.out.splitlines()[1]), 0)


if __name__ == "__main__":
    unittest.main()
