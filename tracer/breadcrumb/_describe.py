"""Callbacks the native tracer calls once per recorded exception and once per thread."""

import threading
import traceback

from ._values import redact

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


def _traceback(exc):
    try:
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
        text = "".join(lines)
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
