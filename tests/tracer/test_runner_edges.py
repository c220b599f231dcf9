"""Smaller promises of the runner (issue 16, item 10): a program's own sys.setprofile() under
BREADCRUMB_HOOK=profile is never a silent stop; an unwritable default trace (a read-only working
directory) leaves the program running with its own exit status and one clear warning."""

import os
import stat
import sys

from tracetest import TracerTestCase, child_env

SETPROFILE = """
import sys

def before():
    return 1

def after():
    return 2

before()
sys.setprofile(lambda frame, event, arg: None)
for _ in range(3):
    after()
sys.setprofile(None)
"""


class ProfileHookTest(TracerTestCase):
    def test_program_replacing_the_profile_function_is_told(self):
        process = self.run_traced(SETPROFILE, env=child_env(BREADCRUMB_HOOK="profile"))
        counts = self.call_counts()
        self.assertEqual(counts["before"], 1)
        if sys.version_info >= (3, 12):
            # the profile hook is sys.monitoring there: the program's profile function is its own
            self.assertEqual(counts["after"], 3)
            self.assertNotIn("profile function", process.stderr)
        else:
            self.assertNotIn("after", counts)
            self.assertEqual(process.stderr.count("the program replaced the tracer's profile function"),
                             1, process.stderr)

    def test_default_hook_keeps_recording_and_says_nothing(self):
        process = self.run_traced(SETPROFILE)
        self.assertEqual(self.call_counts()["after"], 3)
        self.assertEqual(process.stderr, "")


class ReadOnlyDirectoryTest(TracerTestCase):
    def unwritable_directory(self):
        """A working directory where .breadcrumb/traces.db cannot be created."""
        cwd = os.path.join(self.dir, "ro")
        os.mkdir(cwd)
        if os.geteuid() == 0:  # root writes into read-only directories: block with a file instead
            with open(os.path.join(cwd, ".breadcrumb"), "w", encoding="utf-8"):
                pass
        else:
            os.chmod(cwd, stat.S_IRUSR | stat.S_IXUSR)
            self.addCleanup(os.chmod, cwd, 0o755)
        return cwd

    def test_program_runs_with_its_own_status_and_one_warning(self):
        cwd = self.unwritable_directory()
        for code in (0, 3):
            with self.subTest(code=code):
                script = self.write("main%d.py" % code, "print('ran')\nimport sys\nsys.exit(%d)\n" % code)
                process = self.run_python(["-m", "breadcrumb", "run", "--quiet", script], cwd=cwd)
                self.assertEqual(process.returncode, code, process.stderr)
                self.assertEqual(process.stdout, "ran\n")
                lines = process.stderr.splitlines()
                self.assertEqual(len(lines), 1, process.stderr)
                self.assertRegex(lines[0], r"^breadcrumb: cannot .*\.breadcrumb.*; not tracing$")
