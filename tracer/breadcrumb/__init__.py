"""Breadcrumb: record every Python call of a program into a SQLite trace.

    import breadcrumb
    breadcrumb.init()                  # trace the rest of this program into .breadcrumb/traces.db
    ...
    breadcrumb.shutdown()              # optional: the run is finished at exit anyway

    with breadcrumb.trace("out.db"):   # or only a block
        work()

or without touching the program: `python -m breadcrumb run script.py args` (see __main__.py).

Scope: by default the user's own code is traced (not the standard library, not site-packages or
dist-packages, not Breadcrumb). `include`/`exclude` are fnmatch globs on module names; a glob also
matches the submodules of what it names (`mylib` covers `mylib.sub`). `include` adds to the default
scope (`include=['*']` traces everything), `exclude` wins over both.
"""

import _thread
import atexit
import os
import sys

from ._describe import traceback_text as _traceback_text, redact as _redact, thread_info
from ._scope import Scope

# Importing breadcrumb is part of every traced program's run time: modules that pull in re, json or
# traceback (describing exceptions in Python, capturing values) are imported when first needed.

__version__ = "0.1.0"
__all__ = ["init", "shutdown", "trace", "active", "default_db_path", "__version__"]

DEFAULT_DB = os.path.join(".breadcrumb", "traces.db")

_lock = _thread.RLock()
_run = None                # the _Run being recorded by this process, or None
_atexit_registered = False
_fork_hook_registered = False
_native_module = None      # kept: `from . import _native` at exit would show in the trace


class _Run:
    def __init__(self, run_id, path):
        self.run_id = run_id
        self.path = path
        self.pid = os.getpid()
        self.exit_code = None         # set by the runner or by the unhandled-exception hook
        self.system_exit_code = None  # the last SystemExit seen in the main thread
        self.on_finish = []           # callbacks(result dict) after the run was stopped
        self.runner_owned = False     # started by `python -m breadcrumb run`
        self.previous_excepthook = None
        self.previous_exit = None
        self.parent_run_id = None     # set in a child process's run
        self.child_options = None     # how a multiprocessing child (spawn, forkserver) joins the trace


def _warn(message):
    """Tracing problems are one line on stderr; the traced program goes on."""
    try:
        sys.stderr.write("breadcrumb: %s\n" % message)
        sys.stderr.flush()
    except Exception:
        pass


def exit_code_of(exc):
    """The process exit status an exception would produce if it ended the program."""
    if isinstance(exc, SystemExit):
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):  # bool too: sys.exit(False) is a success, as in python
            # python takes the int as a C long long (-1 when it does not fit); the OS keeps 8 bits
            return code & 0xFF if -2**63 <= code < 2**63 else 0xFF
        return 1
    if isinstance(exc, KeyboardInterrupt):
        return 130
    return 1


def default_db_path():
    return os.environ.get("BREADCRUMB_DB") or DEFAULT_DB


def _load_native():
    global _native_module
    if _native_module is not None:
        return _native_module
    try:
        from . import _native
    except ImportError as error:
        _warn("the native tracer is not built for Python %d.%d (%s); not tracing"
              % (sys.version_info[0], sys.version_info[1], error))
        return None
    _native_module = _native
    return _native


def _is_main_thread():
    # Without calling Python code (main_thread() and the ident property would show in the trace as
    # the program's calls), and without importing threading (its exit work would be added to them).
    threading = sys.modules.get("threading")
    ident = getattr(getattr(threading, "_main_thread", None), "_ident", None) or _MAIN_IDENT
    return _thread.get_ident() == ident


_MAIN_IDENT = _thread.get_ident()  # breadcrumb is imported by the main thread (init(), the runner)


