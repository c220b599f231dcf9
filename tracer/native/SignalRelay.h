#pragma once
// Our SIGTERM/SIGHUP handlers (the runner's orderly exit, a traced child's end) are Python-level
// handlers: the C-level handler only notes the signal, the main thread runs the Python one at its next
// bytecode or when a blocking call returns EINTR. A signal landing in CPython's window between the last
// check and a blocking call (multiprocessing's SemLock.acquire: sem_trywait, then sem_wait) is noted and
// never run: a Pool worker terminated there sleeps forever, and so does the parent joining it.
// Untraced, that worker has the default action and dies at once; tracing must not make it hang.
//
// The relay wraps Python's C-level handler: it notes when the signal came, and while the Python handler
// has not started after kRedeliverAfter, the writer thread delivers the signal again to the main thread
// (whose blocking call then returns EINTR and runs the noted handler). The Python handler says it has
// started (started()) before it changes any disposition, so a redelivery never meets SIG_DFL.
#include <csignal>
#include <cstdint>

namespace breadcrumb::signalrelay {

// Wraps the C-level handler now installed for `signum` (Python's, after signal.signal()); the calling
// thread (the main thread: only it may set Python handlers) receives redeliveries.
void install(int signum);
// The Python-level handler for `signum` runs: no redelivery from now on.
void started(int signum);
// Called by the writer thread on every turn: redelivers a signal whose handler has not started.
void redeliverLost();

} // namespace breadcrumb::signalrelay
