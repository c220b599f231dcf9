#pragma once
// Formats a group of finished calls of one thread as the `rows` JSON of one call_chunks row (see
// FORMAT.md): [[call_id, parent_id|null, function_id, depth, start_offset_ns, duration_ns, child_ns(,
// exception_id)], ...]. The buffer is reused from chunk to chunk, so encoding allocates nothing once it
// has grown to the largest chunk. Numbers are written by an inline two-digits-at-a-time formatter: the
// writer spent ~40% of its CPU in std::to_chars (out of line, through the PLT) before.
#include "Rows.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
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

public:
    // Decimal, like std::to_chars for any int64_t; returns the end. Small numbers (most ids, depths and
    // child times) take the first branches.
    static char *number(char *p, int64_t v)
    {
        uint64_t u = uint64_t(v);
        if (v < 0) {
            *p++ = '-';
            u = 0 - u;
        }
        if (u < 10) {
            *p = char('0' + u);
            return p + 1;
        }
        if (u < 100) {
            std::memcpy(p, kPairs + 2 * u, 2);
            return p + 2;
        }
        char *end = p + digitCount(u);
        if (u <= 0xffffffffu)
            writeBackward(end, uint32_t(u));  // 32-bit division by 100 is the cheaper one
        else
            writeBackward(end, u);
        return end;
    }

private:
    static constexpr char kPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";

    static unsigned digitCount(uint64_t u)
    {
        static constexpr uint64_t kPow10[] = {1ull,
                                              10ull,
                                              100ull,
                                              1000ull,
                                              10000ull,
                                              100000ull,
                                              1000000ull,
                                              10000000ull,
                                              100000000ull,
                                              1000000000ull,
                                              10000000000ull,
                                              100000000000ull,
                                              1000000000000ull,
                                              10000000000000ull,
                                              100000000000000ull,
                                              1000000000000000ull,
                                              10000000000000000ull,
                                              100000000000000000ull,
                                              1000000000000000000ull,
                                              10000000000000000000ull};
        // log10 from the bit length (1233/4096 ~ log10(2)), then one comparison corrects it
        const unsigned guess = unsigned(64 - __builtin_clzll(u | 1)) * 1233 >> 12;
        return guess + (guess < 20 && u >= kPow10[guess]);
    }

    template <class U>
    static void writeBackward(char *end, U u)
    {
        while (u >= 100) {
            end -= 2;
            std::memcpy(end, kPairs + 2 * (u % 100), 2);
            u /= 100;
        }
        if (u >= 10) {
            end -= 2;
            std::memcpy(end, kPairs + 2 * u, 2);
        } else {
            *--end = char('0' + u);
        }
    }

    std::vector<char> buffer_;
};

} // namespace breadcrumb
