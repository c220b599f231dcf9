#include "ExportFile.h"

#include "CliError.h"
#include "DirectIo.h"

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
constexpr std::size_t kDirectAlign = directio::kAlign;

// write() until all of it is out; 0, or the error. Called from the writer thread too: no throw.
int writeFully(int fd, const char* data, std::size_t size)
{
    auto write = [](int file, const char* bytes, std::size_t n, off_t) { return ::write(file, bytes, n); };
    return directio::transferAll(write, fd, data, size, 0, ENOSPC);
}

} // namespace

ExportFile::ExportFile(std::string path) : m_path(std::move(path))
{
    m_buffer = directio::allocateAligned(kBufferSize);
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
    m_direct = directio::setDirect(m_fd); // refused: through the cache
    if (m_direct) {
        m_spare = directio::allocateAligned(kBufferSize);
        if (m_spare)
            m_writer = std::make_unique<SerialWorker>();
    }
}

ExportFile::~ExportFile()
{
    m_writer.reset(); // after the buffer it is writing, if any
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
    if (!all && m_writer && m_used == kBufferSize) {
        waitForWriter();
        std::swap(m_buffer, m_spare);
        m_used = 0;
        m_writer->post([fd = m_fd, data = m_spare.get()] { return writeFully(fd, data, kBufferSize); });
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
    if (!directio::clearDirect(m_fd))
        fail(errno);
    m_direct = false;
}

void ExportFile::waitForWriter()
{
    if (const int error = m_writer->waitIdle())
        fail(error);
}

void ExportFile::commit()
{
    if (m_writer) {
        waitForWriter();
        m_writer.reset();
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
