"""The bundled examples, traced: the facts the seed document relies on, and its SQL verbatim."""

import os
import sys
import unittest

from tracetest import EXAMPLES, TracerTestCase

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seed_queries import SEED  # noqa: E402  (tests/seed_queries.sql, the one copy of the seed's SQL)

# The seed's queries that run on plain SQLite (STDDEV is registered by the CLI, not by SQLite).
SEED_CALLERS = SEED["callers"]
SEED_COMPARE = SEED["compare"]
SEED_SLOWEST = SEED["slowest"]
SEED_SELF_TIME = SEED["self_time"]
SEED_TIMELINE = SEED["timeline"]


def example(name):
    return os.path.join(EXAMPLES, name, "main.py")


class PerformanceExampleTest(TracerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = TracerTestCase("setUp")
        cls.shared.setUp()
        script = example("04-performance-profiling")
        for extra in ([], ["--optimized"]):
            cls.shared.run_python(["-m", "breadcrumb", "run", "-o", cls.shared.db, "--quiet",
                                   script] + extra, timeout=120, check=0)

    @classmethod
    def tearDownClass(cls):
        cls.shared.doCleanups()

    def test_before_run_has_the_seed_numbers(self):
        counts = self.shared.call_counts(run_id=1)
        self.assertEqual({name: counts.get(name) for name in (
            "fast_function", "slow_function", "very_slow_function", "process_data",
            "redundant_computation", "cached_computation", "inefficient_loop", "efficient_loop",
            "wasteful_string_concat", "run_pipeline")},
            {"fast_function": 5, "slow_function": 13, "very_slow_function": 1, "process_data": 1,
             "redundant_computation": 1, "cached_computation": None, "inefficient_loop": 1,
             "efficient_loop": 1, "wasteful_string_concat": 1, "run_pipeline": 1})
        durations = self.shared.query("""SELECT function_name, MIN(duration_ms) AS lo,
                                         MAX(duration_ms) AS hi FROM events WHERE run_id = 1
                                         GROUP BY function_name""")
        by_name = {row["function_name"]: row for row in durations}
        self.assertGreaterEqual(by_name["slow_function"]["lo"], 100.0)
        self.assertGreaterEqual(by_name["very_slow_function"]["lo"], 500.0)
        self.assertGreaterEqual(by_name["redundant_computation"]["lo"], 1000.0)
        self.assertLess(by_name["fast_function"]["hi"], 50.0)
        self.assertGreater(by_name["inefficient_loop"]["lo"], 10 * by_name["efficient_loop"]["hi"])

    def test_seed_callers_query(self):
        rows = self.shared.query(SEED_CALLERS)
        # both runs: 10 + 1 from the computations, 3 + 3 from process_data
        self.assertEqual([(r["caller_function"], r["call_count"]) for r in rows],
                         [("redundant_computation", 10), ("process_data", 6),
                          ("cached_computation", 1)])
        self.assertGreaterEqual(rows[0]["total_time"], 1000.0)

    def test_seed_compare_query(self):
        rows = {r["function_name"]: r["avg_time"] for r in self.shared.query(SEED_COMPARE)}
        self.assertEqual(set(rows), {"redundant_computation", "cached_computation"})
        self.assertGreaterEqual(rows["redundant_computation"], 1000.0)
        self.assertGreaterEqual(rows["cached_computation"], 100.0)
        self.assertGreater(rows["redundant_computation"], 5 * rows["cached_computation"])
        after = self.shared.call_counts(run_id=2)
        self.assertEqual((after.get("slow_function"), after.get("redundant_computation")), (4, None))

    def test_other_seed_queries_run_verbatim(self):
        slowest = self.shared.query(SEED_SLOWEST)
        self.assertEqual(len(slowest), 10)
        self.assertIn("very_slow_function", [r["function_name"] for r in slowest])
        self_time = {r["function_name"]: r["self_time_ms"] for r in self.shared.query(SEED_SELF_TIME)}
        self.assertGreaterEqual(self_time["very_slow_function"], 500.0)
        self.assertLess(self_time["redundant_computation"], 50.0)  # its time is slow_function's
        timeline = self.shared.query(SEED_TIMELINE)
        self.assertEqual(len(timeline), self.shared.scalar("SELECT COUNT(*) FROM calls"))
        stamps = [r["timestamp"] for r in timeline]
        self.assertEqual(stamps, sorted(stamps))


class OtherExamplesTest(TracerTestCase):
    def trace_example(self, name):
        process = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet",
                                   example(name)], check=0, timeout=120)
        return process

    def test_simple_tracing(self):
        self.trace_example("01-simple-tracing")
        counts = self.call_counts()
        self.assertEqual(counts["fib"], 177)
        self.assertEqual(counts["Square.area"], 4)  # 2 from describe, 2 from total_area
        self.assertEqual(counts["Circle.unit"], 1)
        self.assertEqual(counts["Circle.circumference_of"], 1)
        self.assertEqual(counts["Shape.describe"], 4)
        self.assertEqual(self.events("Square.area")[0]["caller_function"], "Shape.describe")

    def test_async_tracing(self):
        self.trace_example("02-async-tracing")
        declined = self.query("""SELECT function_name, exception_type FROM events
                                 WHERE exception_type IS NOT NULL AND function_name = 'charge_card'""")
        self.assertEqual(declined, [{"function_name": "charge_card",
                                     "exception_type": "__main__.PaymentDeclined"}] * 2)
        self.assertEqual(self.call_counts()["fetch_user"], 4)

    def test_exception_debugging(self):
        self.trace_example("03-exception-debugging")
        escaped = {(r["function_name"], r["exception_type"]) for r in self.query(
            "SELECT function_name, exception_type FROM events WHERE exception_type IS NOT NULL "
            "AND exception_type != 'SystemExit'")}  # sys.exit(main()) escapes <module>
        self.assertEqual(escaped, {
            ("get_config_value", "KeyError"), ("average", "ZeroDivisionError"),
            ("user_display_name", "TypeError"), ("third_item", "IndexError"),
            ("parse_port", "RuntimeError"), ("withdraw", "__main__.InsufficientFundsError")})
        caught = self.query("""SELECT x.type FROM exceptions x JOIN calls c ON c.call_id = x.call_id
                               JOIN functions f ON f.function_id = c.function_id
                               WHERE f.name = 'parse_port' AND x.escaped = 0""")
        self.assertEqual([r["type"] for r in caught], ["ValueError"])


if __name__ == "__main__":
    unittest.main()
