"""Trace format 1.1: calls stored as JSON chunks (call_chunks), read back through the `calls` view
and `events`; a 1.0 file (calls table) is migrated in place when the tracer appends a run to it."""

import json
import os
import sqlite3
import unittest

from tracetest import TracerTestCase

HERE = os.path.dirname(os.path.abspath(__file__))

PROGRAM = '''
def leaf(x):
    return x * 2

def boom():
    raise ValueError("no")

def main():
    total = 0
    for i in range(3):
        total += leaf(i)
    try:
        boom()
    except ValueError:
        pass
    return total

main()
'''

CALL_COLUMNS = ("call_id", "run_id", "parent_id", "function_id", "thread_id", "depth", "start_ns",
                "duration_ns", "child_ns", "exception_id")


def decode(chunk):
    """One call_chunks row -> the calls it holds, as dicts of the calls view's columns."""
    calls = []
    for row in json.loads(chunk["rows"]):
        call_id, parent_id, function_id, depth, offset, duration, child = row[:7]
        calls.append({"call_id": call_id, "run_id": chunk["run_id"], "parent_id": parent_id,
                      "function_id": function_id, "thread_id": chunk["thread_id"], "depth": depth,
                      "start_ns": chunk["base_ns"] + offset, "duration_ns": duration, "child_ns": child,
                      "exception_id": row[7] if len(row) > 7 else None})
    return calls


