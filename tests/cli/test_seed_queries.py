"""Every SQL query of the seed document (example-04-performance-profiling.md) run verbatim through
`breadcrumb query --format json`, with its result checked against figures computed independently from
the trace's raw tables with Python's sqlite3 (no Breadcrumb code involved)."""

import json
import sqlite3
import statistics
import unittest

from cli_support import FixtureTestCase
from test_golden import (CALLERS_SQL, COMPARE_SQL, SELF_TIME_SQL, SLOWEST_SQL, TIMELINE_SQL,
                         VARIANCE_SQL)


class SeedQueryTest(FixtureTestCase):
    def rows(self, trace, sql):
        result = self.cli("-t", trace, "query", "--format", "json", sql)
        self.assertOk(result)
        return json.loads(result.out)

    def raw_calls(self, trace):
        """(call_id, parent_id, name, duration_ms) straight from the calls table."""
        db = sqlite3.connect("file:%s/%s?mode=ro" % (self.dir, trace), uri=True)
        try:
            return db.execute("SELECT c.call_id, c.parent_id, f.name, c.duration_ns / 1e6 FROM calls c "
                              "JOIN functions f ON f.function_id = c.function_id").fetchall()
        finally:
            db.close()

    def test_callers_of_slow_function(self):
        rows = self.rows("seed-before.db", CALLERS_SQL)
        self.assertEqual([(r["caller_function"], r["call_count"]) for r in rows],
                         [("redundant_computation", 10), ("process_data", 3)])
        self.assertAlmostEqual(rows[0]["total_time"], 1000.2, places=6)
        self.assertAlmostEqual(rows[1]["total_time"], 300.3, places=6)

    def test_before_after_average(self):
        rows = {r["function_name"]: r["avg_time"] for r in self.rows("seed.db", COMPARE_SQL)}
        self.assertEqual(set(rows), {"redundant_computation", "cached_computation"})
        self.assertEqual(round(rows["redundant_computation"], 1), 1000.2)
        self.assertEqual(round(rows["cached_computation"], 1), 100.1)

    def test_slowest_functions(self):
        rows = self.rows("seed-before.db", SLOWEST_SQL)
        calls = self.raw_calls("seed-before.db")
        by_name = {}
        for _, _, name, ms in calls:
            by_name.setdefault(name, []).append(ms)
        expected = sorted(by_name, key=lambda n: -statistics.mean(by_name[n]))[:10]
        self.assertEqual([r["function_name"] for r in rows], expected)
        slow = next(r for r in rows if r["function_name"] == "slow_function")
        self.assertEqual(slow["calls"], 13)
        self.assertAlmostEqual(slow["avg_ms"], 1300.5 / 13, places=6)
        self.assertAlmostEqual(slow["max_ms"], 100.2, places=6)

    def test_high_variance_uses_stddev(self):
        rows = self.rows("seed-before.db", VARIANCE_SQL)
        self.assertEqual([r["function_name"] for r in rows], ["slow_function"])  # the only one with > 5 calls
        durations = [ms for _, _, name, ms in self.raw_calls("seed-before.db") if name == "slow_function"]
        self.assertAlmostEqual(rows[0]["stddev_ms"], statistics.stdev(durations), places=9)
        self.assertAlmostEqual(rows[0]["range_ms"], 0.4, places=6)
        self.assertAlmostEqual(rows[0]["avg_ms"], statistics.mean(durations), places=9)
        # With the second run fast_function has 10 calls and joins the list.
        names = [r["function_name"] for r in self.rows("seed.db", VARIANCE_SQL)]
        self.assertEqual(sorted(names), ["fast_function", "slow_function"])

    def test_nested_call_overhead_is_self_time(self):
        rows = self.rows("seed-before.db", SELF_TIME_SQL)
        calls = self.raw_calls("seed-before.db")
        children = {}
        for _, parent, _, ms in calls:
            if parent is not None:
                children[parent] = children.get(parent, 0.0) + ms
        self_times = {}
        for call_id, _, name, ms in calls:
            self_times.setdefault(name, []).append(ms - children.get(call_id, 0.0))
        expected = {name: statistics.mean(values) for name, values in self_times.items()}
        self.assertEqual(len(rows), len(expected))
        for row in rows:
            self.assertAlmostEqual(row["self_time_ms"], expected[row["function_name"]], places=6)
        self.assertEqual([r["function_name"] for r in rows[:3]],
                         ["very_slow_function", "inefficient_loop", "slow_function"])
        values = [r["self_time_ms"] for r in rows]
        self.assertEqual(values, sorted(values, reverse=True))

    def test_timeline_accumulates(self):
        rows = self.rows("seed-before.db", TIMELINE_SQL)
        calls = self.raw_calls("seed-before.db")
        self.assertEqual(len(rows), len(calls))
        stamps = [r["timestamp"] for r in rows]
        self.assertEqual(stamps, sorted(stamps))
        total = 0.0
        for row in rows:
            total += row["duration_ms"]
            self.assertAlmostEqual(row["cumulative_ms"], total, places=6)
        self.assertEqual(rows[0]["timestamp"], "2025-03-14T10:30:45.122500")
        self.assertEqual(rows[0]["function_name"], "main")

    def test_table_output_matches_the_seed_layout(self):
        result = self.cli("-t", "seed-before.db", "query", CALLERS_SQL)
        self.assertOk(result)
        lines = result.out.splitlines()
        self.assertEqual([c.strip() for c in lines[0].split("|")], ["caller_function", "call_count", "total_time"])
        self.assertTrue(set(lines[1].replace(" | ", "")) == {"-"}, lines[1])
        self.assertEqual([c.strip() for c in lines[2].split("|")], ["redundant_computation", "10", "1000.2ms"])
        self.assertEqual([c.strip() for c in lines[3].split("|")], ["process_data", "3", "300.3ms"])
        # Columns line up: every "|" at the same offsets.
        offsets = {tuple(i for i, ch in enumerate(line) if ch == "|") for line in lines}
        self.assertEqual(len(offsets), 1, result.out)


if __name__ == "__main__":
    unittest.main()
