"""Nothing the tracer does may appear as the program's calls (issue 11, item 3).

A trivial program traced with --include '*' must show exactly the calls a sys.setprofile reference
sees for the same program in the same interpreter (profile_reference.py): the program's own, and
the interpreter's exit work (threading._shutdown, the program's atexit handlers), nothing of ours:
not the run id being written, not the exit bookkeeping, not a watchdog thread, not the finish.
"""

import ast
import os
import sys

from breadcrumb._runner import LAUNCH
from tracetest import TracerTestCase

HERE = os.path.dirname(os.path.abspath(__file__))

PROGRAMS = {
    "sys_exit_0": "import sys\nsys.exit(0)\n",
    "empty": "pass\n",
    "one_call": "def f():\n    return 1\n\nf()\n",
    "raise_system_exit": "raise SystemExit(3)\n",
    "sys_exit_message": "import sys\nsys.exit('stopped')\n",
    "atexit_handler": "import atexit\n\ndef bye():\n    return 2\n\natexit.register(bye)\n",
    "unhandled": "def f():\n    raise ValueError('no')\n\nf()\n",
    "keyboard_interrupt": "raise KeyboardInterrupt\n",
}
# 3.13 prints an unhandled exception with the traceback module. The exception describer
# (_describe.py) imports it (and re) unseen when an exception is raised before, hiding that import's
# calls from the trace: known, for the native describer to fix. There, nothing of ours may appear
# (the trace is part of the reference), but the reference may hold more.
HIDDEN_IMPORTS = {"unhandled", "keyboard_interrupt"} if sys.version_info >= (3, 13) else set()


class OwnCallsTest(TracerTestCase):
    def reference(self, script):
        out = os.path.join(self.dir, "reference.txt")
        self.run_python([os.path.join(HERE, "profile_reference.py"), out, script])
        with open(out, encoding="utf-8") as handle:
            counts = ast.literal_eval(handle.read())
        return {(file, line, name): n for (file, line, name), n in counts.items()}

    def traced(self, db):
        rows = self.query("SELECT file, line, function_name, COUNT(*) AS n FROM events "
                          "GROUP BY file, line, function_name", path=db)
        # the reference knows a function's co_name (3.10 has no co_qualname)
        return {(row["file"], row["line"], row["function_name"].rpartition(".")[2]): row["n"]
                for row in rows}

    def test_trivial_programs_show_exactly_what_a_profile_reference_sees(self):
        for name, source in PROGRAMS.items():
            for options in ([], ["--timeout", "60"]):
                with self.subTest(name, options=options):
                    script = self.write(name + ".py", source)
                    db = os.path.join(self.dir, "%s%d.db" % (name, len(options)))
                    run_id_file = os.path.join(self.dir, "run-id")
                    # as `breadcrumb run` starts the runner: -c LAUNCH, --quiet --run-id-file
                    process = self.run_python(
                        ["-c", LAUNCH, "run", "-o", db, "--quiet", "--run-id-file",
                         run_id_file, "--include", "*"] + options + ["--", script])
                    self.assert_trace_written(db, process)
                    with open(run_id_file, encoding="utf-8") as handle:
                        self.assertEqual(handle.read(), "1\n")
                    expected = self.reference(script)
                    self.assertIn((script, 1, "<module>"), expected)  # the reference saw the program
                    traced = self.traced(db)
                    if name in HIDDEN_IMPORTS:
                        extra = {k: n for k, n in traced.items() if n > expected.get(k, 0)}
                        self.assertEqual(extra, {}, process.stderr)
                    else:
                        self.assertEqual(traced, expected, process.stderr)
                    self.assertEqual(self.query("SELECT callee FROM untraced_calls", path=db), [])

    def test_default_scope_records_no_call_into_breadcrumb(self):
        script = self.write("main.py", """
            import sys

            def main():
                sys.exit(4)

            main()
        """)
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet", script])
        self.assertEqual(process.returncode, 4)
        self.assertEqual(self.call_counts(), {"<module>": 1, "main": 1})
        self.assertEqual(self.query("SELECT callee FROM untraced_calls"), [])
