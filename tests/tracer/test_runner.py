"""`python -m breadcrumb run`: runs the program like python would, traced; options the CLI uses."""

import os
import signal
import time
import unittest
import zipfile

from tracetest import TracerTestCase, child_env, read_bytes


class RunnerTest(TracerTestCase):
    def test_script_sees_argv_path_and_main(self):
        process = self.run_traced("""
            import sys

            def main():
                print(sys.argv)
                print(__name__)
                print(sys.path[0])
                print(__file__)

            if __name__ == "__main__":
                main()
        """, args=["a", "--flag", "b c"])
        script = os.path.join(self.dir, "main.py")
        lines = process.stdout.splitlines()
        self.assertEqual(lines[0], repr([script, "a", "--flag", "b c"]))
        self.assertEqual(lines[1], "__main__")
        self.assertEqual(os.path.realpath(lines[2]), os.path.realpath(self.dir))
        self.assertEqual(lines[3], script)
        self.assertEqual(self.call_counts(), {"<module>": 1, "main": 1})
        run = self.only_run()
        self.assertTrue(run["command_line"].endswith("main.py a --flag 'b c'"), run["command_line"])

    def test_sibling_modules_import_from_the_script_directory(self):
        self.write("app/helper.py", "def help_me():\n    return 'helped'\n")
        script = self.write("app/main.py", """
            import helper

            def main():
                return helper.help_me()

            print(main())
        """)
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet", script],
                                  check=0)
        self.assertEqual(process.stdout, "helped\n")
        self.assertEqual(self.one_event("help_me")["caller_function"], "main")

    def test_module_with_arguments(self):
        self.write("pkg/__init__.py", "")
        self.write("pkg/tool.py", """
            import sys

            def run(args):
                print("args", args)
                return len(args)

            if __name__ == "__main__":
                sys.exit(run(sys.argv[1:]))
        """)
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet",
                                   "-m", "pkg.tool", "x", "-y"], check=2)
        self.assertEqual(process.stdout, "args ['x', '-y']\n")
        self.assertEqual(self.one_event("run")["module"], "__main__")
        self.assertEqual(self.only_run()["exit_code"], 2)

    def test_program_shapes_run_as_under_plain_python(self):
        """Source files run without runpy (see _run_script); the rest still goes through it."""
        shapes = os.path.join(self.dir, "shapes")
        self.write("shapes/main.py", '''
            """the doc"""
            import pickle, sys

            class Point:
                pass

            def show():
                back = pickle.loads(pickle.dumps(Point()))  # finds Point in sys.modules['__main__']
                print(__name__, __doc__, __spec__, __package__, type(back).__name__,
                      sys.modules["__main__"].__dict__ is globals())

            show()
        ''')
        self.write("shapes/dir/__main__.py", "def show():\n    print('directory', __name__)\n\nshow()\n")
        with zipfile.ZipFile(os.path.join(shapes, "app.zip"), "w") as archive:
            archive.writestr("__main__.py", "def show():\n    print('zip', __name__)\n\nshow()\n")
        self.write("shapes/broken.py", "def show(:\n")
        outputs = {}
        for target, code in (("main.py", 0), ("dir", 0), ("app.zip", 0), ("broken.py", 1)):
            with self.subTest(target=target):
                db = os.path.join(self.dir, target + ".db")
                plain = self.run_python([target], cwd=shapes, check=code)
                traced = self.run_python(["-m", "breadcrumb", "run", "-o", db, "--quiet", target],
                                         cwd=shapes, check=code)
                self.assertEqual(traced.stdout, plain.stdout)
                outputs[target] = traced.stdout
                if code:
                    self.assertIn("SyntaxError", traced.stderr)
                    self.assertNotIn("During handling", traced.stderr)
                else:
                    self.assertEqual(self.call_counts(path=db).get("show"), 1)
        self.assertEqual(outputs["main.py"], "__main__ the doc None None Point True\n")
        self.assertEqual(outputs["dir"], "directory __main__\n")

    def test_package_main(self):
        self.write("app/__init__.py", "")
        self.write("app/__main__.py", "def hello():\n    print('hello')\n\nhello()\n")
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet",
                                   "-m", "app"], check=0)
        self.assertEqual(process.stdout, "hello\n")
        self.assertEqual(len(self.events("hello")), 1)

    def test_exit_codes_pass_through(self):
        for name, source, code, stderr_text in [
                ("exit", "import sys\nsys.exit(7)\n", 7, None),
                ("message", "import sys\nsys.exit('fatal: no config')\n", 1, "fatal: no config"),
                ("raise_systemexit", "raise SystemExit(4)\n", 4, None),
                ("unhandled", "def bad():\n    return 1 / 0\n\nbad()\n", 1, "ZeroDivisionError"),
                ("interrupt", "raise KeyboardInterrupt\n", 130, "KeyboardInterrupt")]:
            with self.subTest(name):
                db = os.path.join(self.dir, name + ".db")
                # python ends an unhandled KeyboardInterrupt by SIGINT; the trace stores 130
                process = self.run_traced(source, db=db, check=-signal.SIGINT if code == 130 else code)
                run = self.only_run(path=db)
                self.assertEqual((run["status"], run["exit_code"]), ("completed", code))
                if stderr_text:
                    self.assertIn(stderr_text, process.stderr)
                if name == "unhandled":
                    # a traceback like python's own: the program's frames, not the runner's
                    self.assertIn("Traceback (most recent call last):", process.stderr)
                    self.assertIn("main.py\", line 4, in <module>", process.stderr)
                    self.assertIn("in bad", process.stderr)
                    self.assertNotIn("runpy", process.stderr)
                    self.assertNotIn("_runner.py", process.stderr)

    def test_threads_still_running_when_main_ends_are_recorded(self):
        self.run_traced("""
            import threading, time

            def late():
                return 1

            def background():
                time.sleep(0.3)
                late()

            threading.Thread(target=background).start()
        """)
        self.assertEqual(len(self.events("late")), 1)

    def test_timeout_interrupts_the_program(self):
        started = time.monotonic()
        process = self.run_traced("""
            import time

            def tick():
                time.sleep(0.02)

            while True:
                tick()
        """, runner_options=["--timeout", "1"], check=-signal.SIGINT)  # Ctrl-C, as python ends it
        self.assertLess(time.monotonic() - started, 20)
        self.assertIn("timeout", process.stderr)
        run = self.only_run()
        self.assertEqual((run["status"], run["exit_code"]), ("completed", 130))
        self.assertGreater(len(self.events("tick")), 10)

    def test_timeout_stops_a_program_that_ignores_ctrl_c(self):
        started = time.monotonic()
        self.run_traced("""
            import time

            def stubborn():
                while True:
                    try:
                        time.sleep(0.02)
                    except KeyboardInterrupt:
                        pass

            stubborn()
        """, runner_options=["--timeout", "0.5"], check=124)
        self.assertLess(time.monotonic() - started, 20)
        run = self.only_run()
        self.assertEqual((run["status"], run["exit_code"]), ("completed", 124))
        self.assertEqual(len(self.events("stubborn")), 1)  # written as finished at stop time

    def test_run_id_file_and_report(self):
        id_file = os.path.join(self.dir, "run-id")
        program = "def work():\n    return 1\n\nwork()\nwork()\n"
        process = self.run_traced(program, runner_options=["--run-id-file", id_file])
        self.assertEqual(read_bytes(id_file).decode(), "1\n")
        self.assertEqual(process.stderr, "")  # --quiet
        script = os.path.join(self.dir, "main.py")
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--run-id-file",
                                   id_file, script], check=0)
        self.assertEqual(read_bytes(id_file).decode(), "2\n")
        report = process.stderr
        self.assertIn("run 2", report)
        self.assertIn("3 calls", report)  # <module> + 2 x work
        self.assertIn("0 exceptions", report)
        self.assertIn(self.db, report)
        self.assertIn("work", report)

    def test_report_does_not_count_a_clean_exit_as_an_exception(self):
        script = self.write("main.py", """
            import sys

            def parse(text):
                try:
                    return int(text)
                except ValueError:
                    return None

            def main(status):
                parse("x")
                sys.exit(status)

            main(int(sys.argv[1]))
        """)
        for status, counted, exit_code in (("0", "1 exception,", 0), ("3", "2 exceptions,", 3)):
            with self.subTest(status=status):
                report = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, script, status],
                                         check=exit_code).stderr
                self.assertIn(counted, report)
        # the clean SystemExit is still in the trace, for `breadcrumb exceptions --type SystemExit`
        types = [row["type"] for row in self.query(
            "SELECT type FROM exceptions WHERE run_id = 1 ORDER BY exception_id")]
        self.assertEqual(types, ["ValueError", "SystemExit"])

    def test_report_lists_the_slowest_functions_counting_recursion_once(self):
        self.run_traced("x = 1\n")  # run 1: the report must read run 2 only
        script = self.write("main.py", """
            import time
            def fact(n):
                time.sleep(0.002)
                return 1 if n <= 1 else n * fact(n - 1)
            def quick():
                return 1
            for _ in range(3):
                fact(5)
            quick()
        """)
        report = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, script], check=0).stderr
        lines = [line.split() for line in report.splitlines() if line.startswith("breadcrumb:   ")]
        # what the report claims, per function: calls and total ms (outermost recursive calls only)
        claimed = {fields[1]: (int(fields[2]), float(fields[4])) for fields in lines}
        expected = {r["name"]: (r["n"], r["total"]) for r in self.query(
            "SELECT f.name AS name, COUNT(*) AS n, SUM(CASE WHEN p.function_id IS c.function_id THEN 0"
            " ELSE c.duration_ns END) / 1e6 AS total FROM calls c JOIN functions f USING (function_id)"
            " LEFT JOIN calls p ON p.call_id = c.parent_id WHERE c.run_id = 2 AND f.kind != 'module'"
            " GROUP BY c.function_id")}
        self.assertEqual(set(claimed), {"fact", "quick"})
        self.assertEqual(claimed["fact"][0], 15)
        for name, (calls, total_ms) in claimed.items():
            self.assertEqual(calls, expected[name][0])
            self.assertAlmostEqual(total_ms, expected[name][1], delta=0.05)  # printed with 1 decimal
        self.assertGreater(claimed["fact"][1], 3 * 5 * 2.0)  # 3 outermost calls of >= 5 sleeps of 2 ms
        every_fact_ms = self.scalar("SELECT SUM(duration_ms) FROM events WHERE function_name = 'fact'")
        self.assertLess(claimed["fact"][1], every_fact_ms / 2)  # nested calls not counted again
        self.assertEqual([fields[1] for fields in lines], ["fact", "quick"])  # slowest first

    def test_program_calling_init_keeps_the_runners_run(self):
        other = os.path.join(self.dir, "other.db")
        process = self.run_traced("""
            import breadcrumb

            def work():
                return 1

            work()
            print(breadcrumb.init(%r))
            work()
            with breadcrumb.trace(%r) as run_id:
                work()
            print(run_id, breadcrumb.active())
            work()
        """ % (other, other))
        self.assertEqual(process.stdout, "1\n1 True\n")
        self.assertFalse(os.path.exists(other))
        self.assertEqual(self.call_counts()["work"], 4)
        self.assertEqual(self.only_run()["status"], "completed")

    def test_default_trace_path_and_environment(self):
        script = self.write("main.py", "def work():\n    return 1\n\nwork()\n")
        self.run_python(["-m", "breadcrumb", "run", "--quiet", script], check=0)
        default = os.path.join(self.dir, ".breadcrumb", "traces.db")
        self.assertEqual(self.call_counts(path=default), {"<module>": 1, "work": 1})
        chosen = os.path.join(self.dir, "from-env.db")
        self.run_python(["-m", "breadcrumb", "run", "--quiet", script], check=0,
                        env=child_env(BREADCRUMB_DB=chosen))
        self.assertEqual(self.call_counts(path=chosen)["work"], 1)
        self.assertEqual(self.scalar("SELECT COUNT(*) FROM runs", path=default), 1)

    def test_unicode_output_and_values(self):
        process = self.run_traced("""
            def greet(name):
                return "héllo " + name + " ✓"

            print(greet("wörld"))
        """, runner_options=["--capture-values"])
        self.assertEqual(process.stdout, "héllo wörld ✓\n")
        row = self.one_event("greet")
        self.assertEqual((row["args"], row["return_value"]), ("name='wörld'", "'héllo wörld ✓'"))

    def test_usage_errors(self):
        for args, code, text in [
                ([], 2, "usage:"),
                (["run"], 2, "missing SCRIPT"),
                (["run", "--bogus", "x.py"], 2, "unknown option --bogus"),
                (["run", "--timeout", "soon", "x.py"], 2, "--timeout"),
                (["run", "-o"], 2, "-o needs a value"),
                (["frobnicate"], 2, "unknown command"),
                (["run", "-o", self.db, "missing.py"], 2, "can't open file"),
                (["run", "-o", self.db, "-m", "no_such_module_xyz"], 1, "No module named"),
        ]:
            with self.subTest(args=args):
                process = self.run_python(["-m", "breadcrumb"] + args, check=code)
                self.assertIn(text, process.stderr)
                self.assertNotIn("Traceback", process.stderr)

    def test_help(self):
        process = self.run_python(["-m", "breadcrumb", "run", "--help"], check=0)
        self.assertIn("--run-id-file", process.stdout)


if __name__ == "__main__":
    unittest.main()