class ChunkTest(TracerTestCase):
    def chunks(self, path=None):
        return self.query("SELECT * FROM call_chunks ORDER BY chunk_id", path=path)

    def assert_chunk_header(self, chunk):
        rows = json.loads(chunk["rows"])
        self.assertEqual(chunk["n"], len(rows))
        self.assertEqual(chunk["min_call_id"], min(r[0] for r in rows))
        self.assertEqual(chunk["max_call_id"], max(r[0] for r in rows))
        self.assertEqual(min(r[4] for r in rows), 0, "base_ns is the earliest start of the chunk")
        for row in rows:
            self.assertIn(len(row), (7, 8))
            self.assertTrue(all(isinstance(v, int) for v in row[:1] + row[2:]), row)
            if len(row) == 8:
                self.assertIsInstance(row[7], int)  # present only when an exception escaped

    def test_chunk_content_of_a_small_program(self):
        self.run_traced(PROGRAM)
        chunks = self.chunks()
        self.assertGreaterEqual(len(chunks), 1)
        for chunk in chunks:
            self.assert_chunk_header(chunk)
        calls = [c for chunk in chunks for c in decode(chunk)]
        fn = {r["function_id"]: r["name"] for r in self.query("SELECT function_id, name FROM functions")}
        # in chunk order the calls are in finish order: children before their parents
        self.assertEqual([fn[c["function_id"]] for c in calls],
                         ["leaf", "leaf", "leaf", "boom", "main", "<module>"])
        by_name = {}
        for c in calls:
            by_name.setdefault(fn[c["function_id"]], []).append(c)
        module, main, boom = by_name["<module>"][0], by_name["main"][0], by_name["boom"][0]
        # call_ids in start order; the tree through parent_id and depth
        self.assertEqual([module["call_id"], main["call_id"]] + [c["call_id"] for c in by_name["leaf"]]
                         + [boom["call_id"]], list(range(module["call_id"], module["call_id"] + 6)))
        self.assertIsNone(module["parent_id"])
        self.assertEqual((module["depth"], main["depth"], boom["depth"]), (0, 1, 2))
        self.assertEqual(main["parent_id"], module["call_id"])
        self.assertTrue(all(c["parent_id"] == main["call_id"] and c["depth"] == 2 for c in by_name["leaf"]))
        # child_ns is the sum of the direct children's durations
        self.assertEqual(main["child_ns"], sum(c["duration_ns"] for c in by_name["leaf"]) + boom["duration_ns"])
        self.assertEqual(module["child_ns"], main["duration_ns"])
        self.assertEqual([c["child_ns"] for c in by_name["leaf"]], [0, 0, 0])
        # only boom ended by raising: its row has the 8th element, the escaped exception
        raw = {r[0]: r for chunk in chunks for r in json.loads(chunk["rows"])}
        self.assertEqual([len(raw[c["call_id"]]) for c in calls], [7, 7, 7, 8, 7, 7])
        exception = self.query("SELECT * FROM exceptions WHERE exception_id = ?", (boom["exception_id"],))[0]
        self.assertEqual((exception["type"], exception["call_id"], exception["escaped"]),
                         ("ValueError", boom["call_id"], 1))
        # starts are absolute in the calls view, inside the run
        run = self.only_run()
        self.assertTrue(all(run["start_ns"] <= c["start_ns"] <= run["end_ns"] for c in calls))

        # the calls view answers exactly what the chunks hold
        view = self.query("SELECT %s FROM calls ORDER BY call_id" % ", ".join(CALL_COLUMNS))
        self.assertEqual(view, sorted(calls, key=lambda c: c["call_id"]))
        # and events is built on it as before
        events = {e["event_id"]: e for e in self.query("SELECT * FROM events")}
        by_id = {c["call_id"]: c for c in calls}
        self.assertEqual(sorted(events), sorted(c["call_id"] for c in calls))
        for c in calls:
            e = events[c["call_id"]]
            self.assertEqual((e["function_name"], e["parent_event_id"], e["depth"], e["start_ns"], e["thread_id"]),
                             (fn[c["function_id"]], c["parent_id"], c["depth"], c["start_ns"], c["thread_id"]))
            self.assertEqual(e["duration_ms"], c["duration_ns"] / 1e6)
            self.assertEqual(e["self_ms"], (c["duration_ns"] - c["child_ns"]) / 1e6)
            parent = by_id.get(c["parent_id"])
            self.assertEqual(e["caller_function"], fn[parent["function_id"]] if parent else None)
        self.assertEqual(events[boom["call_id"]]["exception_type"], "ValueError")
        self.assertEqual(events[boom["call_id"]]["exception_message"], "no")
        self.assertIsNone(events[main["call_id"]]["exception_type"])

    def test_threads_get_chunks_of_their_own(self):
        self.run_traced('''
            import threading
            done = threading.Barrier(3)  # all alive till the end: a finished thread's ident is reused
            def work(n):
                total = sum(step(i) for i in range(n))
                done.wait()
                return total
            def step(i):
                return i
            threads = [threading.Thread(target=work, args=(3000,)) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        ''')
        chunks = self.chunks()
        for chunk in chunks:
            self.assert_chunk_header(chunk)
            self.assertLessEqual(chunk["n"], 2048)
        threads = {r["thread_id"] for r in self.query("SELECT thread_id FROM threads")}
        self.assertEqual({c["thread_id"] for c in chunks}, threads)
        self.assertEqual(len(threads), 4)
        # every chunk's calls really ran on its thread: a call's parent is on the same thread
        calls = {c["call_id"]: c for chunk in chunks for c in decode(chunk)}
        for c in calls.values():
            if c["parent_id"] is not None and c["parent_id"] in calls:
                self.assertEqual(calls[c["parent_id"]]["thread_id"], c["thread_id"])
        self.assertEqual(self.scalar("SELECT count(*) FROM events WHERE function_name = 'step'"), 9000)
        self.assertEqual(sum(c["n"] for c in chunks), self.scalar("SELECT count(*) FROM calls"))

    def test_inserting_into_the_calls_view_stores_a_chunk_of_one_call(self):
        self.run_traced("x = 1\n")
        connection = sqlite3.connect(self.db)
        self.addCleanup(connection.close)
        function_id = connection.execute("SELECT function_id FROM functions").fetchone()[0]
        connection.execute("INSERT INTO calls (call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
                           " duration_ns, child_ns, exception_id) VALUES (1000, 1, NULL, ?, 7, 0, 5000, 40, 10, NULL)",
                           (function_id,))
        connection.execute("INSERT INTO calls (call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
                           " duration_ns, child_ns, exception_id) VALUES (1001, 1, 1000, ?, 7, 1, 5010, 10, 0, 3)",
                           (function_id,))
        connection.commit()
        chunks = self.query("SELECT run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows FROM call_chunks"
                            " WHERE min_call_id >= 1000 ORDER BY chunk_id")
        self.assertEqual(chunks, [
            {"run_id": 1, "thread_id": 7, "base_ns": 5000, "n": 1, "min_call_id": 1000, "max_call_id": 1000,
             "rows": "[[1000,null,%d,0,0,40,10]]" % function_id},
            {"run_id": 1, "thread_id": 7, "base_ns": 5010, "n": 1, "min_call_id": 1001, "max_call_id": 1001,
             "rows": "[[1001,1000,%d,1,0,10,0,3]]" % function_id}])
        self.assertEqual(self.query("SELECT * FROM calls WHERE call_id >= 1000 ORDER BY call_id"), [
            dict(zip(CALL_COLUMNS, (1000, 1, None, function_id, 7, 0, 5000, 40, 10, None))),
            dict(zip(CALL_COLUMNS, (1001, 1, 1000, function_id, 7, 1, 5010, 10, 0, 3)))])

    def only_run(self):
        runs = self.query("SELECT * FROM runs")
        self.assertEqual(len(runs), 1)
        return runs[0]


