"""Callbacks the native tracer calls once per recorded exception and once per thread."""

import os
import threading
import traceback

from ._values import redact

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
MAX_MESSAGE = 4000
MAX_TRACEBACK = 20000


def type_name(exc_type):
    """ValueError, json.decoder.JSONDecodeError, myapp.errors.PaymentError."""
    module = getattr(exc_type, "__module__", None)
    name = getattr(exc_type, "__qualname__", None) or getattr(exc_type, "__name__", "?")
    if not module or module == "builtins":
        return name
    return "%s.%s" % (module, name)


def _message(exc):
    try:
        text = str(exc)
    except BaseException as error:  # a broken __str__ must not break the traced program
        text = "<str() failed: %s>" % type(error).__name__
    if len(text) > MAX_MESSAGE:
        text = text[: MAX_MESSAGE - 3] + "..."
    return redact(text)


MAX_CALLER_FRAMES = 64


def _is_plumbing(filename):
    """runpy and Breadcrumb's runner sit below every `python -m breadcrumb run` program."""
    return filename.startswith("<frozen runpy") or filename.endswith(("/runpy.py", "/runpy.pyc")) \
        or os.path.dirname(os.path.abspath(filename)) == _PACKAGE_DIR


def _traceback(exc):
    """The traceback python would print if the exception ended the program right here: the
    callers of the raising frame (at raise time __traceback__ holds only the raising frame)
    followed by the frames it went through, with chained causes."""
    try:
        tb = exc.__traceback__
        formatted = traceback.TracebackException(type(exc), exc, tb)
        if tb is not None and tb.tb_frame.f_back is not None:
            callers = traceback.extract_stack(tb.tb_frame.f_back, limit=MAX_CALLER_FRAMES)
            callers = [entry for entry in callers if not _is_plumbing(entry.filename)]
            formatted.stack = traceback.StackSummary.from_list(callers + list(formatted.stack))
        text = "".join(formatted.format())
    except BaseException as error:
        text = "%s: <traceback unavailable: %s>\n" % (type_name(type(exc)), type(error).__name__)
    if len(text) > MAX_TRACEBACK:
        # keep the head (where it started) and the tail (where it was raised)
        half = MAX_TRACEBACK // 2
        text = text[:half] + "\n  [... traceback truncated ...]\n" + text[-half:]
    return redact(text)


def describe_exception(exc):
    """-> (type_name, message, traceback_text), as the native tracer stores them."""
    return type_name(type(exc)), _message(exc), _traceback(exc)


def thread_info():
    """-> (ident, native_id, name) of the calling thread."""
    ident = threading.get_ident()
    native_id = threading.get_native_id()
    # threading.current_thread() would create a _DummyThread for foreign threads; a lookup does not
    thread = threading._active.get(ident) if hasattr(threading, "_active") else None
    if thread is None:
        name = "MainThread" if ident == threading.main_thread().ident else "Thread-%d" % native_id
    else:
        name = thread.name
    return ident, native_id, name
