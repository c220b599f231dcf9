"""The native exception describer stores what the Python describer (_describe.py) would: the same
program traced both ways (BREADCRUMB_PYTHON_DESCRIBE=1 forces the Python one) gives identical
exception rows, and the cases the native one leaves to Python (chains, secrets, notes, a failing
__str__, SyntaxError) still come out right."""

import os
import sys
import unittest

from tracetest import TracerTestCase, child_env

PROGRAM = '''
import json, sys

class AppError(Exception):
    pass

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)
    return int(text)

def rec(n):
    if n == 0:
        raise KeyError("deep")
    return rec(n - 1)

def chained():
    try:
        int("x")
    except ValueError as error:
        raise AppError("wrapped") from error

def secret():
    raise PermissionError("login failed: password=hunter2")

def card():
    raise ValueError("card 4111 1111 1111 1111 declined")

def big_id():
    return {}[139692671572864]  # id()-like: 15 digits, no card (the native describer redacts it)

def secret_line(count):
    raise LookupError(count)  # password = hunter3 (a source line the traceback redacts)

def noted():
    error = TypeError("with a note")
    if hasattr(error, "add_note"):
        error.add_note("a note")
    raise error

def broken():
    raise Broken()

def syntax():
    compile("def (", "<snippet>", "exec")

def long_message():
    raise ValueError("x" * 5000)

def unicode_message():
    raise ValueError("caf\\u00e9 \\u2603")

def miss(d, k):
    return d[k]

def hot():
    # past 100 raises at one site the callers are left out and the lines are reused
    for i in range(130):
        try:
            miss({}, i)
        except KeyError:
            pass

class Plain(Exception):
    pass

class Custom(Exception):
    def __str__(self):
        return "custom text"

class Sub(str):
    pass

def messages():
    # str(exc) without a Python call (exact int or str argument) or with one (anything else)
    reassigned = ValueError("first")
    reassigned.args = (5,)
    for error in [ValueError(), ValueError("plain"), ValueError(-42), ValueError(2 ** 70), ValueError(True),
                  ValueError(Sub("sub")), ValueError(1, 2), ValueError(""), KeyError(7), KeyError("k"),
                  KeyError(), KeyError(1, 2), Plain(3), Custom(4), OSError(2, "gone"), reassigned,
                  ValueError(b"bytes"), ValueError(None)]:
        try:
            raise error
        except Exception:
            pass

def hot_here():
    # a hot site of a __main__ type raised where it is caught: the writer puts its last line together
    for i in range(105):
        try:
            raise Plain(i)
        except Plain:
            pass

class Worded(Exception):
    pass

def secret_words():
    # secret words where redact() acts (a key and its value, a credential) and where it does not (running
    # text): the native prefilter sends only the first kind through redact(), the rows stay the same
    for text in ["token expired", "no access to file", "passing through", "Authorization: Bearer abcdefgh12345",
                 "bearer short", "basic  ZXhhbXBsZTpwYXNz==", "api_key = 'k123'", "'password' : pw9876",
                 "db_password=", "session_id\\n: sid4567", "the cookie", "Token\\tqwertyuiop", "private_key:",
                 "auth-token='a b'", "see the secret", "an api"]:
        try:
            raise Worded(text)
        except Worded:
            pass

def worded_sources():
    # source lines the prefilter reads as redact() does: a word that is no secret word (tokenize, AuthHandler),
    # a key without a separator on its line (the next line starts with "File"), a key that has one, and a
    # chain whose entry ends in "token" before its exception's type line (redact() joins them as a credential)
    for f in [lambda: {}[1],  # import tokenize
              lambda: {}[2],  # class BasicAuthHandler:
              lambda: {}[3],  # the token
              lambda: {}[4],  # cookie_re = re.compile(1)
              lambda: {}[4111111111111111]]:
        try:
            f()
        except KeyError:
            pass
    try:
        try:
            token
        except NameError:
            raise KeyError("after the token")
    except KeyError:
        pass

def main():
    worded_sources()
    secret_words()
    hot()
    for t in ["1", "x", "y"] * 3:
        try:
            parse(t)
        except ValueError:
            pass
    for f in (lambda: rec(12), chained, secret, card, big_id, lambda: secret_line(3), lambda: secret_line(4),
              noted, broken, syntax, lambda: json.loads("{bad"), long_message, unicode_message):
        try:
            f()
        except Exception:
            pass
    messages()
    hot_here()
    {}["escapes"]

main()
'''


