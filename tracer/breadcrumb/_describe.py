"""Callbacks the native tracer calls once per recorded exception and once per thread."""

import _thread
import os
import sys

# traceback and _values (re) are imported on the first exception the native describer leaves to us:
# importing breadcrumb stays cheap for every traced program.


def redact(text):
    from ._values import redact as redact_secrets
    return redact_secrets(text)

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
_STACK_CACHE_SIZE = 4096
_FULL_TRACEBACKS_PER_SITE = 100
_site_counts = {}      # (id(code), line, type) -> (raises seen, code)

_plumbing_codes = {}   # id(code) -> (code, bool)
_stack_texts = {}      # ((id(code), line), ...) -> (formatted redacted stack, codes)


def _is_plumbing(code):
    """runpy and Breadcrumb's runner sit below every `python -m breadcrumb run` program."""
    entry = _plumbing_codes.get(id(code))  # by id: hashing a code object hashes its bytecode
    if entry is not None:
        return entry[1]
    filename = code.co_filename
    known = filename.startswith("<frozen runpy") or filename.endswith(("/runpy.py", "/runpy.pyc")) \
        or (not filename.startswith("<")
            and os.path.dirname(os.path.abspath(filename)) == _PACKAGE_DIR)
    if len(_plumbing_codes) >= _STACK_CACHE_SIZE:
        _plumbing_codes.clear()
    _plumbing_codes[id(code)] = (code, known)  # holding the code keeps its id unique
    return known


def _frames(exc, callers=True):
    """(frame, line) pairs outermost first: the callers of the frame the exception was raised or
    caught in (at raise time __traceback__ holds only the raising frame), then its traceback."""
    tb = exc.__traceback__
    if tb is None:
        return []
    limit = MAX_CALLER_FRAMES if callers else 0
    callers = []
    frame = tb.tb_frame.f_back
    while frame is not None and len(callers) < limit:
        if not _is_plumbing(frame.f_code):
            callers.append((frame, frame.f_lineno))
        frame = frame.f_back
    callers.reverse()
    while tb is not None:
        callers.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return callers


def _stack_text(frames):
    # A hot `try: d[k] except KeyError` raises from the same stack again and again: format it once.
    codes = tuple(frame.f_code for frame, _line in frames)
    key = tuple((id(code), line) for code, (_frame, line) in zip(codes, frames))
    entry = _stack_texts.get(key)
    text = entry[0] if entry is not None else None
    if text is None:
        import traceback
        summary = traceback.StackSummary.extract(iter(frames), lookup_lines=True)
        text = redact("Traceback (most recent call last):\n" + "".join(summary.format()))
        if len(_stack_texts) >= _STACK_CACHE_SIZE:
            _stack_texts.clear()
        _stack_texts[key] = (text, codes)  # the codes stay alive: their ids stay theirs
    return text


_CHAIN_CACHE_SIZE = 256
_MAX_CHAIN_KEY_LINKS = 16
_chain_texts = {}      # _chain_key -> (formatted redacted text, codes)


def _chain_key(exc, frames):
    """Everything the formatted chain depends on, or (None, None) where that is not cheap to say:
    each linked exception's type, message, traceback entries and links (cause, context, suppressed)
    and the callers' lines. docutils raises the same chains along the same paths again and again,
    and formatting one (traceback.TracebackException, ~60 frames) costs milliseconds."""
    nodes = [exc]
    index = {id(exc): 0}
    parts = []
    codes = [frame.f_code for frame, _line in frames]
    position = 0
    while position < len(nodes):
        e = nodes[position]
        position += 1
        if isinstance(e, SyntaxError) or getattr(e, "exceptions", None) is not None \
                or getattr(e, "__notes__", None) is not None:
            return None, None  # formatted from more than the message
        if isinstance(e, AttributeError) and sys.version_info >= (3, 12) and e.obj is not None \
                and isinstance(e.name, str):
            return None, None  # its "Did you mean" comes from dir(e.obj), which two raises may not share
        links = []
        for linked in (e.__cause__, e.__context__):
            if linked is None:
                links.append(None)
                continue
            if id(linked) not in index:
                if len(nodes) >= _MAX_CHAIN_KEY_LINKS:
                    return None, None
                index[id(linked)] = len(nodes)
                nodes.append(linked)
            links.append(index[id(linked)])
        entries = []
        tb = e.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            codes.append(code)
            entries.append((id(code), tb.tb_lasti, tb.tb_lineno))
            tb = tb.tb_next
        try:
            message = str(e)
        except BaseException:
            return None, None
        parts.append((type(e), message, e.__suppress_context__, tuple(links), tuple(entries)))
    callers = tuple((id(code), line) for code, (_frame, line) in zip(codes, frames))
    return (callers, tuple(parts)), codes


