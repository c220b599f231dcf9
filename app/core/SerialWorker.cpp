#include "SerialWorker.h"

namespace breadcrumb {

SerialWorker::SerialWorker() : m_thread([this] { loop(); }) {}

SerialWorker::~SerialWorker()
{
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
        m_cv.notify_all();
    }
    m_thread.join();
}

int SerialWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_job; });
    return m_error;
}

void SerialWorker::post(std::function<int()> job)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_job; });
    m_job = std::move(job);
    m_cv.notify_all();
}

void SerialWorker::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_job || m_stop; });
        if (!m_job)
            return;
        lock.unlock();
        const int error = m_job();
        lock.lock();
        if (error && !m_error)
            m_error = error;
        m_job = nullptr;
        m_cv.notify_all();
    }
}

} // namespace breadcrumb
