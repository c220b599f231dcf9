"""Every call, every raise: the trace against an independent reference (callref.py: sys.monitoring on
3.12+, a sys.settrace counter before) on the same program, run in a separate process. Exact counts per
function, exact exception per call that ended by raising, each raise recorded once. Every hook that
sees every raise is checked: the default one everywhere, and sys.monitoring (3.12+) or the trace
function (3.10/3.11)."""

import collections
import json
import os
import sys
import textwrap
import unittest

from tracetest import TracerTestCase

HERE = os.path.dirname(os.path.abspath(__file__))
CALLREF = os.path.join(HERE, "callref.py")

# Hooks that promise every raise: BREADCRUMB_HOOK values (None: the default).
HOOKS = [None, "monitoring"] if sys.version_info >= (3, 12) else [None, "trace"]

# Calls the interpreter makes through its specialised instructions (3.11-3.13 inline some Python
# calls without the PEP 523 hook: gh-104405), 1000 of each.
SPECIALISED = '''
class Box:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        return i
    def __setitem__(self, i, v):
        pass
    @property
    def prop(self):
        return 1
    def __len__(self):
        return 3
    def __add__(self, other):
        return 2
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def __call__(self):
        return 4
    def method(self, a, b=2):
        return a + b

class Lazy:
    def __getattribute__(self, name):
        return 5
    def __getattr__(self, name):
        return 6

class Desc:
    def __get__(self, obj, owner):
        return 7

class Holder:
    d = Desc()

class Counter3:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

def gen(n):
    for i in range(n):
        yield i

def delegating(n):
    yield from gen(n)
    return n

def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got

def plain(a, b):
    return a

def main():
    b = Box(1)
    lazy = Lazy()
    h = Holder()
    t = 0
    for i in range(1000):
        t += b[i]
        b[i] = i
        t += b.prop
        t += len(b)
        t += b + b
        t += b == b
        t += b()
        t += b.method(1)
        t += lazy.anything
        t += h.d
        t += plain(i, b=2)
        Box(i)
        t += sum(gen(3))
        t += sum(delegating(2))
        for x in Counter3():
            t += x
        e = echo()
        next(e)
        e.send(1)
        try:
            e.send(None)
        except StopIteration:
            pass
        t += sum([x for x in range(2)])
    return t

main()
'''

# Calls that end by raising while Python code runs during the unwinding, and raises caught nearby.
CLEANUP = '''
def cleanup():
    return 1

def noisy_cleanup():
    try:
        raise RuntimeError("inner, caught in the cleanup")
    except RuntimeError:
        return 2

def with_finally():
    try:
        raise ValueError("through a finally that calls")
    finally:
        cleanup()

def finally_with_inner_raise():
    try:
        raise ValueError("outer")
    finally:
        noisy_cleanup()

def replaced_in_finally():
    try:
        raise ValueError("replaced")
    finally:
        cleanup()
        raise OSError("the replacement escapes")

class Managed:
    def __enter__(self):
        cleanup()
        return self
    def __exit__(self, *exc):
        cleanup()
        return False

class Swallowing(Managed):
    def __exit__(self, *exc):
        cleanup()
        return True

def with_block():
    with Managed():
        raise KeyError("through __exit__")

def swallowed():
    with Swallowing():
        raise KeyError("swallowed by __exit__")
    return 3

def gen():
    try:
        yield 1
        yield 2
    finally:
        cleanup()

def holds_generator():
    g = gen()
    next(g)
    raise TypeError("the frame holds a started generator")

def nested():
    with_finally()

def except_calls():
    try:
        raise LookupError("handled, then a call, then re-raised")
    except LookupError:
        cleanup()
        raise

def eafp(d):
    try:
        return d["missing"]
    except KeyError:
        return cleanup()

def catcher():
    for function in (with_finally, finally_with_inner_raise, replaced_in_finally, with_block, swallowed,
                     holds_generator, nested, except_calls):
        try:
            function()
        except Exception:
            cleanup()
    eafp({})

def main():
    for i in range(40):
        catcher()

main()
'''


# Generators their creator leaves unfinished: closed when its frame is cleared (after its end), or
# handed to the caller and resumed there.
OUTLIVING = '''
def cleanup():
    return 1

def gen():
    try:
        yield 1
        yield 2
    finally:
        cleanup()

def holds():
    g = gen()
    next(g)
    return 1

def holds_and_raises():
    g = gen()
    next(g)
    raise ValueError("leaves a started generator behind")

def primed():
    g = gen()
    next(g)
    return g

async def job():
    return cleanup()

def main():
    for i in range(50):
        holds()
        try:
            holds_and_raises()
        except ValueError:
            pass
        g = primed()
        next(g)
        list(g)
        g = primed()
        del g

main()
'''


