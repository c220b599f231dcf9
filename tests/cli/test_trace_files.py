"""How a trace file is opened, by every reader: read-only media (a read-only bind mount, so even root cannot
write), read-only files, traces still being written (their calls in the WAL), a WAL whose main file header is
ahead of the file, a hot rollback journal, and paths that are not regular files (FIFO, device, directory).
Viewing never creates or changes anything next to the trace; the newest calls of a live trace are seen."""

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

from cli_support import CLI, SOURCE_DIR, base_env, make_trace, run_cli

GUI = os.environ.get("BREADCRUMB_GUI", "")

# Every reading command, on a trace named TRACE (the seed scenario: runs 1 and 2, slow_function).
COMMANDS = [
    ["list"],
    ["performance"],
    ["performance", "slow_function"],
    ["top"],
    ["report"],
    ["get"],
    ["exceptions"],  # the seed's runs raised none: exit 2, "no exceptions"
    ["query", "SELECT count(*) FROM events"],
    ["query", "--flow"],
    ["query", "--call", "slow_function"],
    ["query", "--gaps"],
    ["query", "--fuzzy", "slow"],
    ["compare", "1", "2"],
    ["export", "--format", "chrome", "-o", "-"],
]


def snapshot(directory):
    """Every file in the directory with its hash, size and mode: what viewing must leave as it was."""
    state = {}
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        info = os.lstat(path)
        digest = None
        if stat.S_ISREG(info.st_mode):
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        state[name] = (digest, info.st_size, info.st_mode)
    return state


