"""Every error path: one clear line on stderr ("breadcrumb: ..."), nothing on stdout, exit 1 (2 for "no
results"), never a stack trace or a crash; and a refused write leaves the file's bytes unchanged."""

import os
import sqlite3
import unittest

from cli_support import SOURCE_DIR, FixtureTestCase, file_digest, make_trace


class ErrorPathTest(FixtureTestCase):
    def test_missing_file(self):
        self.assertCleanError(self.cli("-t", "nope.db", "performance"), contains=["nope.db", "does not exist"])

    def test_default_trace_missing(self):
        # No -t and no BREADCRUMB_DB: .breadcrumb/traces.db in the working directory.
        self.assertCleanError(self.cli("list"), contains=".breadcrumb/traces.db")

    def test_breadcrumb_db_environment(self):
        env = dict(os.environ, TZ="UTC", BREADCRUMB_DB=os.path.join(self.dir, "seed.db"))
        result = self.cli("list", "--format", "csv", env=env)
        self.assertOk(result)
        self.assertEqual(len(result.out.splitlines()), 3)

    def test_not_sqlite(self):
        path = os.path.join(self.dir, "notes.txt")
        with open(path, "w") as handle:
            handle.write("just some text, long enough to not be an empty file\n" * 20)
        self.assertCleanError(self.cli("-t", "notes.txt", "performance"), contains="not a SQLite file")

    def test_sqlite_but_not_a_trace(self):
        db = sqlite3.connect(os.path.join(self.dir, "other.db"))
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        db.commit()
        db.close()
        self.assertCleanError(self.cli("-t", "other.db", "list"), contains="not a Breadcrumb trace")

    def test_newer_format(self):
        path = os.path.join(self.dir, "future.db")
        with open(os.path.join(self.dir, "seed.db"), "rb") as src, open(path, "wb") as dst:
            dst.write(src.read())
        db = sqlite3.connect(path)
        db.execute("PRAGMA user_version = 200")
        db.commit()
        db.close()
        line = self.assertCleanError(self.cli("-t", "future.db", "performance"))
        self.assertRegex(line, r"newer|version 2")

    def test_unknown_function_suggests(self):
        line = self.assertCleanError(self.cli("-t", "seed-before.db", "performance", "slow_functon"),
                                     contains=["slow_functon", "did you mean"])
        self.assertIn("'slow_function'", line)

    def test_function_of_another_run(self):
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "redundant_computation"),
                              contains=["run 2", "--run 1"])

    def test_unknown_thread_names_the_threads(self):
        for command in (["get"], ["performance"]):
            self.assertCleanError(self.cli("-t", "errors.db", *command, "--thread", "worker-9"),
                                  contains=["worker-9", "MainThread", "worker-1"])

    def test_thread_with_one_function_is_refused(self):
        self.assertCleanError(self.cli("-t", "errors.db", "performance", "worker", "--thread", "worker-1"),
                              contains="--thread")

    def test_unknown_function_in_call_mode(self):
        self.assertCleanError(self.cli("-t", "errors.db", "query", "--call", "parse_numbr"), contains="parse_number")

    def test_bad_sql_with_position(self):
        self.assertCleanError(self.cli("-t", "seed.db", "query", "SELECT function_name\nFROM events WHERE x = 1"),
                              contains=["no such column: x", "line 2, column"])
        self.assertCleanError(self.cli("-t", "seed.db", "query", "SELEC 1"),
                              contains=["syntax error", "line 1, column 1"])

    def test_two_statements_refused(self):
        self.assertCleanError(self.cli("-t", "seed.db", "query", "SELECT 1; SELECT 2"), contains="one statement")

    def test_writing_sql_refused_file_unchanged(self):
        path = os.path.join(self.dir, "seed.db")
        before = file_digest(path)
        for sql in ["DELETE FROM calls", "DROP TABLE calls", "INSERT INTO meta VALUES ('a', 'b')",
                    "UPDATE runs SET status = 'crashed'", "ATTACH DATABASE 'x.db' AS x",
                    "PRAGMA user_version = 5", "CREATE TABLE t (x)", "VACUUM",
                    "WITH x AS (SELECT 1) DELETE FROM calls", "REPLACE INTO meta VALUES ('a', 'b')"]:
            with self.subTest(sql=sql):
                self.assertCleanError(self.cli("-t", "seed.db", "query", sql))
        self.assertEqual(file_digest(path), before)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x.db")))
        self.assertFalse(os.path.exists(path + "-wal"))

    def test_no_results_exit_2(self):
        self.assertCleanError(self.cli("-t", "seed.db", "query", "SELECT * FROM events WHERE function_name = 'x'"),
                              code=2, contains="no rows")
        self.assertCleanError(self.cli("-t", "seed.db", "exceptions"), code=2, contains="no exceptions")
        self.assertCleanError(self.cli("-t", "errors.db", "exceptions", "--since", "1h"), code=2)
        self.assertCleanError(self.cli("-t", "errors.db", "query", "--fuzzy", "zzzz"), code=2)
        path = os.path.join(self.dir, "nogaps.db")
        with open(os.path.join(self.dir, "seed.db"), "rb") as src, open(path, "wb") as dst:
            dst.write(src.read())
        db = sqlite3.connect(path)
        db.execute("DELETE FROM untraced_calls")
        db.commit()
        db.close()
        self.assertCleanError(self.cli("-t", "nogaps.db", "query", "--gaps"), code=2, contains="untraced")

    def test_run_without_calls_exit_2(self):
        make_trace(os.path.join(self.dir, "empty.db"), "empty")
        for args in (["performance"], ["top"], ["get"], ["query", "--flow"], ["exceptions"]):
            with self.subTest(args=args):
                self.assertCleanError(self.cli("-t", "empty.db", *args), code=2)
        result = self.cli("-t", "empty.db", "list", "--format", "csv")
        self.assertOk(result)
        self.assertIn("python idle.py", result.out)

    def test_trace_without_runs(self):
        db = sqlite3.connect(os.path.join(self.dir, "norun.db"))
        with open(os.path.join(SOURCE_DIR, "tracer", "schema.sql")) as handle:
            db.executescript(handle.read())
        db.execute("PRAGMA user_version = 101")
        db.commit()
        db.close()
        self.assertCleanError(self.cli("-t", "norun.db", "list"), code=2, contains="no runs")
        self.assertCleanError(self.cli("-t", "norun.db", "performance"), code=1, contains="no runs")

    def test_no_results_json_still_valid(self):
        result = self.cli("-t", "seed.db", "query", "--format", "json", "SELECT * FROM events WHERE 0")
        self.assertEqual(result.code, 2)
        self.assertEqual(result.out.strip(), "[]")

    def test_bad_run(self):
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--run", "9"), contains="no run 9")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--run", "x"), contains="whole number")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--run", "0"), contains="--run")
        self.assertCleanError(self.cli("-t", "seed.db", "get", "7"), contains="no run 7")
        self.assertCleanError(self.cli("-t", "seed.db", "get", "abc"), contains="run id")
        self.assertCleanError(self.cli("-t", "seed.db", "compare", "1", "seed.db:5"), contains="no run 5")
        self.assertCleanError(self.cli("-t", "seed.db", "compare", "1", "missing.db"), contains="missing.db")

    def test_usage_errors(self):
        self.assertCleanError(self.cli("frobnicate"), contains="unknown command")
        self.assertCleanError(self.cli("perf"), contains="did you mean 'performance'")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--bogus"), contains=["--bogus", "--help"])
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--sort", "speed"), contains="sort")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--format", "xml"), contains="xml")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "--limit"), contains="needs a value")
        self.assertCleanError(self.cli("-t", "seed.db", "performance", "a", "b"), contains="unexpected argument")
        self.assertCleanError(self.cli("-t", "seed.db", "query"), contains="SQL")
        self.assertCleanError(self.cli("-t", "seed.db", "query", "--flow", "--gaps"), contains="only one")
        self.assertCleanError(self.cli("-t", "seed.db", "query", "  "), contains="empty")
        self.assertCleanError(self.cli("-t", "seed.db", "exceptions", "--since", "yesterday"), contains="--since")
        self.assertCleanError(self.cli("-t", "seed.db", "export", "-o", "x.json"), contains="--format")
        self.assertCleanError(self.cli("-t", "seed.db", "export", "--format", "pprof", "-o", "x.json"),
                              contains="pprof")
        self.assertCleanError(self.cli("-t", "seed.db", "export", "--format", "chrome"), contains="-o")
        self.assertCleanError(self.cli("-t", "seed.db", "compare", "1"), contains="missing")
        self.assertCleanError(self.cli("run"), contains="SCRIPT")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x.json")))

    # (arguments, what the one error line names): words that look like options, positionals too many,
    # values where none belong. Negative numbers are positionals, as long as no option is a digit.
    USAGE_ERRORS = [
        (["top", "-5"], ["top", "N must be a whole number", "'-5'"]),
        (["get", "-1"], ["get", "run id", "'-1'"]),
        (["compare", "1", "2", "3"], ["compare", "unexpected argument '3'"]),
        (["performance", "--limit", "-5"], ["--limit", "between 0 and"]),
        (["performance", "--limit=x"], ["--limit", "whole number", "'x'"]),
        (["performance", "-q"], ["unknown option '-q'"]),
        (["performance", "--bogus=3"], ["unknown option '--bogus'"]),
        (["get", "--full=no"], ["option '--full' takes no value"]),
        (["clear", "--force=yes"], ["option '--force' takes no value"]),
        (["clear", "--force="], ["option '--force' takes no value"]),
        (["get", "1", "--full="], ["option '--full' takes no value"]),
        (["run", "--quiet=", "x.py"], ["option '--quiet' takes no value"]),
        (["run", "--include", "x", "--quiet=", "x.py"], ["option '--quiet' takes no value"]),
        (["exceptions", "--type", "X", "--escaped="], ["option '--escaped' takes no value"]),
        (["query", "--call"], ["option '--call' needs a value"]),
        (["query", "--timeout", "-1", "SELECT 1"], ["--timeout", "between 0 and"]),
        (["list", "seed.db", "errors.db"], ["unexpected argument 'errors.db'"]),
        (["list", "seed.db", "-t", "seed.db"], ["FILE or with -t"]),
        (["run", "--bogus", "x.py"], ["run", "unknown option '--bogus'"]),
        (["run", "-m"], ["run", "needs a value"]),
    ]

    def test_usage_errors_name_the_problem(self):
        path = os.path.join(self.dir, "seed.db")
        before = file_digest(path)
        for args, contains in self.USAGE_ERRORS:
            with self.subTest(args=args):
                self.assertCleanError(self.cli("-t", "seed.db", *args), contains=contains)
        self.assertEqual(file_digest(path), before)  # `clear --force=yes` deleted nothing

    def test_timeout_stops_a_runaway_query(self):
        sql = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "SELECT COUNT(*) FROM n")
        result = self.cli("-t", "seed.db", "query", "--timeout", "0.5", sql, timeout=30)
        self.assertCleanError(result)

    def test_export_unwritable(self):
        self.assertCleanError(self.cli("-t", "seed.db", "export", "--format", "chrome", "-o", "/nonexistent/dir/x.json"),
                              contains="cannot write")

    def test_no_command(self):
        result = self.cli()
        self.assertEqual(result.code, 1)
        self.assertIn("Usage: breadcrumb", result.err)


if __name__ == "__main__":
    unittest.main()
