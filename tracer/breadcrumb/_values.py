"""Opt-in value capture: repr of arguments and return values, redacted, then truncated.

Redaction runs on the repr text *before* truncation so a cut can never expose half a secret.
It removes
  * the value of any key/argument/attribute whose name looks secret (password, token, api_key, ...),
  * values that look like secrets whatever their name: payment card numbers (IIN prefix + Luhn),
    JWTs, AWS access key ids and `Bearer ...` credentials.
"""

import re
import reprlib

REDACTED = "<redacted>"

# A name is secret when it contains one of these words (any case, snake/kebab/camel case).
_SECRET_WORD = (
    r"(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|authorization|auth"
    r"|access[_-]?key|private[_-]?key|credentials?|session[_-]?id|cookie)s?"
)
_SECRET_WORD_RE = re.compile(_SECRET_WORD + r"(?![a-z])", re.IGNORECASE)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_SEPARATOR = re.compile(r"\s*[:=]\s*")
_MAX_KEY = 64  # longer "names" are data, not keys; the bound keeps redaction linear
# Cheap substring checks first: most values contain none of these and skip the regexes.
# every _SECRET_WORD begins with one of these
_WORD_ANCHORS = ("pass", "pwd", "secret", "token", "api", "auth", "access", "private", "credential",
                 "session", "cookie")
_TOKEN_HINTS = ("bearer", "basic", "token")
_AWS_HINTS = ("AKIA", "ASIA", "AIDA", "AROA", "ANPA", "AGPA")
_OPEN = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BARE_END = frozenset(" \t\r\n,;&)}]>'\"")

_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_AWS_KEY = re.compile(r"\b(?:AKIA|ASIA|AIDA|AROA|ANPA|AGPA)[0-9A-Z]{16}\b")
_BEARER = re.compile(r"\b(Bearer|Basic|Token)\s+[A-Za-z0-9\-._~+/]{8,}=*", re.IGNORECASE)
# 13..19 digits, optionally grouped by single spaces or dashes, not part of a longer number
_CARD = re.compile(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])")
# issuer prefixes of card numbers; a bare Luhn check would hit one random long integer in ten
_DIGIT_RUN = re.compile(r"\d{4}")
# Digits as "0", spaces and dashes dropped: a card candidate leaves 13 zeros in a row. One translate
# pass over a traceback costs ~1/80 of _CARD's scan, which runs whenever a 4-digit line number is in it.
_CARD_SCREEN = str.maketrans("123456789", "000000000", " -")
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|35|6(?:011|5|4[4-9]|2))")


def luhn_valid(digits):
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def looks_like_card(text):
    digits = re.sub(r"[ -]", "", text)
    return 13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and luhn_valid(digits)


def is_secret_name(name):
    return bool(name) and all(c in _NAME_CHARS for c in name) \
        and _SECRET_WORD_RE.search(name) is not None


def _redact_card(match):
    return REDACTED if looks_like_card(match.group(0)) else match.group(0)


def _quoted_end(text, index):
    quote = text[index]
    index += 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == quote:
            return index + 1
        index += 1
    return len(text)


def _value_end(text, index):
    """End of the value that starts at `index`: a quoted string, a bracketed group or a bare word."""
    if index >= len(text):
        return index
    char = text[index]
    if char == "b" and index + 1 < len(text) and text[index + 1] in "'\"":
        return _quoted_end(text, index + 1)
    if char in "'\"":
        return _quoted_end(text, index)
    if char in _OPEN:
        stack = [_OPEN[char]]
        index += 1
        while index < len(text) and stack:
            char = text[index]
            if char in "'\"":
                index = _quoted_end(text, index)
                continue
            if char in _OPEN:
                stack.append(_OPEN[char])
            elif char == stack[-1]:
                stack.pop()
            index += 1
        return index
    while index < len(text) and text[index] not in _BARE_END:
        index += 1
    return index


def _key_bounds(text, match):
    """The whole key around a secret word (`db_password`, `'X-Api-Key'`) and where its value
    starts, or None when no `:`/`=` follows. Linear: no backtracking regex over long words."""
    start = match.start()
    floor = max(0, start - _MAX_KEY)
    while start > floor and text[start - 1] in _NAME_CHARS:
        start -= 1
    end = match.end()
    ceiling = min(len(text), end + _MAX_KEY)
    while end < ceiling and text[end] in _NAME_CHARS:
        end += 1
    if start > 0 and end < len(text) and text[start - 1] in "'\"" and text[end] == text[start - 1]:
        end += 1  # a quoted key: 'password': ...
    separator = _SEPARATOR.match(text, end)
    if separator is None:
        return None
    return start, separator.end()


def _secret_words(text):
    """Matches of _SECRET_WORD_RE, found from plain substring hits (str.find runs in C; a
    17-way case-insensitive alternation tried at every position does not)."""
    lower = text.lower()
    if len(lower) != len(text):  # a few non-ASCII letters change length when lowered
        return list(_SECRET_WORD_RE.finditer(text))
    starts = set()
    for anchor in _WORD_ANCHORS:
        position = lower.find(anchor)
        while position >= 0:
            starts.add(position)
            position = lower.find(anchor, position + 1)
    matches = []
    for position in sorted(starts):
        match = _SECRET_WORD_RE.match(text, position)
        if match is not None:
            matches.append(match)
    return matches


