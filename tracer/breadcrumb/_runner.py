"""`python -m breadcrumb run`: run a program exactly like `python SCRIPT` / `python -m MODULE`
would, traced. The C++ `breadcrumb run` spawns this with `--quiet --run-id-file F` (through
LAUNCH, not -m: runpy's imports would be done before the program, unseen); keep the options stable.

Imports here are the program's imports done for it, unseen by the tracer: a module the program
imports later would not run its import code in the trace. Keep them to what python imports anyway.
"""

import _signal  # C: signal's Python wrappers would show in the trace as the program's calls
import _thread
import atexit
import builtins
import io
import os
import sys

import breadcrumb

USAGE = """\
usage: python -m breadcrumb run [-o TRACE] [--include GLOB]... [--exclude GLOB]...
                                [--capture-values] [--max-value-length N] [--timeout S]
                                [--run-id-file F] [--quiet] (SCRIPT [ARGS...] | -m MODULE [ARGS...])

Runs SCRIPT (or MODULE) like python would, recording every call of your own code.

options:
  -o, --output TRACE     trace file (default: $BREADCRUMB_DB or .breadcrumb/traces.db)
  --include GLOB         also trace modules matching GLOB (repeatable; '*' traces everything)
  --exclude GLOB         do not trace modules matching GLOB (repeatable; wins over --include)
  --capture-values       record repr of arguments and return values (secrets redacted)
  --max-value-length N   truncate captured values to N characters (default 2000)
  --timeout S            interrupt the program after S seconds (Ctrl-C; exit code 124 if it
                         had to be stopped hard)
  --run-id-file F        write the new run's id to F
  -q, --quiet            no report on stderr
"""

# `python -c LAUNCH run ...` = `python -m breadcrumb run ...` without runpy (and importlib.util,
# contextlib, collections, functools...) imported before the program
LAUNCH = "from breadcrumb._runner import launch; launch()"

TIMEOUT_GRACE_S = 1.0       # after the KeyboardInterrupt, before the hard stop
TIMEOUT_STOP_S = 10.0       # the longest the hard stop waits for the trace to be finished
EXIT_USAGE = 2
EXIT_TIMEOUT = 124

_VALUE_OPTIONS = {
    "-o": "output", "--output": "output", "--trace": "output",
    "--include": "include", "--exclude": "exclude",
    "--timeout": "timeout", "--run-id-file": "run_id_file",
    "--max-value-length": "max_value_length",
}
_FLAG_OPTIONS = {"--capture-values": "capture_values", "--quiet": "quiet", "-q": "quiet"}


class UsageError(Exception):
    pass


class Options:
    def __init__(self):
        self.output = None
        self.include = []
        self.exclude = []
        self.capture_values = False
        self.max_value_length = 2000
        self.timeout = None
        self.run_id_file = None
        self.quiet = False
        self.script = None
        self.module = None
        self.args = []


# Parsed by hand, not with argparse: measured on Debian's 3.11 (2026-12-05, 20 runs each), argparse
# makes `breadcrumb run` on an empty script start 19-23 ms later (median 45 -> 65-68 ms wall; -X
# importtime: 15 ms, of which re 11 ms, enum 8 ms inside it), and it imports re, enum, functools,
# gettext and warnings before the program starts: the program's own imports of them would then run
# no code in the trace (see the module docstring). The limit for taking argparse was ~2 ms.
def parse_run_arguments(argv):
    options = Options()
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            index += 1
            if index >= len(argv):
                raise UsageError("missing SCRIPT after --")
            options.script, options.args = argv[index], argv[index + 1:]
            break
        if token == "-m" or (token.startswith("-m") and not token.startswith("--")):
            module = token[2:] or (argv[index + 1] if index + 1 < len(argv) else None)
            if not module:
                raise UsageError("-m needs a MODULE")
            rest = index + 1 if token[2:] else index + 2
            options.module, options.args = module, argv[rest:]
            break
        if token in ("-h", "--help"):
            raise SystemExit(_print_usage(0))
        name, value = token, None
        if token.startswith("--") and "=" in token:
            name, value = token.split("=", 1)
        if name in _VALUE_OPTIONS:
            if value is None:
                index += 1
                if index >= len(argv):
                    raise UsageError("%s needs a value" % name)
                value = argv[index]
            _store(options, _VALUE_OPTIONS[name], name, value)
        elif name in _FLAG_OPTIONS and value is None:
            setattr(options, _FLAG_OPTIONS[name], True)
        elif token.startswith("-") and token != "-":
            raise UsageError("unknown option %s" % token)
        else:
            options.script, options.args = token, argv[index + 1:]
            break
        index += 1
    if options.script is None and options.module is None:
        raise UsageError("missing SCRIPT or -m MODULE")
    return options


