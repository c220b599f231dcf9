"""A program to compare with itself: run it as is, then with --slower, and only `slowed` changes.

`slowed` is called 50 times and takes 30% longer per call with --slower (10 ms -> 13 ms of sleep);
`steady` and `checksum` do the same small work either way. `slowed` is most of the run: the others' jitter on
a busy machine (real, and found real by the rank test when the load changes between two runs) stays under
the noise floor of 1% of the run, as a user's untouched helpers would.
"""

import sys
import time


def slowed(slower):
    time.sleep(0.013 if slower else 0.010)


def steady(n):
    return sorted(range(n, 0, -1))[n // 2]


def checksum(n):
    total = 0
    for i in range(n):
        total = (total * 31 + i) % 1000003
    return total


def main(argv):
    slower = "--slower" in argv
    for i in range(50):
        slowed(slower)
        steady(500)
        checksum(200)


if __name__ == "__main__":
    main(sys.argv[1:])
