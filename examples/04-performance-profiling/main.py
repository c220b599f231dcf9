"""Breadcrumb Example 4: Performance Profiling.

A plain Python program with known bottlenecks. Trace it and let the trace find them:

    breadcrumb run examples/04-performance-profiling/main.py              # or
    python3 -m breadcrumb run examples/04-performance-profiling/main.py
    breadcrumb performance --sort duration --limit 10
    breadcrumb performance slow_function

Run it a second time with --optimized (cached_computation instead of redundant_computation) and
compare the two runs: `breadcrumb compare 1 2`.

What it does (the timings the seed document describes):
    fast_function          5 calls, ~0 ms each
    slow_function          13 calls, ~100 ms each: 3 from process_data, 10 from redundant_computation
                           (with --optimized: 4 calls, 3 from process_data, 1 from cached_computation)
    very_slow_function     1 call, ~500 ms
    inefficient_loop       O(n^2), ~120 ms   vs   efficient_loop O(n), ~1 ms
    wasteful_string_concat ~45 ms
    run_pipeline           a small load -> validate -> transform -> aggregate -> save pipeline
"""

import sys
import time

LOOP_ITEMS = 1250          # inefficient_loop does LOOP_ITEMS**2 comparisons (~120 ms)
CONCAT_PIECES = 19000      # wasteful_string_concat copies the growing string this many times


# -- Example 1: functions with very different speeds ----------------------------------------

def fast_function(x):
    return x * 2


def slow_function(x):
    time.sleep(0.1)
    return x * 2


def very_slow_function(x):
    time.sleep(0.5)
    return x * 3


def process_data(items):
    """Calls slow_function once per item (3 items)."""
    results = []
    for item in items:
        results.append(slow_function(item))
    return results


# -- Example 2: O(n^2) vs O(n) ----------------------------------------------------------------

def make_items(n):
    return [{"id": (i * 7919) % n, "value": i} for i in range(n)]


def inefficient_loop(items):
    """O(n^2): for every id, scan the whole list."""
    result = []
    for i in range(len(items)):
        for j in range(len(items)):
            if items[j]["id"] == i:
                result.append(items[j])
    return result


def efficient_loop(items):
    """O(n): one dictionary, one lookup per id."""
    lookup = {item["id"]: item for item in items}
    return [lookup[i] for i in range(len(items)) if i in lookup]


# -- Example 3: redundant computation ------------------------------------------------------------

def redundant_computation(n):
    total = 0
    for _ in range(n):
        total += slow_function(10)  # the same value, computed n times
    return total


def cached_computation(n):
    cached_value = slow_function(10)  # computed once
    total = 0
    for _ in range(n):
        total += cached_value
    return total


# -- Example 4: string building ------------------------------------------------------------------

def wasteful_string_concat(n):
    """Builds the string by copying it again for every piece (quadratic)."""
    text = ""
    for i in range(n):
        text = "%s%d," % (text, i)
    return text


def efficient_string_join(n):
    return "".join("%d," % i for i in range(n))


# -- Example 5: an end-to-end pipeline ----------------------------------------------------------

def load_records(count):
    time.sleep(0.05)  # stands for reading a file or a database
    return [{"id": i, "amount": (i * 37) % 101, "region": "north" if i % 3 else "south"}
            for i in range(count)]


def validate_record(record):
    return record["amount"] >= 0 and record["region"] in ("north", "south")


def transform_record(record):
    return {**record, "amount_cents": record["amount"] * 100}


def aggregate(records):
    totals = {}
    for record in records:
        totals[record["region"]] = totals.get(record["region"], 0) + record["amount_cents"]
    return totals


def save_results(totals):
    time.sleep(0.02)  # stands for writing the report
    return len(totals)


def run_pipeline(count=200):
    records = load_records(count)
    transformed = []
    for record in records:
        if validate_record(record):
            transformed.append(transform_record(record))
    totals = aggregate(transformed)
    save_results(totals)
    return totals


# -- the examples -----------------------------------------------------------------------------

def banner(title):
    print()
    print("=" * 60)
    print(title)
    print("=" * 60)


def elapsed_ms(start):
    return (time.perf_counter() - start) * 1000.0


def example_1_bottleneck():
    banner("Example 1: Identify Performance Bottleneck")
    print("Running multiple functions with different speeds...")
    for i in range(5):
        fast_function(i)
    process_data([1, 2, 3])
    very_slow_function(10)
    print()
    print("Functions executed:")
    print("  - fast_function: 5 calls")
    print("  - slow_function: 3 calls")
    print("  - very_slow_function: 1 call")
    print()
    print("Expected result:")
    print("  very_slow_function should be slowest (~500ms)")
    print("  slow_function should be second (~100ms each)")
    print("  fast_function should be fastest (~0ms)")


def example_2_algorithms():
    banner("Example 2: Algorithm Optimization")
    print("Comparing O(n\u00b2) vs O(n) implementations...")
    print()
    items = make_items(LOOP_ITEMS)
    print("Running inefficient_loop (O(n\u00b2))...")
    start = time.perf_counter()
    slow_result = inefficient_loop(items)
    slow_ms = elapsed_ms(start)
    print("  Completed in %.1fms" % slow_ms)
    print("Running efficient_loop (O(n))...")
    start = time.perf_counter()
    fast_result = efficient_loop(items)
    fast_ms = elapsed_ms(start)
    print("  Completed in %.1fms" % fast_ms)
    assert [r["id"] for r in slow_result] == [r["id"] for r in fast_result]
    print("  Improvement: %.1f%% faster" % (100.0 * (1.0 - fast_ms / slow_ms) if slow_ms else 0.0))


def example_3_redundancy(optimized):
    banner("Example 3: Redundant Computation")
    start = time.perf_counter()
    if optimized:
        print("Running cached_computation(10): slow_function is called once...")
        total = cached_computation(10)
    else:
        print("Running redundant_computation(10): slow_function is called 10 times...")
        total = redundant_computation(10)
    print("  Result %d in %.1fms" % (total, elapsed_ms(start)))
    if not optimized:
        print("  Tip: run again with --optimized and compare the two runs.")


def example_4_strings():
    banner("Example 4: String Building")
    print("Running wasteful_string_concat...")
    start = time.perf_counter()
    wasteful = wasteful_string_concat(CONCAT_PIECES)
    print("  Completed in %.1fms" % elapsed_ms(start))
    print("Running efficient_string_join...")
    start = time.perf_counter()
    joined = efficient_string_join(CONCAT_PIECES)
    print("  Completed in %.1fms" % elapsed_ms(start))
    assert wasteful == joined


def example_5_pipeline():
    banner("Example 5: End-to-End Pipeline")
    print("load -> validate -> transform -> aggregate -> save")
    start = time.perf_counter()
    totals = run_pipeline(200)
    print("  Totals by region: %s" % ", ".join("%s=%d" % kv for kv in sorted(totals.items())))
    print("  Completed in %.1fms" % elapsed_ms(start))


def main(argv):
    optimized = "--optimized" in argv[1:]
    print("=" * 60)
    print("Breadcrumb Example 4: Performance Profiling" + (" (optimized)" if optimized else ""))
    print("=" * 60)
    example_1_bottleneck()
    example_2_algorithms()
    example_3_redundancy(optimized)
    example_4_strings()
    example_5_pipeline()
    print()
    print("Done. Next: breadcrumb performance --sort duration --limit 10")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
