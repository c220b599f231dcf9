"""Format 1.1 has no calls indexes: calls are stored in chunks that Breadcrumb's readers decode and
index in memory. What is indexed: a run's chunks (call_chunks_by_run) and the exceptions; those
indexes exist from the first write, so a running or crashed run is indexed too."""

import unittest

from tracetest import TracerTestCase

PROGRAM = '''
def leaf(i):
    return i * 2

def branch(n):
    return sum(leaf(i) for i in range(n))

def fail():
    raise KeyError("k")

for _ in range(50):
    branch(20)
    try:
        fail()
    except KeyError:
        pass
'''


class IndexesTest(TracerTestCase):
    def plan(self, sql, params=()):
        return " | ".join(row["detail"] for row in self.query("EXPLAIN QUERY PLAN " + sql, params))

    def test_reader_queries_use_the_indexes(self):
        self.run_traced(PROGRAM)
        names = {r["name"] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'index'"
                                               " AND name NOT LIKE 'sqlite_%'")}
        self.assertEqual(names, {"call_chunks_by_run", "exceptions_by_run", "exceptions_by_call"})
        # a reader loads one run's chunks, in call_id order, without touching the others
        self.assertIn("call_chunks_by_run", self.plan(
            "SELECT rows FROM call_chunks WHERE run_id = ? ORDER BY min_call_id", (1,)))
        self.assertIn("call_chunks_by_run", self.plan(
            "SELECT sum(n), min(min_call_id), max(max_call_id) FROM call_chunks WHERE run_id = ?", (1,)))
        self.assertIn("exceptions_by_run", self.plan(
            "SELECT * FROM exceptions WHERE run_id = ? ORDER BY timestamp_ns", (1,)))
        self.assertIn("exceptions_by_call", self.plan("SELECT * FROM exceptions WHERE call_id = ?", (3,)))
        # a run's calls in time order: call_ids are handed out in start order
        rows = self.query("SELECT call_id, start_ns FROM calls WHERE run_id = 1 ORDER BY call_id")
        starts = [r["start_ns"] for r in rows]
        self.assertEqual(len(rows), 1 + 50 + 50 + 50 * 20 + 50)  # <module>, branch, genexpr, leaf, fail
        self.assertEqual(starts, sorted(starts))
        chunk_totals = self.query("SELECT sum(n) AS n, min(min_call_id) AS lo, max(max_call_id) AS hi"
                                  " FROM call_chunks WHERE run_id = 1")[0]
        self.assertEqual(chunk_totals, {"n": len(rows), "lo": rows[0]["call_id"], "hi": rows[-1]["call_id"]})


if __name__ == "__main__":
    unittest.main()
