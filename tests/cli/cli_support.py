"""Shared helpers for the CLI tests: the real `breadcrumb` binary run as a user would, on traces built by
make_seed_trace.py (or recorded by the real tracer)."""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("BREADCRUMB_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))
CLI = os.environ.get("BREADCRUMB_CLI", "breadcrumb")
GOLDEN_DIR = os.path.join(HERE, "golden")
UPDATE_GOLDEN = os.environ.get("BREADCRUMB_UPDATE_GOLDEN") == "1"


def gen_trace(path, *options):
    """A synthetic trace from scripts/gen_trace.py (its options, e.g. "--calls", "3000")."""
    subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "scripts", "gen_trace.py"), path, *options],
                   check=True, stdout=subprocess.DEVNULL)


def base_env():
    env = dict(os.environ)
    env["TZ"] = "UTC"  # the clock columns are local time
    env.pop("BREADCRUMB_DB", None)
    env["LC_ALL"] = "C.UTF-8"
    return env


class Result:
    def __init__(self, completed):
        self.code = completed.returncode
        self.out = completed.stdout
        self.err = completed.stderr

    def __repr__(self):
        return "exit %d\n--- stdout\n%s--- stderr\n%s" % (self.code, self.out, self.err)


def run_cli(args, cwd=None, env=None, stdin=subprocess.DEVNULL, timeout=60):
    completed = subprocess.run([CLI] + list(args), cwd=cwd, env=env or base_env(), stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                               encoding="utf-8", errors="replace")
    return Result(completed)


def make_trace(path, scenario):
    subprocess.run([sys.executable, os.path.join(HERE, "make_seed_trace.py"), path, "--scenario", scenario,
                    "--schema-dir", os.path.join(SOURCE_DIR, "tracer")], check=True)
    return path


def file_digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


class FixtureTestCase(unittest.TestCase):
    """Builds seed-before.db, seed.db and errors.db once per class in a private directory (the cwd of
    every command, so outputs mention relative paths only)."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="breadcrumb-cli-test-")
        for scenario in ("seed-before", "seed", "errors"):
            make_trace(os.path.join(cls.dir, scenario + ".db"), scenario)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def cli(self, *args, **kwargs):
        kwargs.setdefault("cwd", self.dir)
        return run_cli(args, **kwargs)

    def assertOk(self, result):
        self.assertEqual(result.code, 0, result)
        self.assertEqual(result.err, "", result)

    def assertCleanError(self, result, code=1, contains=None):
        """One line on stderr starting with 'breadcrumb: ', nothing on stdout, no crash or stack trace."""
        self.assertEqual(result.code, code, result)
        lines = result.err.splitlines()
        self.assertEqual(len(lines), 1, result)
        self.assertTrue(lines[0].startswith("breadcrumb: "), result)
        self.assertNotIn("Traceback", result.err)
        self.assertNotIn("terminate called", result.err)
        if contains is not None:
            for text in ([contains] if isinstance(contains, str) else contains):
                self.assertIn(text, lines[0], result)
        return lines[0]
