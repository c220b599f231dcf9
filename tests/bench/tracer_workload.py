"""A call-heavy pure-Python workload for tracer_overhead.py: recursion, dict/list processing, methods,
generators, exceptions, closures and comprehensions, in the proportions of an ordinary program rather than
one kind of call. Run as a script it prints the seconds its own work took ("hot")."""
import sys
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_words(counts, k):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def squares(items):
    for x in items:
        yield x * x


def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)
    return int(text)


def safe_parse(text):
    try:
        return parse(text)
    except ValueError:
        return -1


def vectors(n):
    acc = Vector(0, 0)
    for i in range(n):
        acc = acc.add(Vector(i, -i))
    return acc.norm2()


def make_scaler(factor):
    def scale(x):  # a closure: reads a cell variable
        return x * factor

    return scale


def counter():
    count = 0

    def bump(step=1):  # a closure that rebinds its cell
        nonlocal count
        count += step
        return count

    return bump


class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def overdrawn(self):
        return self.balance < 0

    def withdraw(self, amount):
        if amount > self.balance + 100:
            raise RuntimeError("limit")
        self.balance -= amount
        return self.balance

    @staticmethod
    def fee(amount):
        return amount // 50

    @classmethod
    def opened(cls, balance):
        return cls(balance)


def records(n):
    return [{"id": i, "group": "g%d" % (i % 13), "value": (i * 7919) % 1000} for i in range(n)]


def group_totals(rows):
    totals = {}
    for row in rows:
        key = row["group"]
        totals[key] = totals.get(key, 0) + row["value"]
    return {k: v for k, v in totals.items() if v > 0}  # a dict comprehension (a call before 3.12)


def banking(n):
    account = Account.opened(1000)
    refused = 0
    for i in range(n):
        try:
            account.withdraw(Account.fee(i) + i % 40)
        except RuntimeError:
            refused += 1
            account = Account.opened(1000)
        if account.overdrawn:
            account = Account.opened(500)
    return refused


def closures(n):
    triple = make_scaler(3)
    bump = counter()
    total = 0
    for i in range(n):
        total += triple(i) + bump()
    return total + sum(triple(x) for x in range(n // 4))  # a generator expression: a call per item


# The workload's parts, each a kind of call: one may be run alone (see __main__) to see what a tracer
# costs per call of that kind (e.g. under callgrind).
PARTS = {
    "recursion": lambda: fib(18),  # a fifth of the calls, not half
    "methods": lambda: vectors(3000),
    "dicts": lambda: len(top_words(word_counts(["w%d" % (i % 97) for i in range(3000)]), 5)),
    "generators": lambda: sum(squares(evens(4000))),
    # a few raises per round: each recorded raise also pays for its description (type, message,
    # formatted traceback) in Python, which the call-level figures should not drown in
    "raises": lambda: sum(safe_parse(t) for t in ["12", "x", "7", "y"] * 5),
    "records": lambda: len(group_totals(records(1500))),
    "properties": lambda: banking(1500),
    "closures": lambda: closures(2000),
    "comprehensions": lambda: len([word_counts(w) for w in [["a", "b", "a"]] * 200]),
}


def workload(scale=1, parts=None):
    chosen = [PARTS[p] for p in parts] if parts else list(PARTS.values())
    total = 0
    for _ in range(scale):
        for part in chosen:
            total += part()
    return total


if __name__ == "__main__":
    # tracer_workload.py [scale] [part,part...]: the whole mix by default
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    parts = sys.argv[2].split(",") if len(sys.argv) > 2 else None
    t0, c0 = time.perf_counter(), time.thread_time()
    workload(scale, parts)
    # wall time, and the CPU time of this (the program's) thread: on a loaded machine the wall time
    # also counts waiting for a CPU, which a tracer's writer thread competes for
    print("HOT %.6f %.6f" % (time.perf_counter() - t0, time.thread_time() - c0), flush=True)