class NativeDescribeTest(TracerTestCase):
    def exceptions(self, db, **env):
        self.run_traced(PROGRAM, db=db, check=1, env=child_env(**env))
        return self.query("SELECT exception_id, call_id, type, message, traceback, escaped FROM exceptions"
                          " ORDER BY exception_id", path=db)

    def test_native_rows_equal_the_python_describers(self):
        native = self.exceptions(os.path.join(self.dir, "native.db"), BREADCRUMB_PYTHON_DESCRIBE=None)
        python = self.exceptions(os.path.join(self.dir, "python.db"), BREADCRUMB_PYTHON_DESCRIBE="1")
        self.assertGreaterEqual(len(native), 15 + 18 + 105 + 6)
        self.assertEqual(len(native), len(python))
        for ours, theirs in zip(native, python):
            self.assertEqual([ours[k] for k in ours.keys()], [theirs[k] for k in theirs.keys()])
        misses = [r for r in native if r["traceback"] and "in miss\n" in r["traceback"]]
        self.assertEqual(len(misses), 130)
        self.assertIn("in hot\n", misses[99]["traceback"])  # callers shown up to the 100th raise
        self.assertEqual(misses[129]["traceback"],
                         'Traceback (most recent call last):\n  File "%s", line %d, in miss\n'
                         '    return d[k]\nKeyError: 129\n'
                         % (misses[129]["traceback"].split('"')[1], PROGRAM.strip("\n").split("\n").index("    return d[k]") + 1))
        here = [r for r in native if r["type"] == "__main__.Plain" and "in hot_here\n" in r["traceback"]]
        self.assertEqual(len(here), 105)
        self.assertTrue(here[-1]["traceback"].endswith("\n    raise Plain(i)\nPlain: 104\n"))
        self.assertEqual([r["message"] for r in native if r["traceback"] and "in messages\n" in r["traceback"]],
                         ["", "plain", "-42", str(2 ** 70), "True", "sub", "(1, 2)", "", "7", "'k'", "", "(1, 2)",
                          "3", "custom text", "[Errno 2] gone", "5", "b'bytes'", "None"])
        by_type = {}
        for row in native:
            by_type.setdefault(row["type"], []).append(row)
        deep = [r for r in by_type["KeyError"] if r["message"] == "'deep'"][0]
        self.assertIn("[Previous line repeated", deep["traceback"])
        self.assertIn('    raise KeyError("deep")\n', deep["traceback"])
        self.assertTrue(deep["traceback"].endswith("KeyError: 'deep'\n"))
        worded = [r["message"] for r in native if r["type"] == "__main__.Worded"]
        self.assertEqual(worded[:3] + worded[-2:], ["token expired", "no access to file", "passing through",
                                                    "see the secret", "an api"])
        for secret in ["abcdefgh12345", "ZXhhbXBsZTpwYXNz", "k123", "pw9876", "sid4567", "qwertyuiop"]:
            self.assertFalse([r for r in native if secret in r["message"] + r["traceback"]], secret)
        for row in native:
            self.assertNotIn("hunter2", row["message"] + row["traceback"])
            self.assertNotIn("4111 1111 1111 1111", row["message"] + row["traceback"])
            self.assertNotIn("hunter3", row["message"] + row["traceback"])
        self.assertEqual([r["message"] for r in by_type["KeyError"] if "in big_id\n" in r["traceback"]],
                         ["139692671572864"])
        worded = [r for r in native if "in worded_sources\n" in r["traceback"]]
        self.assertEqual(len(worded), 7)  # the NameError and the KeyError it led to too
        self.assertEqual(["<redacted>" in r["traceback"] for r in worded[:4]], [False, False, False, True])
        self.assertEqual(worded[4]["message"], "<redacted>")  # a card number
        self.assertIn("token <redacted>", worded[6]["traceback"])
        # the second one's traceback is the first one's redacted text, remembered
        self.assertEqual([r["message"] for r in by_type["LookupError"]], ["3", "4"])
        self.assertIn("in secret_line\n", by_type["LookupError"][1]["traceback"])
        self.assertIn("direct cause", by_type["__main__.AppError"][0]["traceback"])
        self.assertEqual(len(by_type["ValueError"][0]["message"]), len("not a number: 'x'"))
        longest = max(len(r["message"]) for r in by_type["ValueError"])
        self.assertEqual(longest, 4000)
        self.assertIn("json.decoder.JSONDecodeError", by_type)
        self.assertTrue(any("caf\u00e9 \u2603" == r["message"] for r in by_type["ValueError"]))
        self.assertTrue(all(r["escaped"] for r in by_type["ValueError"] if r["message"].startswith("not a")))
        self.assertIn("'escapes'", [r["message"] for r in native if r["escaped"]])

    def test_a_new_exception_at_a_handled_ones_address_is_recorded(self):
        # the handled AppError is freed; the KeyError is usually allocated at its address
        self.run_traced('''
class AppError(Exception):
    pass
def main():
    for i in range(3):
        try:
            raise AppError("boom %d" % i)
        except AppError:
            pass
        try:
            raise KeyError("k%d" % i)
        except KeyError:
            pass
main()
''')
        rows = self.query("SELECT type, message, escaped FROM exceptions ORDER BY exception_id")
        self.assertEqual([(r["type"], r["message"], r["escaped"]) for r in rows],
                         [t for i in range(3) for t in (("__main__.AppError", "boom %d" % i, 0),
                                                        ("KeyError", "'k%d'" % i, 0))])

    def test_a_raise_keeps_no_frame_alive(self):
        # the callers a raise's traceback names are read, not kept: their frames (and their locals) go
        # when they return, as they do untraced
        process = self.run_traced('''
import gc, sys, types, weakref
class Local:
    pass
def leaf(i):
    try:
        raise KeyError(i)
    except KeyError:
        pass
def caller(i, alive):
    local = Local()
    alive.append(weakref.ref(local))
    leaf(i)
def main():
    alive = []
    for i in range(50):
        caller(i, alive)
    gc.collect()
    frames = sum(1 for o in gc.get_objects() if isinstance(o, types.FrameType))
    print("alive", sum(1 for r in alive if r() is not None), "frames", frames)
main()
''')
        self.assertIn("alive 0 frames 0", process.stdout)
        self.assertEqual(len(self.query("SELECT exception_id FROM exceptions WHERE type = 'KeyError'")), 50)


if __name__ == "__main__":
    unittest.main()
