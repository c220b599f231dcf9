"""Deep recursion (issue 16, item 10): a traced program recurses as deep as the untraced one. The eval
hook nests a C frame per Python call where 3.11+ would not; near the end of the C stack it goes on
on fresh stack segments instead of raising RecursionError (EvalFrameHook.c)."""

import sys
import unittest

from tracetest import TracerTestCase

DEEP = """
import sys
sys.setrecursionlimit(60000)

def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

print(f(int(sys.argv[1])))
"""

# A thread with a small stack (threading.stack_size): the traced recursion starts near its end.
SMALL_STACK = """
import sys, threading
sys.setrecursionlimit(60000)

def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

def generator_chain(n):
    # a generator resumed at every level: its frames are evaluated on whichever segment is current
    if n:
        yield from generator_chain(n - 1)
    yield n

result = []

def work(depth):
    result.append(f(depth))
    result.append(sum(generator_chain(100)))

threading.stack_size(int(sys.argv[2]))
thread = threading.Thread(target=work, args=(int(sys.argv[1]),))
thread.start()
thread.join()
print(result)
"""


class DeepRecursionTest(TracerTestCase):
    def test_recursion_50000_levels_deep(self):
        # 3.10 nests a C frame per Python call itself: untraced, its 8 MB main stack ends before 30 000
        depth = 50000 if sys.version_info >= (3, 11) else 20000
        untraced = self.run_python([self.write("deep.py", DEEP), str(depth)], check=0, timeout=120)
        self.assertEqual(untraced.stdout, "%d\n" % depth)
        process = self.run_traced(DEEP, args=[str(depth)], timeout=300)
        self.assertEqual(process.stdout, "%d\n" % depth)
        self.assertNotIn("RecursionError", process.stderr)
        self.assertEqual(self.call_counts(), {"<module>": 1, "f": depth + 1})
        self.assertEqual(self.scalar("SELECT MAX(depth) FROM calls"), depth + 1)
        self.assertEqual(self.scalar("SELECT status FROM runs"), "completed")

    def test_small_thread_stack(self):
        # 3.10 nests a C frame per Python call itself: a small stack holds few levels untraced too
        depth = 300 if sys.version_info < (3, 11) else 20000
        args = [str(depth), str(256 * 1024)]
        untraced = self.run_python([self.write("small.py", SMALL_STACK)] + args, check=0, timeout=120)
        process = self.run_traced(SMALL_STACK, args=args, timeout=300)
        self.assertEqual(process.stdout, untraced.stdout)
        self.assertEqual(process.stdout, "[%d, %d]\n" % (depth, sum(range(101))))
        counts = self.call_counts()
        self.assertEqual(counts["f"], depth + 1)
        self.assertEqual(counts["generator_chain"], 101)


if __name__ == "__main__":
    unittest.main()
