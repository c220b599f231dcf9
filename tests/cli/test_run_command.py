"""`breadcrumb run` (the C++ command) ends as plain python would: the program's exit status, or death
by the same signal for Ctrl-C, SIGTERM and SIGHUP after an orderly end with a complete trace; and a
trace that cannot be written never turns a program's success into a failure."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

from cli_support import CLI, base_env, run_cli

LOOP = """
import time

def tick():
    time.sleep(0.002)

try:
    print("ready", flush=True)
    while True:
        tick()
finally:
    print("cleanup", flush=True)
"""


HERE = os.path.dirname(os.path.abspath(__file__))
CORE_PROGRAMS = os.path.join(HERE, "..", "core")


class RunCommandTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="breadcrumb-cli-run-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def write(self, name, source):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(source)
        return path

    def test_report_from_summaries_is_the_report_from_the_calls(self):
        """The report after a run comes from the summaries the tracer wrote (format 1.3), without loading
        the calls; a run without them (older file, crashed run) is reported from its calls: the same
        text. Programs with threads, asyncio, generators, deep recursion and exceptions, a clean
        sys.exit(0) (not counted as an exception) and two functions of one name (module:name)."""
        self.write("helper.py", "def work():\n    return sum(range(100))\n")
        self.write("named.py", "import sys\nimport helper\n\ndef work():\n    return helper.work()\n\n"
                               "for _ in range(7):\n    work()\nsys.exit(0)\n")
        programs = [os.path.join(CORE_PROGRAMS, name)
                    for name in ("summary_program.py", "time_program.py", "exceptions_program.py")]
        programs.append(os.path.join(self.dir, "named.py"))
        for number, program in enumerate(programs):
            with self.subTest(program=os.path.basename(program)):
                trace = os.path.join(self.dir, f"t{number}.db")
                ran = run_cli(["run", "-o", trace, "--top", "8", program], cwd=self.dir)
                summarised = run_cli(["report", "-t", trace, "--top", "8"], cwd=self.dir)
                self.assertEqual(summarised.code, 0, summarised.err)
                self.assertIn("Hottest functions (by self time):", summarised.out)
                self.assertTrue(ran.out.endswith("\n" + summarised.out), ran.out)
                with sqlite3.connect(trace) as db:
                    self.assertGreater(db.execute("SELECT count(*) FROM function_summaries").fetchone()[0], 0)
                    db.execute("DELETE FROM function_summaries")
                from_calls = run_cli(["report", "-t", trace, "--top", "8"], cwd=self.dir)
                self.assertEqual(from_calls.code, 0, from_calls.err)
                self.assertEqual(summarised.out, from_calls.out)
                # a file whose summaries cannot be true is reported from its calls too
                with sqlite3.connect(trace) as db:
                    db.execute("INSERT INTO function_summaries SELECT 1, function_id, 1, 1000, 10, 10, 10, 0 "
                               "FROM functions")
                lied_to = run_cli(["report", "-t", trace, "--top", "8"], cwd=self.dir)
                self.assertEqual((lied_to.code, lied_to.out), (0, from_calls.out))
        self.assertIn("  Exceptions: 0\n", summarised.out)
        self.assertIn("helper:work", summarised.out)

    def test_the_programs_words_are_not_parsed(self):
        """After SCRIPT, or after -m MODULE, every word is the program's, even ours (-q, --top) and
        negative numbers; --include takes one GLOB, so the script may follow it."""
        self.write("echo.py", "import sys\nprint(sys argv[1:])\n".replace("sys argv", "sys.argv"))
        os.makedirs(os.path.join(self.dir, "echomod"))
        self.write(os.path.join("echomod", "__init__.py"), "")
        self.write(os.path.join("echomod", "__main__.py"), "import sys\nprint(sys.argv[1:])\n")
        cases = [
            (["-q", "echo.py", "-q", "--top", "x", "-5", "--", "-m"], "['-q', '--top', 'x', '-5', '--', '-m']\n"),
            (["-q", "-m", "echomod", "-q", "--top", "-5"], "['-q', '--top', '-5']\n"),
            (["-q", "--module=echomod", "--timeout", "x"], "['--timeout', 'x']\n"),
            (["-q", "--include", "json.*", "echo.py", "-o", "x"], "['-o', 'x']\n"),
            (["-q", "--", "echo.py", "--", "a"], "['--', 'a']\n"),
            # `--quiet=` is refused as ours, not when it is the program's
            (["-q", "echo.py", "--quiet="], "['--quiet=']\n"),
            (["-q", "-m", "echomod", "--quiet=", "-q"], "['--quiet=', '-q']\n"),
        ]
        for args, printed in cases:
            with self.subTest(args=args):
                result = run_cli(["run", "-o", "t.db"] + args, cwd=self.dir)
                self.assertEqual((result.code, result.out), (0, printed), result)

    def test_exit_statuses_are_pythons(self):
        for source in ("import sys\nsys.exit(False)\n", "import sys\nsys.exit(True)\n",
                       "import sys\nsys.exit('msg')\n", "raise SystemExit(300)\n", "1/0\n",
                       "import os\nos._exit(6)\n"):
            with self.subTest(source):
                script = self.write("main.py", source)
                plain = subprocess.run([sys.executable, script], capture_output=True, text=True)
                traced = run_cli(["run", "-q", "-o", "t.db", script], cwd=self.dir)
                self.assertEqual(traced.code, plain.returncode, traced)
                self.assertEqual(traced.err, plain.stderr)

    def test_child_processes_are_listed_under_their_parent(self):
        # a forked child and its own forked child: a family of three runs in one file
        script = self.write("family.py", "import os\n\n"
                            "def work():\n    return 1\n\n"
                            "def spawn(levels):\n"
                            "    pid = os.fork()\n"
                            "    if pid == 0:\n"
                            "        work()\n"
                            "        if levels > 1:\n"
                            "            spawn(levels - 1)\n"
                            "        os._exit(0)\n"
                            "    os.waitpid(pid, 0)\n\n"
                            "spawn(2)\n")
        self.assertEqual(run_cli(["run", "-q", "-o", "t.db", script], cwd=self.dir).code, 0)
        listed = run_cli(["list", "-t", "t.db", "--format", "json"], cwd=self.dir)
        self.assertEqual(listed.code, 0, listed)
        runs = {r["run_id"]: r for r in json.loads(listed.out)}
        self.assertEqual({i: r["parent_run_id"] for i, r in runs.items()}, {1: None, 2: 1, 3: 2})
        self.assertEqual([runs[i]["calls"] for i in (1, 2, 3)], [2, 2, 1])  # <module>+spawn, work+spawn, work
        text = run_cli(["list", "-t", "t.db"], cwd=self.dir)
        header = text.out.splitlines()[0].split("|")
        self.assertEqual([h.strip() for h in header[:2]], ["run", "parent"])
        rows = {int(line.split("|")[0]): line.split("|")[1].strip() for line in text.out.splitlines()[2:]}
        self.assertEqual(rows, {1: "-", 2: "1", 3: "2"})

    def test_signals_end_it_in_order_then_kill_it_alike(self):
        for number in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            with self.subTest(signal.Signals(number).name):
                db = os.path.join(self.dir, "%d.db" % number)
                script = self.write("loop.py", LOOP)
                process = subprocess.Popen([CLI, "run", "-o", db, script], cwd=self.dir, env=base_env(),
                                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                self.addCleanup(lambda p=process: p.poll() is None and p.kill())
                self.assertEqual(process.stdout.readline().strip(), "ready")
                time.sleep(0.3)
                process.send_signal(number)  # to the command alone: it passes it on
                out, err = process.communicate(timeout=60)
                self.assertEqual(process.returncode, -number, err)
                self.assertIn("cleanup", out)
                self.assertIn("Trace:", out)  # the run report still came
                with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as connection:
                    status, code = connection.execute("SELECT status, exit_code FROM runs").fetchone()
                self.assertEqual((status, code), ("completed", 128 + number))

    def test_unwritable_default_trace_keeps_the_programs_status(self):
        cwd = os.path.join(self.dir, "ro")
        os.mkdir(cwd)
        with open(os.path.join(cwd, ".breadcrumb"), "w", encoding="utf-8"):
            pass  # .breadcrumb is a file: the default trace directory cannot be made (even by root)
        for code in (0, 4):
            with self.subTest(code=code):
                script = self.write("main.py", "import sys\nprint('ran')\nsys.exit(%d)\n" % code)
                result = run_cli(["run", script], cwd=cwd)
                self.assertEqual(result.code, code, result)
                self.assertEqual(result.out, "ran\n")
                self.assertIn("not tracing", result.err)
                self.assertIn("no run was recorded", result.err)


if __name__ == "__main__":
    unittest.main()
