"""`breadcrumb export --format perfetto`, checked by parts nobody here wrote: protoc decodes the file
against Perfetto's message and field numbers (tests/cli/perfetto_subset.proto) and without any schema
(--decode_raw); the decoded events must form well-nested slices per thread track whose names, counts and
times are what SQL over the trace says."""

import collections
import json
import os
import shutil
import sqlite3
import subprocess
import unittest

from cli_support import HERE, SOURCE_DIR, FixtureTestCase, gen_trace
from make_seed_trace import MS, TraceBuilder, epoch_ns

PROTOC = shutil.which("protoc")


def parse_text_format(text):
    """protoc's text output as nested lists of (field, value) pairs; a message's value is such a list."""
    root = []
    stack = [root]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == "}":
            stack.pop()
        elif line.endswith("{"):
            child = []
            stack[-1].append((line[:-1].strip(), child))
            stack.append(child)
        else:
            name, _, value = line.partition(": ")
            if value.startswith('"'):
                value = value[1:-1].encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8")
            stack[-1].append((name, value))
    assert len(stack) == 1, "unbalanced braces"
    return root


def get(message, name, default=None):
    for key, value in message:
        if key == name:
            return value
    return default


def get_all(message, name):
    return [value for key, value in message if key == name]


class PerfettoExportTest(FixtureTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        gen_trace(os.path.join(cls.dir, "gen.db"), "--calls", "20000", "--threads", "3", "--quiet")

    def export(self, trace, *extra):
        out = os.path.join(self.dir, trace + ".pftrace")
        result = self.cli("-t", trace + ".db", "export", "--format", "perfetto", "-o", out, *extra)
        self.assertOk(result)
        self.assertIn("as a Perfetto protobuf trace", result.out)
        return out

    def decode(self, path):
        self.assertIsNotNone(PROTOC, "protoc (Debian package protobuf-compiler) is needed: scripts/setup.sh")
        with open(path, "rb") as handle:
            raw = subprocess.run([PROTOC, "--decode_raw"], stdin=handle, capture_output=True)
        self.assertEqual(raw.returncode, 0, raw.stderr)
        with open(path, "rb") as handle:
            typed = subprocess.run([PROTOC, "--proto_path", HERE, "--decode=perfetto.protos.Trace",
                                    "perfetto_subset.proto"], stdin=handle, capture_output=True)
        self.assertEqual(typed.returncode, 0, typed.stderr)
        self.assertEqual(typed.stderr, b"")
        packets = get_all(parse_text_format(typed.stdout.decode("utf-8")), "packet")
        # --decode_raw sees the same number of top-level fields, each field 1 (Trace.packet)
        raw_top = [line for line in raw.stdout.decode("utf-8", "replace").splitlines()
                   if line and not line.startswith(" ") and line != "}"]
        self.assertEqual(raw_top, ["1 {"] * len(packets))
        return packets

    def slices(self, packets):
        """Walks the packets as Perfetto's importer does: per sequence, interned names; per track, a stack
        of open slices. Returns the tracks and [(track, name, begin, end, category, source)]."""
        tracks, interned, stacks, done, instants = {}, {}, collections.defaultdict(list), [], []
        last_ts = {}
        for packet in packets:
            descriptor = get(packet, "track_descriptor")
            if descriptor is not None:
                thread = get(descriptor, "thread")
                process = get(descriptor, "process")
                tracks[int(get(descriptor, "uuid"))] = (
                    get(thread, "thread_name") if thread is not None else get(process, "process_name"))
                continue
            seq = int(get(packet, "trusted_packet_sequence_id"))
            flags = int(get(packet, "sequence_flags", "0"))
            if flags & 1:
                interned[seq] = {"names": {}, "categories": {}, "sources": {}}
            data = get(packet, "interned_data")
            if data is not None:
                self.assertTrue(int(get(packet, "sequence_flags", "0")) & 2)
                for entry in get_all(data, "event_names"):
                    interned[seq]["names"][get(entry, "iid")] = get(entry, "name")
                for entry in get_all(data, "event_categories"):
                    interned[seq]["categories"][get(entry, "iid")] = get(entry, "name")
                for entry in get_all(data, "source_locations"):
                    interned[seq]["sources"][get(entry, "iid")] = (get(entry, "file_name"),
                                                                   get(entry, "function_name"),
                                                                   int(get(entry, "line_number")))
            ts = int(get(packet, "timestamp"))
            self.assertGreaterEqual(ts, last_ts.get(seq, 0), "time goes back on sequence %d" % seq)
            last_ts[seq] = ts
            event = get(packet, "track_event")
            track = int(get(event, "track_uuid"))
            self.assertIn(track, tracks)
            kind = get(event, "type")
            if kind == "TYPE_SLICE_BEGIN":
                state = interned[seq]
                stacks[track].append((state["names"][get(event, "name_iid")], ts,
                                      state["categories"][get(event, "category_iids")],
                                      state["sources"][get(event, "source_location_iid")]))
            elif kind == "TYPE_SLICE_END":
                self.assertTrue(stacks[track], "an end without a begin on track %d" % track)
                name, begin, category, source = stacks[track].pop()
                done.append((track, name, begin, ts, category, source))
            else:
                self.assertEqual(kind, "TYPE_INSTANT")
                annotations = {get(a, "name"): a for a in get_all(event, "debug_annotations")}
                instants.append((track, get(event, "name"), ts, get(annotations["message"], "string_value")))
        for track, stack in stacks.items():
            self.assertEqual(stack, [], "slices left open on track %d" % track)
        return tracks, done, instants

    def test_decodes_and_nests(self):
        for trace, run in (("errors", None), ("seed", 1), ("seed", 2), ("gen", None)):
            with self.subTest(trace=trace, run=run):
                out = self.export(trace, *(["--run", str(run)] if run else []))
                tracks, done, instants = self.slices(self.decode(out))
                db = sqlite3.connect(os.path.join(self.dir, trace + ".db"))
                run_id = run or db.execute("SELECT max(run_id) FROM runs").fetchone()[0]
                calls = db.execute("SELECT f.name, f.module, f.file, f.line, t.name, e.start_ns, "
                                   "e.duration_ns FROM calls e JOIN functions f USING (function_id) "
                                   "LEFT JOIN threads t ON t.run_id = e.run_id AND t.thread_id = e.thread_id "
                                   "WHERE e.run_id = ?", (run_id,)).fetchall()
                self.assertEqual(len(done), len(calls))
                expected = collections.Counter((thread, name.split(":")[-1], module, (file, name, line))
                                               for name, module, file, line, thread, _, _ in calls)
                got = collections.Counter((tracks[track], name.split(":")[-1], category,
                                           (source[0], source[1], source[2]))
                                          for track, name, _, _, category, source in done)
                self.assertEqual(got, expected)
                # every call of these traces nests properly: its slice is its own start and end
                self.assertEqual(sorted((b, e) for _, _, b, e, _, _ in done),
                                 sorted((s, s + d) for *_, s, d in calls))
                exceptions = db.execute("SELECT type, timestamp_ns, message FROM exceptions WHERE run_id = ?",
                                        (run_id,)).fetchall()
                self.assertEqual(sorted((name, ts, message) for _, name, ts, message in instants),
                                 sorted(exceptions))

    def test_threads_are_tracks_of_one_process(self):
        out = self.export("gen")
        packets = self.decode(out)
        descriptors = [get(p, "track_descriptor") for p in packets if get(p, "track_descriptor") is not None]
        process = [d for d in descriptors if get(d, "process") is not None]
        threads = [d for d in descriptors if get(d, "thread") is not None]
        self.assertEqual(len(process), 1)
        names = json.loads(self.cli("-t", "gen.db", "query", "--format", "json",
                                    "SELECT DISTINCT thread_id FROM events").out)
        self.assertEqual(len(threads), len(names))
        for thread in threads:
            self.assertEqual(get(thread, "parent_uuid"), get(process[0], "uuid"))
        self.assertEqual(len({get(get(t, "thread"), "tid") for t in threads}), len(threads))

    def test_stdout_is_the_same_file(self):
        path = self.export("errors")
        result = subprocess.run([os.environ.get("BREADCRUMB_CLI", "breadcrumb"), "-t", "errors.db", "export",
                                 "--format", "perfetto", "-o", "-"], cwd=self.dir, capture_output=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(path, "rb") as handle:
            self.assertEqual(result.stdout, handle.read())


class OverlappingCallsTest(FixtureTestCase):
    """Coroutines overlap their siblings and a root outlives the previous one: the formats that need strictly
    nested slices still get them, with every call once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        path = os.path.join(cls.dir, "overlap.db")
        db = sqlite3.connect(path)
        with open(os.path.join(SOURCE_DIR, "tracer", "schema.sql")) as handle:
            db.executescript(handle.read())
        b = TraceBuilder(db)
        t0 = epoch_ns("2025-03-14T12:00:00.000000")
        b.begin_run(1, "python overlap.py", t0, 4000)
        main, fetch, step, later = (b.function(name, line, kind=kind) for name, line, kind in (
            ("main", 1, "function"), ("fetch", 5, "coroutine"), ("step", 9, "function"), ("later", 12, "function")))
        # ids in start order: main, fetch A (10-90 ms), fetch B (20-60), step in B (30-40), step in A (70-80,
        # after B ended: A's slice was closed when B opened), then a root starting before main ends
        calls = [(1, None, main, 0, 0, 100), (2, 1, fetch, 1, 10, 80), (3, 1, fetch, 1, 20, 40),
                 (4, 3, step, 2, 30, 10), (5, 2, step, 2, 70, 10), (6, None, later, 0, 95, 55)]
        for call_id, parent, fn, depth, start, duration in calls:
            db.execute("INSERT INTO calls(call_id, run_id, parent_id, function_id, thread_id, depth, start_ns,"
                       " duration_ns, child_ns, exception_id) VALUES (?,1,?,?,1,?,?,?,0,NULL)",
                       (call_id, parent, fn, depth, t0 + start * MS, duration * MS))
        b.end_run(t0 + 200 * MS)
        with open(os.path.join(SOURCE_DIR, "tracer", "indexes.sql")) as handle:
            db.executescript(handle.read())
        db.execute("PRAGMA user_version = 101")
        db.commit()
        db.close()

    def test_speedscope_nests(self):
        out = os.path.join(self.dir, "overlap.speedscope.json")
        self.assertOk(self.cli("-t", "overlap.db", "export", "--format", "speedscope", "-o", out))
        with open(out) as handle:
            doc = json.load(handle)
        frames = [f["name"] for f in doc["shared"]["frames"]]
        (profile,) = doc["profiles"]
        stack, last, opened = [], profile["startValue"], []
        for event in profile["events"]:
            self.assertGreaterEqual(event["at"], last)
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
                opened.append(frames[event["frame"]])
            else:
                self.assertEqual(stack.pop(), event["frame"])
        self.assertEqual(stack, [])
        self.assertEqual(sorted(opened), ["fetch", "fetch", "later", "main", "step", "step"])
        self.assertLessEqual(last, profile["endValue"])

    def test_perfetto_nests(self):
        out = os.path.join(self.dir, "overlap.pftrace")
        self.assertOk(self.cli("-t", "overlap.db", "export", "--format", "perfetto", "-o", out))
        test = PerfettoExportTest(methodName="decode")
        test.dir = self.dir
        _, done, _ = test.slices(test.decode(out))
        self.assertEqual(sorted(name for _, name, *_ in done), ["fetch", "fetch", "later", "main", "step", "step"])
        t0 = epoch_ns("2025-03-14T12:00:00.000000")
        spans = {name: [] for _, name, *_ in done}
        for _, name, begin, end, *_ in done:
            spans[name].append(((begin - t0) // MS, (end - t0) // MS))
        # what nests keeps its times; B opens when A closes (nothing opens before the last event), its step
        # with it; A's step, whose caller is closed by then, opens inside what is open (B's step), clamped
        self.assertEqual(spans["main"], [(0, 100)])
        self.assertEqual(sorted(spans["fetch"]), [(10, 90), (90, 90)])
        self.assertEqual(spans["step"], [(90, 90), (90, 90)])
        self.assertEqual(spans["later"], [(100, 150)])


if __name__ == "__main__":
    unittest.main()
