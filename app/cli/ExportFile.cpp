#include "ExportFile.h"

#include "CliError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb::cli {

namespace {

constexpr std::size_t kBufferSize = 1 << 20;

bool writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

ExportFile::ExportFile(std::string path) : m_path(std::move(path))
{
    m_buffer.reserve(kBufferSize);
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
}

ExportFile::~ExportFile()
{
    if (m_fd >= 0 && m_ownsFd)
        ::close(m_fd);
    if (!m_temp.empty())
        ::unlink(m_temp.c_str());
}

void ExportFile::write(std::string_view text)
{
    if (m_buffer.size() + text.size() > kBufferSize)
        flushBuffer();
    if (text.size() >= kBufferSize) {
        if (!writeAll(m_fd, text))
            fail(errno);
        return;
    }
    m_buffer.append(text);
}

void ExportFile::flushBuffer()
{
    if (!writeAll(m_fd, m_buffer))
        fail(errno);
    m_buffer.clear();
}

void ExportFile::commit()
{
    flushBuffer();
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
