"""Exceptions: escaped vs caught, qualified type names, messages, traceback text."""

import unittest

from tracetest import TracerTestCase

PROGRAM = '''
class AppError(Exception):
    pass

def raises_key():
    d = {}
    return d["missing"]

def catches():
    try:
        raises_key()
    except KeyError:
        return "handled"

def caught_locally():
    try:
        raise LookupError("local")
    except LookupError:
        return 1

def divide(a, b):
    return a / b

def outer():
    return divide(1, 0)

def reraise():
    try:
        int("x")
    except ValueError as error:
        raise AppError("wrapped") from error

def none_attr():
    x = None
    return x.upper()

def main():
    catches()
    caught_locally()
    for function in (outer, reraise, none_attr):
        try:
            function()
        except Exception:
            pass

main()
'''


class ExceptionsTest(TracerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = TracerTestCase("setUp")
        cls.shared.setUp()
        cls.shared.run_traced(PROGRAM)

    @classmethod
    def tearDownClass(cls):
        cls.shared.doCleanups()

    def raised_in(self, function):
        return self.shared.query("""
            SELECT x.* FROM exceptions x JOIN calls c ON c.call_id = x.call_id
            JOIN functions f ON f.function_id = c.function_id
            WHERE f.name = ? ORDER BY x.exception_id""", (function,))

    def test_escaped_exceptions_are_on_the_call_rows(self):
        expected = {
            "raises_key": ("KeyError", "'missing'"),
            "divide": ("ZeroDivisionError", "division by zero"),
            "outer": ("ZeroDivisionError", "division by zero"),
            "reraise": ("__main__.AppError", "wrapped"),
            "none_attr": ("AttributeError", "'NoneType' object has no attribute 'upper'"),
            "catches": (None, None),
            "caught_locally": (None, None),
            "main": (None, None),
            "<module>": (None, None),
        }
        for function, (type_name, message) in expected.items():
            row = self.shared.one_event(function)
            self.assertEqual((row["exception_type"], row["exception_message"]),
                             (type_name, message), function)

    def test_escaped_raise_rows(self):
        for function, type_name, source_line in [
                ("raises_key", "KeyError", 'return d["missing"]'),
                ("divide", "ZeroDivisionError", "return a / b"),
                ("reraise", "__main__.AppError", 'raise AppError("wrapped") from error'),
                ("none_attr", "AttributeError", "return x.upper()")]:
            rows = [r for r in self.raised_in(function) if r["type"] == type_name]
            self.assertEqual(len(rows), 1, function)
            row = rows[0]
            self.assertEqual(row["escaped"], 1, function)
            self.assertIn(source_line, row["traceback"], function)
            # the whole stack as python would print it, not just the raising frame
            self.assertTrue(row["traceback"].startswith("Traceback (most recent call last):"))
            self.assertIn(", in main\n", row["traceback"], function)
            self.assertIn(", in <module>\n", row["traceback"], function)
            self.assertNotIn("runpy", row["traceback"])
            self.assertNotIn("_runner.py", row["traceback"])
            self.assertIn(type_name.split(".")[-1], row["traceback"].strip().splitlines()[-1])
            call = self.shared.one_event(function)
            self.assertEqual(row["thread_id"], call["thread_id"])
            self.assertGreaterEqual(row["timestamp_ns"], call["start_ns"])

    def test_caught_exceptions_are_recorded_as_not_escaped(self):
        local = [r for r in self.raised_in("caught_locally") if r["type"] == "LookupError"]
        self.assertEqual(len(local), 1)
        self.assertEqual(local[0]["escaped"], 0)
        self.assertEqual(local[0]["message"], "local")
        inner = [r for r in self.raised_in("reraise") if r["type"] == "ValueError"]
        self.assertEqual(len(inner), 1)
        self.assertEqual(inner[0]["escaped"], 0)
        self.assertIn("invalid literal for int()", inner[0]["message"])

    def test_chained_cause_is_in_the_traceback(self):
        app = [r for r in self.raised_in("reraise") if r["type"] == "__main__.AppError"][0]
        self.assertIn("invalid literal for int()", app["traceback"])
        self.assertIn("direct cause", app["traceback"])

    def test_every_escaped_call_points_at_a_recorded_exception(self):
        dangling = self.shared.scalar("""SELECT COUNT(*) FROM calls c LEFT JOIN exceptions x
                                         ON x.exception_id = c.exception_id
                                         WHERE c.exception_id IS NOT NULL AND x.exception_id IS NULL""")
        self.assertEqual(dangling, 0)
        escaped_calls = self.shared.scalar("SELECT COUNT(*) FROM calls WHERE exception_id IS NOT NULL")
        self.assertEqual(escaped_calls, 5)


if __name__ == "__main__":
    unittest.main()
