#!/usr/bin/env python3
"""Makes the traces the MCP tests read, in OUT_DIR:

  seed-before.db  the seed document's performance example before the optimisation (one run)
  seed.db         the same run plus the re-run after the optimisation (run 1 = before, run 2 = after)
  values.db       seed-before with captured argument values: redundant_computation calls
                  slow_function(10) ten times with the same argument
  errors.db       a run with caught and escaped exceptions
  pooled.db       runs 1-2 before the optimisation, runs 3-4 after (pooled comparisons)

The scenarios come from tests/cli/make_seed_trace.py (deterministic, fixed times), so the MCP tools are
checked against the same figures as the CLI's golden tests.

usage: make_traces.py OUT_DIR
"""

import os
import shutil
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
GENERATOR = os.path.join(ROOT, "tests", "cli", "make_seed_trace.py")


def generate(out, scenario):
    subprocess.run([sys.executable, GENERATOR, out, "--scenario", scenario,
                    "--schema-dir", os.path.join(ROOT, "tracer")], check=True)


def add_values(path):
    """Captured values as the tracer stores them (capture_values=1): repr of the arguments and result."""
    db = sqlite3.connect(path)
    db.execute("UPDATE runs SET capture_values = 1")
    rows = db.execute(
        "SELECT c.call_id, pf.name FROM calls c JOIN functions f ON f.function_id = c.function_id "
        "LEFT JOIN calls p ON p.call_id = c.parent_id LEFT JOIN functions pf ON pf.function_id = p.function_id "
        "WHERE f.name = 'slow_function' ORDER BY c.call_id").fetchall()
    for i, (call_id, caller) in enumerate(rows):
        args = "x=10" if caller == "redundant_computation" else "x=%d" % i
        db.execute("INSERT INTO call_values(call_id, args, return_value) VALUES (?, ?, ?)", (call_id, args, "100"))
    db.commit()
    db.close()


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    if not os.path.exists(GENERATOR):
        print("make_traces.py: %s is missing" % GENERATOR, file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    generate(os.path.join(out_dir, "seed-before.db"), "seed-before")
    generate(os.path.join(out_dir, "seed.db"), "seed")
    generate(os.path.join(out_dir, "errors.db"), "errors")
    generate(os.path.join(out_dir, "pooled.db"), "pooled")
    shutil.copyfile(os.path.join(out_dir, "seed-before.db"), os.path.join(out_dir, "values.db"))
    add_values(os.path.join(out_dir, "values.db"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
