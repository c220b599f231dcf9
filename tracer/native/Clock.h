#pragma once
// A cheap clock for the hot path, turned into wall-clock ns since the epoch by an offset measured once
// when tracing starts. Two reads per call are a large part of what tracing a call costs: the vDSO
// clock_gettime(CLOCK_MONOTONIC) takes ~30 ns here, the TSC ~10 ns. So when the kernel itself keeps
// time with the TSC (clocksource "tsc": constant rate, synchronised across CPUs), the TSC is read and
// scaled by a rate measured against CLOCK_MONOTONIC over 20 ms (error ~1e-6). The measurement sleeps
// in a background thread, so starting a session costs neither CPU nor wall time for it; until it is
// done (and elsewhere, or with BREADCRUMB_CLOCK=gettime) clock_gettime is read. Both give
// CLOCK_MONOTONIC ns, so the switch moves times by well under a microsecond.
#include "SignalFreeThread.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <system_error>
#include <thread>
#if defined(__x86_64__)
#include <x86intrin.h>
#endif

namespace breadcrumb {

namespace clockstate {
inline std::atomic<bool> tsc{false}; // set once the rate below is known
inline double nsPerTick = 0;
inline uint64_t nsPerTickQ32 = 0; // nsPerTick in 32.32 fixed point: one integer multiply per read
inline uint64_t baseTicks = 0;
inline int64_t baseNs = 0;
} // namespace clockstate

inline int64_t gettimeMonotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Inlined everywhere: read twice per traced call, a call of its own costs as much as the multiply.
[[gnu::always_inline]] inline int64_t monotonicNs()
{
#if defined(__x86_64__)
    if (clockstate::tsc.load(std::memory_order_acquire)) [[likely]] {
        // A 64x64->128 multiply instead of two int/double conversions and a double multiply: ~3 ns
        // less per read, and reads happen twice per traced call. (TSCs of other cores may lag the
        // base by a few ticks: signed.)
        const uint64_t ticks = __rdtsc() - clockstate::baseTicks;
        using Wide = unsigned __int128;
        if (static_cast<int64_t>(ticks) >= 0) [[likely]]
            return clockstate::baseNs + static_cast<int64_t>((Wide(ticks) * clockstate::nsPerTickQ32) >> 32);
        return clockstate::baseNs - static_cast<int64_t>((Wide(0 - ticks) * clockstate::nsPerTickQ32) >> 32);
    }
#endif
    return gettimeMonotonicNs();
}

inline int64_t realtimeNs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Chooses the clock once per process; called before the first session reads it.
inline void chooseClock()
{
#if defined(__x86_64__)
    static bool chosen = false;
    if (chosen)
        return;
    chosen = true;
    if (const char* env = getenv("BREADCRUMB_CLOCK"); env && strcmp(env, "gettime") == 0)
        return;
    char source[32] = {};
    if (FILE* f = fopen("/sys/devices/system/clocksource/clocksource0/current_clocksource", "r")) {
        if (!fgets(source, sizeof source, f))
            source[0] = 0;
        fclose(f);
    }
    if (strncmp(source, "tsc", 3) != 0 || (source[3] != '\n' && source[3] != 0))
        return;
    // A (ticks, ns) pair read as close together as possible: the TSC read on each side of the clock.
    auto pair = [](uint64_t& ticks, int64_t& ns) {
        uint64_t best = UINT64_MAX;
        for (int i = 0; i < 5; ++i) {
            const uint64_t a = __rdtsc();
            const int64_t t = gettimeMonotonicNs();
            const uint64_t b = __rdtsc();
            if (b - a < best) {
                best = b - a;
                ticks = a + (b - a) / 2;
                ns = t;
            }
        }
    };
    try {
        startSignalFreeThread([pair] {
            uint64_t t0 = 0, t1 = 0;
            int64_t n0 = 0, n1 = 0;
            pair(t0, n0);
            const timespec wait{0, 20'000'000};
            nanosleep(&wait, nullptr);
            pair(t1, n1);
            if (t1 <= t0 || n1 <= n0)
                return;
            clockstate::nsPerTick = double(n1 - n0) / double(t1 - t0);
            clockstate::nsPerTickQ32 = uint64_t(clockstate::nsPerTick * 4294967296.0 + 0.5);
            clockstate::baseTicks = t0;
            clockstate::baseNs = n0;
            clockstate::tsc.store(true, std::memory_order_release);
        }).detach();
    } catch (const std::system_error&) { // no thread: stay on clock_gettime
    }
#endif
}

} // namespace breadcrumb
