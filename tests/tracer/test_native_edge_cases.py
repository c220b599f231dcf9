"""Edge cases of the native tracer (breadcrumb._native), driven through its own API in real Python
processes: deep recursion, threads, generators, asyncio, exceptions, backpressure, fork, reopening.

Each program starts the tracer with a scope of its own file only, runs, stops, and prints the stop()
result as JSON; the test then reads the SQLite trace.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import unittest

from tracetest import child_time_errors

PYTHON = sys.executable

PRELUDE = '''
import json, os, sys, threading
from breadcrumb import _native
DB = sys.argv[1]
HERE = os.path.abspath(__file__)

def _scope(code):
    return code.co_filename == HERE and code.co_name not in ("start", "stop")

def _describe(exc):
    return (type(exc).__qualname__, str(exc), "tb")

def _thread_info():
    t = threading.current_thread()
    return (threading.get_ident(), threading.get_native_id(), t.name)

def start():
    return _native.start(DB, {"command_line": "test", "pid": os.getpid(), "hostname": os.uname().nodename},
                         _scope, _describe, _thread_info)

def stop(**kw):
    result = _native.stop(**kw)
    print("RESULT " + json.dumps(result), flush=True)
    return result
'''


class NativeTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="breadcrumb-native-")
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.db = os.path.join(self.dir, "trace.db")

    def run_program(self, body, check=0, timeout=120, env=None, args=()):
        path = os.path.join(self.dir, "prog.py")
        with open(path, "w") as handle:
            handle.write(PRELUDE + textwrap.dedent(body))
        proc = subprocess.run([PYTHON, path, self.db] + list(args), capture_output=True, text=True,
                              timeout=timeout, env=env)
        if check is not None and proc.returncode != check:
            self.fail("exit %d\nstdout:\n%s\nstderr:\n%s" % (proc.returncode, proc.stdout, proc.stderr))
        self.stdout, self.stderr = proc.stdout, proc.stderr
        results = [json.loads(line[7:]) for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
        return results[-1] if results else None

    def query(self, sql, *params):
        with sqlite3.connect(self.db) as db:
            return db.execute(sql, params).fetchall()

    def calls_of(self, name):
        return self.query("SELECT c.call_id, c.parent_id, c.depth, c.duration_ns, c.child_ns, c.exception_id,"
                          " c.thread_id FROM calls c JOIN functions f USING (function_id) WHERE f.name = ?"
                          " ORDER BY c.call_id", name)

    def assert_consistent(self):
        """Parents exist, depths follow parents, child_ns is the time children and suspension cover.

        Checked in Python over one read of the calls view: the view has no index, so SQL joining it to
        itself would decode the chunks once per row."""
        calls = {r[0]: r for r in self.query("SELECT call_id, parent_id, depth, start_ns, duration_ns, child_ns,"
                                            " function_id FROM calls")}
        for call_id, parent_id, depth, start_ns, duration_ns, _, _ in calls.values():
            if parent_id is None:
                continue
            self.assertIn(parent_id, calls, "orphan call %d" % call_id)
            parent = calls[parent_id]
            self.assertEqual(depth, parent[2] + 1, "depth of call %d" % call_id)
            self.assertGreater(call_id, parent_id)
            self.assertGreaterEqual(start_ns, parent[3])
        resumable = {r[0] for r in self.query(
            "SELECT function_id FROM functions WHERE kind IN ('generator', 'coroutine', 'async_generator')")}
        self.assertEqual(child_time_errors([(c[0], c[1], c[6], c[3], c[4], c[5]) for c in calls.values()],
                                           resumable), [])


class RecursionAndVolumeTest(NativeTestCase):
    def test_recursion_5000_deep(self):
        result = self.run_program('''
            sys.setrecursionlimit(20000)
            def down(n):
                return 0 if n == 0 else 1 + down(n - 1)
            start()
            down(5000)
            stop(exit_code=0)
        ''')
        self.assertEqual(result["calls"], 5001)
        rows = self.calls_of("down")
        self.assertEqual(len(rows), 5001)
        self.assertEqual([r[2] for r in rows], list(range(5001)))
        self.assertIsNone(rows[0][1])
        self.assertTrue(all(rows[i][1] == rows[i - 1][0] for i in range(1, len(rows))))
        self.assert_consistent()
        self.assertEqual(self.query("SELECT status, exit_code FROM runs"), [("completed", 0)])

    def test_no_call_lost_under_backpressure(self):
        # Far more rows than the chunk pool holds: producers must wait for the writer, not drop.
        result = self.run_program('''
            def leaf(i):
                return i
            def loop(n):
                for i in range(n):
                    leaf(i)
            start()
            loop(400000)
            stop()
        ''')
        self.assertEqual(result["calls"], 400001)
        self.assertEqual(self.query("SELECT count(*) FROM calls")[0][0], 400001)
        self.assertEqual(self.query("SELECT count(DISTINCT call_id), min(call_id), max(call_id) FROM calls"),
                         [(400001, 1, 400001)])
        # stored as chunks of at most one chunk buffer (2048 calls), each counting its calls right
        chunks = self.query("SELECT n, json_array_length(rows) FROM call_chunks")
        self.assertEqual(sum(c[0] for c in chunks), 400001)
        self.assertTrue(all(0 < c[0] == c[1] <= 2048 for c in chunks), chunks[:5])
        self.assertLess(len(chunks), 400001 // 100)


class MemoryTest(NativeTestCase):
    def test_memory_is_bounded_by_the_chunk_pool_not_the_trace_length(self):
        self.run_program('''
            def leaf(i):
                return i
            def rss_mb():  # resident now
                with open("/proc/self/statm") as statm:
                    return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
            start()
            for i in range(50000):
                leaf(i)
            early = rss_mb()
            for i in range(600000):
                leaf(i)
            late = rss_mb()
            stop()
            stopped = rss_mb()
            # 20 more cycles of start/stop must not keep their buffers or connections either
            for run in range(20):
                start()
                for i in range(20000):
                    leaf(i)
                stop()
            print("GROWTH %.1f %.1f" % (late - early, rss_mb() - stopped))
        ''')
        during, cycles = (float(x) for x in self.stdout.split("GROWTH ")[1].split())
        self.assertLess(during, 40.0)   # 12x more calls; the chunk pool is ~10 MB
        self.assertLess(cycles, 15.0)
        self.assertEqual(self.query("SELECT count(*) FROM runs"), [(21,)])


class ThreadsTest(NativeTestCase):
    def test_threads_started_before_and_after_start(self):
        result = self.run_program('''
            import time
            # every thread stays alive until all are done: thread idents are reused after a join
            done = threading.Barrier(6)
            def work(n):
                total = sum(leaf(i) for i in range(n))
                done.wait()
                return total
            def leaf(i):
                return i
            ready = threading.Event()
            go = threading.Event()
            def early():
                ready.set()
                go.wait()
                work(100)
            t0 = threading.Thread(target=early, name="early")
            t0.start()
            ready.wait()
            start()
            go.set()
            threads = []
            for i in range(4):  # not a comprehension: that is a call of its own before 3.12
                threads.append(threading.Thread(target=work, args=(200,), name="w%d" % i))
            for t in threads: t.start()
            done.wait()
            for t in threads: t.join()
            t0.join()
            stop()
        ''')
        per_thread = dict(self.query("SELECT t.name, count(*) FROM calls c JOIN threads t"
                                     " ON t.thread_id = c.thread_id AND t.run_id = c.run_id"
                                     " JOIN functions f USING (function_id) WHERE f.name = 'leaf'"
                                     " GROUP BY t.name"))
        self.assertEqual(per_thread, {"early": 100, "w0": 200, "w1": 200, "w2": 200, "w3": 200})
        # work + leaf + the generator expression per thread; early()'s frame began before start()
        self.assertEqual(result["calls"], 5 + 900 + 5)
        self.assertEqual(len(self.calls_of("early")), 0)
        self.assertEqual({r[1] for r in self.calls_of("work")}, {None})
        self.assert_consistent()
        cross = self.query("SELECT count(*) FROM calls c JOIN calls p ON p.call_id = c.parent_id"
                           " WHERE c.thread_id != p.thread_id")[0][0]
        self.assertEqual(cross, 0)


class GeneratorAndAsyncTest(NativeTestCase):
    def test_generator_is_one_call_including_suspension(self):
        self.run_program('''
            import time
            def child():
                return 1
            def gen(n):
                for i in range(n):
                    child()
                    yield i
            def consumer():
                total = 0
                for x in gen(3):
                    time.sleep(0.02)
                    total += x
                return total
            def abandoned():
                g = gen(10)
                next(g)
                g.close()
            start()
            consumer()
            abandoned()
            stop()
        ''')
        gens = self.calls_of("gen")
        self.assertEqual(len(gens), 2)
        consumer = self.calls_of("consumer")[0]
        first = gens[0]
        self.assertEqual(first[1], consumer[0])
        self.assertGreaterEqual(first[3], 40_000_000)  # spans the consumer's sleeps
        self.assertLess(first[4], first[3])            # child_ns: only its own children
        self.assertIsNone(gens[1][5])                  # GeneratorExit on close is not an exception
        self.assertEqual(self.query("SELECT count(*) FROM exceptions"), [(0,)])
        self.assert_consistent()

    def test_asyncio_gather_with_failing_task(self):
        self.run_program('''
            import asyncio
            async def ok(delay):
                await asyncio.sleep(delay)
                return delay
            async def fail():
                await asyncio.sleep(0.01)
                raise ValueError("card declined")
            async def main():
                return await asyncio.gather(ok(0.05), ok(0.02), fail(), return_exceptions=True)
            def entry():
                return asyncio.run(main())
            start()
            entry()
            stop()
        ''')
        oks = self.calls_of("ok")
        self.assertEqual(len(oks), 2)
        self.assertGreaterEqual(max(r[3] for r in oks), 50_000_000)
        fails = self.calls_of("fail")
        self.assertEqual(len(fails), 1)
        exc = self.query("SELECT type, message, escaped, call_id FROM exceptions WHERE exception_id = ?",
                         fails[0][5])
        self.assertEqual(exc, [("ValueError", "card declined", 1, fails[0][0])])
        self.assertEqual(len(self.calls_of("main")), 1)
        self.assert_consistent()

    def self_ms(self):
        """function name -> [self ms of each call] (self = duration - child_ns, as the events view has it)."""
        result = {}
        for name, duration, child in self.query("SELECT f.name, c.duration_ns, c.child_ns FROM calls c"
                                                " JOIN functions f USING (function_id) ORDER BY c.call_id"):
            result.setdefault(name, []).append((duration - child) / 1e6)
        return result

    def test_tasks_belong_to_the_coroutine_that_created_them(self):
        self.run_program('''
            import asyncio
            async def fetch(delay):
                await asyncio.sleep(delay)
                return delay
            async def dashboard(n):
                return await asyncio.gather(fetch(0.03), fetch(0.05))
            async def main():
                return await asyncio.gather(*(dashboard(n) for n in range(3)))
            def entry():
                return asyncio.run(main())
            start()
            entry()
            stop()
        ''')
        names = dict(self.query("SELECT c.call_id, f.name FROM calls c JOIN functions f USING (function_id)"))
        parents = sorted((names[c], names.get(p)) for c, p in self.query("SELECT call_id, parent_id FROM calls"))
        if sys.version_info >= (3, 11):  # the eval hook sees coroutines created (3.10 does not evaluate that)
            self.assertEqual(parents.count(("dashboard", "main")), 3)  # created in main's generator expression
            self.assertEqual(parents.count(("fetch", "dashboard")), 6)
        # Waiting is not running: a coroutine awaiting its tasks, and the call below the event loop that
        # the tasks' spans cover, have (almost) no self time; no self time is negative.
        self_ms = self.self_ms()
        self.assertTrue(all(ms >= 0 for calls in self_ms.values() for ms in calls), self_ms)
        self.assertLess(max(self_ms["main"] + self_ms["dashboard"] + self_ms["fetch"]), 10, self_ms)
        self.assert_consistent()

    def test_generator_consumers_and_context_managers_count_time_once(self):
        # The program measures its own sleeps, so the bounds hold on a loaded machine where a 5 ms sleep
        # takes 15: a frame's self time holds its sleeps and never the work its span covers.
        slept = self.run_program('''
            import contextlib, time
            slept = {"numbers": 0.0, "timed": 0.0, "managed": 0.0}
            def numbers():
                for i in range(4):
                    t = time.perf_counter(); time.sleep(0.005); slept["numbers"] += time.perf_counter() - t
                    yield i
            def work(x):
                time.sleep(0.01)
            def consumer():
                for x in numbers():    # numbers' span contains every work() call
                    work(x)
            @contextlib.contextmanager
            def timed():
                t = time.perf_counter(); time.sleep(0.01); slept["timed"] += time.perf_counter() - t
                yield
                t = time.perf_counter(); time.sleep(0.01); slept["timed"] += time.perf_counter() - t
            def managed():
                with timed():          # started and resumed by contextlib (untraced)
                    work(0)
                t = time.perf_counter(); time.sleep(0.02); slept["managed"] += time.perf_counter() - t
            start()
            consumer()
            managed()
            stop()
            print("RESULT " + json.dumps({k: v * 1000 for k, v in slept.items()}), flush=True)
        ''')
        self_ms = self.self_ms()
        work = self_ms["work"]                                                 # leaves: self = duration
        self.assertEqual(len(work), 5, self_ms)
        self.assertLess(self_ms["consumer"][0], sum(work[:4]) / 2, self_ms)   # only its loop
        for name, covered_work in (("numbers", sum(work[:4])), ("timed", work[4]), ("managed", work[4])):
            self.assertGreaterEqual(self_ms[name][0], slept[name] - 1, (name, slept, self_ms))  # its sleeps
            self.assertLess(self_ms[name][0], slept[name] + 0.9 * covered_work, (name, slept, self_ms))
        self.assert_consistent()


class ExceptionsTest(NativeTestCase):
    def test_raise_sites_escape_flags_and_propagation(self):
        result = self.run_program('''
            def inner():
                raise KeyError("k")
            def middle():
                inner()
            def outer():
                try:
                    middle()
                except KeyError:
                    pass
            def local():
                try:
                    raise ValueError("handled here")
                except ValueError:
                    return 1
            def stops():
                it = iter([])
                try:
                    next(it)
                except StopIteration:
                    return 2
            start()
            outer(); local(); stops()
            stop()
        ''')
        self.assertEqual(result["exceptions"], 2)
        rows = self.query("SELECT x.type, x.message, x.escaped, f.name FROM exceptions x"
                          " JOIN calls c ON c.call_id = x.call_id JOIN functions f USING (function_id)"
                          " ORDER BY x.exception_id")
        self.assertEqual(rows, [("KeyError", "'k'", 1, "inner"), ("ValueError", "handled here", 0, "local")])
        key_id = self.query("SELECT exception_id FROM exceptions WHERE type = 'KeyError'")[0][0]
        self.assertEqual(self.calls_of("inner")[0][5], key_id)
        self.assertEqual(self.calls_of("middle")[0][5], key_id)
        self.assertIsNone(self.calls_of("outer")[0][5])
        self.assertIsNone(self.calls_of("local")[0][5])

    def test_exception_raised_by_untraced_code_is_recorded_where_it_enters(self):
        self.run_program('''
            import json
            def parse(text):
                return json.loads(text)
            def safe(text):
                try:
                    return parse(text)
                except ValueError:
                    return None
            start()
            safe("{bad")
            stop()
        ''')
        rows = self.query("SELECT x.type, x.escaped, f.name FROM exceptions x JOIN calls c ON c.call_id = x.call_id"
                          " JOIN functions f USING (function_id)")
        # the native describer names the type itself (module-qualified), not the describe callback
        self.assertEqual(rows, [("json.decoder.JSONDecodeError", 1, "parse")])
        untraced = self.query("SELECT f.name, u.callee, u.calls FROM untraced_calls u"
                              " JOIN functions f ON f.function_id = u.caller_function_id")
        self.assertIn(("parse", "json.loads", 1), untraced)


class FileAndLifecycleTest(NativeTestCase):
    def test_unwritable_directory_is_a_clear_oserror(self):
        # A regular file where a directory should be: unwritable whoever runs the test (even root).
        blocker = os.path.join(self.dir, "not-a-directory")
        with open(blocker, "w") as handle:
            handle.write("x")
        self.db = os.path.join(blocker, "trace.db")
        self.run_program('''
            try:
                start()
            except OSError as error:
                print("OSERROR", error)
            print("active", _native.active())
        ''')
        self.assertIn("OSERROR cannot open trace file", self.stdout)
        self.assertIn("active False", self.stdout)

    def test_not_a_trace_and_newer_version_are_refused(self):
        with open(self.db, "w") as handle:
            handle.write("hello, not sqlite at all" * 100)
        self.run_program('''
            try:
                start()
            except RuntimeError as error:
                print("REFUSED", error)
        ''')
        self.assertIn("is not a Breadcrumb trace", self.stdout)
        os.remove(self.db)
        with sqlite3.connect(self.db) as db:
            db.execute("PRAGMA user_version = 200")
            db.execute("CREATE TABLE runs (run_id INTEGER PRIMARY KEY)")
        self.run_program('''
            try:
                start()
            except RuntimeError as error:
                print("REFUSED", error)
        ''')
        self.assertIn("uses trace format 2.0, newer than this tracer's 1.3", self.stdout)

    def test_write_error_mid_run_is_one_line_and_the_program_goes_on(self):
        # RLIMIT_FSIZE makes the trace file unable to grow: SQLite reports a disk I/O error.
        result = self.run_program('''
            import resource, signal
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            def leaf(i):
                return i
            start()
            resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
            for i in range(300000):
                leaf(i)
            result = stop()
            print("program finished", result["write_error"] is not None)
        ''')
        self.assertIn("program finished True", self.stdout)
        lines = [l for l in self.stderr.splitlines() if l.startswith("breadcrumb:")]
        self.assertEqual(len(lines), 1, self.stderr)
        self.assertIn("cannot write trace", lines[0])
        self.assertNotIn("Traceback", self.stderr)

    def test_sigkill_leaves_a_readable_trace_then_marked_crashed(self):
        path = os.path.join(self.dir, "prog.py")
        with open(path, "w") as handle:
            handle.write(PRELUDE + textwrap.dedent('''
                import time
                def tick(i):
                    return i
                start()
                print("started", flush=True)
                i = 0
                while True:
                    tick(i)
                    i += 1
                    if i % 1000 == 0:
                        time.sleep(0.001)
            '''))
        proc = subprocess.Popen([PYTHON, path, self.db], stdout=subprocess.PIPE, text=True)
        self.assertEqual(proc.stdout.readline().strip(), "started")
        import time
        time.sleep(2.5)
        proc.kill()
        proc.wait()
        proc.stdout.close()
        self.assertGreater(self.query("SELECT count(*) FROM calls")[0][0], 1000)
        self.assertEqual(self.query("SELECT status FROM runs"), [("running",)])
        self.run_program('''
            start()
            stop()
        ''')
        self.assertEqual(self.query("SELECT run_id, status FROM runs ORDER BY run_id"),
                         [(1, "crashed"), (2, "completed")])

    def test_runs_append_and_stop_is_idempotent(self):
        self.run_program('''
            def f():
                return 1
            for run in range(3):
                rid = start()
                print("active", _native.active())
                f(); f()
                first = stop(exit_code=run)
                second = stop()
                assert first == second, (first, second)
            print("active", _native.active())
        ''')
        self.assertEqual(self.query("SELECT run_id, status, exit_code FROM runs ORDER BY run_id"),
                         [(1, "completed", 0), (2, "completed", 1), (3, "completed", 2)])
        self.assertEqual(self.query("SELECT run_id, count(*) FROM calls GROUP BY run_id"),
                         [(1, 2), (2, 2), (3, 2)])
        self.assertEqual(self.query("SELECT count(*) FROM functions WHERE name = 'f'"), [(1,)])
        self.assertEqual(self.query("SELECT count(DISTINCT call_id) FROM calls"), [(6,)])
        self.assertEqual(self.stdout.count("active True"), 3)
        self.assertTrue(self.stdout.rstrip().endswith("active False"))

    def test_forked_child_records_its_own_run(self):
        # 300k calls: the child's writer commits beside the parent's, which is idle meanwhile
        self.run_program('''
            def f(i):
                return i
            start()
            pid = os.fork()
            if pid == 0:
                for i in range(300000):
                    f(i)
                os._exit(3)
            _, status = os.waitpid(pid, 0)
            f(1)
            stop()
            print("child status", os.WEXITSTATUS(status))
        ''', timeout=60)
        self.assertIn("child status 3", self.stdout)
        self.assertEqual(self.query("SELECT run_id, parent_run_id, status, exit_code FROM runs ORDER BY run_id"),
                         [(1, None, "completed", None), (2, 1, "completed", 3)])
        self.assertEqual(self.query("SELECT run_id, count(*) FROM calls GROUP BY run_id"), [(1, 1), (2, 300000)])
        self.assertEqual(self.query("SELECT count(*) - count(DISTINCT call_id) FROM calls"), [(0,)])


if __name__ == "__main__":
    unittest.main()
