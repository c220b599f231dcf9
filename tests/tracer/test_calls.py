"""Calls: exact counts, parents, callers, depths, durations, qualified names, generators, recursion."""

import re
import time
import unittest

from tracetest import TracerTestCase, child_time_errors

PROGRAM = """
import time

def leaf(x):
    return x + 1

def middle(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total

def top():
    return middle(3) + middle(2)

def sleeper():
    time.sleep(0.05)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def helper(x):
        return x

    @property
    def perimeter(self):
        return 4 * self.side

    def with_inner(self):
        def inner():
            return self.side
        return inner()

def make_adder(k):
    def add(x):
        return x + k
    return add

def gen(n):
    for i in range(n):
        yield i

def consume():
    return sum(gen(5))

def take_two():
    g = gen(10)
    first = next(g)
    second = next(g)
    g.close()
    return first + second

def slow_gen():
    yield 1
    time.sleep(0.03)
    yield 2

def drive_slow_gen():
    total = 0
    for value in slow_gen():
        total += value
    return total

top()
sleeper()
fib(10)
s = Square.unit()
s.area()
Square.helper(3)
s.perimeter
s.with_inner()
adder = make_adder(2)
adder(1)
adder(2)
square = lambda v: v * v
square(4)
consume()
take_two()
drive_slow_gen()
"""

EXPECTED_COUNTS = {
    "<module>": 1, "leaf": 5, "middle": 2, "top": 1, "sleeper": 1, "fib": 177,
    "Square": 1,  # the class body runs as a call
    "Square.__init__": 1, "Square.unit": 1, "Square.area": 1, "Square.helper": 1,
    "Square.perimeter": 1, "Square.with_inner": 1, "Square.with_inner.<locals>.inner": 1,
    "make_adder": 1, "make_adder.<locals>.add": 2, "<lambda>": 1,
    "gen": 2, "consume": 1, "take_two": 1, "slow_gen": 1, "drive_slow_gen": 1,
}


