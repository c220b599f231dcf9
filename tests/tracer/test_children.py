"""Child processes are not traced, and the user is told so once (issue 16, item 9): a forked child
(os.fork, multiprocessing's fork) and a multiprocessing child started by spawn or forkserver."""

import sys

from tracetest import TracerTestCase

WARNING = "child processes are not traced"

FORKS = """
import os

def child_work():
    return 1

for _ in range(3):
    pid = os.fork()
    if pid == 0:
        child_work()
        os._exit(0)
    os.waitpid(pid, 0)
print("parent done")
"""

MULTIPROCESSING = """
import multiprocessing, sys

def square(x):
    return x * x

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    with multiprocessing.Pool(2) as pool:
        print(sum(pool.map(square, range(10))))
"""


class ChildProcessTest(TracerTestCase):
    def test_forks_are_reported_once(self):
        process = self.run_traced(FORKS)
        self.assertEqual(process.stdout, "parent done\n")
        self.assertEqual(process.stderr.count(WARNING), 1, process.stderr)
        # the children's calls are not in the trace, the parent's are
        self.assertEqual(self.call_counts(), {"<module>": 1})

    def test_multiprocessing_children_are_reported_once(self):
        methods = ["fork", "spawn", "forkserver"]
        for method in methods:
            with self.subTest(method):
                db = "%s/%s.db" % (self.dir, method)
                process = self.run_traced(MULTIPROCESSING, args=[method], db=db, timeout=120)
                self.assertEqual(process.stdout, "285\n")
                self.assertEqual(process.stderr.count(WARNING), 1, process.stderr)

    def test_no_warning_without_children(self):
        process = self.run_traced("import subprocess, sys\n"
                                  "subprocess.run([sys.executable, '-c', 'pass'], check=True)\n")
        self.assertNotIn(WARNING, process.stderr)
