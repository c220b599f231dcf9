"""The indexes a finished run gets serve the queries the readers run (core, CLI, seed SQL), and no
more are built than those need (each costs a sort of every call row when the run ends)."""

import unittest

from tracetest import TracerTestCase

PROGRAM = '''
def leaf(i):
    return i * 2

def branch(n):
    return sum(leaf(i) for i in range(n))

for _ in range(50):
    branch(20)
'''


class IndexesTest(TracerTestCase):
    def plan(self, sql, params=()):
        return " | ".join(row["detail"] for row in self.query("EXPLAIN QUERY PLAN " + sql, params))

    def test_reader_queries_use_the_indexes(self):
        self.run_traced(PROGRAM)
        names = {r["name"] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'index'"
                                               " AND name NOT LIKE 'sqlite_%'")}
        self.assertEqual(names, {"calls_by_parent", "calls_by_run_fn", "exceptions_by_run", "exceptions_by_call"})
        # the core loads a run by its call_id range
        self.assertIn("calls_by_run_fn",
                      self.plan("SELECT count(*), min(call_id), max(call_id) FROM calls WHERE run_id = ?", (1,)))
        # per-function statistics, percentiles
        self.assertIn("calls_by_run_fn", self.plan(
            "SELECT duration_ns FROM calls WHERE run_id = ? AND function_id = ? ORDER BY duration_ns", (1, 1)))
        # children of a call (call trees, the seed's self-time query)
        self.assertIn("calls_by_parent", self.plan("SELECT sum(duration_ns) FROM calls WHERE parent_id = ?", (1,)))
        self.assertIn("calls_by_parent", self.plan(
            "SELECT e1.function_name, (SELECT SUM(e2.duration_ms) FROM events e2"
            " WHERE e2.parent_event_id = e1.event_id) FROM events e1 WHERE e1.event_type = 'call'"))
        # a run's calls in time order: the call_id range, no (run_id, start_ns) index needed
        rows = self.query("SELECT call_id, start_ns FROM calls WHERE run_id = 1 ORDER BY call_id")
        starts = [r["start_ns"] for r in rows]
        self.assertEqual(len(rows), 1 + 50 + 50 + 50 * 20)  # <module>, branch, genexpr, leaf
        self.assertEqual(starts, sorted(starts))


if __name__ == "__main__":
    unittest.main()
