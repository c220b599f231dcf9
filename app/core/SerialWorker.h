#pragma once
// One job at a time on a thread of its own, handed over by the thread that owns the worker: what lets a
// file be written (or a buffer sorted and spilled) while the owner fills the next buffer. Jobs must not
// throw (nothing would catch it on that thread): they return 0 or an errno, and the first error is kept and
// handed back by waitIdle(), for the owner to raise on its own thread.

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace breadcrumb {

class SerialWorker
{
public:
    SerialWorker();
    ~SerialWorker(); // after the job in hand, if any
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // Waits until the job handed over last is done; the first error any job returned, or 0.
    int waitIdle();
    // Runs `job` on the worker's thread: waits for the one before first.
    void post(std::function<int()> job);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::function<int()> m_job; // empty when idle
    int m_error = 0;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest exists
};

} // namespace breadcrumb
