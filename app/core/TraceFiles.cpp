#include "TraceFiles.h"

#include <array>
#include <filesystem>
#include <sys/stat.h>
#include <system_error>

namespace breadcrumb {

namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, 4> kSuffixes = {"", "-wal", "-shm", "-journal"};

bool sameFile(const std::string& a, const struct stat& b)
{
    struct stat sa
    {
    };
    return ::stat(a.c_str(), &sa) == 0 && sa.st_dev == b.st_dev && sa.st_ino == b.st_ino;
}

std::string canonical(const std::string& path)
{
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? fs::absolute(path, ec).lexically_normal().string() : resolved.lexically_normal().string();
}

} // namespace

bool isPartOfTrace(const std::string& tracePath, const std::string& candidate)
{
    // SQLite names the companions after the path it was given and, for a symbolic link, after its target:
    // check both spellings.
    std::error_code ec;
    const std::string spelled = fs::absolute(tracePath, ec).lexically_normal().string();
    const std::string resolved = canonical(tracePath);
    const std::string target = canonical(candidate);
    struct stat existing
    {
    };
    const bool exists = ::stat(candidate.c_str(), &existing) == 0;
    for (const char* suffix : kSuffixes) {
        for (const std::string& base : {spelled, resolved}) {
            const std::string part = base + suffix;
            if (target == part || canonical(part) == target)
                return true;
            if (exists && sameFile(part, existing))
                return true;
        }
    }
    return false;
}

} // namespace breadcrumb
