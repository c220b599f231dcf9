"""Every interpreter hook (BREADCRUMB_HOOK) records the same calls: the PEP 523 eval hook against the
trace/profile functions (3.10/3.11) and sys.monitoring (3.12+), on one program with recursion, generators,
coroutines, threads, exceptions and untraced callees; plus hook selection, fallbacks, the eval hook's raise
events beside a user's trace function on 3.10/3.11, and the C stack."""

import sys
import textwrap
import unittest

from tracetest import TracerTestCase, child_env

MODERN = sys.version_info >= (3, 12)
HOOKS = ["monitoring", "eval"] if MODERN else ["trace", "profile", "eval"]
REFERENCE = HOOKS[0]
DEFAULT = "eval"

PROGRAM = '''
import asyncio, json, sys, threading
import breadcrumb
from breadcrumb import _native
breadcrumb.init(db=DB, include=["__main__"])

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

def numbers(n):
    for i in range(n):
        yield i
    return "done"

def consume(gen):
    return sum(gen)           # resumed from here, started in main: parent stays main

def thrown():
    try:
        yield 1
    except KeyError:
        yield 2

def escapes(x):
    return {}[x]

def wraps():
    try:
        escapes("inner")
    except KeyError as error:
        raise ValueError("outer") from error

def caught_here():
    try:
        raise LookupError("local")
    except LookupError:
        return 1

def via_untraced():
    try:
        json.loads("{bad")
    except ValueError:
        return 2

async def leaf(i):
    await asyncio.sleep(0.001 * i)
    if i == 2:
        raise RuntimeError("task failed")
    return i

async def gather():
    return await asyncio.gather(*(leaf(i) for i in range(4)), return_exceptions=True)

def worker(n):
    return sum(down(5) for _ in range(n))

def main():
    sys.setrecursionlimit(20000)
    down(5000)
    gen = numbers(3)
    next(gen)
    consume(gen)
    g = thrown()
    next(g)
    g.throw(KeyError("k"))
    g.close()
    early = numbers(10)
    next(early)
    del early                 # closed while suspended
    try:
        wraps()
    except ValueError:
        pass
    caught_here()
    via_untraced()
    asyncio.run(gather())
    threads = [threading.Thread(target=worker, args=(20,), name="w%d" % i) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    json.dumps([1])

main()
print("BACKEND", _native.backend())
'''


