#!/usr/bin/env python3
"""Real-program overhead: untraced vs cProfile vs `breadcrumb run --include '*'` on the same interpreter.

Runs real pure-Python programs from Debian packages (PyYAML's pure loader and dumper, Python-Markdown,
Jinja2, docutils, Pygments; whichever import) in fresh processes, the three modes interleaved round by
round, and prints medians: end-to-end wall time (process start to exit, the trace committed) as a ratio
to the untraced run and to cProfile's, and the peak memory (max RSS) of each. Target (issue 11): wall
<= cProfile's on every program. `--busy` repeats it with a CPU hog pinned to the other core.

    PYTHONPATH=build/python python3 tests/bench/real_programs.py [--reps 5] [--busy]
    ... --interpreter /root/.pyenv/versions/3.12.1/bin/python3=build-py3.12.1/python

Another interpreter gets its own tracer build (the `=DIR` part, put first on its PYTHONPATH) and
Debian's pure-Python packages (/usr/lib/python3/dist-packages) after it.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DIST_PACKAGES = "/usr/lib/python3/dist-packages"

# Each program does a fixed amount of CPU-bound work (~0.3-1 s untraced at scale 1). SCALE is replaced.
PROGRAMS = {
    "yaml": """
import yaml
doc = {"items": [{"id": i, "name": "item %d" % i, "tags": ["a", "b", "c"], "price": i * 1.5,
                  "nested": {"x": [1, 2, {"y": "z"}], "ok": i % 2 == 0}} for i in range(40 * SCALE)]}
text = yaml.dump(doc, Dumper=yaml.Dumper)
assert yaml.load(text, Loader=yaml.Loader) == doc
""",
    "markdown": """
import markdown
block = '''# Title {n}

Some *emphasis*, **strong**, `code` and a [link](http://example.com/{n}).

* item one
* item two with _more_ text
    1. nested
    2. list

> a quote with a line
> and another

    indented code block

| a | b |
|---|---|
| 1 | 2 |
'''
text = "\\n".join(block.format(n=i) for i in range(30 * SCALE))
html = markdown.markdown(text, extensions=["tables"])
assert "<h1>Title 3</h1>" in html
""",
    "jinja2": """
import jinja2
env = jinja2.Environment(autoescape=True)
template = env.from_string('''
<ul>{% for user in users %}
  <li class="{{ loop.cycle('odd', 'even') }}">{{ user.name|title }} ({{ user.age }}):
  {% for tag in user.tags %}{{ tag|upper }}{% if not loop.last %}, {% endif %}{% endfor %}
  {% if user.age > 30 %}senior{% else %}junior{% endif %}</li>
{% endfor %}</ul>''')
users = [{"name": "user <%d>" % i, "age": i % 60, "tags": ["t%d" % j for j in range(5)]}
         for i in range(200)]
for _ in range(8 * SCALE):
    out = template.render(users=users)
assert "User &lt;3&gt;" in out
""",
    "docutils": """
import docutils.core
section = '''
Section {n}
===========

A paragraph with *emphasis*, **strong** text, ``literals`` and a reference_.

.. _reference: http://example.com/{n}

- a bullet list
- with two items

  1. and a nested
  2. enumerated list

.. note:: An admonition.

::

    literal block
    of code

=====  =====
col 1  col 2
=====  =====
1      2
=====  =====
'''
text = "".join(section.format(n=i) for i in range(8 * SCALE))
html = docutils.core.publish_string(text, writer_name="html", settings_overrides={"report_level": 5})
assert b"Section 3" in html
""",
    "pygments": """
import pygments, pygments.lexers, pygments.formatters
import os
source = open(os.path.join(os.path.dirname(pygments.__file__), "lexer.py"), encoding="utf-8").read()
for _ in range(2 * SCALE):
    html = pygments.highlight(source, pygments.lexers.PythonLexer(), pygments.formatters.HtmlFormatter())
