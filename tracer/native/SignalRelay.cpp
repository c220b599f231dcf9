#include "SignalRelay.h"

#include <atomic>
#include <ctime>
#include <mutex>
#include <pthread.h>

namespace breadcrumb::signalrelay {
namespace {

constexpr int kSignals = 65;
constexpr int64_t kRedeliverAfterNs = 100'000'000; // far above a normal handler's latency

struct Relayed
{
    std::atomic<bool> wrapped{false};
    std::atomic<int64_t> pendingSinceNs{0}; // 0: nothing waits for the Python handler
    struct sigaction python = {};
};

Relayed relayed[kSignals];
pthread_t mainThread;
std::mutex redeliverMutex; // started() and a redelivery never interleave

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts); // async-signal-safe
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void relayHandler(int signum, siginfo_t* info, void* context)
{
    Relayed& r = relayed[signum];
    int64_t none = 0;
    r.pendingSinceNs.compare_exchange_strong(none, nowNs());
    if (r.python.sa_flags & SA_SIGINFO)
        r.python.sa_sigaction(signum, info, context);
    else if (r.python.sa_handler != SIG_DFL && r.python.sa_handler != SIG_IGN)
        r.python.sa_handler(signum);
}

} // namespace

void install(int signum)
{
    if (signum <= 0 || signum >= kSignals)
        return;
    struct sigaction current = {};
    if (sigaction(signum, nullptr, &current) != 0)
        return;
    if ((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == relayHandler)
        return;
    if (!(current.sa_flags & SA_SIGINFO) && (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN))
        return; // nothing of Python's to relay to
    Relayed& r = relayed[signum];
    r.python = current;
    r.pendingSinceNs = 0;
    mainThread = pthread_self();
    struct sigaction ours = current;
    ours.sa_flags |= SA_SIGINFO;
    ours.sa_sigaction = relayHandler;
    if (sigaction(signum, &ours, nullptr) == 0)
        r.wrapped = true;
}

void started(int signum)
{
    if (signum <= 0 || signum >= kSignals)
        return;
    std::lock_guard hold(redeliverMutex);
    relayed[signum].pendingSinceNs = 0;
}

void redeliverLost()
{
    const int64_t now = nowNs();
    for (int signum = 1; signum < kSignals; ++signum) {
        Relayed& r = relayed[signum];
        if (!r.wrapped.load(std::memory_order_relaxed))
            continue;
        const int64_t since = r.pendingSinceNs.load();
        if (since == 0 || now - since < kRedeliverAfterNs)
            continue;
        std::lock_guard hold(redeliverMutex);
        if (r.pendingSinceNs.load() == 0)
            continue;
        // The program set a handler of its own since: the signal is its business now, never repeated.
        struct sigaction current = {};
        if (sigaction(signum, nullptr, &current) != 0 || !(current.sa_flags & SA_SIGINFO) ||
            current.sa_sigaction != relayHandler) {
            r.pendingSinceNs = 0;
            r.wrapped = false;
            continue;
        }
        r.pendingSinceNs = now; // the relay handler keeps this time: the next try is a period later
        pthread_kill(mainThread, signum);
    }
}

} // namespace breadcrumb::signalrelay
