# The scale benchmark as a ctest test (label bench; 1 M calls, a few minutes with the trace generated once
# into the build tree): include() this from tests/bench/CMakeLists.txt. 10 M and 50 M are run by hand
# (scale_bench.py --sizes). It prints figures beside a raw scan of the same chunks and the targets of
# issue 17, and fails only when a tool it runs cannot be started, never on timings.
add_test(NAME bench.scale
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/scale_bench.py --build ${CMAKE_BINARY_DIR}
                 --cache ${CMAKE_BINARY_DIR}/tests/bench/scale --repeat 1)
set_tests_properties(bench.scale PROPERTIES
    LABELS bench
    TIMEOUT 1200
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PYTHONDONTWRITEBYTECODE=1")
