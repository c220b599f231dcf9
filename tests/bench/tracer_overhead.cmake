# The tracer overhead benchmark as a ctest test (label bench, ~10 s): include() this from
# tests/bench/CMakeLists.txt. It prints the figures side by side with cProfile's and fails only if a
# call is lost (recorded != expected), never on timings.
add_test(NAME bench.tracer_overhead
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/tracer_overhead.py --reps 1 --scale 5)
set_tests_properties(bench.tracer_overhead PROPERTIES
    LABELS bench
    TIMEOUT 120
    ENVIRONMENT "PYTHONPATH=${BREADCRUMB_PYTHON_DIR};PYTHONDONTWRITEBYTECODE=1")
