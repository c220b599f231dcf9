"""Run lifecycle: exit codes and status, SIGKILL, unwritable paths, several runs per file, the API."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

from tracetest import PYTHON, TracerTestCase, child_env, read_bytes

SIGINT_EXIT = (130, -signal.SIGINT)  # python re-raises SIGINT on an unhandled KeyboardInterrupt


class ExitCodeTest(TracerTestCase):
    """init() inside the program: atexit finishes the run with the program's exit status."""

    CASES = {
        "normal": ("work()", (0,), 0),
        "sys_exit": ("work()\nquit_with(3)", (3,), 3),
        "sys_exit_none": ("work()\nquit_with(None)", (0,), 0),
        "argparse_error": ("import argparse\nargparse.ArgumentParser().parse_args(['--nope'])",
                           (2,), 2),
        "unhandled": ("work()\nfail()", (1,), 1),
        "keyboard_interrupt": ("work()\ninterrupt()", SIGINT_EXIT, 130),
    }

    def program(self, ending):
        return """
            import sys
            import breadcrumb

            def work():
                return 1

            def quit_with(code):
                sys.exit(code)

            def fail():
                raise ValueError("boom")

            def interrupt():
                raise KeyboardInterrupt

            breadcrumb.init(DB)
        """.rstrip(" ") + "\n".join("            " + line for line in ending.splitlines()) + "\n"

    def test_exit_codes(self):
        for name, (ending, return_codes, stored) in self.CASES.items():
            with self.subTest(name):
                if os.path.exists(self.db):
                    os.remove(self.db)
                process = self.run_with_init(self.program(ending), check=None)
                self.assertIn(process.returncode, return_codes, process.stderr)
                run = self.only_run()
                self.assertEqual(run["status"], "completed")
                self.assertEqual(run["exit_code"], stored)
                self.assertIsNotNone(run["end_ns"])
                self.assertIsNotNone(run["ended_at"])
                self.assertGreaterEqual(run["end_ns"], run["start_ns"])
                if name == "unhandled":
                    self.assertIn("ValueError: boom", process.stderr)
                    self.assertEqual(self.one_event("fail")["exception_type"], "ValueError")

    def test_real_ctrl_c(self):
        script = self.write("main.py", """
            import sys, time
            import breadcrumb

            def tick():
                time.sleep(0.01)

            breadcrumb.init(sys.argv[1])
            print("ready", flush=True)
            while True:
                tick()
        """)
        process = subprocess.Popen([PYTHON, script, self.db], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=child_env())
        self.assertEqual(process.stdout.readline().strip(), "ready")
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
        self.assertIn(process.returncode, SIGINT_EXIT)
        self.assertIn("KeyboardInterrupt", err)
        run = self.only_run()
        self.assertEqual((run["status"], run["exit_code"]), ("completed", 130))
        self.assertGreater(len(self.events("tick")), 5)


