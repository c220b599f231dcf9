"""A second call-heavy workload for tracer_overhead.py (`--workload`), written apart from
tracer_workload.py so the tracer's overhead is not tuned to one program: recursion, objects with small
methods, dict records streamed from a generator and summarised, and a parser whose `int()` raises a
ValueError on every fifth input. 2.5 M Python calls at the default scale of 25 (3.7 M with the built-ins
cProfile also counts). Run as a script it prints the seconds its own work took ("hot"), as
tracer_workload.py does."""
import sys
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def solvent(self):
        return self.balance >= 0


def records(n):
    for i in range(n):
        yield {"id": i, "kind": "abc"[i % 3], "value": i * 7 % 101}


def classify(record):
    return record["kind"] + str(record["value"] % 4)


def weight(record):
    return record["value"] // 3


def summarize(rows):
    totals = {}
    for record in rows:
        key = classify(record)
        totals[key] = totals.get(key, 0) + weight(record)
    return totals


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def workload(scale):
    total = 0
    for _ in range(scale):
        total += fib(20)
        accounts = [Account(str(i), i) for i in range(1200)]
        for account in accounts:
            for k in range(10):
                account.deposit(k)
            total += account.solvent()
        total += len(summarize(records(25000)))
        for i in range(12000):
            total += parse("x" if i % 5 == 0 else str(i))
    return total


if __name__ == "__main__":
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    t0, c0 = time.perf_counter(), time.thread_time()
    workload(scale)
    print("HOT %.6f %.6f" % (time.perf_counter() - t0, time.thread_time() - c0), flush=True)
