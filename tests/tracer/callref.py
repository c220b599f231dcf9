"""Independent reference for the tracer's counts: runs a script untraced by Breadcrumb and counts, per
function, the calls, the calls that ended by raising (and which exception escaped them) and the
distinct exceptions raised. It shares nothing with the tracer: sys.monitoring (PY_START, PY_UNWIND,
RAISE) on 3.12+, a sys.settrace function on 3.10/3.11.

    python callref.py OUT.json SCRIPT [ARGS...]

Functions are keyed "file:first line:co_name". Only code in files under CALLREF_DIRS (os.pathsep
separated; default: the script's own file) counts. With CALLREF_ROOT=name only what runs inside the
calls of the script's function `name` counts (that function included), so imports and warm-up
before it do not. A generator or coroutine is one call (its first start); exceptions used for
control flow (StopIteration, StopAsyncIteration, GeneratorExit) are not counted, as the tracer
does not record them. Exceptions are numbered by their first raise, from 0.
"""

import collections
import json
import os
import runpy
import sys
import threading

CONTROL_FLOW = (StopIteration, StopAsyncIteration, GeneratorExit)


class Counter:
    def __init__(self, script, dirs, root):
        self.dirs = tuple(os.path.realpath(d) for d in dirs)
        self.script = os.path.realpath(script)
        self.root = root
        self.active = root is None
        self.root_depth = 0
        self.calls = collections.Counter()
        self.raised_calls = collections.defaultdict(list)
        self.raises = 0
        self.wanted_files = {}

    def wanted(self, code):
        name = code.co_filename
        known = self.wanted_files.get(name)
        if known is None:
            path = os.path.realpath(name) if not name.startswith("<") else name
            known = path == self.script or any(path.startswith(d + os.sep) for d in self.dirs)
            self.wanted_files[name] = known
        return known

    @staticmethod
    def key(code):
        return "%s:%d:%s" % (os.path.realpath(code.co_filename), code.co_firstlineno, code.co_name)

    def is_root(self, code):
        return self.root is not None and code.co_name == self.root and \
            os.path.realpath(code.co_filename) == self.script

    def started(self, code):
        if self.is_root(code):
            self.root_depth += 1
            self.active = True
        if self.active and self.wanted(code):
            self.calls[self.key(code)] += 1

    def ended(self, code, exc, numbered=False):
        """exc: the exception that escaped (numbered: already its number), None when it returned."""
        if numbered:
            if exc is not None and self.active and self.wanted(code):
                self.raised_calls[self.key(code)].append(exc)
        elif self.active and exc is not None and self.wanted(code) and not isinstance(exc, CONTROL_FLOW):
            self.raised_calls[self.key(code)].append(self.number(exc))
        if self.is_root(code):
            self.root_depth -= 1
            self.active = self.root_depth > 0

    def number(self, exc):
        # Kept on the exception itself: holding exceptions (and so their tracebacks, frames and
        # locals) would change when the program's objects die, and with them its calls.
        number = exc.__dict__.get("_callref_number")
        if number is None:
            number = exc.__dict__["_callref_number"] = self.raises
            self.raises += 1
        return number

    def raised(self, code, exc):
        if self.active and self.wanted(code) and not isinstance(exc, CONTROL_FLOW):
            self.number(exc)

    def result(self):
        return {"calls": dict(self.calls), "raised_calls": dict(self.raised_calls),
                "raises": self.raises}


def install_monitoring(counter):
    mon = sys.monitoring
    tool = 5
    mon.use_tool_id(tool, "callref")
    events = mon.events
    mon.register_callback(tool, events.PY_START, lambda code, offset: counter.started(code))
    mon.register_callback(tool, events.PY_RETURN, lambda code, offset, value: counter.ended(code, None))
    mon.register_callback(tool, events.PY_UNWIND, lambda code, offset, exc: counter.ended(code, exc))
    mon.register_callback(tool, events.RAISE, lambda code, offset, exc: counter.raised(code, exc))
    mon.set_events(tool, events.PY_START | events.PY_RETURN | events.PY_UNWIND | events.RAISE)
    return lambda: mon.set_events(tool, 0)


def install_settrace(counter):
    import dis
    resume = dis.opmap.get("RESUME")  # 3.11; 3.10 starts a fresh frame at f_lasti -1
    normal_ends = {dis.opmap[name] for name in ("RETURN_VALUE", "YIELD_VALUE", "YIELD_FROM") if name in dis.opmap}
    last_exception = {}  # id(frame) -> number of the exception that last entered or was raised in it

    def trace(frame, event, arg):
        code = frame.f_code
        if event == "call":
            frame.f_trace_lines = False
            i = frame.f_lasti
            if resume is None:
                fresh = i < 0
            else:
                raw = code.co_code
                fresh = raw[i] == resume and raw[i + 1] == 0
            if fresh:
                counter.started(code)
            return trace
        if event == "exception":
            exc = arg[1]
            if counter.active and counter.wanted(code) and not isinstance(exc, CONTROL_FLOW):
                last_exception[id(frame)] = counter.number(exc)
        elif event == "return":
            raw = code.co_code
            i = frame.f_lasti
            number = last_exception.pop(id(frame), None)
            if i >= 0 and raw[i] in normal_ends:
                if raw[i] == dis.opmap["RETURN_VALUE"]:
                    counter.ended(code, None)
                elif number is not None:
                    last_exception[id(frame)] = number  # suspended: it may raise later
            else:
                counter.ended(code, number, numbered=True)
        return trace

    threading.settrace(trace)
    sys.settrace(trace)
    return lambda: sys.settrace(None)


def main():
    out, script = sys.argv[1], sys.argv[2]
    dirs = [d for d in os.environ.get("CALLREF_DIRS", "").split(os.pathsep) if d]
    counter = Counter(script, dirs, os.environ.get("CALLREF_ROOT") or None)
    sys.argv = sys.argv[2:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    stop = (install_monitoring if sys.version_info >= (3, 12) else install_settrace)(counter)
    try:
        runpy.run_path(script, run_name="__main__")
    finally:
        stop()
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(counter.result(), handle)


if __name__ == "__main__":
    main()
