"""Real programs nobody here wrote, traced with --include '*': every function's call count equals an
independent reference counter's (callref.py) on the same input, in a separate process.

The programs are pure-Python code from Debian packages (scripts/setup.sh installs them): YAML loaded
and dumped by PyYAML's Python loader and dumper, Markdown converted to HTML with extensions, and Jinja2
compiling and rendering templates. Each runs once to warm up (imports, caches), then once inside
`measured()`, the root both sides count within. Other interpreters than Debian's use the same packages
from /usr/lib/python3/dist-packages (appended to sys.path; their C speedups do not load there, the
pure-Python fallbacks run)."""

import collections
import json
import os
import sys
import unittest

from tracetest import TracerTestCase, child_env

HERE = os.path.dirname(os.path.abspath(__file__))
CALLREF = os.path.join(HERE, "callref.py")
DEBIAN_PACKAGES = "/usr/lib/python3/dist-packages"

PROGRAM = r'''
import os
import sys

try:
    import jinja2, markdown, yaml
except ImportError:
    sys.path.append(%(packages)r)
    import jinja2, markdown, yaml

print("DIRS", os.pathsep.join(os.path.dirname(m.__file__) for m in (jinja2, markdown, yaml)))

YAML_TEXT = """
servers:
%%s
defaults: &defaults
  retries: 3
  timeout: 2.5
  tags: [a, b, "c d"]
override:
  <<: *defaults
  retries: 5
text: |
  several lines
  of literal text
""" %% "".join("  - {name: host%%d, port: %%d, enabled: %%s, weight: %%f}\n" %% (i, 8000 + i, i %% 2 == 0, i / 7)
               for i in range(60))

MARKDOWN_TEXT = "\n\n".join(
    "## Section %%d\n\nSome *emphasis*, **strong** text, `code` and a [link](http://example.com/%%d).\n\n"
    "| a | b |\n|---|---|\n| %%d | x |\n\n```python\nprint(%%d)\n```\n\n- item one\n- item two\n  continued"
    %% (i, i, i, i) for i in range(25))

TEMPLATE = """
<h1>{{ title | upper }}</h1>
{%% macro row(item) -%%}<tr><td>{{ item.name }}</td><td>{{ "%%.2f" | format(item.weight) }}</td></tr>{%%- endmacro %%}
<table>
{%% for item in items if item.enabled %%}{{ row(item) }}
{%% else %%}<tr><td>none</td></tr>{%% endfor %%}
</table>
{%% set total = items | sum(attribute="port") %%}<p>{{ total }} {{ items | length }}</p>
"""


def work():
    data = yaml.load(YAML_TEXT, Loader=yaml.Loader)
    dumped = yaml.dump(data, Dumper=yaml.Dumper)
    html = markdown.markdown(MARKDOWN_TEXT, extensions=["tables", "fenced_code", "toc"])
    environment = jinja2.Environment(autoescape=True)
    page = environment.from_string(TEMPLATE).render(title="servers", items=data["servers"])
    return len(dumped) + len(html) + len(page)


def measured():
    return work()


work()
print("SIZE", measured())
'''


def by_place(counts):
    """file:line keys (a function's name may print differently: 3.10 has no co_qualname)."""
    merged = collections.Counter()
    for key, n in counts.items():
        merged[key.rsplit(":", 1)[0]] += n
    return dict(merged)


class RealProgramsTest(TracerTestCase):
    def test_every_function_is_counted_as_the_reference_counts_it(self):
        script = self.write("program.py", PROGRAM % {"packages": DEBIAN_PACKAGES})
        plain = self.run_python([script])
        self.assertEqual(plain.returncode, 0,
                         "the real programs did not run (scripts/setup.sh installs python3-yaml, "
                         "python3-markdown and python3-jinja2):\n" + plain.stderr)
        dirs = [line.split(" ", 1)[1] for line in plain.stdout.splitlines() if line.startswith("DIRS ")][0]
        size = [line for line in plain.stdout.splitlines() if line.startswith("SIZE ")]

        out = os.path.join(self.dir, "reference.json")
        reference = self.run_python([CALLREF, out, script], check=0, timeout=300,
                                    env=child_env(CALLREF_DIRS=dirs, CALLREF_ROOT="measured"))
        self.assertIn(size[0], reference.stdout)  # the same work
        with open(out, encoding="utf-8") as handle:
            expected = by_place(json.load(handle)["calls"])

        traced = self.run_python(["-m", "breadcrumb", "run", "-o", self.db, "--quiet", "--include", "*", script],
                                 check=0, timeout=300)
        self.assertIn(size[0], traced.stdout)
        got = self.counts_inside(os.path.realpath(script), "measured", dirs.split(os.pathsep))

        self.assertGreater(sum(expected.values()), 10000)  # real work: thousands of calls
        self.assertGreater(len(expected), 300)              # of hundreds of functions
        self.assertEqual(got, expected)

    def counts_inside(self, script, root, dirs):
        rows = self.query("""SELECT c.call_id, c.parent_id, f.file, f.line, f.name
                             FROM calls c JOIN functions f USING (function_id)""")
        children = collections.defaultdict(list)
        for r in rows:
            children[r["parent_id"]].append(r)
        todo = [r for r in rows if r["name"] == root and os.path.realpath(r["file"]) == script]
        self.assertEqual(len(todo), 1)
        wanted = [os.path.realpath(d) for d in dirs]
        counts = collections.Counter()
        while todo:
            r = todo.pop()
            path = os.path.realpath(r["file"])
            if path == script or any(path.startswith(d + os.sep) for d in wanted):
                counts["%s:%d" % (path, r["line"])] += 1
            todo.extend(children.get(r["call_id"], ()))
        return dict(counts)


if __name__ == "__main__":
    unittest.main()
