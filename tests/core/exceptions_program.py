"""A program whose exceptions end in each way the viewer tells apart (tst_exceptionanalysis):

parse raises ValueError twice and parse_or_default, its caller, catches both (handled by the caller);
lookup raises and catches a KeyError itself (handled where raised); worker's RuntimeError, raised two
calls down in check, ends the thread "dies" (uncaught); fail's LookupError ends the run (uncaught, exit 1).
"""

import threading


def parse(text):
    return int(text)


def parse_or_default(text):
    try:
        return parse(text)
    except ValueError:
        return 0


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return None


def check(value):
    if value < 0:
        raise RuntimeError("negative value")


def validate(value):
    check(value)


def worker():
    validate(-1)


def fail():
    raise LookupError("fatal: nothing to look up")


def main():
    for text in ("1", "x", "2", "y"):
        parse_or_default(text)
    lookup({}, "missing")
    thread = threading.Thread(target=worker, name="dies")
    thread.start()
    thread.join()
    fail()


main()