def _redact_keys(text):
    pieces = []
    position = 0
    for match in _secret_words(text):
        if match.start() < position:
            continue  # inside a value already redacted
        bounds = _key_bounds(text, match)
        if bounds is None:
            continue
        value_start = bounds[1]
        end = _value_end(text, value_start)
        value = text[value_start:end]
        if value.lower() in ("bearer", "basic", "token", "digest") and text[end:end + 1] == " ":
            end = _value_end(text, end + 1)  # "Authorization: Bearer xyz": the credential too
        if not value or value in ("None", "''", '""', REDACTED):
            continue
        pieces.append(text[position:value_start])
        pieces.append(REDACTED)
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _may_hold_card(text):
    if not text.isascii():  # \d matches the digits of other scripts too
        return _DIGIT_RUN.search(text) is not None
    return "0000000000000" in text.translate(_CARD_SCREEN)


def redact(text):
    """Remove secrets from a repr or message."""
    if not text:
        return text
    lower = text.lower()
    # explicit `or` chains: this runs for every captured value, any(genexpr) costs 3x more
    if ("pass" in lower or "pwd" in lower or "secret" in lower or "token" in lower
            or "api" in lower or "auth" in lower or "access" in lower or "private" in lower
            or "credential" in lower or "session" in lower or "cookie" in lower):
        text = _redact_keys(text)
        lower = text.lower()
    if "bearer" in lower or "basic" in lower or "token" in lower:
        text = _BEARER.sub(lambda m: m.group(1) + " " + REDACTED, text)
    if "eyJ" in text:
        text = _JWT.sub(REDACTED, text)
    if "A" in text and ("AKIA" in text or "ASIA" in text or "AIDA" in text or "AROA" in text
                        or "ANPA" in text or "AGPA" in text):
        text = _AWS_KEY.sub(REDACTED, text)
    if _may_hold_card(text):
        text = _CARD.sub(_redact_card, text)
    return text


def truncate(text, limit):
    if limit is not None and limit >= 0 and len(text) > limit:
        if limit <= 3:
            return text[:limit]
        return text[: limit - 3] + "..."
    return text


_SHORT = reprlib.Repr()
_SHORT.maxlevel = 4
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxset = _SHORT.maxfrozenset = _SHORT.maxdeque = 200
_SHORT.maxdict = 100
_SHORT.maxstring = _SHORT.maxother = 10000
_BIG_CONTAINER = 1000


def safe_repr(value):
    """repr() that never raises and does not build megabytes for huge containers."""
    try:
        kind = type(value)
        if kind in (list, tuple, dict, set, frozenset) and len(value) > _BIG_CONTAINER:
            return _SHORT.repr(value)
        if kind is str and len(value) > 100000:
            return repr(value[:100000])
        text = repr(value)
        return text if isinstance(text, str) else str(text)
    except BaseException as error:  # a broken __repr__ must not break the traced program
        return "<%s object (repr failed: %s)>" % (type(value).__name__, type(error).__name__)


# Redaction only needs to see what can survive truncation, plus enough beyond the cut that a
# secret straddling it is still recognised (and then removed as a whole).
_REDACTION_MARGIN = 4096


def _window(text, limit):
    if limit is not None and limit >= 0 and len(text) > limit + _REDACTION_MARGIN:
        return text[: limit + _REDACTION_MARGIN]
    return text


_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


# Values whose repr cannot hold a secret: no redaction pass needed.
_PLAIN_TYPES = (type(None), bool, float, complex)
_SMALL_INT = 10 ** 12  # card numbers have 13+ digits


class _Signature:
    """What args() needs to know about a code object, computed once per code object."""

    __slots__ = ("names",)

    def __init__(self, code):
        positional = code.co_argcount + code.co_kwonlyargcount
        count = positional
        flags = code.co_flags
        if flags & _CO_VARARGS:
            count += 1
        if flags & _CO_VARKEYWORDS:
            count += 1
        names = []
        for index, name in enumerate(code.co_varnames[:count]):
            prefix = ""
            if flags & _CO_VARARGS and index == positional:
                prefix = "*"
            elif flags & _CO_VARKEYWORDS and index == count - 1:
                prefix = "**"
            # a user __repr__ on self would run for every method call: show the type only
            receiver = index == 0 and code.co_argcount > 0 and name in ("self", "cls")
            names.append((name, prefix + name + "=", receiver, is_secret_name(name)))
        self.names = tuple(names)


class ValueCapture:
    """The `capture` object handed to the native tracer: `.args(frame)` and `.result(value)`."""

    def __init__(self, max_value_length=2000):
        self.max_value_length = max_value_length
        self._signatures = {}

    def format(self, value):
        kind = type(value)
        if kind in _PLAIN_TYPES or (kind is int and -_SMALL_INT < value < _SMALL_INT):
            return truncate(repr(value), self.max_value_length)
        return truncate(redact(_window(safe_repr(value), self.max_value_length)),
                        self.max_value_length)

    def result(self, value):
        return self.format(value)

    def args(self, frame):
        try:
            code = frame.f_code
            # keyed by id: hashing a code object hashes its bytecode, every call; the entry keeps
            # the code alive so its id cannot be reused by another one
            entry = self._signatures.get(id(code))
            if entry is None:
                entry = self._signatures[id(code)] = (code, _Signature(code))
            signature = entry[1]
            if not signature.names:
                return ""
            local_vars = frame.f_locals
            parts = []
            for name, label, receiver, secret in signature.names:
                if name not in local_vars:
                    continue
                value = local_vars[name]
                if receiver:
                    shown = "<%s>" % (value.__name__ if isinstance(value, type) and name == "cls"
                                      else type(value).__qualname__)
                elif secret:
                    shown = REDACTED
                else:
                    shown = self.format(value)
                parts.append(label + shown)
            return truncate(", ".join(parts), self.max_value_length)
        except BaseException as error:
            return "<arguments unavailable: %s>" % type(error).__name__
