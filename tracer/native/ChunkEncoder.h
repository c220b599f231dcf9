#pragma once
// Formats a group of finished calls of one thread as the `rows` JSON of one call_chunks row (see
// FORMAT.md): [[call_id, parent_id|null, function_id, depth, start_offset_ns, duration_ns, child_ns(,
// exception_id)], ...]. The buffer is reused from chunk to chunk, so encoding allocates nothing once it
// has grown to the largest chunk. Numbers are written by an inline formatter (see number()): the writer
// spent ~40% of its CPU in std::to_chars (out of line, through the PLT) at first.
#include "Rows.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace breadcrumb {

class ChunkEncoder
{
public:
    struct Summary
    {
        int64_t baseNs = 0, minCallId = 0, maxCallId = 0;
    };

    // Encodes rows[0, n); the returned text stays valid until the next encode().
    std::string_view encode(const CallRow* rows, size_t n, Summary& summary)
    {
        summary = {};
        if (n == 0) {
            return {"[]", 2};
        }
        summary.baseNs = rows[0].startNs;
        summary.minCallId = summary.maxCallId = rows[0].callId;
        for (size_t i = 1; i < n; ++i) {
            summary.baseNs = std::min(summary.baseNs, rows[i].startNs);
            summary.minCallId = std::min(summary.minCallId, rows[i].callId);
            summary.maxCallId = std::max(summary.maxCallId, rows[i].callId);
        }
        const size_t needed = n * kMaxRowChars + 2;
        if (m_capacity < needed) { // grows rarely; never shrinks, so no per-chunk allocation
            // Not zeroed: the worst case (20-digit numbers) is 4x a real chunk's text, and only the pages
            // the text reaches are ever touched (a 2048-row chunk: ~75 of 340 KB).
            m_buffer = std::make_unique_for_overwrite<char[]>(needed);
            m_capacity = needed;
        }
        char* p = m_buffer.get();
        *p++ = '[';
        for (size_t i = 0; i < n; ++i) { // every row ends in a comma; the last one becomes the ']'
            const CallRow& r = rows[i];
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
            *p++ = ',';
        }
        p[-1] = ']';
        return {m_buffer.get(), size_t(p - m_buffer.get())};
    }

private:
    // 8 numbers of at most 20 characters ("-9223372036854775808"), 7 commas and the brackets.
    static constexpr size_t kMaxRowChars = 8 * 20 + 7 + 2 + 1;

public:
    // Decimal, like std::to_chars for any int64_t; returns the end. Inline, in groups of four digits and
    // pairs from a table: out of line it cost ~31 instructions a number (45% of the writer's), a call and
    // a return of them, and tested the small values (function ids, depths, child times of leaves) after
    // the large ones.
    [[gnu::always_inline]] static char* number(char* p, int64_t v)
    {
        uint64_t u = uint64_t(v);
        if (v < 0) [[unlikely]] {
            *p++ = '-';
            u = 0 - u;
        }
        if (u < 100)
            return upTo2(p, uint32_t(u));
        if (u < 10'000)
            return pair(upTo2(p, uint32_t(u) / 100), uint32_t(u) % 100);
        if (u < 100'000'000) [[likely]]
            return exactly4(upTo4(p, uint32_t(u) / 10'000), uint32_t(u) % 10'000);
        return large(p, u);
    }

private:
    static char* upTo2(char* p, uint32_t u) // u < 100, no leading zero
    {
        if (u < 10) {
            *p = char('0' + u);
            return p + 1;
        }
        return pair(p, u);
    }
    static char* upTo4(char* p, uint32_t u) // u < 10'000, no leading zeros
    {
        if (u < 100)
            return upTo2(p, u);
        return pair(upTo2(p, u / 100), u % 100);
    }
    static char* exactly4(char* p, uint32_t u) // u < 10'000, zero-padded
    {
        return pair(pair(p, u / 100), u % 100);
    }
    static char* exactly8(char* p, uint32_t u) // u < 100'000'000, zero-padded
    {
        return exactly4(exactly4(p, u / 10'000), u % 10'000);
    }
    static char* upTo8(char* p, uint32_t u) // u < 100'000'000, no leading zeros
    {
        if (u < 10'000)
            return upTo4(p, u);
        return exactly4(upTo4(p, u / 10'000), u % 10'000);
    }
    [[gnu::noinline]] static char* large(char* p, uint64_t u) // u >= 10^8: a tenth of a second or more
    {
        if (u < 10'000'000'000'000'000ull) {
            p = upTo8(p, uint32_t(u / 100'000'000));
            return exactly8(p, uint32_t(u % 100'000'000));
        }
        p = upTo8(p, uint32_t(u / 10'000'000'000'000'000ull)); // at most 1844
        p = exactly8(p, uint32_t(u / 100'000'000 % 100'000'000));
        return exactly8(p, uint32_t(u % 100'000'000));
    }

    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";

    static char* pair(char* p, uint32_t u) // u < 100, two digits
    {
        std::memcpy(p, kPairs + 2 * u, 2);
        return p + 2;
    }

    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

} // namespace breadcrumb
