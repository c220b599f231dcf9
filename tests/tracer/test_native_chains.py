"""Chained exceptions described natively store the Python describer's text, byte for byte.

The traced program raises each chain shape and catches it in the raising frame, where the exception, its
traceback and its callers are what they were at the raise; there it asks the Python describer
(breadcrumb._describe.describe_exception) for the same exception. The stored row must equal that answer,
and the whole table must equal the one a BREADCRUMB_PYTHON_DESCRIBE=1 run stores. The program also counts
which raises the tracer handed to the Python describer: the shapes the native describer formats must not
be among them, the ones it may leave to Python (SyntaxError, notes, groups, 3.12+'s suggestions, a failing
__str__, sys.tracebacklimit, a chain of more than 16: the "declined" shapes) must still come out right."""

import json
import os
import sys
import unittest

from tracetest import TracerTestCase, child_env

PROGRAM = r'''
import json, sys
import breadcrumb._describe as describer

own = [False]
python_described = []  # the first argument of each exception the tracer handed to the Python describer
original = describer.describe_exception

def counting(exc):
    if not own[0]:
        args = getattr(exc, "args", ())
        python_described.append(args[0] if args and isinstance(args[0], str) else type(exc).__name__)
    return original(exc)

describer.describe_exception = counting
expected = []

def record(exc):
    """What the Python describer says about the caught exception, here where it was raised."""
    own[0] = True
    try:
        expected.append(list(original(exc)))
    finally:
        own[0] = False


class AppError(Exception):
    pass

class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

def lookup(d, k):
    return d[k] + 1

def helper(d):
    value = lookup(d,
                   "missing")
    return value

def cause():
    try:
        int("x")
    except ValueError as error:
        try:
            raise AppError("outer cause") from error
        except AppError as caught:
            record(caught)

def context():
    try:
        helper({})
    except KeyError:
        try:
            raise AppError("outer context")
        except AppError as caught:
            record(caught)

def from_none():
    try:
        {}["k"]
    except KeyError:
        try:
            raise AppError("outer from none") from None
        except AppError as caught:
            record(caught)

def cause_and_context():
    try:
        {}[1]
    except KeyError:
        try:
            raise AppError("outer cause and context") from ValueError("never raised")
        except AppError as caught:
            record(caught)

def cycle():
    a = AppError("inner cycle a")
    b = AppError("outer cycle b")
    a.__cause__ = b
    b.__cause__ = a
    try:
        raise b
    except AppError as caught:
        record(caught)

def context_cycle():
    a = KeyError("inner context cycle a")
    b = AppError("outer context cycle b")
    a.__context__ = b
    b.__context__ = a
    try:
        raise b
    except AppError as caught:
        record(caught)

def shared():
    # the context is also the cause's cause: TracebackException's seen-set shows it once
    root = ValueError("inner root")
    middle = TypeError("inner middle")
    middle.__cause__ = root
    try:
        try:
            raise root
        except ValueError:
            raise AppError("outer shared") from middle
    except AppError as caught:
        record(caught)

def level3():
    raise ValueError("inner level 3")

def level2():
    try:
        level3()
    except ValueError as error:
        raise LookupError("inner level 2") from error

def level1():
    try:
        level2()
    except LookupError:
        raise TypeError("inner level 1")

def three_deep():
    try:
        level1()
    except TypeError as error:
        try:
            raise AppError("outer three deep") from error
        except AppError as caught:
            record(caught)

def gen():
    for i in range(2):
        try:
            json.loads("{bad")
        except ValueError as error:
            try:
                raise AppError("outer generator %d" % i) from error
            except AppError as caught:
                record(caught)
        yield i

def in_generator():
    for _ in gen():
        pass

def long_messages():
    try:
        raise ValueError("inner " + "y" * 5000)
    except ValueError:
        try:
            raise AppError("outer long " + "x" * 5000)
        except AppError as caught:
            record(caught)

def secrets():
    try:
        raise KeyError("token: abcdefgh12345")
    except KeyError:
        try:
            raise AppError("outer secret password=hunter2 card 4111 1111 1111 1111")
        except AppError as caught:
            record(caught)

def unicode_messages():
    try:
        raise ValueError("inner caf\u00e9 \u2603")
    except ValueError:
        try:
            raise AppError("outer unicode \u00e9")
        except AppError as caught:
            record(caught)

def recurse(n):
    if n == 0:
        raise KeyError("inner deep")
    return recurse(n - 1)

def recursive_cause():
    try:
        recurse(12)
    except KeyError as error:
        try:
            raise AppError("outer recursive cause") from error
        except AppError as caught:
            record(caught)

def deep_callers(n):
    if n:
        return deep_callers(n - 1)
    try:
        {}[7]
    except KeyError as error:
        try:
            raise AppError("outer deep callers") from error
        except AppError as caught:
            record(caught)

def plain_messages():
    no_traceback = ValueError(12)
    for outer in [AppError(), AppError(""), AppError(2 ** 70), KeyError("outer key")]:
        try:
            raise outer from no_traceback
        except Exception as caught:
            record(caught)

class Holder:
    parent = None

class Items:
    def __init__(self):
        self.items = [0]
        self.i = 3
    def dotted(self):
        return self.items[self.i]
    def spaced(self):
        return self.items[ self.i ]

# entries the native describer formats itself on 3.11 and 3.12 (a subscript of dotted names, a position over
# two lines, a "<frozen ...>" file) and ones it leaves to traceback (spaces in the subscript, a "<...>" file
# linecache holds)
FROZEN = {}
exec(compile("def through(f):\n    return f()\n", "<frozen breadcrumb_test>", "exec"), FROZEN)
import linecache
linecache.cache["<cached snippet>"] = (1, None, ["def through(f):\n", "    return  f( )\n"], "<cached snippet>")
CACHED = {}
exec(compile("def through(f):\n    return  f( )\n", "<cached snippet>", "exec"), CACHED)

def spanning(items):
    return (items
            .dotted())

def carets():
    items = Items()
    for n, inner in enumerate((items.dotted, items.spaced, lambda: spanning(items),
                               lambda: FROZEN["through"](items.dotted), lambda: CACHED["through"](items.spaced))):
        try:
            inner()
        except IndexError as error:
            try:
                raise AppError("outer carets %d" % n) from error
            except AppError as caught:
                record(caught)

def on_none():
    # docutils' `self.parent.document`: 3.12's traceback looks for a "Did you mean" in dir(None)
    holder = Holder()
    for name in ("document", "__clas__"):
        try:
            {}[name]
        except KeyError:
            try:
                getattr(holder.parent, name)
            except AttributeError as caught:
                record(caught)

class Slotted:
    __slots__ = ("drive", "root")

class Loose:
    def __init__(self, with_drive):
        if with_drive:
            self.drive = 1
        self.drives = 2

def attribute_suggestions():
    # pathlib's `self._drv` on 3.12: "Did you mean" over dir(obj), remembered per type (no __dict__), per
    # module, and asked again for an object with a __dict__ of its own (two of them with different ones)
    for obj, name in ((Slotted(), "driv"), (Slotted(), "driv"), (Loose(True), "driv"), (Loose(False), "driv"),
                      (json, "loadz"), (json, "loadz")):
        try:
            {}["k"]
        except KeyError:
            try:
                getattr(obj, name)
            except AttributeError as caught:
                record(caught)

def noted():
    try:
        {}[1]
    except KeyError:
        error = AppError("declined notes")
        if hasattr(error, "add_note"):
            error.add_note("a note")
        try:
            raise error
        except AppError as caught:
            record(caught)

def syntax():
    try:
        compile("def (", "<snippet>", "exec")
    except SyntaxError:
        try:
            raise AppError("declined syntax")
        except AppError as caught:
            record(caught)

def suggestion():
    try:
        "text".uper()
    except AttributeError:
        try:
            raise AppError("declined suggestion")
        except AppError as caught:
            record(caught)

def group():
    if sys.version_info < (3, 11):
        return
    try:
        raise ExceptionGroup("inner group", [ValueError("member")])
    except ExceptionGroup:
        try:
            raise AppError("declined group")
        except AppError as caught:
            record(caught)

def failing_str():
    try:
        raise NoStr()
    except NoStr:
        try:
            raise AppError("declined str")
        except AppError as caught:
            record(caught)

def traceback_limit():
    sys.tracebacklimit = 2
    try:
        try:
            {}[1]
        except KeyError:
            try:
                raise AppError("declined limit")
            except AppError as caught:
                record(caught)
    finally:
        del sys.tracebacklimit

def over_long():
    error = ValueError("inner 0")
    for i in range(1, 20):
        linked = ValueError("inner %d" % i)
        linked.__cause__ = error
        error = linked
    try:
        raise AppError("declined long chain") from error
    except AppError as caught:
        record(caught)

def main():
    for _ in range(2):  # again: the cached entries
        for shape in (cause, context, from_none, cause_and_context, cycle, context_cycle, shared, three_deep,
                      in_generator, long_messages, secrets, unicode_messages, recursive_cause,
                      lambda: deep_callers(6), plain_messages, on_none, attribute_suggestions, carets, noted, syntax, suggestion, group, failing_str,
                      traceback_limit, over_long):
            shape()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump({"expected": expected, "python_described": python_described}, out)

main()
'''