def _store(options, attribute, name, value):
    if attribute in ("include", "exclude"):
        getattr(options, attribute).append(value)
    elif attribute == "timeout":
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not seconds > 0 or seconds != seconds or seconds == float("inf"):
            raise UsageError("%s needs a positive number of seconds, not %r" % (name, value))
        options.timeout = seconds
    elif attribute == "max_value_length":
        try:
            options.max_value_length = int(value)
        except ValueError:
            raise UsageError("%s needs a whole number, not %r" % (name, value)) from None
        if options.max_value_length < 16:
            raise UsageError("%s must be at least 16" % name)
    else:
        setattr(options, attribute, value)


def _print_usage(code):
    (sys.stdout if code == 0 else sys.stderr).write(USAGE)
    return code


# -- running the program ---------------------------------------------------------------------

def _runner_frame(filename):
    """Frames of runpy and of Breadcrumb itself are hidden from the program's tracebacks."""
    if not filename:
        return False
    if filename.startswith("<frozen runpy"):  # runpy is frozen from 3.11 on
        return True
    if filename.startswith("<"):
        return False
    directory = os.path.dirname(os.path.abspath(filename))
    runpy = sys.modules.get("runpy")
    return ((runpy is not None and os.path.abspath(filename) == os.path.abspath(runpy.__file__))
            or directory == os.path.dirname(os.path.abspath(breadcrumb.__file__)))


