"""An independent reference for the tracer tests: run SCRIPT as `python SCRIPT` would, counting with
sys.setprofile every Python function call the interpreter makes on the main thread, from the
program's first line to the end of its exit work (threading._shutdown, the program's atexit
handlers). Writes {(co_filename, co_firstlineno, co_name): calls} as a repr to OUT.

    python profile_reference.py OUT SCRIPT [ARGS...]
"""

import atexit
import builtins
import os
import sys

OUT, SCRIPT = sys.argv[1], os.path.abspath(sys.argv[2])
ME = os.path.abspath(__file__)
counts = {}


def dump():
    sys.setprofile(None)
    descriptor = os.open(OUT, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(descriptor, repr(counts).encode())
    os.close(descriptor)


def profile(frame, event, _arg):
    if event == "call":
        code = frame.f_code
        if code.co_filename != ME:
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            counts[key] = counts.get(key, 0) + 1


atexit.register(dump)  # registered first: runs after the program's own atexit handlers
sys.argv = [SCRIPT] + sys.argv[3:]
sys.path[0] = os.path.dirname(SCRIPT)
with open(SCRIPT, encoding="utf-8") as handle:
    program = compile(handle.read(), SCRIPT, "exec", dont_inherit=True)
main = type(sys)("__main__")
main.__dict__.update(__file__=SCRIPT, __builtins__=builtins, __cached__=None, __loader__=None,
                     __package__=None, __spec__=None)
sys.modules["__main__"] = main
del handle
sys.setprofile(profile)
try:
    exec(program, main.__dict__)
except SystemExit:
    raise  # python prints its message, if any, and exits with its status
except BaseException as exc:
    # reported as python would, without this file's frame (its source line would be read too)
    exc.__traceback__ = exc.__traceback__.tb_next  # what python prints is the exception's own
    sys.excepthook(type(exc), exc, exc.__traceback__)
    sys.exit(1)
