"""Golden-output tests: each command's stdout on the deterministic seed traces, compared byte for byte
with tests/cli/golden/NAME.txt (regenerate with BREADCRUMB_UPDATE_GOLDEN=1 after a deliberate change and
review the diff)."""

import difflib
import os
import sys
import unittest

from cli_support import GOLDEN_DIR, UPDATE_GOLDEN, FixtureTestCase

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seed_queries import SEED  # noqa: E402  (tests/seed_queries.sql, the one copy of the seed's SQL)

CALLERS_SQL = SEED["callers"]
COMPARE_SQL = SEED["compare"]
SLOWEST_SQL = SEED["slowest"]
VARIANCE_SQL = SEED["variance"]
SELF_TIME_SQL = SEED["self_time"]
TIMELINE_SQL = SEED["timeline"]

# name -> (trace, arguments, expected exit status)
CASES = {
    # The seed's workflow, step by step (steps 1-3 before the optimisation, step 5 after the re-run).
    "performance_sort_duration": ("seed-before", ["performance", "--sort", "duration", "--limit", "10"], 0),
    "performance_slow_function": ("seed-before", ["performance", "slow_function"], 0),
    "query_callers": ("seed-before", ["query", CALLERS_SQL], 0),
    "query_compare_avg": ("seed", ["query", COMPARE_SQL], 0),
    "query_slowest": ("seed-before", ["query", SLOWEST_SQL], 0),
    "query_variance": ("seed-before", ["query", VARIANCE_SQL], 0),
    "query_self_time": ("seed-before", ["query", SELF_TIME_SQL], 0),
    "query_timeline": ("seed-before", ["query", TIMELINE_SQL], 0),
    # Other sorts and formats.
    "performance_sort_self": ("seed-before", ["performance", "--sort", "self", "--limit", "3"], 0),
    "performance_csv": ("seed-before", ["performance", "--limit", "4", "--format", "csv"], 0),
    "performance_function_json": ("seed-before", ["performance", "slow_function", "--format", "json",
                                                  "--timeline", "3"], 0),
    "performance_method": ("errors", ["performance", "Account.withdraw"], 0),
    "query_callers_json": ("seed-before", ["query", "--format", "json", CALLERS_SQL], 0),
    "query_callers_csv": ("seed-before", ["query", "--format", "csv", CALLERS_SQL], 0),
    "query_run_filter": ("seed", ["query", "--run", "2", "SELECT function_name, COUNT(*) AS calls FROM events "
                                  "WHERE function_name LIKE '%slow%' GROUP BY 1 ORDER BY 1"], 0),
    # Smart modes.
    "query_call": ("errors", ["query", "--call", "parse_number"], 0),
    "query_call_uncaptured": ("seed-before", ["query", "--call", "slow_function", "--limit", "2"], 0),
    "query_flow": ("errors", ["query", "--flow"], 0),
    "query_flow_limit": ("seed-before", ["query", "--flow", "--limit", "12"], 0),
    "query_gaps": ("seed-before", ["query", "--gaps"], 0),
    "query_fuzzy": ("errors", ["query", "--fuzzy", "timeout"], 0),
    "query_fuzzy_json": ("errors", ["query", "--fuzzy", "ERROR", "--format", "json"], 0),
    # The other commands.
    "list": ("seed", ["list"], 0),
    "list_json": ("seed", ["list", "--format", "json"], 0),
    "get": ("seed", ["get", "1"], 0),
    "get_min_percent": ("seed", ["get", "--run", "1", "--min-percent", "10"], 0),
    "get_depth_json": ("seed", ["get", "2", "--depth", "2", "--format", "json"], 0),
    "exceptions": ("errors", ["exceptions"], 0),
    "exceptions_since_escaped": ("errors", ["exceptions", "--since", "2025-03-14T11:00", "--escaped",
                                            "--limit", "2"], 0),
    "exceptions_csv": ("errors", ["exceptions", "--format", "csv", "--type", "KeyError"], 0),
    "top": ("seed-before", ["top", "5"], 0),
    "top_json": ("seed", ["top", "--limit", "3", "--format", "json"], 0),
    "report": ("seed-before", ["report"], 0),
    "report_errors": ("errors", ["report", "--top", "3"], 0),
    "compare": ("seed", ["compare", "1", "2"], 0),
    "compare_files": ("seed", ["compare", "seed-before.db", "seed.db:2", "--limit", "5"], 0),
    "compare_csv": ("seed", ["compare", "seed.db:1", "seed.db:2", "--format", "csv", "--limit", "4"], 0),
    "compare_json": ("seed", ["compare", "1", "2", "--format", "json", "--limit", "3"], 0),
    "compare_self": ("seed", ["compare", "1", "1"], 0),  # a run against itself: no change anywhere
    "compare_pooled": ("seed", ["compare", "seed.db:all", "seed.db:2", "--limit", "5"], 0),  # runs 1-2 pooled
    "compare_different_programs": ("seed", ["compare", "seed.db", "errors.db", "--limit", "3"], 0),
}


class GoldenOutputTest(FixtureTestCase):
    pass


def make_test(name, trace, args, code):
    def test(self):
        result = self.cli("-t", trace + ".db", *args)
        self.assertEqual(result.code, code, result)
        self.assertEqual(result.err, "", result)
        path = os.path.join(GOLDEN_DIR, name + ".txt")
        if UPDATE_GOLDEN:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(result.out)
            return
        with open(path, encoding="utf-8") as handle:
            expected = handle.read()
        if result.out != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), result.out.splitlines(True),
                                                "golden/" + name + ".txt", "actual"))
            self.fail("output of breadcrumb %s differs from the golden file:\n%s" % (" ".join(args), diff))
    return test


for _name, (_trace, _args, _code) in CASES.items():
    setattr(GoldenOutputTest, "test_" + _name, make_test(_name, _trace, _args, _code))


if __name__ == "__main__":
    unittest.main()
