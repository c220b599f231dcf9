#pragma once
// A cheap clock for the hot path: vDSO CLOCK_MONOTONIC (~20 ns), turned into wall-clock ns since the
// epoch by an offset measured once when tracing starts.
#include <cstdint>
#include <ctime>

namespace breadcrumb {

inline int64_t monotonicNs() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline int64_t realtimeNs() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace breadcrumb
