#include "ProtoWriter.h"

namespace breadcrumb::cli {

namespace {

constexpr std::uint32_t kVarint = 0;
constexpr std::uint32_t kLengthDelimited = 2;

} // namespace

void ProtoWriter::raw(std::uint64_t value)
{
    // One append of the whole varint: a push_back per byte (its capacity check and terminator each time)
    // was a quarter of a 10 M-call Perfetto export.
    char bytes[10];
    std::size_t n = 0;
    while (value >= 0x80) {
        bytes[n++] = static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    bytes[n++] = static_cast<char>(value);
    m_data.append(bytes, n);
}

void ProtoWriter::tag(std::uint32_t field, std::uint32_t wireType)
{
    raw((static_cast<std::uint64_t>(field) << 3) | wireType);
}

void ProtoWriter::varint(std::uint32_t field, std::uint64_t value)
{
    tag(field, kVarint);
    raw(value);
}

void ProtoWriter::string(std::uint32_t field, std::string_view value)
{
    tag(field, kLengthDelimited);
    raw(value.size());
    m_data.append(value);
}

void ProtoWriter::message(std::uint32_t field, const ProtoWriter& inner)
{
    string(field, inner.m_data);
}

} // namespace breadcrumb::cli