assert "<span" in html
""",
}


def run(cmd, env, cpu=None):
    """-> (wall seconds, max RSS in MB) of one fresh process."""
    start = time.perf_counter()
    preexec = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=preexec)
    stderr = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit("benchmark run failed (%d): %s\n%s" % (process.returncode, " ".join(cmd),
                                                       stderr.decode(errors="replace").strip()))
    return wall, usage.ru_maxrss / 1024.0


def available(python, env, path):
    """Runs the program once untraced: it imports and works here (and the caches are warm)."""
    return subprocess.run([python, path], env=env, capture_output=True).returncode == 0


def bench_interpreter(python, package_dir, args, tmp, busy):
    env = dict(os.environ)
    paths = [p for p in [package_dir] + env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if python != sys.executable or args.dist_packages:
        paths.append(DIST_PACKAGES)
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("BREADCRUMB_DB", None)
    version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    scripts = {}
    for name, source in PROGRAMS.items():
        if args.programs and name not in args.programs:
            continue
        path = os.path.join(tmp, "%s_%s.py" % (name, version))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(source.replace("SCALE", str(args.scale)))
        if available(python, env, path):
            scripts[name] = path
        elif args.require_all:
            sys.exit("%s does not run on Python %s: install its Debian package (scripts/setup.sh)"
                     % (name, version))
        else:
            print("(%s: not importable on Python %s, skipped)" % (name, version))
    modes = {
        "untraced": lambda s, i: [python, s],
        "cProfile": lambda s, i: [python, "-m", "cProfile", "-o", os.path.join(tmp, "p%d.out" % i), s],
        # what the `breadcrumb run` CLI starts (it adds only its report)
        "breadcrumb": lambda s, i: [python, "-m", "breadcrumb", "run", "-q", "--include", "*", "-o",
                                    os.path.join(tmp, "t%d.db" % i), s],
    }
    cpu = 0 if busy else None
    results = {name: {mode: [] for mode in modes} for name in scripts}
    for round_ in range(args.reps):
        for name, script in scripts.items():
            for mode, command in modes.items():  # interleaved: machine noise hits every mode alike
                results[name][mode].append(run(command(script, round_), env, cpu))
            for leftover in os.listdir(tmp):
                if leftover.startswith(("t%d.db" % round_, "p%d.out" % round_)):
                    os.remove(os.path.join(tmp, leftover))
    title = "Python %s%s, %d round%s, medians" % (version, ", busy (CPU hog on the other core)" if busy else "",
                                                args.reps, "" if args.reps == 1 else "s")
    print(title)
    print("%-9s %9s %9s %9s %7s %7s %9s %9s %9s" % ("program", "untraced", "cProfile", "bcrumb", "cP x",
                                                   "bc x", "bc / cP", "RSS un", "RSS cP / bc"))
    worst = 0.0
    for name in scripts:
        wall = {mode: statistics.median(r[0] for r in results[name][mode]) for mode in modes}
        rss = {mode: statistics.median(r[1] for r in results[name][mode]) for mode in modes}
        ratio = wall["breadcrumb"] / wall["cProfile"]
        worst = max(worst, ratio)
        print("%-9s %8.3fs %8.3fs %8.3fs %6.2fx %6.2fx %9.2f %7.0fMB %5.0f / %.0fMB"
              % (name, wall["untraced"], wall["cProfile"], wall["breadcrumb"],
                 wall["cProfile"] / wall["untraced"], wall["breadcrumb"] / wall["untraced"], ratio,
                 rss["untraced"], rss["cProfile"], rss["breadcrumb"]))
    print("worst breadcrumb / cProfile wall: %.2f (target <= 1.00)\n" % worst)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--busy", action="store_true", help="also run with a CPU hog on the other core")
    parser.add_argument("--only-busy", action="store_true", help="only the busy mode")
    parser.add_argument("--program", dest="programs", action="append", choices=sorted(PROGRAMS))
    parser.add_argument("--interpreter", action="append", default=[],
                        help="PYTHON=TRACER_PACKAGE_DIR (repeatable); default: this interpreter")
    parser.add_argument("--require-all", action="store_true",
                        help="fail (instead of skipping) when a program's package is missing")
    parser.add_argument("--dist-packages", action="store_true",
                        help="put %s on this interpreter's path too" % DIST_PACKAGES)
    args = parser.parse_args()
    interpreters = [tuple(i.split("=", 1)) if "=" in i else (i, "") for i in args.interpreter]
    interpreters = interpreters or [(sys.executable, "")]
    tmp = tempfile.mkdtemp(prefix="breadcrumb-real-")
    try:
        for busy in ([True] if args.only_busy else [False, True] if args.busy else [False]):
            hog = None
            if busy:
                if len(os.sched_getaffinity(0)) < 2:
                    print("(busy mode needs two CPUs; skipped)")
                    continue
                hog = subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                       preexec_fn=lambda: os.sched_setaffinity(0, {1}))
            try:
                for python, package_dir in interpreters:
                    bench_interpreter(python, package_dir, args, tmp, busy)
            finally:
                if hog is not None:
                    hog.kill()
                    hog.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