def can_mount_read_only():
    probe = tempfile.mkdtemp(prefix="breadcrumb-ro-probe-")
    try:
        done = subprocess.run(["unshare", "--mount", "sh", "-c",
                               'mount --bind -o ro "$0" "$0" && ! touch "$0/x" 2>/dev/null', probe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        return done.returncode == 0 and not os.path.exists(os.path.join(probe, "x"))
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def to_wal(path):
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
    db.close()


class ReadOnlyTraceTest(unittest.TestCase):
    """Root ignores file permissions, so the read-only directory is a read-only bind mount of it, made in a
    private mount namespace of each command (`unshare --mount`): the kernel refuses every write there."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="breadcrumb-readonly-")
        cls.media = os.path.join(cls.dir, "media")  # becomes read-only for the commands
        cls.out = os.path.join(cls.dir, "out")      # where a command may write (screenshots)
        os.mkdir(cls.media)
        os.mkdir(cls.out)
        make_trace(os.path.join(cls.media, "rollback.db"), "seed")
        make_trace(os.path.join(cls.media, "wal.db"), "seed")
        to_wal(os.path.join(cls.media, "wal.db"))
        for name in ("rollback.db", "wal.db"):
            os.chmod(os.path.join(cls.media, name), 0o444)
        os.chmod(cls.media, 0o555)
        cls.isolated = os.geteuid() == 0
        if cls.isolated and not can_mount_read_only():
            raise AssertionError("running as root, this test needs `unshare --mount` and a read-only bind "
                                 "mount to make a directory root cannot write to")

    @classmethod
    def tearDownClass(cls):
        os.chmod(cls.media, 0o755)
        shutil.rmtree(cls.dir, ignore_errors=True)

    def run_read_only(self, argv, timeout=120):
        """argv with the media directory read-only (as root: bind-mounted read-only over itself)."""
        if self.isolated:
            argv = ["unshare", "--mount", "sh", "-c", 'mount --bind -o ro "$0" "$0" && shift && exec "$@"',
                    self.media, "--"] + argv
        env = base_env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(argv, cwd=self.out, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, encoding="utf-8", errors="replace")

    def test_every_command_reads_without_writing(self):
        before = snapshot(self.media)
        self.assertEqual(sorted(before), ["rollback.db", "wal.db"])
        for trace in ("rollback.db", "wal.db"):
            path = os.path.join(self.media, trace)
            for command in COMMANDS:
                with self.subTest(trace=trace, command=command):
                    done = self.run_read_only([CLI] + command[:1] + ["-t", path] + command[1:])
                    if command == ["exceptions"]:
                        self.assertEqual((done.returncode, done.stderr), (2, "breadcrumb: no exceptions in run 2\n"))
                    else:
                        self.assertEqual(done.returncode, 0, done.stderr)
                        self.assertEqual(done.stderr, "")
                        self.assertTrue(done.stdout)
                    self.assertEqual(snapshot(self.media), before)

    def test_query_sees_the_calls(self):
        for trace in ("rollback.db", "wal.db"):
            done = self.run_read_only([CLI, "query", "-t", os.path.join(self.media, trace), "--format", "json",
                                       "SELECT count(*) AS n FROM events"])
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertEqual(json.loads(done.stdout), [{"n": 51}])

    def test_mcp_reads_without_writing(self):
        before = snapshot(self.media)
        messages = [
            {"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                        "clientInfo": {"name": "t", "version": "1"}}},
            {"jsonrpc": "2.0", "method": "notifications/initialized"},
            {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
             "params": {"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT count(*) FROM events"}}},
            {"jsonrpc": "2.0", "id": 3, "method": "tools/call",
             "params": {"name": "breadcrumb__analyze_performance", "arguments": {}}},
        ]
        argv = [CLI, "serve-mcp", "--trace", os.path.join(self.media, "wal.db")]
        if self.isolated:
            argv = ["unshare", "--mount", "sh", "-c", 'mount --bind -o ro "$0" "$0" && shift && exec "$@"',
                    self.media, "--"] + argv
        done = subprocess.run(argv, input="".join(json.dumps(m) + "\n" for m in messages), cwd=self.out,
                              env=base_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                              encoding="utf-8")
        self.assertEqual(done.returncode, 0, done.stderr)
        replies = [json.loads(line) for line in done.stdout.splitlines()]
        self.assertEqual(replies[1]["result"]["structuredContent"]["rows"], [[51]])
        self.assertFalse(replies[2]["result"]["isError"], replies[2])
        self.assertEqual(snapshot(self.media), before)

    def test_viewer_screenshot_reads_without_writing(self):
        self.assertTrue(GUI, "BREADCRUMB_GUI names the breadcrumb-gui executable")
        before = snapshot(self.media)
        for trace in ("rollback.db", "wal.db"):
            shot = os.path.join(self.out, trace + ".png")
            done = self.run_read_only([GUI, "--screenshot", shot, os.path.join(self.media, trace)])
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertGreater(os.path.getsize(shot), 10000)
            self.assertEqual(snapshot(self.media), before)


class TraceFileTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="breadcrumb-tracefiles-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.dir, name)

    def assertOneLineError(self, done, *parts):
        self.assertEqual(done.code, 1, done)
        lines = done.err.splitlines()
        self.assertEqual(len(lines), 1, done.err)
        for part in parts:
            self.assertIn(part, lines[0])
        return lines[0]

    def test_read_only_file_in_writable_directory_creates_nothing(self):
        trace = make_trace(self.path("t.db"), "seed")
        to_wal(trace)
        os.chmod(trace, 0o444)
        before = snapshot(self.dir)
        for command in COMMANDS:
            with self.subTest(command=command):
                done = run_cli(command[:1] + ["-t", trace] + command[1:], cwd=self.dir)
                self.assertEqual(done.code, 2 if command == ["exceptions"] else 0, done)
                self.assertEqual(snapshot(self.dir), before)

    def test_read_only_file_in_writable_directory_viewer_creates_nothing(self):
        """The viewer, every view of it, on a read-only WAL trace: no -wal, -shm or anything else appears."""
        self.assertTrue(GUI, "BREADCRUMB_GUI names the breadcrumb-gui executable")
        trace = make_trace(self.path("t.db"), "seed")
        to_wal(trace)
        os.chmod(trace, 0o444)
        shots = tempfile.mkdtemp(prefix="breadcrumb-shots-")
        try:
            before = snapshot(self.dir)
            env = base_env()
            env["QT_QPA_PLATFORM"] = "offscreen"
            for view in ("functions", "function", "callers", "tree", "flame", "timeline", "exceptions", "sql"):
                with self.subTest(view=view):
                    shot = os.path.join(shots, view + ".png")
                    done = subprocess.run([GUI, "--screenshot", shot, "--view", view, trace], cwd=self.dir, env=env,
                                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          timeout=120, encoding="utf-8", errors="replace")
                    self.assertEqual(done.returncode, 0, done.stderr)
                    self.assertGreater(os.path.getsize(shot), 10000)
                    self.assertEqual(snapshot(self.dir), before)
        finally:
            shutil.rmtree(shots, ignore_errors=True)

    def test_not_a_regular_file(self):
        fifo = self.path("fifo.db")
        os.mkfifo(fifo)
        cases = [(fifo, "is a FIFO, not a trace file"), ("/dev/zero", "is a device, not a trace file"),
                 (self.dir, "is a directory, not a trace file")]
        for path, message in cases:
            for command in (["list"], ["query", "SELECT 1"], ["performance"]):
                with self.subTest(path=path, command=command):
                    done = run_cli(command[:1] + ["-t", path] + command[1:], cwd=self.dir, timeout=30)
                    self.assertEqual(done.code, 1, done)
                    self.assertEqual(len(done.err.splitlines()), 1, done)
                    self.assertIn(message, done.err)
        messages = [{"jsonrpc": "2.0", "id": 1, "method": "initialize",
                     "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                                "clientInfo": {"name": "t", "version": "1"}}},
                    {"jsonrpc": "2.0", "method": "notifications/initialized"},
                    {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                     "params": {"name": "breadcrumb__query_traces", "arguments": {"sql": "SELECT 1"}}}]
        done = subprocess.run([CLI, "serve-mcp", "--trace", fifo], input="".join(json.dumps(m) + "\n" for m in messages),
                              env=base_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30,
                              encoding="utf-8")
        self.assertEqual(done.returncode, 0, done.stderr)
        answer = json.loads(done.stdout.splitlines()[1])["result"]
        self.assertTrue(answer["isError"])
        self.assertIn("is a FIFO, not a trace file", answer["content"][0]["text"])
        self.assertTrue(GUI, "BREADCRUMB_GUI names the breadcrumb-gui executable")
        if GUI:
            env = base_env()
            env["QT_QPA_PLATFORM"] = "offscreen"
            done = subprocess.run([GUI, "--screenshot", self.path("x.png"), fifo], env=env, timeout=60,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")
            self.assertNotEqual(done.returncode, 0)
            self.assertIn("is a FIFO, not a trace file", done.stderr)

    def test_fifo_next_to_the_trace(self):
        trace = make_trace(self.path("t.db"), "seed")
        os.mkfifo(trace + "-wal")
        done = run_cli(["list", "-t", trace], cwd=self.dir, timeout=30)
        self.assertEqual(done.code, 1, done)
        self.assertIn("t.db-wal' next to the trace is a FIFO, not a regular file", done.err)

    def test_wal_ahead_of_the_main_file(self):
        """A writer stopped (killed, disk full) after its calls reached the WAL and page 1 of the file was
        already rewritten to the new size: the file is shorter than its header says, SQLite reads it fine."""
        trace = make_trace(self.path("src.db"), "seed")
        to_wal(trace)
        writer = sqlite3.connect(trace)
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("INSERT INTO meta(key, value) VALUES ('padding', ?)", ("x" * 400000,))
        writer.commit()
        pages = writer.execute("PRAGMA page_count").fetchone()[0]
        for suffix in ("", "-wal", "-shm"):  # what the writer left when it stopped
            shutil.copy(trace + suffix, self.path("partial.db" + suffix))
        writer.close()
        with open(self.path("partial.db"), "r+b") as handle:
            header = bytearray(handle.read(100))
            header[28:32] = pages.to_bytes(4, "big")
            header[92:96] = header[24:28]
            handle.seek(0)
            handle.write(header)
        self.assertLess(os.path.getsize(self.path("partial.db")), pages * 4096)
        done = run_cli(["query", "-t", self.path("partial.db"), "--format", "json",
                        "SELECT count(*) AS n, (SELECT length(value) FROM meta WHERE key = 'padding') AS pad "
                        "FROM events"], cwd=self.dir)
        self.assertEqual(done.code, 0, done)
        self.assertEqual(json.loads(done.out), [{"n": 51, "pad": 400000}])
        # without the WAL the same file is what it looks like: truncated
        os.remove(self.path("partial.db-wal"))
        os.remove(self.path("partial.db-shm"))
        done = run_cli(["list", "-t", self.path("partial.db")], cwd=self.dir)
        self.assertIn("is truncated or damaged", done.err)

    def test_wal_without_shm_on_read_only_media(self):
        """A writer's copy with calls only in its -wal, on media where no -shm can be made: a true message."""
        trace = make_trace(self.path("src.db"), "seed")
        to_wal(trace)
        writer = sqlite3.connect(trace)
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("INSERT INTO meta(key, value) VALUES ('k', 'v')")
        writer.commit()
        media = self.path("media")
        os.mkdir(media)
        shutil.copy(trace, os.path.join(media, "t.db"))
        shutil.copy(trace + "-wal", os.path.join(media, "t.db-wal"))
        writer.close()
        self.assertTrue(can_mount_read_only(), "needs `unshare --mount` for a read-only bind mount")
        done = subprocess.run(["unshare", "--mount", "sh", "-c", 'mount --bind -o ro "$0" "$0" && shift && exec "$@"',
                               media, "--", CLI, "list", "-t", os.path.join(media, "t.db")], env=base_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8", timeout=60)
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertEqual(len(done.stderr.splitlines()), 1, done.stderr)
        self.assertIn("has calls in its write-ahead log", done.stderr)
        self.assertIn("copy the trace with its -wal file to a writable directory", done.stderr)
        self.assertEqual(sorted(os.listdir(media)), ["t.db", "t.db-wal"])
        # where a -shm can be made, the same files read fine, with the WAL's calls
        done = run_cli(["query", "-t", os.path.join(media, "t.db"), "--format", "json",
                        "SELECT value FROM meta WHERE key = 'k'"], cwd=self.dir)
        self.assertEqual(json.loads(done.out), [{"value": "v"}])

    def test_hot_journal(self):
        trace = make_trace(self.path("src.db"), "seed")
        code = textwrap.dedent("""
            import shutil, sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("PRAGMA journal_mode=DELETE")
            db.execute("PRAGMA cache_size=2")
            db.execute("BEGIN")
            db.execute("UPDATE functions SET name = name || '_renamed'")
            db.execute("INSERT INTO meta(key, value) VALUES ('padding', ?)", ("x" * 200000,))
            shutil.copy(sys.argv[1], sys.argv[2])
            shutil.copy(sys.argv[1] + "-journal", sys.argv[2] + "-journal")
        """)
        subprocess.run([sys.executable, "-c", code, trace, self.path("crashed.db")], check=True)
        self.assertTrue(os.path.exists(self.path("crashed.db-journal")))
        before = snapshot(self.dir)
        done = run_cli(["list", "-t", self.path("crashed.db")], cwd=self.dir)
        line = self.assertOneLineError(done, "unfinished write of a program that stopped mid-way",
                                       "crashed.db-journal")
        self.assertNotIn("refusing to run SQL", line)
        self.assertEqual(snapshot(self.dir), before)

    def test_live_trace_shows_its_newest_calls(self):
        program = self.path("busy.py")
        with open(program, "w") as handle:
            handle.write(textwrap.dedent("""
                import sys, time

                def work(i):
                    return sum(range(i % 50))

                def main():
                    deadline = time.monotonic() + float(sys.argv[1])
                    i = 0
                    while time.monotonic() < deadline:
                        work(i)
                        i += 1
                        if i % 1000 == 0:
                            time.sleep(0.01)

                main()
            """))
        tracer = subprocess.Popen([CLI, "run", "-o", "live.db", "busy.py", "8"], cwd=self.dir, env=base_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            counts = []
            wal_seen = False
            deadline = time.monotonic() + 60
            while tracer.poll() is None and time.monotonic() < deadline:
                if not os.path.exists(self.path("live.db")):
                    time.sleep(0.1)
                    continue
                done = run_cli(["query", "-t", "live.db", "--format", "json",
                                "SELECT count(*) AS n FROM events WHERE function_name = 'work'"], cwd=self.dir)
                if tracer.poll() is not None:
                    break
                self.assertEqual(done.code, 0, done)
                counts.append(json.loads(done.out)[0]["n"])
                wal_seen = wal_seen or os.path.getsize(self.path("live.db-wal")) > 0
                listing = run_cli(["list", "-t", "live.db"], cwd=self.dir)
                self.assertEqual(listing.code, 0, listing)
                time.sleep(0.3)
            tracer.communicate(timeout=60)
        finally:
            if tracer.poll() is None:
                tracer.kill()
                tracer.communicate()
        self.assertEqual(tracer.returncode, 0)
        self.assertGreaterEqual(len(counts), 5, counts)
        self.assertTrue(wal_seen)  # the calls were read while they were in the WAL
        self.assertEqual(counts, sorted(counts))
        self.assertGreater(counts[-1], counts[0], counts)
        self.assertGreater(counts[-1], 0, counts)
        final = run_cli(["query", "-t", "live.db", "--format", "json",
                         "SELECT count(*) AS n FROM events WHERE function_name = 'work'"], cwd=self.dir)
        self.assertGreaterEqual(json.loads(final.out)[0]["n"], counts[-1])
        # the finished trace has no writer left: reading it now creates or changes nothing next to it (an
        # empty -wal and its -shm may remain when a reader was open as the tracer closed)
        before = snapshot(self.dir)
        self.assertEqual(os.path.getsize(self.path("live.db-wal")) if "live.db-wal" in before else 0, 0)
        self.assertEqual(run_cli(["list", "-t", "live.db"], cwd=self.dir).code, 0)
        self.assertEqual(snapshot(self.dir), before)


if __name__ == "__main__":
    unittest.main()