class HookEquivalenceTest(TracerTestCase):
    """One run per hook; every hook's trace must equal the reference hook's."""

    @classmethod
    def setUpClass(cls):
        cls.runs = {}
        for hook in HOOKS:
            case = TracerTestCase("setUp")
            case.setUp()
            process = case.run_with_init(PROGRAM, env=child_env(BREADCRUMB_HOOK=hook))
            backend = [line.split()[1] for line in process.stdout.splitlines() if line.startswith("BACKEND ")]
            cls.runs[hook] = (case, backend[0] if backend else None)

    @classmethod
    def tearDownClass(cls):
        for case, _ in cls.runs.values():
            case.doCleanups()

    def calls(self, hook):
        """(function, parent function, depth, on the main thread, exception type, message) per call.
        Joined here, not in SQL: a self-join of 5000 calls through the views is quadratic."""
        case, _ = self.runs[hook]
        names = {r["function_id"]: r["name"] for r in case.query("SELECT function_id, name FROM functions")}
        excs = {r["exception_id"]: (r["type"], r["message"])
                for r in case.query("SELECT exception_id, type, message FROM exceptions")}
        rows = case.query("SELECT call_id, parent_id, function_id, thread_id, depth, exception_id FROM calls")
        by_id = {r["call_id"]: r for r in rows}
        main_thread = [r["thread_id"] for r in rows if names[r["function_id"]] == "main"][0]
        return sorted(((names[r["function_id"]],
                        names[by_id[r["parent_id"]]["function_id"]] if r["parent_id"] else None,
                        r["depth"], int(r["thread_id"] == main_thread))
                       + excs.get(r["exception_id"], (None, None)) for r in rows), key=repr)

    def exceptions(self, hook, escaped):
        case, _ = self.runs[hook]
        return sorted((row["type"], row["message"], row["name"]) for row in case.query("""
            SELECT x.type, x.message, f.name FROM exceptions x JOIN calls c USING (call_id)
            JOIN functions f USING (function_id) WHERE x.escaped = ?""", (escaped,)))

    def test_the_requested_hook_is_the_one_used(self):
        names = {"monitoring": "sys.monitoring"}
        for hook in HOOKS:
            self.assertEqual(self.runs[hook][1], names.get(hook, hook), hook)

    def test_every_hook_records_the_same_calls(self):
        reference = self.calls(REFERENCE)
        counts = {}
        for name, parent, depth, *_ in reference:
            counts[name] = counts.get(name, 0) + 1
        self.assertEqual(counts["down"], 5001 + 3 * 20 * 6)
        self.assertEqual(counts["numbers"], 2)
        self.assertEqual(counts["leaf"], 4)
        self.assertIn(("numbers", "main", 1, 1, None, None), reference)  # parent fixed at first start
        self.assertIn(("leaf", "main", 1, 1, "RuntimeError", "task failed"), reference)
        self.assertIn(("escapes", "wraps", 2, 1, "KeyError", "'inner'"), reference)
        self.assertIn(("wraps", "main", 1, 1, "ValueError", "outer"), reference)
        # Only the eval hook sees a coroutine created: the tasks the event loop starts get their creator
        # as parent (gather, through the generator expression that made them); the other hooks see
        # the frame below the loop (main).
        # (3.10 creates coroutines without evaluating a frame: nothing to see there.)
        creators_seen = sys.version_info >= (3, 11)
        if creators_seen:
            self.assertIn(("leaf", "gather", 2, 1, "RuntimeError", "task failed"), self.calls("eval"))

        def as_created(calls):
            return [("leaf", "gather", 2) + c[3:] if c[:3] == ("leaf", "main", 1) else c for c in calls]

        for hook in HOOKS[1:]:
            # the profile hook infers exceptions from unwinding calls: compare its calls without them
            width = 4 if hook == "profile" else 6
            expected = as_created(reference) if hook == "eval" and creators_seen else reference
            calls = sorted((c[:width] for c in self.calls(hook)), key=repr)
            self.assertEqual(calls, sorted((c[:width] for c in expected), key=repr), hook)

    def test_untraced_callees_are_aggregated_alike(self):
        def untraced(hook):
            # what main calls by name; callbacks that run when the GC frees something (weakref
            # callbacks, finalisers such as an event loop's __del__) run wherever the collector happens
            # to start, which differs between hooks (each allocates differently)
            case, _ = self.runs[hook]
            return sorted((row["callee"], row["calls"]) for row in case.query(
                "SELECT u.callee, u.calls FROM untraced_calls u JOIN functions f"
                " ON f.function_id = u.caller_function_id WHERE f.name IN ('main', 'via_untraced')")
                if row["callee"].split(".")[0] in ("json", "asyncio", "threading")
                and not row["callee"].endswith(".__del__"))
        reference = untraced(REFERENCE)
        self.assertIn(("json.dumps", 1), reference)
        self.assertIn(("json.loads", 1), reference)
        for hook in HOOKS[1:]:
            self.assertEqual(untraced(hook), reference, hook)

    def test_escaped_exceptions_are_recorded_alike(self):
        reference = self.exceptions(REFERENCE, 1)
        self.assertIn(("KeyError", "'inner'", "escapes"), reference)
        self.assertIn(("ValueError", "outer", "wraps"), reference)
        for hook in HOOKS[1:]:
            if hook != "profile":  # infers exceptions from unwinding calls: not every raise is named
                self.assertEqual(self.exceptions(hook, 1), reference, hook)

    def test_caught_exceptions(self):
        # Raised and caught in one frame: only raise events see it (sys.monitoring, a trace function,
        # the eval hook's exception-only trace function on 3.10/3.11); the profile hook does not.
        caught_here = ("LookupError", "local", "caught_here")
        for hook in HOOKS:
            caught = self.exceptions(hook, 0)
            sees_raises = hook != "profile"
            self.assertEqual(caught_here in caught, sees_raises, hook)
            # raised in untraced code (json), caught in a traced caller: every hook records it there
            self.assertIn("via_untraced", [name for _, _, name in caught], hook)


