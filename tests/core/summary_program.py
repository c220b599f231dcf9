"""A program for tst_runsummaries: the shapes that make per-function totals hard to add up as the calls
finish, each small. Deep direct recursion and mutual recursion (with a generator in the cycle); a
recursive generator (yield from) consumed by another function; recursive coroutines gathered by asyncio;
an exception raised 300 frames down and caught at the top; a generator left suspended (it ends with the
call that started it); worker threads doing the same.
"""

import asyncio
import sys
import threading


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def ping(n):
    return n if n <= 0 else sum(pong(n - 1))


def pong(n):
    yield ping(n - 1)
    yield 1


def walk(tree):
    yield tree[0]
    for child in tree[1:]:
        yield from walk(child)


def build(levels):
    return [levels] + ([build(levels - 1), build(levels - 1)] if levels else [])


def consume(gen):
    return sum(gen)


def dive(n):
    if n == 0:
        raise ValueError("bottom")
    return dive(n - 1)


def survive():
    try:
        dive(300)
    except ValueError:
        return "caught"


def abandon():
    gen = walk(build(3))
    next(gen)
    return gen  # still suspended: it ends with this call


async def descend(n):
    if n == 0:
        await asyncio.sleep(0.001)
        return 0
    return 1 + await descend(n - 1)


async def tasks():
    return await asyncio.gather(*(descend(k) for k in (5, 20, 60)))


def work(scale):
    depth(200 * scale)
    ping(40)
    consume(walk(build(6)))
    survive()
    abandon()


def main():
    sys.setrecursionlimit(10000)
    threads = [threading.Thread(target=work, args=(k,), name=f"worker-{k}") for k in (1, 2)]
    for t in threads:
        t.start()
    work(3)
    asyncio.run(tasks())
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
