#include "ChunkDecoder.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

namespace breadcrumb {

namespace {

class Parser
{
public:
    Parser(std::string_view text, std::int64_t chunkId)
        : m_p(text.data()), m_end(text.data() + text.size()), m_begin(text.data()), m_chunk(chunkId)
    {
    }

    [[noreturn]] void fail(const char* what) const
    {
        throw TraceError(TraceError::Kind::Corrupt, "the trace is damaged: call chunk " +
                                                        std::to_string(m_chunk) + " is malformed (" + what +
                                                        " at byte " + std::to_string(m_p - m_begin) + ")");
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // The next non-space character, consumed when it is `c`.
    bool accept(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    void expect(char c, const char* what)
    {
        if (!accept(c))
            fail(what);
    }

    // An integer, or null (returns false) when nullable.
    [[gnu::always_inline]] bool integer(std::int64_t& value, bool nullable)
    {
        skipSpace();
        if (nullable && m_end - m_p >= 4 && std::string_view(m_p, 4) == "null") {
            m_p += 4;
            return false;
        }
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            fail(nullable ? "expected an integer or null" : "expected an integer");
        // JSON forbids leading zeros; "0" alone is fine.
        if (*m_p == '0' && m_p + 1 < m_end && m_p[1] >= '0' && m_p[1] <= '9')
            fail("a number with a leading zero");
        std::uint64_t magnitude = 0;
        // Eight bytes at a time while there are eight to read: how many of them are digits, and their value,
        // without a branch per digit (a full decode is mostly integers, of varying length). Two rounds at
        // most (16 digits) stay far from overflow; longer numbers finish below.
        const char* start = m_p;
        for (int round = 0; round < 2 && m_end - m_p >= 8; ++round) {
            const std::size_t n = digitsAhead(m_p, magnitude);
            m_p += n;
            if (n < 8)
                break;
        }
        // 18 digits cannot overflow: the usual ids and times parse without a range check per digit, which
        // is most of a full decode's time in integers.
        const char* unchecked = m_p + std::min<std::ptrdiff_t>(18 - (m_p - start), m_end - m_p);
        while (m_p < unchecked && static_cast<unsigned>(*m_p - '0') < 10) {
            magnitude = magnitude * 10 + static_cast<unsigned>(*m_p - '0');
            ++m_p;
        }
        const std::uint64_t limit = negative ? std::uint64_t(1) << 63 : (std::uint64_t(1) << 63) - 1;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            const unsigned digit = static_cast<unsigned>(*m_p - '0');
            if (magnitude > (limit - digit) / 10)
                fail("an integer out of range");
            magnitude = magnitude * 10 + digit;
            ++m_p;
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            fail("a number that is not an integer");
        value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
        return true;
    }

private:
    // The leading digits of the 8 bytes at `p` (how many: 0 to 8), appended to `value` as decimal digits.
    static std::size_t digitsAhead(const char* p, std::uint64_t& value)
    {
        std::uint64_t bytes;
        std::memcpy(&bytes, p, 8); // little-endian: the first character is the lowest byte
        const std::uint64_t t = bytes ^ 0x3030303030303030; // a digit's byte becomes its value, 0..9
        // A byte is a digit when its high nibble is 0 and adding 6 keeps it so. A carry out of a byte that
        // is no digit only reaches later bytes, past the first non-digit, which is all that is asked.
        const std::uint64_t nonDigit = (t | (t + 0x0606060606060606)) & 0xF0F0F0F0F0F0F0F0;
        const std::size_t n = nonDigit == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(nonDigit)) / 8;
        if (n == 0)
            return 0;
        // The n digits moved to the top, zeros (digit 0) before them: an 8-digit number of the same value.
        std::uint64_t v = t << (8 * (8 - n));
        v = (v * 10) + (v >> 8); // pairs of digits
        v = (((v & 0x000000FF000000FF) * (100 + (1000000ULL << 32))) +
             (((v >> 16) & 0x000000FF000000FF) * (1 + (10000ULL << 32)))) >>
            32;
        static constexpr std::uint64_t kPow10[9] = {1,      10,      100,      1000,     10000,
                                                    100000, 1000000, 10000000, 100000000};
        value = value * kPow10[n] + static_cast<std::uint32_t>(v);
        return n;
    }

    const char* m_p;
    const char* m_end;
    const char* m_begin;
    std::int64_t m_chunk;
};

} // namespace

void ChunkDecoder::decode(std::string_view rows, std::int64_t baseNs, std::int64_t chunkId,
                          std::vector<ChunkCall>& out)
{
    Parser p(rows, chunkId);
    p.expect('[', "expected '['");
    if (!p.accept(']')) {
        do {
            p.expect('[', "expected '[' opening a call");
            ChunkCall c;
            std::int64_t offset = 0;
            p.integer(c.callId, false);
            p.expect(',', "expected ','");
            if (!p.integer(c.parentId, true))
                c.parentId = ChunkCall::kNullId;
            p.expect(',', "expected ','");
            p.integer(c.functionId, false);
            p.expect(',', "expected ','");
            p.integer(c.depth, false);
            p.expect(',', "expected ','");
            p.integer(offset, false);
            p.expect(',', "expected ','");
            p.integer(c.durationNs, false);
            p.expect(',', "expected ','");
            p.integer(c.childNs, false);
            if (p.accept(',')) {
                if (!p.integer(c.exceptionId, true))
                    c.exceptionId = ChunkCall::kNullId;
            }
            p.expect(']', "expected ']' closing a call of 7 or 8 fields");
            // Wraps like SQLite's integer addition would overflow into a REAL: a damaged file, not a crash.
            if ((offset > 0 && baseNs > std::numeric_limits<std::int64_t>::max() - offset) ||
                (offset < 0 && baseNs < std::numeric_limits<std::int64_t>::min() - offset))
                p.fail("a start time out of range");
            c.startNs = baseNs + offset;
            out.push_back(c);
        } while (p.accept(','));
        p.expect(']', "expected ',' or ']'");
    }
    if (!p.atEnd())
        p.fail("text after the closing ']'");
}

std::vector<ChunkCall> ChunkDecoder::decode(std::string_view rows, std::int64_t baseNs, std::int64_t chunkId)
{
    std::vector<ChunkCall> out;
    decode(rows, baseNs, chunkId, out);
    return out;
}

} // namespace breadcrumb
