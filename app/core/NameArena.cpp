#include "NameArena.h"

namespace breadcrumb {

std::uint32_t NameArena::intern(std::string_view name)
{
    const auto [it, added] = m_ids.try_emplace(std::string(name), static_cast<std::uint32_t>(size()));
    if (added) {
        m_bytes.append(name);
        m_offsets.push_back(m_bytes.size());
    }
    return it->second;
}

void NameArena::freeze()
{
    m_ids = {};
    m_bytes.shrink_to_fit();
    m_offsets.shrink_to_fit();
}

} // namespace breadcrumb