class CrashTest(TracerTestCase):
    def test_sigkill_leaves_a_readable_trace_and_the_run_is_crashed_later(self):
        script = self.write("main.py", """
            import sys, time
            import breadcrumb

            def tick(i):
                time.sleep(0.005)
                return i

            breadcrumb.init(sys.argv[1])
            i = 0
            while True:
                tick(i)
                i += 1
                if i % 20 == 0:
                    print(i, flush=True)
        """)
        process = subprocess.Popen([PYTHON, script, self.db], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=child_env())
        try:
            # The trace is readable while the program runs, and grows (committed every second).
            seen = []
            deadline = time.monotonic() + 30
            ticks = 0
            while time.monotonic() < deadline and len(seen) < 2:
                ticks = int(process.stdout.readline())
                if ticks >= 200 * (len(seen) + 1):
                    seen.append(self.scalar("SELECT COUNT(*) FROM calls"))
            self.assertEqual(len(seen), 2)
            self.assertGreater(seen[1], seen[0])
            time.sleep(2.0)  # > the 1 s the writer may hold back, with room for a loaded machine
            ticks_before_kill = ticks
        finally:
            process.kill()
            process.communicate(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGKILL)
        connection = sqlite3.connect("file:%s?mode=ro" % self.db, uri=True)
        self.addCleanup(connection.close)
        self.assertEqual(connection.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        rows = connection.execute("SELECT COUNT(*) FROM events WHERE function_name = 'tick'").fetchone()[0]
        # everything up to about a second before the kill (the program printed ticks_before_kill
        # at least 2 s before it, at ~5 ms a tick)
        self.assertGreaterEqual(rows, ticks_before_kill)
        status = connection.execute("SELECT status, end_ns FROM runs").fetchone()
        self.assertEqual(status, ("running", None))

        # The indexes exist from the start (maintained while writing): a killed run needs no later build.
        indexes = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        self.assertTrue({"call_chunks_by_run", "exceptions_by_run", "exceptions_by_call"} <= indexes, indexes)
        connection.close()

        # The next tracer start marks the dead run crashed.
        self.run_with_init("""
            import breadcrumb
            breadcrumb.init(DB)
        """)
        runs = self.query("SELECT run_id, status FROM runs ORDER BY run_id")
        self.assertEqual(runs, [{"run_id": 1, "status": "crashed"}, {"run_id": 2, "status": "completed"}])


    def test_readers_of_a_busy_writer_see_whole_chunks_and_a_kill_leaves_them_whole(self):
        # The writer hands its WAL frames to the kernel in large writes (CoalescingVfs.h): a read-only
        # reader, during many 1 MB commits and checkpoints and after a SIGKILL, must still find every
        # committed chunk complete (its JSON whole, n rows).
        script = self.write("main.py", """
            import sys
            import breadcrumb

            def leaf(i):
                return i

            def branch(i):
                return leaf(i) + leaf(i + 1)

            breadcrumb.init(sys.argv[1])
            rounds = 0
            while True:
                for i in range(20000):
                    branch(i)
                rounds += 1
                print(rounds, flush=True)
                sys.stdin.readline()  # the test reads the trace, then lets the next round go
        """)
        process = subprocess.Popen([PYTHON, script, self.db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=child_env())

        checked = {"last": 0, "calls": 0}

        def check_chunks():
            """Checks the chunks committed since the last check (the program runs on meanwhile: checking
            them all every time made this test quadratic, ~200 s); -> the calls committed so far."""
            connection = sqlite3.connect("file:%s?mode=ro" % self.db, uri=True, timeout=30)
            try:
                for chunk_id, n, rows in connection.execute(
                        "SELECT chunk_id, n, rows FROM call_chunks WHERE chunk_id > ? ORDER BY chunk_id",
                        (checked["last"],)):
                    self.assertEqual(len(json.loads(rows)), n, chunk_id)
                    checked["calls"] += n
                    checked["last"] = chunk_id
                return checked["calls"]
            finally:
                connection.close()

        try:
            seen = []
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and (len(seen) < 6 or seen[-1] < 400000):
                process.stdout.readline()
                if os.path.exists(self.db):
                    seen.append(check_chunks())  # while the writer still stores the round's calls
                process.stdin.write("\n")
                process.stdin.flush()
            self.assertGreater(seen[-1], 100000, seen)
            time.sleep(0.01)  # into the next round: the kill comes while calls are written
        finally:
            process.kill()
            process.communicate(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGKILL)
        self.assertGreaterEqual(check_chunks(), seen[-1])
        connection = sqlite3.connect("file:%s?mode=ro" % self.db, uri=True)
        self.addCleanup(connection.close)
        self.assertEqual(connection.execute("PRAGMA integrity_check").fetchone()[0], "ok")


class BadTraceFileTest(TracerTestCase):
    PROGRAM = """
        import sys
        import breadcrumb

        def work():
            return 41 + 1

        print("run id:", breadcrumb.init(sys.argv[1]))
        print("result:", work())
        print("active:", breadcrumb.active())
    """

    def assert_one_warning_and_program_completes(self, path):
        script = self.write("main.py", self.PROGRAM)
        process = self.run_python([script, path], check=0)
        self.assertEqual(process.stdout.splitlines(),
                         ["run id: None", "result: 42", "active: False"])
        lines = process.stderr.splitlines()
        self.assertEqual(len(lines), 1, process.stderr)
        self.assertTrue(lines[0].startswith("breadcrumb: "), lines[0])
        return lines[0]

    def test_parent_is_a_file(self):
        blocker = self.write("blocker", "not a directory\n")
        self.assert_one_warning_and_program_completes(os.path.join(blocker, "trace.db"))

    def test_path_is_a_directory(self):
        directory = os.path.join(self.dir, "a-directory")
        os.mkdir(directory)
        self.assert_one_warning_and_program_completes(directory)

    def test_not_a_trace(self):
        path = os.path.join(self.dir, "other.db")
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE invoices (id INTEGER)")
        connection.close()
        before = read_bytes(path)
        message = self.assert_one_warning_and_program_completes(path)
        self.assertIn("not a breadcrumb trace", message.lower())
        self.assertEqual(read_bytes(path), before)

    def test_text_file(self):
        path = self.write("notes.txt", "hello\n" * 100)
        self.assert_one_warning_and_program_completes(path)
        self.assertEqual(read_bytes(path), b"hello\n" * 100)

    def test_newer_major_version(self):
        path = os.path.join(self.dir, "future.db")
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("PRAGMA user_version = 200")
        connection.commit()
        connection.close()
        message = self.assert_one_warning_and_program_completes(path)
        self.assertIn("newer", message)

    def test_runner_with_unwritable_trace_still_runs_the_program(self):
        blocker = self.write("blocker", "x\n")
        process = self.run_traced("print('still here')\n", db=os.path.join(blocker, "t.db"),
                                  check=0, expect_trace=False)
        self.assertEqual(process.stdout, "still here\n")
        self.assertEqual(len(process.stderr.splitlines()), 1, process.stderr)


class RunsTest(TracerTestCase):
    def test_two_runs_in_one_file(self):
        program = """
            import sys

            def work(n):
                return n * 2

            for i in range(int(sys.argv[1])):
                work(i)
        """
        self.run_traced(program, args=["3"])
        self.run_traced(program, args=["5"])
        runs = self.query("SELECT run_id, status, exit_code, command_line FROM runs ORDER BY run_id")
        self.assertEqual([(r["run_id"], r["status"], r["exit_code"]) for r in runs],
                         [(1, "completed", 0), (2, "completed", 0)])
        self.assertTrue(runs[0]["command_line"].endswith("main.py 3"), runs[0]["command_line"])
        self.assertEqual(self.call_counts(run_id=1)["work"], 3)
        self.assertEqual(self.call_counts(run_id=2)["work"], 5)
        first_max = self.scalar("SELECT MAX(call_id) FROM calls WHERE run_id = 1")
        second_min = self.scalar("SELECT MIN(call_id) FROM calls WHERE run_id = 2")
        self.assertGreater(second_min, first_max)
        self.assertEqual(self.scalar("SELECT COUNT(*) FROM functions WHERE name = 'work'"), 1)
        self.assertEqual(self.scalar("PRAGMA user_version"), 103)
        self.assertEqual(self.scalar("PRAGMA journal_mode"), "wal")

    def test_run_metadata(self):
        self.run_traced("x = 1\n")
        run = self.only_run()
        self.assertEqual(run["python_version"], "%d.%d.%d" % sys.version_info[:3])
        self.assertEqual(os.path.realpath(run["python_executable"]), os.path.realpath(PYTHON))
        self.assertEqual(os.path.realpath(run["cwd"]), os.path.realpath(self.dir))
        self.assertGreater(run["pid"], 0)
        self.assertTrue(run["hostname"])
        self.assertRegex(run["started_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}")
        self.assertTrue(run["tracer_version"])

    def test_init_twice_and_the_context_manager(self):
        process = self.run_with_init("""
            import breadcrumb

            def work():
                return 1

            first = breadcrumb.init(DB)
            work()
            second = breadcrumb.init(DB)  # finishes the first run
            work()
            work()
            result = breadcrumb.shutdown()
            print(first, second, result["run_id"], result["calls"], breadcrumb.shutdown())
            work()
            with breadcrumb.trace(DB) as third:
                work()
                print("active", breadcrumb.active())
            print("after", breadcrumb.active(), third)
            try:
                with breadcrumb.trace(DB):
                    work()
                    raise KeyError("inside")
            except KeyError:
                print("propagated")
        """)
        self.assertEqual(process.stdout.splitlines(),
                         ["1 2 2 2 None", "active True", "after False 3", "propagated"])
        runs = self.query("SELECT run_id, status, exit_code FROM runs ORDER BY run_id")
        self.assertEqual([(r["run_id"], r["status"]) for r in runs],
                         [(1, "completed"), (2, "completed"), (3, "completed"), (4, "completed")])
        self.assertEqual(runs[3]["exit_code"], 1)
        counts = [self.call_counts(run_id=i).get("work", 0) for i in (1, 2, 3, 4)]
        self.assertEqual(counts, [1, 2, 1, 1])

    def test_default_path_and_environment_override(self):
        program = self.write("main.py", """
            import breadcrumb

            def work():
                return 1

            breadcrumb.init()
            work()
        """)
        self.run_python([program], check=0)
        default = os.path.join(self.dir, ".breadcrumb", "traces.db")
        self.assertTrue(os.path.isfile(default))
        self.assertEqual(self.call_counts(path=default), {"work": 1})
        override = os.path.join(self.dir, "elsewhere", "env.db")
        self.run_python([program], check=0, env=child_env(BREADCRUMB_DB=override))
        self.assertEqual(self.call_counts(path=override), {"work": 1})
        self.assertEqual(self.scalar("SELECT COUNT(*) FROM runs", path=default), 1)


class NewFileTest(TracerTestCase):
    """A new trace file is written from the empty trace the build made (tracer/native/EmptyTrace.h)."""

    SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tracer")
    PROGRAM = "def work():\n    return 1\n\nwork()\n"

    def objects(self, connection):
        return [tuple(row) for row in connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]

    def settings(self, connection):
        return [connection.execute("PRAGMA %s" % name).fetchone()[0]
                for name in ("page_size", "journal_mode", "auto_vacuum", "encoding")]

    def test_a_new_trace_holds_exactly_the_schema_files(self):
        self.run_traced(self.PROGRAM)
        # what SQLite makes of schema.sql and indexes.sql itself, as the writer's DDL path does
        reference = os.path.join(self.dir, "reference.db")
        made = sqlite3.connect(reference)
        made.execute("PRAGMA page_size = 16384")
        made.execute("PRAGMA journal_mode = WAL")
        for name in ("schema.sql", "indexes.sql"):
            with open(os.path.join(self.SOURCES, name), encoding="utf-8") as handle:
                made.executescript(handle.read())
        made.commit()
        trace = self.connect()
        self.assertEqual(self.objects(trace), self.objects(made))
        self.assertEqual(self.settings(trace), self.settings(made))
        self.assertEqual(self.settings(trace)[:2], [16384, "wal"])
        made.close()
        self.assertEqual(trace.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        self.assertEqual(self.scalar("PRAGMA user_version"), 103)
        self.assertEqual(self.call_counts(), {"<module>": 1, "work": 1})
        # no scratch file left beside it (the image is written under another name, then linked)
        self.assertEqual([n for n in os.listdir(self.dir) if ".new-" in n], [])

    def test_runs_started_at_once_on_a_new_file(self):
        # each process finds a whole trace, whichever made the file (before the image, the others could
        # find it without its schema yet: "not a Breadcrumb trace")
        script = self.write("main.py", self.PROGRAM)
        processes = [subprocess.Popen([PYTHON, "-m", "breadcrumb", "run", "-q", "-o", self.db, script],
                                      cwd=self.dir, env=child_env(), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for process in processes:
            _out, err = process.communicate(timeout=60)
            self.assertEqual((process.returncode, err), (0, ""))
        self.assertEqual(self.scalar("PRAGMA integrity_check"), "ok")
        self.assertEqual([(r["status"], r["exit_code"]) for r in self.query("SELECT * FROM runs")],
                         [("completed", 0)] * 4)
        # (unrelated processes started at the same moment may number their calls alike: counted per run)
        self.assertEqual(self.query("SELECT run_id, COUNT(*) AS n FROM calls GROUP BY run_id"),
                         [{"run_id": run_id, "n": 2} for run_id in range(1, 5)])
        self.assertEqual([n for n in os.listdir(self.dir) if ".new-" in n], [])

    def test_an_empty_file_becomes_a_trace(self):
        # an existing file is never replaced: SQLite writes the schema into it
        open(self.db, "wb").close()
        self.run_traced(self.PROGRAM)
        self.assertEqual(self.scalar("PRAGMA integrity_check"), "ok")
        self.assertEqual(self.settings(self.connect())[:2], [16384, "wal"])
        self.assertEqual(self.call_counts(), {"<module>": 1, "work": 1})


if __name__ == "__main__":
    unittest.main()
