#include "KeyIndex.h"

#include <algorithm>

namespace breadcrumb {

void KeyIndex::accumulateOffsets()
{
    for (std::size_t k = 1; k < m_offsets.size(); ++k)
        m_offsets[k] += m_offsets[k - 1];
}

void KeyIndex::buildSparse(std::vector<std::pair<std::int64_t, std::uint32_t>> pairs)
{
    m_layout = Layout::Sparse;
    std::sort(pairs.begin(), pairs.end());
    m_rows.reserve(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i == 0 || pairs[i].first != pairs[i - 1].first) {
            m_offsets.push_back(static_cast<std::uint32_t>(i));
            m_keys.push_back(pairs[i].first);
        }
        m_rows.push_back(pairs[i].second);
    }
    m_offsets.push_back(static_cast<std::uint32_t>(pairs.size()));
}

std::span<const std::uint32_t> KeyIndex::sparseRowsOf(std::int64_t key) const
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    if (it == m_keys.end() || *it != key)
        return {};
    return rowsAt(static_cast<std::size_t>(it - m_keys.begin()));
}

} // namespace breadcrumb
