#pragma once
// Where `breadcrumb export` streams its output: a temporary file beside the target, renamed over it by
// commit(), so a failed export (disk full, killed) leaves the old file or nothing, never half a file.
// Outputs that are not regular files (a pipe, /dev/stdout) cannot be replaced and are written in place;
// "-" is standard output. Writes are buffered; the whole document is never held in memory.

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
    void flushBuffer();
    [[noreturn]] void fail(int error);

    std::string m_path;
    std::string m_temp; // empty when writing in place
    int m_fd = -1;
    bool m_ownsFd = true;
    std::string m_buffer;
};

} // namespace breadcrumb::cli
