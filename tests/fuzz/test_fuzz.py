"""The fuzz suite: hostile variants of real traces (parent cycles, huge claims, huge strings, control
characters, FIFOs as source files, 20 000-level recursion, foreign schemas, endless views, damaged chunks,
extreme numbers, truncated files, byte flips) against every CLI command, viewer views (--screenshot) and
every MCP tool, each under a time and address-space cap. Each must end with a result or one line of error,
never a signal or a hang, and the trace's directory must be byte for byte what it was (no change, no new
file next to it).

Seeded: FUZZ_SEED (default 16) picks the damage and the views; FUZZ_ROUNDS (default 1) repeats every
variant with the next seeds. The CI run (ctest fuzz.hostile) is one round with three viewer views per
variant; tests/bench runs the long mode (bench.fuzz_long: 8 rounds, every view).
"""

import os
import random
import shutil
import tempfile
import unittest

import hostile
from hostile import CLI_COMMANDS, GUI_VIEWS, MCP_CALLS, McpSession, make_base, make_variant, problems, snapshot

SEED = int(os.environ.get("FUZZ_SEED", "16"))
ROUNDS = int(os.environ.get("FUZZ_ROUNDS", "1"))
VIEWS_PER_VARIANT = int(os.environ.get("FUZZ_VIEWS", "3"))


class FuzzTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="breadcrumb-fuzz-")
        cls.bases = [make_base(os.path.join(cls.dir, s + ".db"), s) for s in ("seed", "errors")]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def attack(self, variant, seed):
        rng = random.Random(seed)
        work = tempfile.mkdtemp(dir=self.dir)
        trace_dir = os.path.join(work, "trace")
        out_dir = os.path.join(work, "out")
        os.mkdir(trace_dir)
        os.mkdir(out_dir)
        base = self.bases[seed % len(self.bases)]
        trace = make_variant(base, os.path.join(trace_dir, "trace.db"), variant, rng)
        before = snapshot(trace_dir)
        found = []

        def check(what, result, prefix):
            for problem in problems(result, prefix):
                found.append("%s: %s\n%r" % (what, problem, result))

        for command in CLI_COMMANDS:
            args = [a.format(out=out_dir) for a in command]
            check("breadcrumb " + " ".join(args), hostile.cli(trace, *args), "breadcrumb: ")

        views = GUI_VIEWS if VIEWS_PER_VARIANT >= len(GUI_VIEWS) else rng.sample(GUI_VIEWS, VIEWS_PER_VARIANT)
        for view in views:
            extra = ["--select", "slow_function"] if view in ("function", "callers") and base.endswith("seed.db") else []
            result = hostile.gui(trace, view, os.path.join(out_dir, view + ".png"), *extra)
            check("breadcrumb-gui --view " + view, result, "breadcrumb-gui: ")

        try:
            mcp = McpSession(trace)
            try:
                for tool, arguments in MCP_CALLS:
                    reply = mcp.call(tool, arguments)
                    if "result" not in reply:
                        found.append("%s %s: not a tool result: %s" % (tool, arguments, str(reply)[:500]))
                    elif reply["result"].get("isError") and len(reply["result"]["content"][0]["text"].splitlines()) != 1:
                        found.append("%s %s: a multi-line error: %s" % (tool, arguments, str(reply)[:500]))
            finally:
                code = mcp.close()
                if code != 0:
                    found.append("serve-mcp ended with %s" % code)
        except AssertionError as e:
            found.append("serve-mcp: %s" % e)

        if snapshot(trace_dir) != before:
            found.append("the trace's directory changed: %s -> %s" % (sorted(before), sorted(snapshot(trace_dir))))
        self.assertEqual(found, [], "\n\n".join(found))


def _add(variant):
    def test(self):
        for round_ in range(ROUNDS):
            with self.subTest(seed=SEED + round_):
                self.attack(variant, SEED + round_)
    setattr(FuzzTest, "test_" + variant.replace(":", "_"), test)


for _variant in hostile.VARIANTS:
    _add(_variant)


if __name__ == "__main__":
    unittest.main()
