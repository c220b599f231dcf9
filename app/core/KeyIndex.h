#pragma once
// Rows grouped by an integer key, in compressed sparse row form: offsets into a row array in which each
// key's rows stay in ascending row order. Keys spanning a dense range (call ids, function ids, dictionary
// indices) get one offset per value of the range; scattered keys are kept sorted with an offset each. The
// CallStore keeps one per column it answers equality on (children by parent, calls by function, by run, by
// thread).

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

namespace breadcrumb {

class KeyIndex
{
public:
    static constexpr std::int64_t kSkip = std::numeric_limits<std::int64_t>::min(); // rows with no key (NULL)

    KeyIndex() = default;
    // key(row) for row in [0, rows); rows whose key is kSkip are left out.
    KeyIndex(std::size_t rows, const std::function<std::int64_t(std::size_t)>& key);

    std::span<const std::uint32_t> rowsOf(std::int64_t key) const;

private:
    bool m_dense = false;
    std::int64_t m_lo = 0;                // dense: the key of m_offsets[0]
    std::vector<std::int64_t> m_keys;     // sparse: the distinct keys, sorted
    std::vector<std::uint32_t> m_offsets; // dense: span + 1; sparse: m_keys.size() + 1
    std::vector<std::uint32_t> m_rows;
};

} // namespace breadcrumb
