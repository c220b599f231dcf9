"""`python -m breadcrumb run`: run a program exactly like `python SCRIPT` / `python -m MODULE`
would, traced. The C++ `breadcrumb run` spawns this with `--quiet --run-id-file F`; keep the
options stable."""

import builtins
import io
import os
import runpy
import shlex
import signal
import sys
import threading

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
    return (os.path.abspath(filename) == os.path.abspath(runpy.__file__)
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


def _report_unhandled(exc):
    tb = _strip_runner_frames(exc)
    try:
        sys.excepthook(type(exc), exc, tb)
    except Exception:
        import traceback
        traceback.print_exception(type(exc), exc, tb)


def _system_exit(exc):
    """What Python does with an unhandled SystemExit: its code, or print it and exit 1."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool):
        return code & 0xFF
    try:
        sys.stderr.write("%s\n" % (code,))
    except Exception:
        pass
    return 1


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


def _execute(options):
    """Run the program; returns the exit code python itself would have exited with."""
    try:
        if options.module is not None:
            runpy.run_module(options.module, run_name="__main__", alter_sys=True)
        else:
            _run_script(options.script)
        return 0
    except SystemExit as exc:
        return _system_exit(exc)
    except KeyboardInterrupt as exc:
        _report_unhandled(exc)
        return 130
    except BaseException as exc:
        if isinstance(exc, ImportError) and _raised_by_runner(exc):
            sys.stderr.write("%s: %s\n" % (os.path.basename(sys.executable), exc))
            return 1
        _report_unhandled(exc)
        return 1


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
        return shlex.join([python, "-m", options.module] + list(options.args))
    return shlex.join([python, options.script] + list(options.args))


class _Watchdog:
    """--timeout: Ctrl-C for the main thread, then a hard stop if the program ignores it."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.finished = threading.Event()
        self.main_ident = threading.main_thread().ident
        self.thread = threading.Thread(target=self._watch, name="breadcrumb-timeout", daemon=True)

    def start(self):
        self.thread.start()

    def _watch(self):
        if self.finished.wait(self.seconds):
            return
        breadcrumb._warn("timeout: the program ran for %gs; interrupting it" % self.seconds)
        handler = signal.getsignal(signal.SIGINT)
        if callable(handler):
            try:
                # a real signal (not just the flag) so a blocking sleep()/wait() wakes up too
                signal.pthread_kill(self.main_ident, signal.SIGINT)
            except (OSError, ValueError):
                pass
        if self.finished.wait(TIMEOUT_GRACE_S):
            return
        breadcrumb._warn("the program did not stop; stopping it (exit code %d)" % EXIT_TIMEOUT)
        # finish the trace, but never let a stuck finish keep the program alive
        stopper = threading.Thread(target=breadcrumb.shutdown, kwargs={"exit_code": EXIT_TIMEOUT},
                                   name="breadcrumb-stop", daemon=True)
        stopper.start()
        stopper.join(TIMEOUT_STOP_S)
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
    run_id = breadcrumb.init(db=options.output, include=options.include,
                             exclude=options.exclude, capture_values=options.capture_values,
                             max_value_length=options.max_value_length,
                             command_line=_command_line(options))
    watchdog = _Watchdog(options.timeout) if options.timeout else None
    if run_id is not None:
        breadcrumb._mark_runner_owned()
        if options.run_id_file:
            try:
                with open(options.run_id_file, "w", encoding="utf-8") as handle:
                    handle.write("%d\n" % run_id)
            except OSError as error:
                breadcrumb._warn("cannot write the run id to %s: %s"
                                 % (options.run_id_file, error.strerror or error))
        def finished(result):
            if watchdog is not None:
                watchdog.finished.set()
            if not options.quiet:
                sys.stderr.write(_format_report(result, result.get("exit_code")))
                sys.stderr.flush()

        breadcrumb._add_finish_callback(finished)
    if watchdog is not None:
        watchdog.start()
    code = _execute(options)
    # The run itself is finished at exit, after the program's non-daemon threads were joined.
    breadcrumb._set_exit_code(code)
    if run_id is None and watchdog is not None:
        watchdog.finished.set()
    return code


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
