#pragma once
// The source lines the native exception describer shows, read from the file when asked. Only a small
// index stays in memory per file (every kStride-th line's offset, with the size and mtime it was made
// for): keeping whole files, as the describer did, held 3.1 MB for docutils' 80 files where 535 lines
// were shown, and faulting those fresh pages in cost the traced thread more than the reads do.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class SourceLineReader
{
public:
    static constexpr size_t kStride = 32; // lines between two indexed offsets
    static constexpr size_t kMaxFiles = 256;

    // Line `number` (1-based, without its '\n', as std::getline splits) of `file`; nullopt where the file
    // cannot be read or has fewer lines. The view is valid until the next call. A file that changed (size
    // or mtime, as linecache.checkcache tells) is indexed again.
    std::optional<std::string_view> line(const std::string& file, size_t number);
    void clear();

private:
    struct Index
    {
        bool readable = false;
        int64_t size = 0;
        int64_t mtimeNs = 0;
        size_t lines = 0;
        std::vector<uint32_t> marks; // offset of line 1, 1 + kStride, 1 + 2 kStride, ...
    };
    bool readAll(int fd, size_t sizeHint);
    std::optional<std::string_view> lineIn(size_t start, size_t skip, bool whole, bool& incomplete);
    void build(Index& index) const;

    std::unordered_map<std::string, Index> m_files;
    std::string m_buffer; // reused (its pages stay faulted in): a whole file while indexing, else a window
};

} // namespace breadcrumb
