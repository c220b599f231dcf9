#pragma once
// Formats a group of finished calls of one thread as the `rows` JSON of one call_chunks row (see
// FORMAT.md): [[call_id, parent_id|null, function_id, depth, start_offset_ns, duration_ns, child_ns(,
// exception_id)], ...]. The buffer is reused from chunk to chunk, so encoding allocates nothing once it
// has grown to the largest chunk; numbers are written with std::to_chars (no locale, no printf parsing).
#include "Rows.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>
#include <vector>

namespace breadcrumb {

class ChunkEncoder {
public:
    struct Summary {
        int64_t baseNs = 0, minCallId = 0, maxCallId = 0;
    };

    // Encodes rows[0, n); the returned text stays valid until the next encode().
    std::string_view encode(const CallRow *rows, size_t n, Summary &summary) {
        summary = {};
        if (n == 0) {
            buffer_.assign({'[', ']'});
            return {buffer_.data(), 2};
        }
        summary.baseNs = rows[0].startNs;
        summary.minCallId = summary.maxCallId = rows[0].callId;
        for (size_t i = 1; i < n; ++i) {
            summary.baseNs = std::min(summary.baseNs, rows[i].startNs);
            summary.minCallId = std::min(summary.minCallId, rows[i].callId);
            summary.maxCallId = std::max(summary.maxCallId, rows[i].callId);
        }
        const size_t needed = n * kMaxRowChars + 2;
        if (buffer_.size() < needed)
            buffer_.resize(needed);  // grows rarely; never shrinks, so no per-chunk allocation
        char *p = buffer_.data();
        *p++ = '[';
        for (size_t i = 0; i < n; ++i) {
            const CallRow &r = rows[i];
            if (i)
                *p++ = ',';
            *p++ = '[';
            p = number(p, r.callId);
            *p++ = ',';
            if (r.parentId) {
                p = number(p, r.parentId);
            } else {
                p = std::copy_n("null", 4, p);
            }
            *p++ = ',';
            p = number(p, r.functionId);
            *p++ = ',';
            p = number(p, r.depth);
            *p++ = ',';
            p = number(p, r.startNs - summary.baseNs);
            *p++ = ',';
            p = number(p, r.durationNs);
            *p++ = ',';
            p = number(p, r.childNs);
            if (r.exceptionId) {
                *p++ = ',';
                p = number(p, r.exceptionId);
            }
            *p++ = ']';
        }
        *p++ = ']';
        return {buffer_.data(), size_t(p - buffer_.data())};
    }

private:
    // 8 numbers of at most 20 characters ("-9223372036854775808"), 7 commas and the brackets.
    static constexpr size_t kMaxRowChars = 8 * 20 + 7 + 2 + 1;

    static char *number(char *p, int64_t v) { return std::to_chars(p, p + 20, v).ptr; }

    std::vector<char> buffer_;
};

} // namespace breadcrumb
