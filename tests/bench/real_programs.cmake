# The real-program overhead benchmark as a ctest test (label bench, ~1 min): one round of each program
# untraced, under cProfile and under `breadcrumb run --include '*'`. It prints the figures side by side
# and fails only if a program's Debian package is missing or a run fails, never on timings.
add_test(NAME bench.real_programs
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/real_programs.py --reps 1 --require-all)
set_tests_properties(bench.real_programs PROPERTIES
    LABELS bench
    TIMEOUT 300
    ENVIRONMENT "PYTHONPATH=${BREADCRUMB_PYTHON_DIR};PYTHONDONTWRITEBYTECODE=1")

# What one raise caught nearby costs under each, beside cProfile (~20 s).
add_test(NAME bench.raise_cost COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/raise_cost.py --reps 3)
set_tests_properties(bench.raise_cost PROPERTIES
    LABELS bench
    TIMEOUT 300
    ENVIRONMENT "PYTHONPATH=${BREADCRUMB_PYTHON_DIR};PYTHONDONTWRITEBYTECODE=1")

# The fixed cost of a run (an empty and a small program) under each, beside cProfile (~10 s).
add_test(NAME bench.startup_cost COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/startup_cost.py --reps 11)
set_tests_properties(bench.startup_cost PROPERTIES
    LABELS bench
    TIMEOUT 300
    ENVIRONMENT "PYTHONPATH=${BREADCRUMB_PYTHON_DIR};PYTHONDONTWRITEBYTECODE=1")