def init(db=None, include=None, exclude=None, capture_values=False, max_value_length=2000, *,
         command_line=None, _runner=False, _parent_run_id=None):
    """Start recording a new run into the trace file `db`; returns its run id (None if tracing
    could not start: the reason is printed once on stderr and the program goes on untraced).

    A run already active in this process is finished first, except the one started by
    `python -m breadcrumb run`: under the runner init() returns that run's id and changes
    nothing. At exit the run is finished with the program's exit status (unhandled exception 1,
    sys.exit(n) n, Ctrl-C 130).
    """
    global _run, _atexit_registered, _fork_hook_registered
    if isinstance(include, str) or isinstance(exclude, str):
        raise TypeError("include and exclude are lists of module globs, not strings")
    include = [str(g) for g in (include or [])]
    exclude = [str(g) for g in (exclude or [])]
    with _lock:
        if _run is not None and _run.runner_owned and _run.pid == os.getpid():
            # `breadcrumb run script.py` where the script calls init() itself: keep the run
            # the runner started (its file, scope and exit handling) instead of splitting it
            return _run.run_id
        if _run is not None:
            shutdown()
        path = os.path.abspath(os.fspath(db) if db is not None else default_db_path())
        try:
            directory = os.path.dirname(path)
            if directory:
                os.makedirs(directory, exist_ok=True)
        except OSError as error:
            _warn("cannot create the trace directory %s: %s; not tracing"
                  % (directory, error.strerror or error))
            return None
        native = _load_native()
        if native is None:
            return None
        if command_line is None:
            argv = getattr(sys, "orig_argv", None) or [sys.executable] + sys.argv
            command_line = _shell_join(str(a) for a in argv)
        run_info = {
            "command_line": command_line,
            "python_version": sys.version.split()[0],
            "python_executable": sys.executable,
            "cwd": os.getcwd(),
            "hostname": _hostname(),
            "pid": os.getpid(),
            "include_globs": _json_strings(include),
            "exclude_globs": _json_strings(exclude),
            "capture_values": 1 if capture_values else 0,
            "tracer_version": __version__,
            "parent_run_id": _parent_run_id,
        }
        capture = None
        if capture_values:
            from ._values import ValueCapture
            capture = ValueCapture(max_value_length)
        run = None

        def describe(exc):
            if run is not None and isinstance(exc, SystemExit) and _is_main_thread():
                run.system_exit_code = exit_code_of(exc)
            from ._describe import describe_exception
            return describe_exception(exc)

        try:
            run_id = native.start(path, run_info, Scope(include, exclude), describe, thread_info,
                                  capture, _redact, _traceback_text)
        except OSError as error:
            text = str(error)
            if path not in text:  # the native message usually names the file already
                text = "cannot write the trace %s: %s" % (path, error.strerror or error)
            _warn("%s; not tracing" % text)
            return None
        except Exception as error:  # not a trace, newer format, corrupt file ...
            _warn("%s; not tracing" % (str(error) or type(error).__name__))
            return None
        run = _Run(run_id, path)
        run.runner_owned = _runner
        run.parent_run_id = _parent_run_id
        run.child_options = {"db": path, "include": include, "exclude": exclude,
                             "capture_values": bool(capture_values),
                             "max_value_length": max_value_length}
        if not _runner:  # the runner sees how the program ends itself: no wrapper of ours to call
            _install_exit_hooks(run)
        _run = run
        if not _atexit_registered:
            atexit.register(_at_exit)
            _atexit_registered = True
        if not _fork_hook_registered and hasattr(os, "register_at_fork"):
            # after the native module's own hook (registered when it was imported), which started the
            # child's run: this one only tells the Python side about it
            os.register_at_fork(after_in_child=_after_fork_in_child)
            _fork_hook_registered = True
        return run_id


_SHELL_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def _shell_join(args):
    """shlex.join without importing shlex (and re)."""
    def quote(arg):
        if arg and all(c in _SHELL_SAFE for c in arg):
            return arg
        return "'" + arg.replace("'", "'\"'\"'") + "'"
    return " ".join(quote(a) for a in args)


def _json_strings(strings):
    """json.dumps of a list of str without importing json (and re)."""
    def encode(text):
        out = []
        for c in text:
            if c == '"' or c == "\\":
                out.append("\\" + c)
            elif c < " ":
                out.append("\\u%04x" % ord(c))
            else:
                out.append(c)
        return '"' + "".join(out) + '"'
    return "[" + ", ".join(encode(s) for s in strings) + "]"


def _hostname():
    try:
        return os.uname().nodename
    except AttributeError:  # not POSIX
        import socket
        return socket.gethostname()


