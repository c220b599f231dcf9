#pragma once
// A helper thread of the tracer must never be the thread a process signal is delivered to. The kernel
// hands SIGTERM/SIGINT to any thread that does not block it; Python only runs its handler in the main
// thread, and a main thread blocked in a system call (a Pool worker waiting for a task in sem_wait) is
// woken by EINTR only when the signal lands on it. Landing on our thread, the signal is noted and the
// main thread sleeps on: the process never ends. Without us the program has no such thread.
#include <csignal>
#include <pthread.h>
#include <thread>
#include <utility>

namespace breadcrumb {

// Starts `body` on a new thread with every blockable signal blocked (the mask is inherited from the
// creating thread, whose own mask is restored at once).
template <class F> std::thread startSignalFreeThread(F&& body)
{
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    struct Restore
    {
        sigset_t* mask;
        ~Restore() { pthread_sigmask(SIG_SETMASK, mask, nullptr); }
    } restore{&previous};
    return std::thread(std::forward<F>(body));
}

} // namespace breadcrumb
