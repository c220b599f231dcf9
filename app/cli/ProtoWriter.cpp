#include "ProtoWriter.h"

namespace breadcrumb::cli {

namespace {

constexpr std::uint32_t kVarint = 0;
constexpr std::uint32_t kLengthDelimited = 2;

} // namespace

void ProtoWriter::raw(std::uint64_t value)
{
    while (value >= 0x80) {
        m_data.push_back(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    m_data.push_back(static_cast<char>(value));
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