class CallsTest(TracerTestCase):
    @classmethod
    def setUpClass(cls):
        # One traced run shared by the read-only checks below.
        cls.shared = TracerTestCase("setUp")
        cls.shared.setUp()
        cls.before_ns = time.time_ns()
        cls.process = cls.shared.run_traced(PROGRAM)
        cls.after_ns = time.time_ns()

    @classmethod
    def tearDownClass(cls):
        cls.shared.doCleanups()

    def q(self, sql, params=()):
        return self.shared.query(sql, params)

    def test_exact_call_counts(self):
        self.assertEqual(self.shared.call_counts(), EXPECTED_COUNTS)

    def test_module_row_is_the_root(self):
        module = self.shared.one_event("<module>")
        self.assertIsNone(module["parent_event_id"])
        self.assertEqual(module["depth"], 0)
        self.assertEqual(module["module"], "__main__")
        self.assertEqual(module["event_type"], "call")
        kind = self.q("SELECT kind FROM functions WHERE name = '<module>'")[0]["kind"]
        self.assertEqual(kind, "module")
        roots = self.q("SELECT COUNT(*) AS n FROM calls WHERE parent_id IS NULL")[0]["n"]
        self.assertEqual(roots, 1)

    def test_parents_callers_and_depths(self):
        for name, caller, depth in [("top", "<module>", 1), ("middle", "top", 2),
                                    ("leaf", "middle", 3), ("Square.__init__", "Square.unit", 2),
                                    ("Square.with_inner.<locals>.inner", "Square.with_inner", 2),
                                    ("slow_gen", "drive_slow_gen", 2)]:
            rows = self.shared.events(name)
            self.assertTrue(rows, name)
            for row in rows:
                self.assertEqual(row["caller_function"], caller, name)
                self.assertEqual(row["depth"], depth, name)
        # the seed's caller query, verbatim shape
        callers = self.q("""
            SELECT caller_function, COUNT(*) as call_count, SUM(duration_ms) as total_time
            FROM events WHERE function_name = 'leaf' AND event_type = 'call'
            GROUP BY caller_function ORDER BY total_time DESC""")
        self.assertEqual([(r["caller_function"], r["call_count"]) for r in callers], [("middle", 5)])

    def test_each_middle_has_its_own_leaves(self):
        middles = self.shared.events("middle")
        children = [self.q("SELECT COUNT(*) AS n FROM events WHERE parent_event_id = ?",
                           (m["event_id"],))[0]["n"] for m in middles]
        self.assertEqual(children, [3, 2])

    def test_call_ids_follow_start_order_and_children_nest_in_time(self):
        rows = self.q("""SELECT c.call_id, c.start_ns, c.duration_ns, p.call_id AS pid,
                                p.start_ns AS pstart, p.duration_ns AS pdur
                         FROM calls c JOIN calls p ON p.call_id = c.parent_id""")
        self.assertGreater(len(rows), 200)
        for row in rows:
            self.assertLess(row["pid"], row["call_id"])
            self.assertGreaterEqual(row["start_ns"], row["pstart"])
            self.assertLessEqual(row["start_ns"] + row["duration_ns"], row["pstart"] + row["pdur"])
        ordered = self.q("SELECT call_id, start_ns FROM calls ORDER BY call_id")
        starts = [r["start_ns"] for r in ordered]
        self.assertEqual(starts, sorted(starts))

    def test_child_ns_is_the_time_the_call_was_not_running_itself(self):
        calls = [tuple(r.values()) for r in self.q(
            "SELECT call_id, parent_id, function_id, start_ns, duration_ns, child_ns FROM calls")]
        resumable = {r["function_id"] for r in self.q(
            "SELECT function_id FROM functions WHERE kind IN ('generator', 'coroutine', 'async_generator')")}
        self.assertGreater(len(resumable), 0)
        self.assertEqual(child_time_errors(calls, resumable), [])

    def test_durations_and_timestamps(self):
        sleeper = self.shared.one_event("sleeper")
        self.assertGreaterEqual(sleeper["duration_ms"], 50.0)
        self.assertLess(sleeper["duration_ms"], 5000.0)
        self.assertGreaterEqual(sleeper["self_ms"], 50.0)  # time.sleep is not traced: own time
        self.assertGreaterEqual(sleeper["start_ns"], self.before_ns)
        self.assertLessEqual(sleeper["start_ns"], self.after_ns)
        self.assertRegex(sleeper["timestamp"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$")
        expected = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(sleeper["start_ns"] // 10**9))
        self.assertTrue(sleeper["timestamp"].startswith(expected))
        top = self.shared.one_event("top")
        self.assertAlmostEqual(top["duration_ms"] - top["self_ms"],
                               sum(m["duration_ms"] for m in self.shared.events("middle")), 6)
        module = self.shared.one_event("<module>")
        self.assertGreaterEqual(module["duration_ms"], sleeper["duration_ms"])

    def test_generators_are_one_call_from_first_next_to_the_end(self):
        gens = self.shared.events("gen")
        self.assertEqual([g["caller_function"] for g in gens], ["consume", "take_two"])
        for row in gens:
            self.assertIsNone(row["exception_type"])  # StopIteration / GeneratorExit not recorded
        kind = self.q("SELECT kind FROM functions WHERE name = 'gen'")[0]["kind"]
        self.assertEqual(kind, "generator")
        slow = self.shared.one_event("slow_gen")
        self.assertGreaterEqual(slow["duration_ms"], 30.0)  # includes the time between yields
        exceptions = self.q("SELECT type FROM exceptions")
        self.assertEqual(exceptions, [])

    def test_functions_table(self):
        row = self.q("SELECT * FROM functions WHERE name = 'fib'")[0]
        self.assertEqual(row["module"], "__main__")
        self.assertTrue(row["file"].endswith("main.py"))
        self.assertEqual(row["line"], PROGRAM.lstrip("\n").splitlines().index(
            "def fib(n):") + 1)
        self.assertEqual(row["kind"], "function")
        lines = self.q("SELECT name, line FROM functions")
        self.assertEqual(len(lines), len(EXPECTED_COUNTS))

    def test_recursion_structure(self):
        depths = self.q("""SELECT depth, COUNT(*) AS n FROM events WHERE function_name = 'fib'
                           GROUP BY depth ORDER BY depth""")
        self.assertEqual(depths[0], {"depth": 1, "n": 1})
        self.assertEqual(depths[-1]["depth"], 10)  # fib(10) -> ... -> fib(1)
        by_fib = self.q("""SELECT COUNT(*) AS n FROM events WHERE function_name = 'fib'
                           AND caller_function = 'fib'""")[0]["n"]
        self.assertEqual(by_fib, 176)


class DeepRecursionTest(TracerTestCase):
    def test_three_thousand_deep(self):
        self.run_traced("""
            import sys
            sys.setrecursionlimit(10000)

            def down(n):
                return 0 if n == 0 else 1 + down(n - 1)

            assert down(3000) == 3000
        """)
        rows = self.query("""SELECT COUNT(*) AS n, MIN(depth) AS lo, MAX(depth) AS hi
                             FROM events WHERE function_name = 'down'""")[0]
        self.assertEqual(rows, {"n": 3001, "lo": 1, "hi": 3001})
        chained = self.scalar("""SELECT COUNT(*) FROM events
                                 WHERE function_name = 'down' AND caller_function = 'down'""")
        self.assertEqual(chained, 3000)
        deepest = self.query("SELECT * FROM calls WHERE depth = 3001")[0]
        # walk the parent chain back to the root (in Python: the calls view has no index on call_id)
        parent_of = {r["call_id"]: r["parent_id"] for r in self.query("SELECT call_id, parent_id FROM calls")}
        steps, parent = 0, deepest["parent_id"]
        while parent is not None:
            parent = parent_of[parent]
            steps += 1
        self.assertEqual(steps, 3001)


class InitModeTest(TracerTestCase):
    def test_calls_after_init_are_roots(self):
        process = self.run_with_init("""
            import breadcrumb

            def work(n):
                return helper(n) * 2

            def helper(n):
                return n + 1

            run_id = breadcrumb.init(DB)
            print("run", run_id, breadcrumb.active())
            work(1)
            work(2)
            result = breadcrumb.shutdown()
            print("calls", result["calls"], breadcrumb.active())
            work(3)  # not traced any more
        """)
        self.assertIn("run 1 True", process.stdout)
        self.assertIn("calls 4 False", process.stdout)
        self.assertEqual(self.call_counts(), {"work": 2, "helper": 2})
        for row in self.events("work"):
            self.assertIsNone(row["parent_event_id"])
            self.assertEqual(row["depth"], 0)
        for row in self.events("helper"):
            self.assertEqual(row["caller_function"], "work")
            self.assertEqual(row["depth"], 1)


if __name__ == "__main__":
    unittest.main()
