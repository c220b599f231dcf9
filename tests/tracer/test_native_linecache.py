"""A raise while linecache is being imported is left to the Python describer once, not for good.

A traceback entry of a "<frozen ...>" file shows a source line only where someone put the file's lines into
linecache, so the native describer asks linecache.cache; while linecache itself is being imported (on 3.11
tokenize's `from io import ...` raises in `<frozen io>` then) it cannot, and leaves that raise to the Python
describer. That answer must not be kept for the entry: docutils then sent every later raise through
`<frozen io>` to Python (8 more, ~35 M instructions). Both raises' rows equal what a
BREADCRUMB_PYTHON_DESCRIBE=1 run stores."""

import json
import os
import unittest

from tracetest import TracerTestCase, child_env

PROGRAM = r'''
import json, sys, types, traceback, linecache
import importlib._bootstrap as bootstrap
import breadcrumb._describe as describer

handed = []  # what the tracer handed to the Python describer
original = describer.describe_exception

def counting(exc):
    handed.append(str(exc))
    return original(exc)

describer.describe_exception = counting

def raise_in_frozen(package):
    try:
        bootstrap._resolve_name("x", package, 9)  # raises in "<frozen importlib._bootstrap>"
    except ImportError:
        pass

real = sys.modules["linecache"]
sys.modules["linecache"] = types.ModuleType("linecache")  # as while it imports: no cache yet
raise_in_frozen("a.b")
sys.modules["linecache"] = real
raise_in_frozen("c.d")
with open(sys.argv[1], "w") as out:
    json.dump(handed, out)
'''


class LinecacheImportTest(TracerTestCase):
    def traced(self, name, **env):
        db = os.path.join(self.dir, name + ".db")
        out = os.path.join(self.dir, name + ".json")
        self.run_traced(PROGRAM, args=[out], db=db, env=child_env(**env))
        rows = self.query("SELECT type, message, traceback FROM exceptions WHERE type = 'ImportError'"
                          " ORDER BY exception_id", path=db)
        with open(out, encoding="utf-8") as handle:
            return rows, json.load(handle)

    def test_only_the_raise_during_the_import_goes_to_python(self):
        native, handed = self.traced("native", BREADCRUMB_PYTHON_DESCRIBE=None)
        python, _ = self.traced("python", BREADCRUMB_PYTHON_DESCRIBE="1")
        self.assertEqual(len(native), 2)
        self.assertEqual(native, python)
        self.assertIn('<frozen importlib._bootstrap>", line', native[1]["traceback"])
        beyond = "attempted relative import beyond top-level package"
        self.assertEqual(handed.count(beyond), 1)  # the first raise only


if __name__ == "__main__":
    unittest.main()
