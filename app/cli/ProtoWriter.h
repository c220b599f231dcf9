#pragma once
// Protocol Buffers wire format, written by hand: varint and length-delimited fields are all a Perfetto
// trace needs, which is less code than a dependency on libprotobuf and its generated classes (and no
// .proto compiled at build time). A message is built in a ProtoWriter and nested into its parent with
// message(); clear() keeps the capacity, so a writer reused per event allocates nothing.

#include <cstdint>
#include <string>
#include <string_view>

namespace breadcrumb::cli {

class ProtoWriter
{
public:
    void varint(std::uint32_t field,
                std::uint64_t value); // uint32/64, int32/64 (two's complement), bool, enum
    void string(std::uint32_t field, std::string_view value); // string, bytes
    void message(std::uint32_t field, const ProtoWriter& inner);
    const std::string& data() const { return m_data; }
    void clear() { m_data.clear(); }

private:
    void tag(std::uint32_t field, std::uint32_t wireType);
    void raw(std::uint64_t value);

    std::string m_data;
};

} // namespace breadcrumb::cli
