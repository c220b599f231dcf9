#pragma once
// Interned names: each distinct name is stored once, all of them in one buffer, and named by a dense
// index. The calls store keeps one per trace so that a name column hands SQLite a pointer into the arena
// for every row instead of building a string per row.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class NameArena
{
public:
    // The index of `name`, added on first sight.
    std::uint32_t intern(std::string_view name);
    std::string_view name(std::uint32_t id) const
    {
        return std::string_view(m_bytes.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
    }
    std::size_t size() const { return m_offsets.size() - 1; }
    // Drops the lookup table `intern` needs; the names stay.
    void freeze();

private:
    std::string m_bytes;
    std::vector<std::size_t> m_offsets{0};
    std::unordered_map<std::string, std::uint32_t> m_ids;
};

} // namespace breadcrumb
