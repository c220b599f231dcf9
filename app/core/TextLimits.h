#pragma once
// What a reader keeps of a trace's strings (FORMAT.md, "Reading"): the tracer's own limits for exception
// texts, and far more than any real name or path. A hostile 10 MB name would otherwise be copied into
// every line, event and row that shows it. RunLoader and the exports read strings through these.

#include <cstddef>
#include <string>
#include <string_view>

namespace breadcrumb {

inline constexpr std::size_t kMaxNameBytes = 1000;
inline constexpr std::size_t kMaxPathBytes = 4096;
inline constexpr std::size_t kMaxMessageBytes = 4000;
inline constexpr std::size_t kMaxTracebackBytes = 20000;

// `text`, cut to at most `maxBytes` bytes on a UTF-8 character boundary and ending in "..." when cut.
inline std::string capped(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t end = maxBytes - 3;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end)) + "...";
}

} // namespace breadcrumb
