"""Scope: the user's own code by default; --include/--exclude module globs; '*' traces everything."""

import json
import os
import sysconfig
import unittest

from tracetest import TracerTestCase

MAIN = """
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "vendor", "site-packages"))
import helpers
import thirdparty
from mylib import util

def main():
    for i in range(3):
        json.dumps({"i": i})
    helpers.g(1)
    util.f(2)
    thirdparty.t(3)

main()
"""


class ScopeTest(TracerTestCase):
    def setUp(self):
        super().setUp()
        self.write("helpers.py", "def g(x):\n    return x\n")
        self.write("mylib/__init__.py", "def package_helper():\n    return 1\n")
        self.write("mylib/util.py", "from mylib import package_helper\n\n"
                                    "def f(x):\n    return x * 2 + package_helper()\n")
        self.write("vendor/site-packages/thirdparty.py", "def t(x):\n    return x\n")

    def traced(self, *options):
        self.run_traced(MAIN, runner_options=options)
        return {(r["module"], r["name"]): r["file"]
                for r in self.query("SELECT module, name, file FROM functions")}

    def counts(self):
        return {(r["module"], r["function_name"]): r["n"] for r in self.query(
            "SELECT module, function_name, COUNT(*) AS n FROM events GROUP BY 1, 2")}

    def test_default_scope_is_the_users_code(self):
        functions = self.traced()
        modules = {module for module, _name in functions}
        self.assertEqual(modules, {"__main__", "helpers", "mylib", "mylib.util"})
        counts = self.counts()
        self.assertEqual(counts[("__main__", "main")], 1)
        self.assertEqual(counts[("helpers", "g")], 1)
        self.assertEqual(counts[("mylib.util", "f")], 1)
        self.assertEqual(counts[("mylib", "package_helper")], 1)
        stdlib = os.path.realpath(sysconfig.get_paths()["stdlib"])
        for file in functions.values():
            self.assertFalse(os.path.realpath(file).startswith(stdlib + os.sep), file)
            self.assertNotIn("site-packages", file)
        self.assertEqual(self.one_event("f")["caller_function"], "main")
        # calls into untraced code are aggregated per caller
        untraced = self.query("""SELECT f.name AS caller, u.callee, u.calls FROM untraced_calls u
                                 JOIN functions f ON f.function_id = u.caller_function_id""")
        dumps = [r for r in untraced if r["callee"].endswith("dumps")]
        self.assertEqual([(r["caller"], r["calls"]) for r in dumps], [("main", 3)])
        self.assertEqual(dumps[0]["callee"], "json.dumps")
        thirdparty = [r for r in untraced if r["callee"] == "thirdparty.t"]
        self.assertEqual([(r["caller"], r["calls"]) for r in thirdparty], [("main", 1)])

    def test_include_adds_modules(self):
        functions = self.traced("--include", "json", "--include", "third*")
        self.assertIn(("json", "dumps"), functions)
        self.assertIn(("thirdparty", "t"), functions)
        self.assertIn(("json.encoder", "JSONEncoder.encode"), functions)  # submodules of 'json'
        counts = self.counts()
        self.assertEqual(counts[("json", "dumps")], 3)
        self.assertEqual(counts[("__main__", "main")], 1)
        self.assertEqual(self.one_event("t")["caller_function"], "main")
        run = self.only_run()
        self.assertEqual(json.loads(run["include_globs"]), ["json", "third*"])
        self.assertEqual(json.loads(run["exclude_globs"]), [])

    def test_exclude_removes_modules(self):
        functions = self.traced("--exclude", "helpers", "--exclude", "mylib.*")
        modules = {module for module, _name in functions}
        self.assertEqual(modules, {"__main__", "mylib"})
        self.assertEqual(json.loads(self.only_run()["exclude_globs"]), ["helpers", "mylib.*"])

    def test_exclude_wins_over_include(self):
        functions = self.traced("--include", "json*", "--exclude", "json.encoder")
        modules = {module for module, _name in functions}
        self.assertIn("json", modules)
        self.assertNotIn("json.encoder", modules)

    def test_include_star_traces_everything_but_breadcrumb(self):
        functions = self.traced("--include", "*")
        modules = {module for module, _name in functions}
        self.assertIn("json", modules)
        self.assertIn("thirdparty", modules)
        self.assertTrue(any(m.startswith("importlib") for m in modules), sorted(modules))
        self.assertFalse([m for m in modules if m == "breadcrumb" or m.startswith("breadcrumb.")])
        self.assertEqual(self.counts()[("__main__", "main")], 1)

    def test_wildcard_globs_decide_as_fnmatch_does(self):
        functions = self.traced("--include", "js?n.[de]*", "--include", "mylib.*", "--exclude", "my*.util")
        modules = {module for module, _name in functions}
        self.assertIn("json.encoder", modules)
        self.assertIn("json.decoder", modules)
        self.assertNotIn("json", modules)  # 'js?n.[de]*' names submodules only
        self.assertNotIn("mylib.util", modules)
        self.assertEqual(modules & {"helpers", "mylib", "__main__"}, {"helpers", "mylib", "__main__"})

    def test_a_decided_file_is_not_asked_again(self):
        """The native hook reads the scope's file_decisions before calling it: a module's first code
        object asks, its other functions take the file's answer; a name in always_asked asks every
        time. Every function is traced all the same."""
        self.write("many.py", "".join("def f%d(x):\n    return x + %d\n\n" % (i, i) for i in range(5)) +
                   "class A:\n    def _launch(self):\n        return 1\n\n"
                   "class B:\n    def _launch(self):\n        return 2\n")
        process = self.run_with_init("""
            import json, sys
            from breadcrumb import _scope
            asked = []
            plain_call = _scope.Scope.__call__
            def counting_call(self, code):
                if code.co_filename.endswith("many.py"):
                    asked.append(code.co_name)
                return plain_call(self, code)
            _scope.Scope.__call__ = counting_call
            import breadcrumb
            breadcrumb.init(DB)
            import many
            for i in range(5):
                getattr(many, "f%d" % i)(i)
            many.A()._launch()
            many.B()._launch()
            print(json.dumps(asked))
        """)
        asked = json.loads(process.stdout.strip().splitlines()[-1])
        self.assertEqual(asked, ["<module>", "_launch", "_launch"])
        counts = self.counts()
        for i in range(5):
            self.assertEqual(counts[("many", "f%d" % i)], 1)
        self.assertEqual(counts[("many", "A._launch")], 1)
        self.assertEqual(counts[("many", "B._launch")], 1)


class CompiledGlobsTest(unittest.TestCase):
    """The scope's compiled globs decide exactly as glob_matches() does, glob by glob."""

    def test_compiled_globs_agree_with_fnmatch(self):
        from breadcrumb._scope import _Globs, glob_matches
        modules = ["json", "json.decoder", "jsonx", "a", "a.b.c", "ab", "x.y", "mylib", "mylib.util",
                   "my", "tests.test_a", "test", "[x]", "a.b"]
        pattern_sets = [[], ["json"], ["json*"], ["js?n.*"], ["a.b", "x.*"], ["*"], ["my[l]ib"],
                        ["test*", "a"], ["[[]x]"], ["*.util", "a.*"], ["a.b.*"]]
        for patterns in pattern_sets:
            globs = _Globs(patterns)
            for module in modules:
                with self.subTest(patterns=patterns, module=module):
                    self.assertEqual(globs.match(module) if patterns else False,
                                     any(glob_matches(module, p) for p in patterns))


if __name__ == "__main__":
    unittest.main()