class NativeChainsTest(TracerTestCase):
    def traced(self, name, **env):
        db = os.path.join(self.dir, name + ".db")
        out = os.path.join(self.dir, name + ".json")
        self.run_traced(PROGRAM, args=[out], db=db, check=0, env=child_env(**env))
        rows = self.query("SELECT exception_id, call_id, type, message, traceback, escaped FROM exceptions"
                          " ORDER BY exception_id", path=db)
        with open(out, encoding="utf-8") as handle:
            return rows, json.load(handle)

    def test_chains_are_stored_as_the_python_describer_formats_them(self):
        rows, program = self.traced("native", BREADCRUMB_PYTHON_DESCRIBE=None)
        expected = program["expected"]
        # every exception the program recorded, in raise order: the rows of the raises it caught
        recorded = {tuple(e[:2]) for e in expected}
        stored = [[r["type"], r["message"], r["traceback"]] for r in rows
                  if (r["type"], r["message"]) in recorded and not r["escaped"]]
        self.assertEqual(len(stored), len(expected))
        for ours, theirs in zip(stored, expected):
            self.assertEqual(ours, theirs)
        outer = [e for e in expected if e[1].startswith("outer")]
        self.assertEqual(len(outer), 2 * 20)  # 14 shapes, the generator twice, carets 5 times
        declined = [e for e in expected if e[1].startswith("declined")]
        self.assertEqual(len(declined), 2 * (7 if sys.version_info >= (3, 11) else 6))
        # the native describer formatted every plain chain itself
        handed = program["python_described"]
        self.assertFalse([m for m in handed if m.startswith("outer")], handed)
        self.assertIn("declined notes" if sys.version_info >= (3, 11) else "declined syntax", handed)
        self.assertIn("declined long chain", handed)
        on_none = [e for e in expected if e[0] == "AttributeError" and "'NoneType'" in e[1]]
        self.assertEqual(len(on_none), 4)
        if sys.version_info < (3, 13):  # 3.13's suggestion also depends on the raising frame: Python's
            self.assertFalse([m for m in handed if "'NoneType'" in m], handed)
        if sys.version_info >= (3, 12):
            self.assertTrue(on_none[1][2].endswith("Did you mean: '__class__'?\n"), on_none[1][2])
        suggested = [e for e in expected if e[1].endswith("has no attribute 'driv'") or e[1].endswith("'loadz'")]
        self.assertEqual(len(suggested), 2 * 6, suggested)
        if sys.version_info >= (3, 12):
            # the same place, message and chain: only dir(obj) tells the two Loose ones apart (3.12 suggests
            # nothing for the second, 3.13 'drives')
            last = [e[2].rsplit("\n", 2)[-2].partition(". ")[2] for e in suggested[:6]]
            self.assertEqual(last[:3] + last[4:], ["Did you mean: 'drive'?"] * 3 + ["Did you mean: 'load'?"] * 2)
            self.assertNotEqual(last[3], last[2])
        if (3, 12) <= sys.version_info < (3, 13):  # formatted natively, asking traceback for the last line
            self.assertFalse([m for m in handed if "has no attribute" in m], handed)

        by_message = {e[1]: e[2] for e in expected}
        self.assertIn("direct cause of the following", by_message["outer cause"])
        self.assertIn("During handling of the above", by_message["outer context"])
        self.assertNotIn("During handling", by_message["outer from none"])
        self.assertEqual(by_message["outer cycle b"].count("inner cycle a"), 1)
        # the root was seen as the outer one's context first: the cause's cause is not shown again (and the
        # context not at all, as the cause is shown)
        self.assertEqual(by_message["outer shared"].count("ValueError: inner root"), 0)
        self.assertIn("TypeError: inner middle", by_message["outer shared"])
        self.assertIn("[Previous line repeated", by_message["outer recursive cause"])
        self.assertIn("inner level 1", by_message["outer three deep"])
        self.assertIn("in in_generator\n", by_message["outer generator 1"])
        long = [e for e in expected if e[1].startswith("outer long")][0]
        self.assertEqual(len(long[1]), 4000)  # the message is cut, the traceback shows it whole
        self.assertIn("AppError: outer long " + "x" * 5000 + "\n", long[2])
        self.assertIn("ValueError: inner " + "y" * 5000 + "\n", long[2])
        secret = [e for e in expected if e[1].startswith("outer secret")][0]
        for text in ("hunter2", "4111 1111 1111 1111", "abcdefgh12345"):
            self.assertNotIn(text, secret[1] + secret[2])
        if sys.version_info >= (3, 11):  # traceback marks the failing subscript in the cause's entries
            self.assertIn("^^^^", by_message["outer context"])
            self.assertIn("    return self.items[self.i]\n           ~~~~~~~~~~^^^^^^^^\n",
                          by_message["outer carets 0"])
            self.assertIn('  File "<frozen breadcrumb_test>", line 2, in through\n  File',
                          by_message["outer carets 3"])
            self.assertIn("    return  f( )\n", by_message["outer carets 4"])
        # the callers (six recursive calls, cut to three) only before the last exception's own entries
        deep = by_message["outer deep callers"]
        self.assertEqual(deep.count("[Previous line repeated 3 more times]"), 1)
        self.assertLess(deep.index("KeyError: 7"), deep.index("[Previous line repeated"))

    def test_native_rows_equal_the_python_describers(self):
        native, native_program = self.traced("native", BREADCRUMB_PYTHON_DESCRIBE=None)
        python, python_program = self.traced("python", BREADCRUMB_PYTHON_DESCRIBE="1")
        self.assertEqual(native_program["expected"], python_program["expected"])
        self.assertEqual(len(native), len(python))
        for ours, theirs in zip(native, python):
            self.assertEqual([ours[k] for k in ours.keys()], [theirs[k] for k in theirs.keys()])


if __name__ == "__main__":
    unittest.main()
