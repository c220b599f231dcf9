#pragma once
// A cheap clock for the hot path, turned into wall-clock ns since the epoch by an offset measured once
// when tracing starts. Two reads per call are a large part of what tracing a call costs: the vDSO
// clock_gettime(CLOCK_MONOTONIC) takes ~30 ns here, the TSC ~10 ns. So when the kernel itself keeps
// time with the TSC (clocksource "tsc": constant rate, synchronised across CPUs), the TSC is read and
// scaled by a rate measured against CLOCK_MONOTONIC over 20 ms (error ~1e-6). The measurement sleeps
// in a background thread, so starting a session costs neither CPU nor wall time for it; until it is
// done (and elsewhere, or with BREADCRUMB_CLOCK=gettime) clock_gettime is read. Both give
// CLOCK_MONOTONIC ns, so the switch moves times by well under a microsecond.
//
// A KVM guest's clocksource "kvm-clock" is the TSC too, scaled by the host (its vDSO read costs ~26 ns
// of CPU against the TSC's ~11 here: a third of what tracing a call costs the program). The kernel does
// not vouch for the TSC there, so it is read only when the CPU says it is invariant (constant_tsc,
// nonstop_tsc) and, measured on every CPU the process may run on, it agrees with CLOCK_MONOTONIC within
// 5 us. A host that later changes the TSC's rate or offset (the VM moved) is caught by checkClock().
#include "SignalFreeThread.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <pthread.h>
#include <sched.h>
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

#if defined(__x86_64__)
// The TSC as CLOCK_MONOTONIC ns, by the rate and base measured (clockstate). A 64x64->128 multiply
// instead of two int/double conversions and a double multiply: ~3 ns less per read, and reads happen
// twice per traced call. (TSCs of other cores may lag the base by a few ticks: signed.)
inline int64_t tscNs(uint64_t rawTicks)
{
    const uint64_t ticks = rawTicks - clockstate::baseTicks;
    using Wide = unsigned __int128;
    if (static_cast<int64_t>(ticks) >= 0) [[likely]]
        return clockstate::baseNs + static_cast<int64_t>((Wide(ticks) * clockstate::nsPerTickQ32) >> 32);
    return clockstate::baseNs - static_cast<int64_t>((Wide(0 - ticks) * clockstate::nsPerTickQ32) >> 32);
}

#endif

// Inlined everywhere: read twice per traced call, a call of its own costs as much as the multiply.
[[gnu::always_inline]] inline int64_t monotonicNs()
{
#if defined(__x86_64__)
    if (clockstate::tsc.load(std::memory_order_acquire)) [[likely]]
        return tscNs(__rdtsc());
#endif
    return gettimeMonotonicNs();
}

inline int64_t realtimeNs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

#if defined(__x86_64__)
// The CPU's TSC runs at one rate in every power state (what the kernel's "tsc" clocksource requires too).
inline bool invariantTsc()
{
    FILE* f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return false;
    char line[8192];
    bool constant = false, nonstop = false;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "flags", 5) != 0)
            continue;
        constant = strstr(line, " constant_tsc") != nullptr;
        nonstop = strstr(line, " nonstop_tsc") != nullptr;
        break;
    }
    fclose(f);
    return constant && nonstop;
}

// Run on the calibrating thread (moved from CPU to CPU; it ends right after): the TSC read on each CPU the
// process may use gives CLOCK_MONOTONIC within 5 us, so the CPUs' TSCs are in step with each other and
// with the kernel's clock. `pair` reads a (ticks, ns) pair on the current CPU.
template <class Pair> bool tscAgreesOnEveryCpu(const Pair& pair)
{
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return false;
    int checked = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE && checked < 256; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        if (pthread_setaffinity_np(pthread_self(), sizeof one, &one) != 0)
            return false;
        uint64_t ticks = 0;
        int64_t ns = 0;
        pair(ticks, ns);
        if (std::llabs(tscNs(ticks) - ns) > 5'000)
            return false;
        ++checked;
    }
    return checked > 0;
}
#endif

// The TSC's rate and base were measured once. A host that moves the VM, or a TSC that jumps, would make
// every later time wrong: called now and then on a traced thread (once per chunk of calls, ~30 ns), it
// gives the TSC up for clock_gettime once the two part by more than 1 ms + 1e-3 of the time since the
// measurement (well beyond the measurement's error and NTP's slewing of CLOCK_MONOTONIC).
inline void checkClock()
{
#if defined(__x86_64__)
    if (!clockstate::tsc.load(std::memory_order_acquire))
        return;
    const int64_t kernel = gettimeMonotonicNs();
    const int64_t ours = tscNs(__rdtsc());
    if (std::llabs(ours - kernel) > 1'000'000 + (kernel - clockstate::baseNs) / 1000)
        clockstate::tsc.store(false, std::memory_order_release);
#endif
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
    const auto isSource = [&](const char* name) {
        const size_t n = strlen(name);
        return strncmp(source, name, n) == 0 && (source[n] == '\n' || source[n] == 0);
    };
    const bool kvm = isSource("kvm-clock");
    if (!isSource("tsc") && !(kvm && invariantTsc()))
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
        startSignalFreeThread([pair, kvm] {
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
            if (kvm && !tscAgreesOnEveryCpu(pair))
                return;
            clockstate::tsc.store(true, std::memory_order_release);
        }).detach();
    } catch (const std::system_error&) { // no thread: stay on clock_gettime
    }
#endif
}

} // namespace breadcrumb
