#pragma once
// Protocol Buffers wire format, written by hand: varint and length-delimited fields are all a Perfetto
// trace needs, which is less code than a dependency on libprotobuf and its generated classes (and no
// .proto compiled at build time). A message is built in a ProtoWriter and nested into its parent with
// message(); clear() keeps the capacity, so a writer reused per event allocates nothing. Defined here, in
// the header: a 10 M-call export makes ~100 M of these calls, a fifth of its time when each was a call.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace breadcrumb::cli {

class ProtoWriter
{
public:
    // uint32/64, int32/64 (two's complement), bool, enum
    void varint(std::uint32_t field, std::uint64_t value)
    {
        tag(field, kVarint);
        raw(value);
    }
    // string, bytes
    void string(std::uint32_t field, std::string_view value)
    {
        tag(field, kLengthDelimited);
        raw(value.size());
        m_data.append(value);
    }
    void message(std::uint32_t field, const ProtoWriter& inner) { string(field, inner.m_data); }
    const std::string& data() const { return m_data; }
    void clear() { m_data.clear(); }

    // The varint of `value` at `out` (room for 10 bytes); returns the end. For callers that assemble
    // fixed-shape messages in a buffer of their own.
    static char* putVarint(char* out, std::uint64_t value)
    {
        while (value >= 0x80) {
            *out++ = static_cast<char>((value & 0x7F) | 0x80);
            value >>= 7;
        }
        *out++ = static_cast<char>(value);
        return out;
    }
    static constexpr std::uint64_t tagOf(std::uint32_t field, bool lengthDelimited)
    {
        return (static_cast<std::uint64_t>(field) << 3) | (lengthDelimited ? kLengthDelimited : kVarint);
    }

private:
    static constexpr std::uint32_t kVarint = 0;
    static constexpr std::uint32_t kLengthDelimited = 2;

    void tag(std::uint32_t field, std::uint32_t wireType)
    {
        raw((static_cast<std::uint64_t>(field) << 3) | wireType);
    }
    // One append of the whole varint: a push_back per byte (its capacity check and terminator each time)
    // was a quarter of a 10 M-call Perfetto export.
    void raw(std::uint64_t value)
    {
        char bytes[10];
        m_data.append(bytes, static_cast<std::size_t>(putVarint(bytes, value) - bytes));
    }

    std::string m_data;
};

} // namespace breadcrumb::cli
