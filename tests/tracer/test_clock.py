"""The tracer's clock against the interpreter's own: where the TSC is read instead of clock_gettime (the
kernel's clocksource is the TSC, or a KVM guest's kvm-clock over an invariant TSC; see Clock.h), the
durations and start times it gives are those of time.monotonic_ns / time.time_ns, on every thread.
The program first waits for the clock's 20 ms measurement, so its timed calls are read with whichever
clock the tracer settled on; BREADCRUMB_CLOCK=gettime (clock_gettime always) is checked the same way."""

import json
import unittest

from tracetest import TracerTestCase, child_env

PROGRAM = """
import json, threading, time

def timed(results):
    wall0, t0 = time.time_ns(), time.monotonic_ns()
    time.sleep(0.03)
    x = sum(range(20000))  # some running time too, not only sleeping
    t1 = time.monotonic_ns()
    results.append((threading.current_thread().name, wall0, t1 - t0))
    return x

def worker(results):
    for _ in range(4):
        timed(results)

time.sleep(0.3)  # the clock is chosen by now
results = []
threads = [threading.Thread(target=worker, args=(results,), name="t%d" % i) for i in range(2)]
for t in threads:
    t.start()
worker(results)
for t in threads:
    t.join()
print(json.dumps(results))
"""


class ClockTest(TracerTestCase):
    def check(self, env):
        process = self.run_traced(PROGRAM, env=env)
        inside = json.loads(process.stdout.strip().splitlines()[-1])
        rows = self.query("""SELECT c.start_ns, c.duration_ns, t.name FROM calls c
                             JOIN functions f USING (function_id) JOIN threads t USING (thread_id)
                             WHERE f.name = 'timed' ORDER BY c.start_ns""")
        self.assertEqual(len(rows), 12)
        self.assertEqual(len(inside), 12)
        by_thread = {}
        for name, wall0, ns in inside:
            by_thread.setdefault(name, []).append((wall0, ns))
        extra = []
        for row in rows:
            measured = by_thread[row["name"]].pop(0)
            # The call starts before and ends after what it measures itself, by little more than
            # the hook's own work (a loaded machine may preempt in between).
            self.assertGreaterEqual(row["duration_ns"], measured[1], row)
            self.assertLess(row["duration_ns"] - measured[1], 20_000_000, row)
            extra.append(row["duration_ns"] - measured[1])
            # The start as wall-clock time: the monotonic clock moved by the offset taken at start.
            self.assertLess(abs(row["start_ns"] - measured[0]), 20_000_000, row)
        # Typically a few microseconds: a clock running 2 % fast or slow would add 0.6 ms to each.
        self.assertLess(sorted(extra)[len(extra) // 2], 500_000, extra)

    def test_durations_and_starts_agree_with_the_interpreters_clocks(self):
        self.check(None)

    def test_the_same_with_clock_gettime(self):
        self.check(child_env(BREADCRUMB_CLOCK="gettime"))


if __name__ == "__main__":
    unittest.main()