class MigrationTest(TracerTestCase):
    """A 1.0 file made with 1.0's own schema.sql and indexes.sql (kept verbatim beside this test)."""

    A, B = 111, 222  # thread ids

    def make_1_0_trace(self):
        db = sqlite3.connect(self.db)
        with open(os.path.join(HERE, "format_1_0_schema.sql")) as schema:
            db.executescript(schema.read())
        db.execute("PRAGMA user_version = 100")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("INSERT INTO runs (run_id, command_line, hostname, pid, start_ns, end_ns, started_at, status,"
                   " exit_code) VALUES (1, 'python3 old.py', 'h', 1, 1000000000, 9000000000,"
                   " '2001-09-09T01:46:40.000000', 'completed', 0)")
        db.executemany("INSERT INTO functions (function_id, name, module, file, line, kind) VALUES (?,?,?,?,?,?)",
                       [(1, "<module>", "__main__", "/old.py", 1, "module"), (2, "work", "__main__", "/old.py", 3,
                                                                               "function"),
                        (3, "fail", "__main__", "/old.py", 9, "function")])
        db.executemany("INSERT INTO threads (run_id, thread_id, native_id, name) VALUES (1, ?, ?, ?)",
                       [(self.A, 5, "MainThread"), (self.B, 6, "worker")])
        db.execute("INSERT INTO exceptions (exception_id, run_id, call_id, thread_id, timestamp_ns, type, message,"
                   " traceback, escaped) VALUES (1, 1, 2104, ?, 1000900000, 'KeyError', \"'k'\", 'tb', 1)", (self.B,))
        calls = [(1, 1, None, 1, self.A, 0, 1000000000, 8000000, 2100 * 3000, None)]
        # 2100 work() calls on thread A (more than one chunk's 2048), 3 on thread B, one of them raising
        calls += [(1 + i, 1, 1, 2, self.A, 1, 1000000000 + 1000 * i, 3000, 0, None) for i in range(1, 2101)]
        calls += [(2102, 1, None, 2, self.B, 0, 1000500000, 400000, 1000, None),
                  (2103, 1, 2102, 2, self.B, 1, 1000600000, 1000, 0, None),
                  (2104, 1, None, 3, self.B, 0, 1000800000, 200000, 0, 1)]
        db.executemany("INSERT INTO calls (call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
                       " duration_ns, child_ns, exception_id) VALUES (?,?,?,?,?,?,?,?,?,?)", calls)
        db.execute("INSERT INTO call_values (call_id, args, return_value) VALUES (2103, 'x=1', '2')")
        with open(os.path.join(HERE, "format_1_0_indexes.sql")) as indexes:
            db.executescript(indexes.read())
        db.commit()
        db.close()
        return calls

    def test_appending_to_a_1_0_file_migrates_it_in_place(self):
        calls = self.make_1_0_trace()
        self.assertEqual(self.scalar("SELECT type FROM sqlite_master WHERE name = 'calls'"), "table")
        events_before = self.query("SELECT * FROM events ORDER BY event_id")
        calls_before = self.query("SELECT * FROM calls ORDER BY call_id")
        self.assertEqual(len(calls_before), len(calls))

        self.run_traced(PROGRAM)

        self.assertEqual(self.scalar("PRAGMA user_version"), 103)
        self.assertEqual(self.scalar("PRAGMA integrity_check"), "ok")
        objects = {(r["type"], r["name"]) for r in self.query(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
        self.assertIn(("view", "calls"), objects)
        self.assertIn(("trigger", "calls_insert"), objects)
        self.assertIn(("table", "call_chunks"), objects)
        self.assertFalse({n for t, n in objects if t == "index"} & {"calls_by_parent", "calls_by_run_fn"})
        self.assertFalse([n for t, n in objects if t == "table" and n.startswith("calls")], objects)
        # the old run reads exactly as before, through the calls view and events
        self.assertEqual(self.query("SELECT * FROM calls WHERE run_id = 1 ORDER BY call_id"), calls_before)
        self.assertEqual(self.query("SELECT * FROM events WHERE run_id = 1 ORDER BY event_id"), events_before)
        # its chunks: per thread, at most 2048 calls each, in call_id order
        old = self.query("SELECT * FROM call_chunks WHERE run_id = 1 ORDER BY chunk_id")
        self.assertEqual([(c["thread_id"], c["n"], c["min_call_id"], c["max_call_id"]) for c in old],
                         [(self.A, 2048, 1, 2048), (self.A, 53, 2049, 2101), (self.B, 3, 2102, 2104)])
        for chunk in old:
            rows = json.loads(chunk["rows"])
            self.assertEqual([r[0] for r in rows], list(range(chunk["min_call_id"], chunk["max_call_id"] + 1)))
            self.assertEqual(chunk["base_ns"], min(c[6] for c in calls if chunk["min_call_id"] <= c[0]
                                                   <= chunk["max_call_id"]))
        self.assertEqual(sum(c["n"] for c in old), len(calls))
        # the new run continues the call_ids and its calls are in the same file
        self.assertGreater(self.scalar("SELECT min(call_id) FROM calls WHERE run_id = 2"), 2104)
        self.assertEqual(self.call_counts(run_id=2), {"<module>": 1, "main": 1, "leaf": 3, "boom": 1})
        self.assertEqual(self.query("SELECT run_id, status FROM runs ORDER BY run_id"),
                         [{"run_id": 1, "status": "completed"}, {"run_id": 2, "status": "completed"}])


if __name__ == "__main__":
    unittest.main()
