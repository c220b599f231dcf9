#include "EmptyTrace.h"

#include "EmptyTraceImage.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace breadcrumb::emptytrace {

bool write(const std::string& path)
{
    // Written beside the trace under a name of this process's, then linked to its name: link() fails
    // rather than replace a trace another process made meanwhile, and no one sees a half-written file.
    const std::string scratch = path + ".new-" + std::to_string(getpid());
    const int fd = ::open(scratch.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644); // as SQLite's
    if (fd < 0)
        return false;
    bool ok = ftruncate(fd, off_t(kFileSize)) == 0;
    for (const Run& run : kRuns) {
        if (!ok)
            break;
        ok = pwrite(fd, kBytes + run.start, run.size, off_t(run.offset)) == ssize_t(run.size);
    }
    ok = ::close(fd) == 0 && ok;
    ok = ok && ::link(scratch.c_str(), path.c_str()) == 0;
    ::unlink(scratch.c_str());
    return ok;
}

} // namespace breadcrumb::emptytrace