class HookSelectionTest(TracerTestCase):
    SOURCE = '''
        import breadcrumb
        from breadcrumb import _native
        breadcrumb.init(db=DB, include=["__main__"], **OPTIONS)
        def f(x):
            return x * 2
        f(21)
        print("BACKEND", _native.backend())
    '''

    def backend(self, options="{}", **env):
        source = "OPTIONS = %s\n" % options + textwrap.dedent(self.SOURCE)
        process = self.run_with_init(source, env=child_env(**env))
        line = [l for l in process.stdout.splitlines() if l.startswith("BACKEND ")]
        self.assertEqual(self.scalar("SELECT COUNT(*) FROM events WHERE function_name = 'f'"), 1)
        return line[0].split()[1], process.stderr

    def test_default_hook_for_this_version(self):
        self.assertEqual(self.backend(BREADCRUMB_HOOK=None)[0], DEFAULT)

    def test_unknown_hook_name_warns_and_uses_the_default(self):
        backend, stderr = self.backend(BREADCRUMB_HOOK="fastest")
        self.assertEqual(backend, DEFAULT)
        self.assertIn("BREADCRUMB_HOOK=fastest is not one of", stderr)

    def test_value_capture_falls_back_from_the_eval_hook(self):
        backend, _ = self.backend(options='{"capture_values": True}', BREADCRUMB_HOOK="eval")
        self.assertEqual(backend, "sys.monitoring" if MODERN else "trace")
        self.assertEqual(self.scalar("SELECT return_value FROM events WHERE function_name = 'f'"), "42")


