"""`python -m breadcrumb run` ends exactly as plain `python SCRIPT` does: the same exit status (or
death by the same signal), the same stdout and stderr, for every way a program can end. The trace
records the status FORMAT.md promises."""

import os
import signal

from tracetest import TracerTestCase

# name: (program, exit_code stored in the trace)
ENDINGS = {
    "falls_off_the_end": ("print('done')\n", 0),
    "sys_exit_false": ("import sys\nsys.exit(False)\n", 0),
    "sys_exit_true": ("import sys\nsys.exit(True)\n", 1),
    "sys_exit_none": ("import sys\nsys.exit(None)\n", 0),
    "sys_exit_no_argument": ("import sys\nsys.exit()\n", 0),
    "sys_exit_message": ("import sys\nsys.exit('fatal: no config')\n", 1),
    "sys_exit_3": ("import sys\nsys.exit(3)\n", 3),
    "sys_exit_256": ("import sys\nsys.exit(256)\n", 0),
    "sys_exit_minus_1": ("import sys\nsys.exit(-1)\n", 255),
    "sys_exit_huge": ("import sys\nsys.exit(2 ** 70)\n", 255),
    "system_exit_list": ("raise SystemExit([1, 'two'])\n", 1),
    "system_exit_object": ("class Reason:\n    def __str__(self):\n        return 'because'\n\n"
                           "raise SystemExit(Reason())\n", 1),
    "system_exit_two_args": ("raise SystemExit(2, 'x')\n", 1),
    "system_exit_in_function": ("def leave():\n    raise SystemExit(7)\n\nleave()\n", 7),
    "keyboard_interrupt": ("def wait():\n    raise KeyboardInterrupt\n\nwait()\n", 130),
    "unhandled": ("def parse():\n    return int('x')\n\ndef main():\n    parse()\n\nmain()\n", 1),
    "chained": ("try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n", 1),
    "os_exit": ("import os, sys\nprint('lost?', flush=True)\nsys.stderr.write('err\\n')\n"
                "sys.stderr.flush()\nos._exit(5)\n", None),
    "exit_in_a_thread": ("import sys, threading\nt = threading.Thread(target=sys.exit, args=(4,))\n"
                         "t.start()\nt.join()\nprint('main goes on')\n", 0),
    "unhandled_in_a_thread": ("import threading\n\ndef boom():\n    raise ValueError('in thread')\n\n"
                              "t = threading.Thread(target=boom, name='worker')\nt.start()\nt.join()\n",
                              0),
}


class ExitStatusTest(TracerTestCase):
    def test_every_ending_matches_plain_python(self):
        for name, (source, stored) in ENDINGS.items():
            with self.subTest(name):
                script = self.write(name + ".py", source)
                plain = self.run_python([script])
                db = os.path.join(self.dir, name + ".db")
                traced = self.run_python(["-m", "breadcrumb", "run", "-o", db, "--quiet", script])
                self.assertEqual(traced.returncode, plain.returncode, traced.stderr)
                self.assertEqual(traced.stdout, plain.stdout)
                self.assertEqual(traced.stderr, plain.stderr)
                run = self.only_run(path=db)
                if stored is None:  # os._exit: no atexit, the run is found crashed
                    self.assertIsNone(run["exit_code"])
                else:
                    self.assertEqual((run["status"], run["exit_code"]), ("completed", stored))

    def test_keyboard_interrupt_ends_by_sigint_like_python(self):
        script = self.write("main.py", "raise KeyboardInterrupt\n")
        traced = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet", script])
        self.assertEqual(traced.returncode, -signal.SIGINT)
