"""Child processes are traced (issue 16, item 9): an os.fork() child and every multiprocessing worker
(fork, spawn, forkserver) records a run of its own in the parent's trace file, linked to the parent's
run by runs.parent_run_id, whichever way it ends (os._exit, sys.exit, Pool.terminate()'s SIGTERM).

Counts are checked against an independent counter: a sys.setprofile function in the child counting
the calls of the program's functions (the default eval hook leaves sys.setprofile to the program)."""

import os
import signal
import unittest

from tracetest import TracerTestCase

# Each child counts its own calls with a profile function and leaves the count in count-<pid>.
FORKS = """
import os, sys

def leaf(i):
    return i

def child_work(n):
    for i in range(n):
        leaf(i)

counted = 0

def counter(frame, event, arg):
    global counted
    if event == "call" and frame.f_code.co_filename == __file__:
        counted += 1

ENDINGS = ["os_exit", "sys_exit", "os_exit"]
children = []
for k, ending in enumerate(ENDINGS):
    pid = os.fork()
    if pid == 0:
        sys.setprofile(counter)
        child_work(1000 * (k + 1))
        sys.setprofile(None)
        with open("count-%d" % os.getpid(), "w") as out:
            out.write(str(counted))
        if ending == "os_exit":
            os._exit(10 + k)
        sys.exit(10 + k)  # through the runner and atexit, as the parent would end
    children.append(pid)
    _, status = os.waitpid(pid, 0)
    print(os.WEXITSTATUS(status))
leaf(-1)
"""

# Pool workers count task and leaf calls from their initializer on; each task returns the worker's
# pid and count so far, the parent prints the last count of each worker.
POOL = """
import multiprocessing, os, sys

def leaf(x):
    return x + 1

def task(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return os.getpid(), counted

counted = 0

def counter(frame, event, arg):
    global counted
    if event == "call" and frame.f_code.co_name in ("task", "leaf"):
        counted += 1

def start_counting(everyone):
    everyone.wait(120)  # all four workers run before the first task: each records a run of its own
    sys.setprofile(counter)

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    counts = {}
    everyone = multiprocessing.Barrier(4)
    with multiprocessing.Pool(4, initializer=start_counting, initargs=(everyone,)) as pool:
        for pid, count in pool.map(task, [1500] * 48, chunksize=1):
            counts[pid] = max(counts.get(pid, 0), count)
    for pid, count in sorted(counts.items()):
        print(pid, count)
"""

TERMINATED = """
import multiprocessing, sys, time

def leaf(i):
    return i

def busy(ready):
    ready.set()
    i = 0
    while True:
        leaf(i)
        i += 1

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    ready = multiprocessing.Event()
    worker = multiprocessing.Process(target=busy, args=(ready,))
    worker.start()
    ready.wait(60)
    time.sleep(0.3)
    worker.terminate()
    worker.join(60)
    print(worker.exitcode, worker.pid)
"""


