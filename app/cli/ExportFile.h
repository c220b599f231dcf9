#pragma once
// Where `breadcrumb export` streams its output: a temporary file beside the target, renamed over it by
// commit(), so a failed export (disk full, killed) leaves the old file or nothing, never half a file.
// Outputs that are not regular files (a pipe, /dev/stdout) cannot be replaced and are written in place;
// "-" is standard output. Writes are buffered; the whole document is never held in memory.
//
// The temporary file is written with O_DIRECT where the file system takes it: an export of 10 M calls is
// up to 2 GB, and copying that through the page cache cost the kernel 0.4-4.7 s of CPU on a VM (fresh
// cache pages, writeback throttling) against 0.16 s written directly, and evicted the user's cached files.
// The last partial block is written through the cache at commit(). Direct writes wait for the disk, so a
// thread of their own does them while the export fills the next buffer.

#include "DirectIo.h"
#include "SerialWorker.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace breadcrumb::cli {

class ExportFile
{
public:
    explicit ExportFile(std::string path); // throws CliError when the output cannot be created
    ~ExportFile();                         // removes the temporary file unless committed
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;

    void write(std::string_view text); // throws CliError on a failed write
    void commit();                     // flushes, closes and puts the file in place

private:
    void flushBuffer(bool all);
    void stopDirect();
    void waitForWriter(); // idle, its error (if any) thrown
    [[noreturn]] void fail(int error);

    std::string m_path;
    std::string m_temp; // empty when writing in place
    int m_fd = -1;
    bool m_ownsFd = true;
    bool m_direct = false;
    directio::AlignedBuffer m_buffer; // kBufferSize bytes, page-aligned for O_DIRECT
    std::size_t m_used = 0;
    // The direct writes' thread: it writes a full buffer, m_spare, while m_buffer fills.
    directio::AlignedBuffer m_spare;
    std::unique_ptr<SerialWorker> m_writer;
};

} // namespace breadcrumb::cli
