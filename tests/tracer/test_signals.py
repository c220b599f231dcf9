"""SIGTERM, SIGHUP and SIGINT end a traced program in order (issue 16, item 7): its `finally` blocks
run, the trace keeps every call up to the end and the run is completed, and the process still ends
as python's would: killed by that signal."""

import os
import shutil
import signal
import subprocess
import time

from tracetest import PYTHON, TracerTestCase, child_env

LOOP = """
import sys, time

ticks = 0

def tick():
    global ticks
    ticks += 1
    time.sleep(0.002)

def cleanup():
    print("cleanup after", ticks, "ticks", flush=True)

try:
    print("ready", flush=True)
    while True:
        tick()
finally:
    cleanup()
"""


class SignalTest(TracerTestCase):
    def start(self, source, *runner_options):
        script = self.write("main.py", source)
        process = subprocess.Popen(
            [PYTHON, "-m", "breadcrumb", "run", "-o", self.db, "--quiet"] + list(runner_options)
            + [script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
        self.addCleanup(lambda: process.poll() is None and process.kill())
        self.assertEqual(process.stdout.readline().strip(), "ready")
        time.sleep(0.3)
        return process

    def test_terminating_signals_end_the_program_in_order(self):
        for number, stored in ((signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)):
            with self.subTest(signal.Signals(number).name):
                if os.path.exists(self.db):
                    os.remove(self.db)
                process = self.start(LOOP)
                process.send_signal(number)
                out, err = process.communicate(timeout=60)
                self.assertEqual(process.returncode, -number, err)  # as python, killed by it
                words = out.split()
                self.assertEqual(words[:2], ["cleanup", "after"], out)  # the finally block ran
                ticks = int(words[2])
                run = self.only_run()
                self.assertEqual((run["status"], run["exit_code"]), ("completed", stored))
                # every call up to the end: the ticks counted and the cleanup
                self.assertEqual(len(self.events("tick")), ticks)
                self.assertEqual(len(self.events("cleanup")), 1)
                if number == signal.SIGINT:
                    self.assertIn("KeyboardInterrupt", err)
                else:
                    self.assertEqual(err, "")

    def test_a_program_handling_sigterm_itself_keeps_its_handler(self):
        process = self.start("""
            import signal, sys, time

            def handler(number, frame):
                print("handled", number, flush=True)
                sys.exit(0)

            signal.signal(signal.SIGTERM, handler)
            print("ready", flush=True)
            while True:
                time.sleep(0.01)
        """)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
        self.assertEqual((process.returncode, out.strip()), (0, "handled %d" % signal.SIGTERM), err)
        self.assertEqual(self.only_run()["exit_code"], 0)
        self.assertEqual(len(self.events("handler")), 1)

    def test_a_second_sigterm_kills_at_once(self):
        process = self.start("""
            import time

            try:
                print("ready", flush=True)
                while True:
                    time.sleep(0.01)
            finally:
                print("slow cleanup", flush=True)
                time.sleep(60)
        """)
        process.send_signal(signal.SIGTERM)
        self.assertEqual(process.stdout.readline().strip(), "slow cleanup")
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGTERM)
        self.assertLess(time.monotonic() - started, 20)

    def test_sigterm_while_waiting_for_threads_at_exit_kills_as_python(self):
        process = self.start("""
            import threading, time

            def worker():
                time.sleep(60)

            threading.Thread(target=worker).start()
            print("ready", flush=True)
        """)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGTERM, err)
        self.assertEqual(err, "")

    def test_forked_workers_die_by_sigterm_as_without_the_tracer(self):
        script = self.write("main.py", """
            import multiprocessing, time

            def work():
                time.sleep(60)

            if __name__ == "__main__":
                multiprocessing.set_start_method("fork")
                worker = multiprocessing.Process(target=work)
                worker.start()
                time.sleep(0.2)
                worker.terminate()
                worker.join(30)
                print(worker.exitcode)
        """)
        plain = self.run_python([script], check=0)
        traced = self.run_traced(open(script).read(), check=0)
        self.assertEqual(traced.stdout, plain.stdout)
        self.assertEqual(plain.stdout.strip(), str(-signal.SIGTERM))

    def test_a_signal_noted_before_a_blocking_call_still_ends_the_program(self):
        # CPython runs a Python-level handler at its next check; a signal arriving after the last check
        # and before a blocking call (multiprocessing's sem_trywait-then-sem_wait) is noted and left
        # waiting. Pool.terminate() hit that window: a traced worker slept forever, the parent joined it
        # forever. Untraced, SIGTERM's default action kills at once. The C helper widens the window to
        # the whole call: it raises SIGTERM, then blocks in read().
        source = self.write("window.c", "#include <signal.h>\n#include <unistd.h>\n"
                            "int noted_then_blocked(int fd) { char c; raise(SIGTERM); return (int)read(fd, &c, 1); }\n")
        compiler = shutil.which("cc")
        self.assertIsNotNone(compiler, "the tests need the C compiler the build used")
        library = os.path.join(self.dir, "window.so")
        subprocess.run([compiler, "-shared", "-fPIC", "-o", library, source], check=True)
        program = ("import ctypes, os, sys\n"
                   "window = ctypes.CDLL(sys.argv[1])\n"
                   "def wait_for_input():\n    return window.noted_then_blocked(os.pipe()[0])\n"
                   "if sys.argv[2] == 'fork':\n"
                   "    pid = os.fork()\n"
                   "    if pid:\n"
                   "        print(os.waitpid(pid, 0)[1], pid)\n"
                   "        sys.exit(0)\n"
                   "try:\n    wait_for_input()\nfinally:\n    print('cleanup', flush=True)\n")
        for where in ("runner", "fork"):
            with self.subTest(where):
                db = os.path.join(self.dir, "%s.db" % where)
                process = self.run_traced(program, args=[library, where], db=db, check=None, timeout=20)
                if where == "runner":
                    self.assertEqual(process.returncode, -signal.SIGTERM, process.stderr)
                    self.assertEqual(process.stdout.split(), ["cleanup"])  # an orderly exit
                    run = self.only_run(db)
                else:
                    status, pid = process.stdout.split()
                    self.assertEqual(int(status), signal.SIGTERM)  # the child died by the signal
                    run = self.query("SELECT * FROM runs WHERE pid = ?", (int(pid),), path=db)[0]
                self.assertEqual((run["status"], run["exit_code"]), ("completed", 128 + signal.SIGTERM))
                self.assertEqual(len(self.query("SELECT * FROM calls c JOIN functions f USING (function_id) "
                                                "WHERE f.name = 'wait_for_input' AND c.run_id = ?",
                                                (run["run_id"],), path=db)), 1)
