"""Threads (all of them, with names) and asyncio (a coroutine is one call, waiting included)."""

import unittest

from tracetest import TracerTestCase


class ThreadsTest(TracerTestCase):
    def test_worker_threads(self):
        self.run_traced("""
            import threading
            import time

            def compute(i):
                return i * i

            def work(i):
                time.sleep(0.01)
                return compute(i)

            def worker(i):
                for _ in range(3):
                    work(i)

            def main():
                threads = []
                for i in range(4):
                    threads.append(threading.Thread(target=worker, args=(i,), name="worker-%d" % i))
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()

            main()
        """)
        counts = self.call_counts()
        self.assertEqual({k: counts.get(k) for k in ("worker", "work", "compute", "main")},
                         {"worker": 4, "work": 12, "compute": 12, "main": 1})
        main_thread = self.one_event("main")["thread_id"]
        workers = self.events("worker")
        worker_threads = {row["thread_id"] for row in workers}
        self.assertEqual(len(worker_threads), 4)
        self.assertNotIn(main_thread, worker_threads)
        for row in workers:
            # Thread.run (stdlib) is not traced: a worker's body is a root of its thread
            self.assertIsNone(row["parent_event_id"])
            self.assertEqual(row["depth"], 0)
        mismatched = self.scalar("""SELECT COUNT(*) FROM calls c JOIN calls p ON p.call_id = c.parent_id
                                    WHERE c.thread_id != p.thread_id""")
        self.assertEqual(mismatched, 0)
        for row in self.events("work"):
            self.assertEqual(row["caller_function"], "worker")
            self.assertGreaterEqual(row["duration_ms"], 10.0)
        threads = self.query("SELECT thread_id, native_id, name FROM threads")
        names = {row["thread_id"]: row["name"] for row in threads}
        self.assertEqual(names.get(main_thread), "MainThread")
        self.assertEqual(sorted(names[t] for t in worker_threads),
                         ["worker-0", "worker-1", "worker-2", "worker-3"])
        for row in threads:
            self.assertIsNotNone(row["native_id"])

    def test_threads_that_reuse_an_ident_stay_apart(self):
        # Python gives a new thread the ident of one that finished (the same pthread stack comes back):
        # each thread is still a thread of its own in the trace, with its own name.
        process = self.run_traced("""
            import threading

            def job(i):
                return i

            idents = []
            for i in range(4):
                t = threading.Thread(target=job, args=(i,), name="short-%d" % i)
                t.start()
                t.join()
                idents.append(t.ident)
            print("IDENTS", len(set(idents)))
        """)
        jobs = self.events("job")
        self.assertEqual(len(jobs), 4)
        self.assertEqual(len({row["thread_id"] for row in jobs}), 4)
        names = {row["thread_id"]: row["name"] for row in self.query("SELECT thread_id, name FROM threads")}
        self.assertEqual(len(names), 5)  # the main thread too
        self.assertEqual(sorted(names[row["thread_id"]] for row in jobs),
                         ["short-0", "short-1", "short-2", "short-3"])
        # the situation this is about did happen: fewer idents than threads
        self.assertLess(int(process.stdout.split("IDENTS")[1]), 4)

    def test_thread_started_before_init_is_traced(self):
        self.run_with_init("""
            import threading
            import breadcrumb

            go = threading.Event()

            def late(i):
                return i + 1

            def waiting_worker():
                go.wait()
                late(1)
                late(2)

            thread = threading.Thread(target=waiting_worker, name="early-bird")
            thread.start()
            breadcrumb.init(DB)
            go.set()
            thread.join()
            late(3)
        """)
        rows = self.events("late")
        self.assertEqual(len(rows), 3)
        threads = {row["thread_id"] for row in rows}
        self.assertEqual(len(threads), 2)
        names = {row["name"] for row in self.query("SELECT name FROM threads")}
        self.assertIn("early-bird", names)


class AsyncioTest(TracerTestCase):
    PROGRAM = """
        import asyncio

        async def fetch(n, delay):
            await asyncio.sleep(delay)
            return n

        async def fail():
            await asyncio.sleep(0.01)
            raise ValueError("task failed")

        async def ticker():
            yield 1
            await asyncio.sleep(0.02)
            yield 2

        async def main():
            first = await asyncio.gather(fetch(1, 0.05), fetch(2, 0.10), fetch(3, 0.02))
            try:
                await asyncio.gather(fetch(4, 0.03), fail())
            except ValueError:
                print("caught")
            await asyncio.sleep(0.05)  # fetch(4) is still running: let it finish
            ticks = 0
            async for tick in ticker():
                ticks += tick
            return first, ticks

        print(asyncio.run(main()))
    """

    def test_gather_with_a_failing_task(self):
        process = self.run_traced(self.PROGRAM)
        self.assertIn("caught", process.stdout)
        self.assertIn("([1, 2, 3], 3)", process.stdout)
        counts = self.call_counts()
        self.assertEqual({k: counts.get(k) for k in ("main", "fetch", "fail", "ticker")},
                         {"main": 1, "fetch": 4, "fail": 1, "ticker": 1})
        kinds = {r["name"]: r["kind"] for r in self.query("SELECT name, kind FROM functions")}
        self.assertEqual(kinds["fetch"], "coroutine")
        self.assertEqual(kinds["main"], "coroutine")
        self.assertEqual(kinds["ticker"], "async_generator")
        # each coroutine is one call whose duration includes the time it waited
        fetches = self.events("fetch")
        for row, minimum in zip(fetches, (50.0, 100.0, 20.0, 30.0)):
            self.assertGreaterEqual(row["duration_ms"], minimum, row)
            self.assertIsNone(row["exception_type"])
            self.assertIn(row["caller_function"], ("main", "<module>"))
        self.assertGreaterEqual(self.one_event("ticker")["duration_ms"], 20.0)
        main = self.one_event("main")
        self.assertGreaterEqual(main["duration_ms"], 100.0 + 30.0)
        self.assertIsNone(main["exception_type"])  # caught inside main
        # the failing task's exception escaped and is on its row
        fail = self.one_event("fail")
        self.assertEqual(fail["exception_type"], "ValueError")
        self.assertEqual(fail["exception_message"], "task failed")
        self.assertGreaterEqual(fail["duration_ms"], 10.0)
        raised = self.query("""SELECT x.* FROM exceptions x JOIN calls c ON c.call_id = x.call_id
                               JOIN functions f ON f.function_id = c.function_id
                               WHERE f.name = 'fail'""")
        self.assertEqual(len(raised), 1)
        self.assertEqual(raised[0]["escaped"], 1)
        self.assertIn('raise ValueError("task failed")', raised[0]["traceback"])
        # StopIteration / StopAsyncIteration used for control flow are not recorded
        types = {r["type"] for r in self.query("SELECT type FROM exceptions")}
        self.assertNotIn("StopIteration", types)
        self.assertNotIn("StopAsyncIteration", types)
        self.assertNotIn("GeneratorExit", types)
        # all of it on the main thread
        self.assertEqual(self.scalar("SELECT COUNT(DISTINCT thread_id) FROM calls"), 1)


if __name__ == "__main__":
    unittest.main()
