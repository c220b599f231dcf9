#include "ExportFile.h"

#include "CliError.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb::cli {

namespace {

constexpr std::size_t kBufferSize = 1 << 20;
constexpr std::size_t kDirectAlign = 4096; // O_DIRECT: buffer address, size and file offset in these units

bool clearDirect(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_DIRECT) == 0;
}

// write() until all of it is out; 0, or the error. A file system that takes O_DIRECT but refuses the
// writes (EINVAL) gets them through the cache from then on. Called from the writer thread too: no throw.
int writeFully(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && (::fcntl(fd, F_GETFL) & O_DIRECT) && clearDirect(fd))
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

void ExportFile::FreeAligned::operator()(char* p) const
{
    std::free(p);
}

ExportFile::ExportFile(std::string path) : m_path(std::move(path))
{
    m_buffer.reset(static_cast<char*>(std::aligned_alloc(kDirectAlign, kBufferSize)));
    if (!m_buffer)
        throw std::bad_alloc();
    if (m_path == "-") {
        std::cout.flush(); // anything printed before stays before the document
        m_fd = STDOUT_FILENO;
        m_ownsFd = false;
        return;
    }
    struct stat existing
    {
    };
    if (::stat(m_path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode)) {
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
        if (m_fd < 0)
            fail(errno);
        return;
    }
    const std::filesystem::path target(m_path);
    const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    m_fd = ::mkstemp(temp.data());
    if (m_fd < 0)
        fail(errno);
    m_temp = std::move(temp);
    // mkstemp creates 0600; the export gets the permissions a plain create would give it.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(m_fd, 0666 & ~mask) != 0)
        fail(errno);
    const int flags = ::fcntl(m_fd, F_GETFL);
    m_direct = flags >= 0 && ::fcntl(m_fd, F_SETFL, flags | O_DIRECT) == 0; // refused: through the cache
    if (m_direct) {
        m_spare.reset(static_cast<char*>(std::aligned_alloc(kDirectAlign, kBufferSize)));
        if (m_spare)
            m_writer = std::thread([this] { writerLoop(); });
    }
}

ExportFile::~ExportFile()
{
    stopWriter();
    if (m_fd >= 0 && m_ownsFd)
        ::close(m_fd);
    if (!m_temp.empty())
        ::unlink(m_temp.c_str());
}

void ExportFile::write(std::string_view text)
{
    while (!text.empty()) {
        if (m_used == kBufferSize)
            flushBuffer(false);
        const std::size_t n = std::min(text.size(), kBufferSize - m_used);
        std::memcpy(m_buffer.get() + m_used, text.data(), n);
        m_used += n;
        text.remove_prefix(n);
    }
}

// Writes the buffer out, or (direct, not `all`) its whole blocks, keeping the rest at its front. A full
// buffer written directly goes to the writer thread, and its spare becomes the buffer.
void ExportFile::flushBuffer(bool all)
{
    if (!all && m_writer.joinable() && m_used == kBufferSize) {
        std::unique_lock lock(m_mutex);
        waitForWriter(lock);
        m_pending = m_buffer.get();
        std::swap(m_buffer, m_spare);
        m_used = 0;
        m_cv.notify_all();
        return;
    }
    std::size_t size = m_used;
    if (m_direct && !all)
        size -= size % kDirectAlign;
    if (m_direct && size % kDirectAlign)
        stopDirect(); // the file's last, partial block
    if (const int error = writeFully(m_fd, m_buffer.get(), size))
        fail(error);
    std::memmove(m_buffer.get(), m_buffer.get() + size, m_used - size);
    m_used -= size;
}

void ExportFile::stopDirect()
{
    if (!clearDirect(m_fd))
        fail(errno);
    m_direct = false;
}

void ExportFile::writerLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_pending || m_stop; });
        if (!m_pending)
            return;
        const char* data = m_pending;
        lock.unlock();
        const int error = writeFully(m_fd, data, kBufferSize);
        lock.lock();
        if (error && !m_writeError)
            m_writeError = error;
        m_pending = nullptr;
        m_cv.notify_all();
    }
}

void ExportFile::waitForWriter(std::unique_lock<std::mutex>& lock)
{
    m_cv.wait(lock, [this] { return !m_pending; });
    if (m_writeError)
        fail(m_writeError);
}

void ExportFile::stopWriter()
{
    if (!m_writer.joinable())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
        m_cv.notify_all();
    }
    m_writer.join(); // after the buffer it was writing, if any
}

void ExportFile::commit()
{
    if (m_writer.joinable()) {
        {
            std::unique_lock lock(m_mutex);
            waitForWriter(lock);
        }
        stopWriter();
    }
    flushBuffer(true);
    if (!m_ownsFd)
        return;
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        fail(errno);
    if (!m_temp.empty()) {
        if (::rename(m_temp.c_str(), m_path.c_str()) != 0)
            fail(errno);
        m_temp.clear();
    }
}

void ExportFile::fail(int error)
{
    // Standard output fails as every command's does (main's message); a file is named.
    if (m_path == "-")
        throw CliError(std::string("cannot write the output: ") + std::strerror(error));
    throw CliError("export: cannot write " + m_path + ": " + std::strerror(error));
}

} // namespace breadcrumb::cli