def _install_exit_hooks(run):
    """Learn how the program ends so the run gets the right exit code."""
    previous_hook = sys.excepthook

    def excepthook(exc_type, exc, tb):
        if _run is run and exc is not None:
            run.exit_code = exit_code_of(exc)
        return previous_hook(exc_type, exc, tb)

    previous_exit = sys.exit

    def exit(status=None):
        if _run is run and _is_main_thread():
            run.system_exit_code = exit_code_of(SystemExit(status))
        return previous_exit(status)

    run.previous_excepthook, run.previous_exit = previous_hook, previous_exit
    sys.excepthook = excepthook
    sys.exit = exit
    run.our_excepthook, run.our_exit = excepthook, exit


def _remove_exit_hooks(run):
    if getattr(run, "our_excepthook", None) is not None and sys.excepthook is run.our_excepthook:
        sys.excepthook = run.previous_excepthook
    if getattr(run, "our_exit", None) is not None and sys.exit is run.our_exit:
        sys.exit = run.previous_exit


def shutdown(exit_code=None, status="completed", _exiting=False):
    """Finish the active run: the hook is removed everywhere and every call is committed.
    Returns {'run_id', 'calls', 'exceptions', 'duration_ns', 'write_error', 'path'} or None."""
    global _run
    with _lock:
        run = _run
        if run is None:
            return None
        _run = None
        _remove_exit_hooks(run)
        if run.pid != os.getpid():
            return None  # a forked child: the run belongs to the parent
        native = _load_native()
        try:
            result = dict(native.stop(exit_code, status, _exiting))
        except Exception as error:
            _warn("could not finish the trace %s: %s" % (run.path, error))
            return None
        result["path"] = run.path
        result["exit_code"] = exit_code
    for callback in run.on_finish:
        try:
            callback(result)
        except Exception as error:
            _warn("%s" % error)
    return result


def active():
    """True while this process records a run."""
    run = _run
    if run is None or run.pid != os.getpid():
        return False
    native = _load_native()
    return bool(native is not None and native.active())


def current_run_id():
    run = _run
    return run.run_id if run is not None else None


def _after_fork_in_child():
    """A forked child goes on in a run of its own (the native hook started it): the run object
    becomes the child's, ending with the child's exit status; the parent's report is not printed."""
    global _run
    run = _run
    native = _native_module
    if run is None or native is None:
        return
    ids = native._child_run()
    if ids is None:
        _run = None
        return
    run.run_id, run.parent_run_id = ids
    run.pid = os.getpid()
    run.exit_code = None
    run.system_exit_code = None
    run.on_finish = []


def _at_exit():
    run = _run
    if run is None or run.pid != os.getpid():
        return
    if run.exit_code is not None:
        code = run.exit_code
    elif run.system_exit_code is not None:
        code = run.system_exit_code
    else:
        code = 0
    shutdown(exit_code=code, _exiting=True)  # the interpreter ends next: nothing to free


def _set_exit_code(code):
    """Used by the runner, which knows exactly how the program ended."""
    run = _run
    if run is not None:
        run.exit_code = code


def _mark_runner_owned():
    run = _run
    if run is not None:
        run.runner_owned = True


def _add_finish_callback(callback):
    run = _run
    if run is not None:
        run.on_finish.append(callback)


class trace:
    """Context manager: `with breadcrumb.trace(db) as run_id:` records the block as one run."""

    def __init__(self, db=None, include=None, exclude=None, capture_values=False,
                 max_value_length=2000, **options):
        self._arguments = dict(db=db, include=include, exclude=exclude,
                               capture_values=capture_values, max_value_length=max_value_length,
                               **options)
        self.run_id = None
        self.result = None
        self._owned = False

    def __enter__(self):
        prior = _run
        self.run_id = init(**self._arguments)
        # under `breadcrumb run` init() keeps the runner's run: then the block must not end it
        self._owned = self.run_id is not None and not (prior is not None and prior.runner_owned
                                                       and prior.run_id == self.run_id)
        return self.run_id

    def __exit__(self, exc_type, exc, tb):
        if self._owned and current_run_id() == self.run_id:
            self.result = shutdown(exit_code=0 if exc is None else exit_code_of(exc))
        return False