class TruthTest(TracerTestCase):
    def reference(self, script, env=None):
        out = os.path.join(self.dir, "reference.json")
        self.run_python([CALLREF, out, script], env=env, check=0)
        with open(out, encoding="utf-8") as handle:
            return json.load(handle)

    def traced(self, script, hook):
        from tracetest import child_env
        db = os.path.join(self.dir, "trace-%s.db" % (hook or "default"))
        self.run_python(["-m", "breadcrumb", "run", "-o", db, "--quiet", "--include", "*", script],
                        env=child_env(BREADCRUMB_HOOK=hook), check=0)
        return self.trace_counts(db, [os.path.realpath(script)])

    def trace_counts(self, db, files, root=None):
        """The trace's figures in callref's shape, for calls of functions in `files` (inside the
        calls of `root`, a function of files[0], when given)."""
        rows = self.query("""SELECT c.call_id, c.parent_id, c.exception_id, f.file, f.line, f.name
                             FROM calls c JOIN functions f USING (function_id)""", path=db)
        wanted = {os.path.realpath(f) for f in files}
        by_id = {r["call_id"]: r for r in rows}
        inside = None
        if root is not None:
            inside = set()
            children = collections.defaultdict(list)
            for r in rows:
                children[r["parent_id"]].append(r["call_id"])
            todo = [r["call_id"] for r in rows
                    if r["name"] == root and os.path.realpath(r["file"]) == os.path.realpath(files[0])]
            while todo:
                call = todo.pop()
                inside.add(call)
                todo.extend(children.get(call, ()))

        def key(r):
            return "%s:%d:%s" % (os.path.realpath(r["file"]), r["line"], r["name"].rsplit(".", 1)[-1])

        def counted(r):
            path = os.path.realpath(r["file"])
            in_files = path in wanted or any(path.startswith(w + os.sep) for w in wanted)
            return in_files and (inside is None or r["call_id"] in inside)

        exceptions = self.query("SELECT exception_id, call_id FROM exceptions ORDER BY exception_id", path=db)
        numbered = [x["exception_id"] for x in exceptions
                    if x["call_id"] in by_id and counted(by_id[x["call_id"]])]
        number = {exception_id: n for n, exception_id in enumerate(numbered)}
        calls = collections.Counter()
        raised = collections.defaultdict(list)
        for r in rows:
            if not counted(r):
                continue
            calls[key(r)] += 1
            if r["exception_id"] is not None:
                raised[key(r)].append(number.get(r["exception_id"], "unrecorded %d" % r["exception_id"]))
        return {"calls": dict(calls), "raised_calls": {k: sorted(v, key=lambda n: (isinstance(n, str), str(n).zfill(12))) for k, v in raised.items()},
                "raises": len(numbered)}

    def assert_nested(self, db):
        """Every call starts and ends within its parent."""
        rows = self.query("SELECT call_id, parent_id, start_ns, duration_ns FROM calls", path=db)
        by_id = {r["call_id"]: r for r in rows}
        outside = []
        for r in rows:
            parent = by_id.get(r["parent_id"])
            if parent is None:
                continue
            if r["start_ns"] < parent["start_ns"] or \
                    r["start_ns"] + r["duration_ns"] > parent["start_ns"] + parent["duration_ns"]:
                outside.append((r, parent))
        self.assertEqual(outside, [])

    def assert_matches_reference(self, source):
        script = self.write("program.py", source)
        expected = self.reference(script)
        expected["raised_calls"] = {k: sorted(v) for k, v in expected["raised_calls"].items()}
        self.assertTrue(expected["calls"], "the reference counted nothing")
        for hook in HOOKS:
            with self.subTest(hook=hook or "default"):
                got = self.traced(script, hook)
                self.assert_nested(os.path.join(self.dir, "trace-%s.db" % (hook or "default")))
                self.assertEqual(got["calls"], expected["calls"])
                self.assertEqual(got["raised_calls"], expected["raised_calls"])
                self.assertEqual(got["raises"], expected["raises"])
        return expected

    def key(self, source, definition):
        """callref's key of the function defined by the line `definition` of `source`."""
        lines = textwrap.dedent(source).lstrip("\n").splitlines()
        line = lines.index(definition) + 1
        while line > 1 and lines[line - 2].strip().startswith("@"):
            line -= 1  # a decorated function's code starts at its first decorator
        name = definition.split("def ", 1)[1].split("(", 1)[0]
        return "%s:%d:%s" % (os.path.realpath(os.path.join(self.dir, "program.py")), line, name)

    def test_calls_through_specialised_instructions(self):
        expected = self.assert_matches_reference(SPECIALISED)
        # the reference itself saw what the program does: no instruction hid a call from it either
        self.assertEqual(expected["calls"][self.key(SPECIALISED, "    def __getitem__(self, i):")], 1000)
        self.assertEqual(expected["calls"][self.key(SPECIALISED, "    def prop(self):")], 1000)

    def test_calls_ending_by_raising_through_cleanup_code(self):
        expected = self.assert_matches_reference(CLEANUP)
        # direct and nested calls, every one ended by raising
        self.assertEqual(len(expected["raised_calls"][self.key(CLEANUP, "def with_finally():")]), 80)
        self.assertEqual(expected["calls"][self.key(CLEANUP, "def cleanup():")], 40 * 17)
        # 10 raises per round: 8 functions, 1 in the noisy cleanup, 1 replaced in a finally
        self.assertEqual(expected["raises"], 40 * 11)

    def test_children_end_within_their_parent(self):
        expected = self.assert_matches_reference(OUTLIVING)
        self.assertEqual(expected["calls"][self.key(OUTLIVING, "def gen():")], 50 * 4)
        self.assertEqual(expected["calls"][self.key(OUTLIVING, "def cleanup():")], 50 * 4)


if __name__ == "__main__":
    unittest.main()