class ChildProcessTest(TracerTestCase):
    def child_runs(self, parent):
        return self.query("SELECT * FROM runs WHERE parent_run_id = ? ORDER BY run_id", (parent,))

    def calls_by_function(self, run_id):
        return {row["name"]: row["n"] for row in self.query(
            "SELECT f.name, count(*) AS n FROM calls c JOIN functions f USING (function_id) "
            "WHERE c.run_id = ? GROUP BY f.name", (run_id,))}

    def assert_consistent(self, path=None):
        # call ids unique across the processes; every parent link inside the caller's run (checked over
        # one read: the calls view has no index to join on)
        calls = self.query("SELECT call_id, parent_id, run_id FROM calls", path=path)
        run_of = {c["call_id"]: c["run_id"] for c in calls}
        self.assertEqual(len(run_of), len(calls))
        self.assertEqual([c for c in calls if c["parent_id"] is not None
                          and run_of.get(c["parent_id"]) != c["run_id"]], [])
        self.assertEqual(self.scalar("PRAGMA user_version", path=path), 103)
        # each process's writer summarised its own run (1.3): per function, its calls in that run
        for run in self.query("SELECT run_id FROM runs WHERE status = 'completed'", path=path):
            summarised = {row["name"]: row["calls"] for row in self.query(
                "SELECT f.name, s.calls FROM function_summaries s JOIN functions f USING (function_id) "
                "WHERE s.run_id = ?", (run["run_id"],), path=path)}
            counted = {row["name"]: row["n"] for row in self.query(
                "SELECT f.name, count(*) AS n FROM calls c JOIN functions f USING (function_id) "
                "WHERE c.run_id = ? GROUP BY f.name", (run["run_id"],), path=path)}
            self.assertEqual(summarised, counted)

    def test_forked_children_record_runs_of_their_own(self):
        process = self.run_traced(FORKS)
        self.assertEqual(process.stdout.split(), ["10", "11", "12"])
        self.assertNotIn("not traced", process.stderr)
        runs = self.query("SELECT * FROM runs ORDER BY run_id")
        parent = runs[0]
        self.assertIsNone(parent["parent_run_id"])
        self.assertEqual(self.calls_by_function(parent["run_id"]), {"<module>": 1, "leaf": 1})
        children = self.child_runs(parent["run_id"])
        self.assertEqual(len(children), 3)
        for k, child in enumerate(children):
            with self.subTest(child=k):
                with open(os.path.join(self.dir, "count-%d" % child["pid"])) as handle:
                    counted = int(handle.read())
                self.assertEqual(counted, 1 + 1000 * (k + 1))
                calls = self.calls_by_function(child["run_id"])
                calls.pop("counter")  # the profile function is the program's code too
                self.assertEqual(calls, {"child_work": 1, "leaf": 1000 * (k + 1)})
                self.assertEqual((child["status"], child["exit_code"]), ("completed", 10 + k))
                self.assertIsNotNone(child["end_ns"])
                self.assertNotEqual(child["pid"], parent["pid"])
        self.assert_consistent()

    def test_pool_workers_record_every_call(self):
        for method in ("fork", "spawn", "forkserver"):
            with self.subTest(method):
                db = os.path.join(self.dir, "%s.db" % method)
                process = self.run_traced(POOL, args=[method], db=db, timeout=180)
                counted = {int(pid): int(n) for pid, n in (line.split() for line in process.stdout.splitlines())}
                self.assertEqual(sum(counted.values()), 48 + 48 * 1500)
                parent = self.query("SELECT * FROM runs WHERE parent_run_id IS NULL", path=db)
                self.assertEqual(len(parent), 1)
                children = self.query("SELECT * FROM runs WHERE parent_run_id = ?", (parent[0]["run_id"],),
                                      path=db)
                self.assertEqual(len(children), 4)
                by_pid = {child["pid"]: child for child in children}
                for pid, count in counted.items():
                    calls = self.query("SELECT count(*) AS n FROM calls c JOIN functions f USING "
                                       "(function_id) WHERE c.run_id = ? AND f.name IN ('task', 'leaf')",
                                       (by_pid[pid]["run_id"],), path=db)[0]["n"]
                    self.assertEqual(calls, count, "worker %d" % pid)
                for child in children:
                    self.assertIn(child["status"], ("completed",))
                    self.assertIsNotNone(child["end_ns"])
                self.assert_consistent(db)

    def test_terminated_worker_leaves_its_run_finished(self):
        for method in ("fork", "spawn"):
            with self.subTest(method):
                db = os.path.join(self.dir, "%s.db" % method)
                process = self.run_traced(TERMINATED, args=[method], db=db, timeout=120)
                exitcode, pid = process.stdout.split()
                self.assertEqual(int(exitcode), -signal.SIGTERM)  # dies by the signal, as untraced
                child = self.query("SELECT * FROM runs WHERE pid = ?", (int(pid),), path=db)[0]
                self.assertEqual((child["status"], child["exit_code"]), ("completed", 128 + signal.SIGTERM))
                self.assertIsNotNone(child["end_ns"])
                leaves = self.query("SELECT count(*) AS n FROM calls c JOIN functions f USING (function_id) "
                                    "WHERE c.run_id = ? AND f.name = 'leaf'", (child["run_id"],), path=db)
                self.assertGreater(leaves[0]["n"], 100)
                # the endless call was open at the signal: written as ended then
                busy = self.query("SELECT count(*) AS n FROM calls c JOIN functions f USING (function_id) "
                                  "WHERE c.run_id = ? AND f.name = 'busy'", (child["run_id"],), path=db)
                self.assertEqual(busy[0]["n"], 1)

    def test_subprocess_with_preexec_fn_adds_no_run(self):
        # its at-fork hooks run in a child that only execs another program
        self.run_traced("import subprocess, sys\n"
                        "def work():\n    return 1\n"
                        "subprocess.run([sys.executable, '-c', 'pass'], preexec_fn=work, check=True)\n"
                        "work()\n")
        self.assertEqual(self.query("SELECT run_id, status FROM runs"), [{"run_id": 1, "status": "completed"}])
        self.assertEqual(self.call_counts(), {"<module>": 1, "work": 1})

    def test_reading_a_1_1_trace_and_appending_to_it(self):
        # a file written before parent_run_id existed gets the column when a run is appended
        import sqlite3
        connection = sqlite3.connect(self.db)
        here = os.path.dirname(os.path.abspath(__file__))
        with open(os.path.join(here, "..", "..", "tracer", "schema.sql")) as handle:
            schema = handle.read().replace("    tracer_version  TEXT,\n", "    tracer_version  TEXT\n")
        schema = "\n".join(line for line in schema.splitlines() if "parent_run_id" not in line)
        connection.executescript(schema)
        connection.execute("PRAGMA user_version = 101")
        connection.commit()
        connection.close()
        self.run_traced("def f():\n    pass\nf()\n")
        self.assertEqual(self.scalar("PRAGMA user_version"), 103)
        self.assertEqual(self.query("SELECT run_id, parent_run_id FROM runs"), [{"run_id": 1, "parent_run_id": None}])

    def test_appending_to_a_1_2_trace_upgrades_it(self):
        # a 1.2 file has no function_summaries: the opening transaction adds it, the new run fills it and
        # the run already there keeps none (readers aggregate its calls)
        import sqlite3
        self.run_traced("def f():\n    pass\nf()\n")
        connection = sqlite3.connect(self.db)
        connection.execute("DROP TABLE function_summaries")
        connection.execute("PRAGMA user_version = 102")
        connection.commit()
        connection.close()
        self.run_traced("def g():\n    pass\ng()\ng()\n")
        self.assertEqual(self.scalar("PRAGMA user_version"), 103)
        self.assertEqual(self.query(
            "SELECT s.run_id, f.name, s.calls FROM function_summaries s JOIN functions f USING (function_id) "
            "ORDER BY s.run_id, f.name"),
            [{"run_id": 2, "name": "<module>", "calls": 1}, {"run_id": 2, "name": "g", "calls": 2}])


if __name__ == "__main__":
    unittest.main()