def _chained_text(exc, frames):
    key, codes = _chain_key(exc, frames)
    entry = _chain_texts.get(key) if key is not None else None
    if entry is not None:
        return entry[0]
    text = _chained_traceback(exc, frames)
    if key is not None:
        if len(_chain_texts) >= _CHAIN_CACHE_SIZE:
            _chain_texts.clear()
        _chain_texts[key] = (text, codes)  # the codes stay alive: their ids stay theirs
    return text


def _chained_traceback(exc, frames):
    import traceback
    formatted = traceback.TracebackException(type(exc), exc, exc.__traceback__)
    callers = traceback.StackSummary.extract(
        iter(frames[: len(frames) - len(formatted.stack)]), lookup_lines=True)
    formatted.stack = traceback.StackSummary.from_list(list(callers) + list(formatted.stack))
    return redact("".join(formatted.format()))


def traceback_text(item):
    """What _chained_traceback shows (traceback.TracebackException) for the first entry of a traceback
    (3.11+: with the ^^^ line its instruction's position gives) or for the last line of an AttributeError
    raised on None (3.12: with its "Did you mean" suggestion), or None. The native describer formats
    chains itself and asks this once per (code, instruction), or per name and message."""
    try:
        import traceback
        if isinstance(item, AttributeError):  # on its own: no links to walk
            alone = AttributeError(*item.args, name=item.name, obj=item.obj)
            return "".join(traceback.TracebackException(AttributeError, alone, None).format_exception_only())
        single = type(item)(None, item.tb_frame, item.tb_lasti, item.tb_lineno)
        return "".join(traceback.TracebackException(BaseException, None, single).stack.format())
    except Exception:  # no line number (3.12+ tb_lineno None), ...: the Python describer then
        return None


def _last_line(exc, name, message):
    """format_exception_only() without its cost for the common case."""
    if isinstance(exc, SyntaxError) or getattr(exc, "__notes__", None):
        import traceback
        return redact("".join(traceback.format_exception_only(type(exc), exc)))
    module = getattr(type(exc), "__module__", None)
    if module == "__main__":  # python prints __main__.X as X
        name = name[len("__main__."):]
    return "%s: %s\n" % (name, message) if message else name + "\n"


def _traceback(exc, name, message):
    """The traceback python would print if the exception ended the program right here."""
    try:
        tb = exc.__traceback__
        code = tb.tb_frame.f_code if tb is not None else None
        site = (id(code), tb.tb_lineno, type(exc)) if tb is not None else None
        entry = _site_counts.get(site) if site is not None else None
        seen = entry[0] + 1 if entry is not None else 1
        if site is not None and (entry is not None or len(_site_counts) < _STACK_CACHE_SIZE):
            _site_counts[site] = (seen, code)
        chained = exc.__cause__ is not None or (
            exc.__context__ is not None and not exc.__suppress_context__)
        if chained and seen <= _FULL_TRACEBACKS_PER_SITE:
            text = _chained_text(exc, _frames(exc))
        else:
            # After many raises at one site (EAFP in a hot loop) only the frames the exception
            # went through are shown, so tracing such code stays cheap.
            frames = _frames(exc, callers=seen <= _FULL_TRACEBACKS_PER_SITE)
            text = (_stack_text(frames) if frames else "") + _last_line(exc, name, message)
    except BaseException as error:
        text = "%s: <traceback unavailable: %s>\n" % (name, type(error).__name__)
    if len(text) > MAX_TRACEBACK:
        # keep the head (where it started) and the tail (where it was raised)
        half = MAX_TRACEBACK // 2
        text = text[:half] + "\n  [... traceback truncated ...]\n" + text[-half:]
    return text


def describe_exception(exc):
    """-> (type_name, message, traceback_text), as the native tracer stores them."""
    name = type_name(type(exc))
    message = _message(exc)
    return name, message, _traceback(exc, name, message)


def thread_info():
    """-> (ident, native_id, name) of the calling thread."""
    ident = _thread.get_ident()
    native_id = _thread.get_native_id()
    # threading only if the program imported it: importing it ourselves would add its exit work
    # (threading._shutdown) to the program's calls. A lookup in _active, not current_thread(),
    # which would create a _DummyThread for foreign threads.
    threading = sys.modules.get("threading")
    active = getattr(threading, "_active", None)
    thread = active.get(ident) if isinstance(active, dict) else None
    if thread is not None:
        return ident, native_id, thread.name
    main = getattr(getattr(threading, "_main_thread", None), "_ident", None) or _MAIN_IDENT
    return ident, native_id, "MainThread" if ident == main else "Thread-%d" % native_id


_MAIN_IDENT = _thread.get_ident()  # breadcrumb is imported by the main thread (init(), the runner)