def _raised_by_runner(exc):
    """True when the innermost frame is runpy's own: "No module named X" and friends."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return _runner_frame(tb.tb_frame.f_code.co_filename)


def _strip_runner_frames(exc):
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None and _runner_frame(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    exc.__traceback__ = tb
    return tb


class _Pause:
    """`with _Pause():` the runner's own Python work on this thread is not the program's calls."""

    def __enter__(self):
        native = breadcrumb._native_module
        self.previous = native._pause(True) if native is not None else None

    def __exit__(self, *exc_info):
        if self.previous is not None:
            breadcrumb._native_module._pause(self.previous)
        return False


def _report_unhandled(exc):
    with _Pause():
        tb = _strip_runner_frames(exc)
    # printing it is the interpreter's own work (python does it too): traced as the program's
    try:
        sys.excepthook(type(exc), exc, tb)
    except Exception:
        import traceback
        traceback.print_exception(type(exc), exc, tb)


def _run_script(path):
    """runpy.run_path(path, run_name="__main__") for a source file, without runpy's import of pkgutil
    (which brings typing and re: ~20 ms, under the tracer, before the program's first line). The
    module namespace is the one run_path makes; anything else (a directory, a zip archive, bytecode,
    and errors: a missing file, a syntax error) goes to runpy, which reports it as python would."""
    try:
        with io.open_code(path) as handle:
            source = handle.read()
        code = compile(source, path, "exec", dont_inherit=True)
    except (OSError, SyntaxError, ValueError):
        code = None  # runpy raises it again, outside this handler (no "during handling of...")
    if code is None:
        import runpy
        runpy.run_path(path, run_name="__main__")
        return
    main = type(sys)("__main__")  # doc None, like run_path's
    main.__dict__.update(__file__=path, __cached__=None, __loader__=None, __package__=None,
                         __spec__=None, __builtins__=builtins)
    previous = sys.modules.get("__main__")
    sys.modules["__main__"] = main  # pickle and multiprocessing look the program's classes up here
    try:
        exec(code, main.__dict__)
    finally:
        if previous is not None:
            sys.modules["__main__"] = previous


class _Ending:
    """How the program ended, for the runner to end the same way python would have."""

    def __init__(self, code, system_exit=None, signal_number=0):
        self.code = code                # the exit status recorded in the trace
        self.system_exit = system_exit  # raised again at the top: python itself prints and exits
        self.signal_number = signal_number  # die by this signal once the trace is finished


def _execute(options):
    """Run the program; returns its _Ending."""
    try:
        if options.module is not None:
            import runpy  # python -m imports it too
            runpy.run_module(options.module, run_name="__main__", alter_sys=True)
        else:
            _run_script(options.script)
        return _Ending(0)
    except SystemExit as exc:
        code = breadcrumb.exit_code_of(exc)
        number = _exit_signal()
        if number and exc.code == 128 + number:
            # our SIGTERM/SIGHUP handler's: the program's finally blocks ran; now end as killed
            return _Ending(code, signal_number=number)
        exc.__traceback__ = None
        return _Ending(code, system_exit=exc)
    except KeyboardInterrupt as exc:
        _report_unhandled(exc)
        # python ends an unhandled Ctrl-C by SIGINT (its parent sees -2, a shell 130)
        return _Ending(130, signal_number=_signal.SIGINT)
    except BaseException as exc:
        if isinstance(exc, ImportError) and _raised_by_runner(exc):
            sys.stderr.write("%s: %s\n" % (os.path.basename(sys.executable), exc))
            return _Ending(1)
        _report_unhandled(exc)
        return _Ending(1)


# -- signals ---------------------------------------------------------------------------------
# SIGTERM and SIGHUP would kill the program on the spot: no finally, no atexit, the last calls of the
# trace lost. Unless the program handles them itself, they end it like sys.exit() does, and once the
# trace is finished the process dies by the same signal, so its parent sees what it would without us.
ORDERLY_SIGNALS = tuple(getattr(_signal, name) for name in ("SIGTERM", "SIGHUP")
                        if hasattr(_signal, name))


def _exit_signal():
    native = breadcrumb._native_module
    return native._exit_signal() if native is not None else 0


def _restore_default_handlers():
    pass


def _install_signal_handlers():
    native = breadcrumb._native_module
    if native is None:
        return
    installed = []
    for number in ORDERLY_SIGNALS:
        try:
            if _signal.getsignal(number) == _signal.SIG_DFL:  # not ignored (nohup), not the program's
                _signal.signal(number, native._exit_on_signal)
                native._relay_signal(number)
                installed.append(number)
        except (OSError, ValueError):
            pass

    global _restore_default_handlers

    def restore():
        for number in installed:
            try:
                if _signal.getsignal(number) is native._exit_on_signal:
                    _signal.signal(number, _signal.SIG_DFL)
            except (OSError, ValueError):
                pass
    _restore_default_handlers = restore

    # a forked child (multiprocessing) is not traced: its SIGTERM (Pool.terminate()) kills it
    if installed and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=restore)


def _die_by_signal(number):
    """The last thing at exit (after the trace was finished): end as the signal would have."""
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        sys.stderr.flush()
    except Exception:
        pass
    try:
        _signal.signal(number, _signal.SIG_DFL)
        os.kill(os.getpid(), number)
    except (OSError, ValueError):
        pass


def _prepare_sys(options):
    """sys.argv and sys.path[0] as `python SCRIPT ARGS` / `python -m MODULE ARGS` set them."""
    if options.module is not None:
        # argv[0] becomes the module's file once runpy found it; python shows '-m' meanwhile
        sys.argv = ["-m"] + list(options.args)
        return
    sys.argv = [options.script] + list(options.args)
    cwd = os.getcwd()
    our_entry = bool(sys.path) and sys.path[0] in ("", cwd)
    if os.path.isfile(options.script):
        entry = os.path.dirname(os.path.realpath(options.script))
        if our_entry:
            sys.path[0] = entry
        else:
            sys.path.insert(0, entry)
    elif our_entry:
        del sys.path[0]  # a directory or zip: runpy puts it first itself


def _command_line(options):
    python = os.path.basename(sys.executable) or "python3"
    if options.module is not None:
        return breadcrumb._shell_join([python, "-m", options.module] + list(options.args))
    return breadcrumb._shell_join([python, options.script] + list(options.args))


class _Event:
    """threading.Event on a bare lock: threading's Python code would show in the trace."""

    def __init__(self):
        self._lock = _thread.allocate_lock()
        self._lock.acquire()

    def set(self):
        try:
            self._lock.release()
        except RuntimeError:  # set already
            pass

    def wait(self, seconds):
        if self._lock.acquire(True, seconds):
            self._lock.release()
            return True
        return False


def _start_own_thread(function, *args):
    """A daemon thread of ours: started with _thread (no threading code runs) and not traced."""
    def body():
        native = breadcrumb._native_module
        if native is not None:
            native._pause(True)
        function(*args)
    _thread.start_new_thread(body, ())


class _Watchdog:
    """--timeout: Ctrl-C for the main thread, then a hard stop if the program ignores it."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.finished = _Event()
        self.main_ident = _thread.get_ident()

    def start(self):
        _start_own_thread(self._watch)

    def _watch(self):
        if self.finished.wait(self.seconds):
            return
        breadcrumb._warn("timeout: the program ran for %gs; interrupting it" % self.seconds)
        handler = _signal.getsignal(_signal.SIGINT)
        if callable(handler):
            try:
                # a real signal (not just the flag) so a blocking sleep()/wait() wakes up too
                _signal.pthread_kill(self.main_ident, _signal.SIGINT)
            except (OSError, ValueError):
                pass
        if self.finished.wait(TIMEOUT_GRACE_S):
            return
        breadcrumb._warn("the program did not stop; stopping it (exit code %d)" % EXIT_TIMEOUT)
        # finish the trace, but never let a stuck finish keep the program alive
        stopped = _Event()

        def stop():
            breadcrumb.shutdown(exit_code=EXIT_TIMEOUT)
            stopped.set()
        _start_own_thread(stop)
        stopped.wait(TIMEOUT_STOP_S)
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        os._exit(EXIT_TIMEOUT)


def _plural(count, word):
    return "%s %s%s" % (format(count, ","), word, "" if count == 1 else "s")


def _format_report(result, exit_code):
    seconds = (result.get("duration_ns") or 0) / 1e9
    # "exceptions" leaves out a clean SystemExit (status 0 or None): the program's normal end.
    lines = [
        "breadcrumb: run %s finished (exit code %s): %s, %s, %.3f s"
        % (result.get("run_id"), exit_code, _plural(result.get("calls") or 0, "call"),
           _plural(result.get("exceptions") or 0, "exception"), seconds),
    ]
    # Totals the tracer kept as it wrote the calls: reading them back from the trace would cost
    # seconds on a big run (the calls are stored as JSON chunks).
    top = (result.get("top_functions") or [])[:5]
    if top:
        lines.append("breadcrumb: slowest functions (total time):")
        for name, calls, total_ns in top:
            lines.append("breadcrumb:   %-40s %6d calls %10.1f ms" % (name, calls, total_ns / 1e6))
    if result.get("write_error"):
        lines.append("breadcrumb: the trace is incomplete: %s" % result["write_error"])
    lines.append("breadcrumb: trace %s" % result.get("path"))
    return "\n".join(lines) + "\n"


def _top_level_module_exists(module):
    """Checked before the run starts so a typo does not leave an empty run behind. Only the top
    level: finding a submodule would import (and so run untraced) its parent packages."""
    import importlib.util
    try:
        return importlib.util.find_spec(module.partition(".")[0]) is not None
    except (ImportError, ValueError):
        return False


def run(options):
    _prepare_sys(options)
    if options.script is not None and not os.path.exists(options.script):
        sys.stderr.write("%s: can't open file %r: [Errno 2] No such file or directory\n"
                         % (os.path.basename(sys.executable), os.path.abspath(options.script)))
        return EXIT_USAGE
    if options.module is not None and not _top_level_module_exists(options.module):
        sys.stderr.write("%s: No module named %s\n" % (os.path.basename(sys.executable),
                                                        options.module.partition(".")[0]))
        return 1
    ending = None

    def at_exit():
        if ending is not None and ending.signal_number:
            _die_by_signal(ending.signal_number)
    # registered before init() registers the run's finish: atexit runs this one after it
    atexit.register(at_exit)
    watchdog = _Watchdog(options.timeout) if options.timeout else None
    run_id = breadcrumb.init(db=options.output, include=options.include,
                             exclude=options.exclude, capture_values=options.capture_values,
                             max_value_length=options.max_value_length,
                             command_line=_command_line(options), _runner=True)
    if run_id is not None:
        if options.run_id_file:
            _write_run_id(options.run_id_file, run_id)

        def finished(result):
            if watchdog is not None:
                watchdog.finished.set()
            if not options.quiet:
                sys.stderr.write(_format_report(result, result.get("exit_code")))
                sys.stderr.flush()

        breadcrumb._add_finish_callback(finished)
        _install_signal_handlers()
    if watchdog is not None:
        watchdog.start()
    ending = _execute(options)
    # The program's code has ended: a signal while python waits for its threads or runs atexit
    # kills as it would without us (a SystemExit raised in threading._shutdown would only be
    # "ignored", and the exit status would not say what happened).
    _restore_default_handlers()
    # The run itself is finished at exit, after the program's non-daemon threads were joined.
    breadcrumb._set_exit_code(ending.code)
    if run_id is None and watchdog is not None:
        watchdog.finished.set()
    if ending.system_exit is not None:
        raise ending.system_exit  # python prints its message (if any) and exits as it would
    return ending.code


def _write_run_id(path, run_id):
    """With os calls only: open() would run the codec's Python code, traced as the program's."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            os.write(fd, b"%d\n" % run_id)
        finally:
            os.close(fd)
    except OSError as error:
        breadcrumb._warn("cannot write the run id to %s: %s" % (path, error.strerror or error))


def launch():
    """The entry point of LAUNCH."""
    sys.exit(main())


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        return _print_usage(0 if argv else EXIT_USAGE)
    if argv[0] in ("-V", "--version"):
        sys.stdout.write("breadcrumb %s\n" % breadcrumb.__version__)
        return 0
    if argv[0] != "run":
        sys.stderr.write("breadcrumb: error: unknown command %r (try: python -m breadcrumb run "
                         "SCRIPT)\n" % argv[0])
        return EXIT_USAGE
    try:
        options = parse_run_arguments(argv[1:])
    except UsageError as error:
        sys.stderr.write("breadcrumb: error: %s\n" % error)
        sys.stderr.write(USAGE.split("\n\n")[0] + "\n")
        return EXIT_USAGE
    return run(options)
