#pragma once
// The files a trace is made of on disk: the SQLite database and the companions SQLite keeps next to it
// (-wal, -shm, -journal). Anything that writes a file of its own (export, a screenshot) must never land
// on one of them: that would destroy the trace it reads.

#include <string>

namespace breadcrumb {

// True when `candidate` is the trace at `tracePath` or one of its companions, however either is spelled
// (relative, "..", symbolic or hard links): compared by device and inode where the files exist, by
// canonical path where they do not (yet).
bool isPartOfTrace(const std::string& tracePath, const std::string& candidate);

} // namespace breadcrumb