class RaiseEventsBesideOtherTracersTest(TracerTestCase):
    """On 3.10/3.11 the eval hook gets raise events from a trace function it sets on each thread
    without PyEval_SetTrace: a user's sys.settrace() must still win and get its events, and a caught
    raise must not leave the interpreter's tracing switched on for the frame's calls that follow."""

    def test_a_users_settrace_function_gets_its_events(self):
        process = self.run_with_init('''
            import sys
            import breadcrumb
            breadcrumb.init(db=DB, include=["__main__"])
            print("GETTRACE", sys.gettrace())
            events = set()
            def user_tracer(frame, event, arg):
                events.add((event, frame.f_code.co_name))
                return user_tracer
            def f(x):
                y = x + 1
                return y
            def g():
                try:
                    raise KeyError("while the user traces")
                except KeyError:
                    pass
                return f(1)
            def after():
                try:
                    raise ValueError("after the user's tracer left")
                except ValueError:
                    return f(2)
            sys.settrace(user_tracer)
            g()
            sys.settrace(None)
            after()
            print("EVENTS", sorted(events))
        ''', env=child_env(BREADCRUMB_HOOK="eval"))
        self.assertIn("GETTRACE None", process.stdout)
        events = eval(process.stdout.split("EVENTS ", 1)[1])
        for event in [("call", "g"), ("exception", "g"), ("line", "g"), ("call", "f"), ("line", "f"),
                      ("return", "f"), ("return", "g")]:
            self.assertIn(event, events)
        counts = self.call_counts()
        self.assertEqual({name: counts.get(name) for name in ("g", "f", "after")}, {"g": 1, "f": 2, "after": 1})
        # once the user's function is gone, the hook records raises caught in their frame again
        self.assertEqual(tuple(self.query("""SELECT x.type, x.escaped, f.name FROM exceptions x
            JOIN calls c USING (call_id) JOIN functions f USING (function_id)
            WHERE x.type = 'ValueError'""")[0].values()), ("ValueError", 0, "after"))

    def test_raises_caught_in_new_threads_are_recorded(self):
        # A thread started after init gets the raise trace function from the hook on its first frame.
        self.run_with_init('''
            import threading
            import breadcrumb
            breadcrumb.init(db=DB, include=["__main__"])
            def work(i):
                try:
                    raise LookupError("in thread %d" % i)
                except LookupError:
                    return i
            threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        ''', env=child_env(BREADCRUMB_HOOK=None))
        self.assertEqual(sorted(tuple(row.values()) for row in self.query("""SELECT x.message, x.escaped,
            f.name FROM exceptions x JOIN calls c USING (call_id) JOIN functions f USING (function_id)""")),
                         [("in thread %d" % i, 0, "work") for i in range(3)])

    def test_a_caught_raise_does_not_leave_tracing_on(self):
        process = self.run_with_init('''
            import sys
            import breadcrumb
            from breadcrumb import _native
            breadcrumb.init(db=DB, include=["__main__"])
            def leaf(i):
                return i
            def caught():
                try:
                    raise KeyError("once")
                except KeyError:
                    pass
                right_after = _native._tracing_switch()
                leaf(0)
                after_a_call = _native._tracing_switch()
                total = 0
                for i in range(20000):
                    total += leaf(i)
                return right_after, after_a_call, _native._tracing_switch(), total
            print("SWITCH", *caught())
            print("GETTRACE", sys.gettrace())
            print("BACKEND", _native.backend())
        ''', env=child_env(BREADCRUMB_HOOK=None))
        self.assertIn("BACKEND eval", process.stdout)
        self.assertIn("GETTRACE None", process.stdout)
        switch = process.stdout.split("SWITCH ", 1)[1].split("\n")[0].split()
        self.assertEqual(switch[3], str(sum(range(20000))))
        if MODERN:
            self.assertEqual(switch[:3], ["None"] * 3)  # 3.12+ has no per-frame tracing switch
        else:
            # The raise event switches tracing on for the rest of the frame's run (which the probe
            # must see, or it could not fail); the next Python call through the hook turns it off.
            self.assertEqual(switch[:3], ["True", "False", "False"])
        counts = self.call_counts()
        self.assertEqual((counts["leaf"], counts["caught"]), (20001, 1))
        self.assertEqual([tuple(row.values()) for row in self.query("""SELECT x.type, x.message, x.escaped,
            f.name FROM exceptions x JOIN calls c USING (call_id) JOIN functions f USING (function_id)""")],
                         [("KeyError", "'once'", 0, "caught")])


class CStackTest(TracerTestCase):
    def test_recursion_deeper_than_the_c_stack_raises_instead_of_crashing(self):
        # The eval hook puts a C frame under every Python call: in a thread with a small stack a deep
        # recursion must end in RecursionError, not in a segmentation fault.
        process = self.run_with_init('''
            import sys, threading
            import breadcrumb
            breadcrumb.init(db=DB, include=["__main__"])
            sys.setrecursionlimit(100000)
            def down(n):
                return 0 if n == 0 else 1 + down(n - 1)
            out = []
            def work():
                try:
                    out.append(down(20000))
                except RecursionError:
                    out.append("RecursionError")
            threading.stack_size(512 * 1024)
            t = threading.Thread(target=work)
            t.start()
            t.join()
            print("OUT", out[0])
        ''', env=child_env(BREADCRUMB_HOOK="eval"))
        self.assertRegex(process.stdout, r"OUT (20000|RecursionError)")


if __name__ == "__main__":
    unittest.main()
