#include "KeyIndex.h"

#include <algorithm>

namespace breadcrumb {

KeyIndex::KeyIndex(std::size_t rows, const std::function<std::int64_t(std::size_t)>& key)
{
    std::vector<std::int64_t> keys(rows);
    std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = std::numeric_limits<std::int64_t>::min();
    std::size_t present = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        keys[r] = key(r);
        if (keys[r] == kSkip)
            continue;
        ++present;
        lo = std::min(lo, keys[r]);
        hi = std::max(hi, keys[r]);
    }
    if (present == 0) {
        m_offsets.push_back(0);
        return;
    }
    // Keys are call ids, function ids or small dictionary indices: nearly always a dense span, counted in
    // two linear passes. A sparse span (a damaged or hand-made file) falls back to sorting.
    const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (span <= 4 * present + 4096) {
        // offsets per value of the span, so a lookup is one subtraction (children of a call: every row of
        // the self-time query asks for one)
        m_dense = true;
        m_lo = lo;
        m_offsets.assign(span + 1, 0);
        for (std::size_t r = 0; r < rows; ++r) {
            if (keys[r] != kSkip)
                ++m_offsets[static_cast<std::uint64_t>(keys[r] - lo) + 1];
        }
        for (std::uint64_t k = 1; k <= span; ++k)
            m_offsets[k] += m_offsets[k - 1];
        std::vector<std::uint32_t> next(m_offsets.begin(), m_offsets.end() - 1);
        m_rows.resize(present);
        for (std::size_t r = 0; r < rows; ++r) {
            if (keys[r] != kSkip)
                m_rows[next[static_cast<std::uint64_t>(keys[r] - lo)]++] = static_cast<std::uint32_t>(r);
        }
    } else {
        std::vector<std::pair<std::int64_t, std::uint32_t>> pairs;
        pairs.reserve(present);
        for (std::size_t r = 0; r < rows; ++r) {
            if (keys[r] != kSkip)
                pairs.emplace_back(keys[r], static_cast<std::uint32_t>(r));
        }
        std::sort(pairs.begin(), pairs.end());
        m_offsets.push_back(0);
        m_rows.reserve(present);
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (i == 0 || pairs[i].first != pairs[i - 1].first) {
                if (i)
                    m_offsets.push_back(static_cast<std::uint32_t>(i));
                m_keys.push_back(pairs[i].first);
            }
            m_rows.push_back(pairs[i].second);
        }
        m_offsets.push_back(static_cast<std::uint32_t>(pairs.size()));
    }
}

std::span<const std::uint32_t> KeyIndex::rowsOf(std::int64_t key) const
{
    if (m_dense) {
        if (key < m_lo ||
            static_cast<std::uint64_t>(key) - static_cast<std::uint64_t>(m_lo) + 1 >= m_offsets.size())
            return {};
        const auto k =
            static_cast<std::size_t>(static_cast<std::uint64_t>(key) - static_cast<std::uint64_t>(m_lo));
        return std::span<const std::uint32_t>(m_rows.data() + m_offsets[k], m_offsets[k + 1] - m_offsets[k]);
    }
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    if (it == m_keys.end() || *it != key)
        return {};
    const auto k = static_cast<std::size_t>(it - m_keys.begin());
    return std::span<const std::uint32_t>(m_rows.data() + m_offsets[k], m_offsets[k + 1] - m_offsets[k]);
}

} // namespace breadcrumb
