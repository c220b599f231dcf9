"""A program for the time-definition property tests (tst_timeinvariants): each shape whose time was once
counted wrongly, small enough to trace in well under a second.

threads: workers that sleep (untraced C code: their own time) and compute, side by side;
asyncio: tasks gathered and a producer/consumer pair over a queue, awaiting sleeps;
recursion: direct (fib) and mutual (is_even/is_odd);
generators: one created in one function and consumed in another; a contextlib.contextmanager whose body
runs between its two halves; exceptions raised, propagated through frames and caught.
"""

import asyncio
import contextlib
import threading
import time


def spin(seconds):
    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end:
        n += 1
    return n


def io_wait(seconds):
    time.sleep(seconds)


def compute(n):
    return sum(i * i for i in range(n))


def worker(index):
    for _ in range(3):
        io_wait(0.01)
        compute(2000 * (index + 1))


def run_threads():
    threads = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def numbers(limit):
    for i in range(limit):
        spin(0.0005)
        yield i


def make_numbers():
    return numbers(8)


def consume(generator):
    total = 0
    for value in generator:
        total += value
        spin(0.0005)
    return total


@contextlib.contextmanager
def timed_section(name):
    spin(0.001)
    try:
        yield name
    finally:
        spin(0.001)


def in_section():
    with timed_section("work"):
        compute(20000)
        spin(0.003)


class ParseError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ParseError(text)
    return int(text)


def parse_all(items):
    values = []
    for item in items:
        try:
            values.append(parse(item))
        except ParseError:
            values.append(0)
    return values


def deep_raise(depth):
    if depth == 0:
        raise ValueError("bottom")
    deep_raise(depth - 1)


def catch_deep():
    try:
        deep_raise(5)
    except ValueError:
        return "caught"


async def fetch(i):
    await asyncio.sleep(0.005 * (i + 1))
    spin(0.001)
    return i


async def producer(queue, count):
    for i in range(count):
        await queue.put(i)
        await asyncio.sleep(0.001)
    await queue.put(None)


async def consumer(queue):
    seen = 0
    while True:
        item = await queue.get()
        if item is None:
            return seen
        spin(0.0005)
        seen += 1


async def async_main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    queue = asyncio.Queue()
    consumed = await asyncio.gather(producer(queue, 6), consumer(queue))
    return results, consumed


def main():
    run_threads()
    fib(14)
    is_even(12)
    consume(make_numbers())
    in_section()
    parse_all(["1", "x", "22", "y"])
    catch_deep()
    asyncio.run(async_main())


if __name__ == "__main__":
    main()
