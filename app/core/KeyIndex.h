#pragma once
// Rows grouped by an integer key: which rows hold a key, in ascending row order. The one index of the core
// for ids and keys, dense or not: call ids -> calls and function ids -> functions while a run loads
// (RunLoader), children and calls of a function in a RunData, and the CallStore's equality lookups (children
// by parent, calls by function, by run, by thread).
//
// Keys spanning a dense range (call ids, function ids, indices: nearly always) get one slot per value of
// the range, so a lookup is one subtraction; when each key names one row (ids) a slot holds the row
// itself, else an offset into the rows (compressed sparse row form). Scattered keys (a damaged or hand-made
// file, huge ids) are kept sorted and found by binary search.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

namespace breadcrumb {

class KeyIndex
{
public:
    static constexpr std::int64_t kSkip = std::numeric_limits<std::int64_t>::min(); // rows with no key (NULL)

    KeyIndex() = default;
    // key(row) -> std::int64_t for row in [0, rows); rows whose key is kSkip are left out.
    template <typename KeyOf> KeyIndex(std::size_t rows, const KeyOf& key);
    // The same when the keys are known to lie in [lo, hi] (indices, a run's call id range), which saves a
    // pass over the rows; keys outside are left out.
    template <typename KeyOf> KeyIndex(std::size_t rows, const KeyOf& key, std::int64_t lo, std::int64_t hi)
    {
        if (rows > 0 && lo <= hi)
            build(rows, key, lo, hi, rows);
    }

    // The rows holding `key`, ascending; empty for a key no row holds.
    std::span<const std::uint32_t> rowsOf(std::int64_t key) const
    {
        switch (m_layout) {
        case Layout::Empty:
            return {};
        case Layout::Unique: {
            const std::uint64_t k = slot(key, m_rows.size());
            return k < m_rows.size() && m_rows[k] != kNoRow ? std::span<const std::uint32_t>(&m_rows[k], 1)
                                                            : std::span<const std::uint32_t>();
        }
        case Layout::Dense: {
            const std::uint64_t k = slot(key, m_offsets.size() - 1);
            return k < m_offsets.size() - 1 ? rowsAt(k) : std::span<const std::uint32_t>();
        }
        case Layout::Sparse:
            return sparseRowsOf(key);
        }
        return {};
    }
    // Hints the CPU to fetch what rowsOf(key) will read (a walk that knows its next keys ahead).
    void prefetch(std::int64_t key) const
    {
        if (m_layout == Layout::Dense) {
            const std::uint64_t k = slot(key, m_offsets.size() - 1);
            if (k < m_offsets.size() - 1)
                __builtin_prefetch(&m_offsets[k]);
        }
    }
    // For a key that names one row (an id): its row, -1 when no row holds it, the last when a damaged file
    // repeats it (as a later write would win).
    std::int32_t rowOf(std::int64_t key) const
    {
        const auto rows = rowsOf(key);
        return rows.empty() ? -1 : static_cast<std::int32_t>(rows.back());
    }
    // Every key's rows lie side by side in one array: where rowsOf()'s answer starts there, and its size
    // (for side tables that keep a value per row of each key, in that order).
    std::size_t positionOf(std::span<const std::uint32_t> rows) const
    {
        return rows.empty() ? 0 : static_cast<std::size_t>(rows.data() - m_rows.data());
    }
    std::size_t positions() const { return m_rows.size(); }
    // Whether lookups take one subtraction (else a binary search); for tests and measurements.
    bool isDense() const { return m_layout == Layout::Unique || m_layout == Layout::Dense; }

private:
    enum class Layout : std::uint8_t
    {
        Empty,
        Unique, // m_rows[key - m_lo] is the row of key, or kNoRow
        Dense,  // m_rows[m_offsets[key - m_lo] .. m_offsets[key - m_lo + 1]) are its rows
        Sparse  // m_keys sorted and distinct; the rows of m_keys[i] as in Dense with i for key - m_lo
    };
    static constexpr std::uint32_t kNoRow = std::numeric_limits<std::uint32_t>::max();

    // key - m_lo, or `size` when the key lies below the range.
    std::uint64_t slot(std::int64_t key, std::size_t size) const
    {
        return key < m_lo ? size : static_cast<std::uint64_t>(key) - static_cast<std::uint64_t>(m_lo);
    }
    std::span<const std::uint32_t> rowsAt(std::size_t k) const
    {
        return std::span<const std::uint32_t>(m_rows.data() + m_offsets[k], m_offsets[k + 1] - m_offsets[k]);
    }
    // `present`: how many rows hold a key, or an upper bound of it.
    template <typename KeyOf>
    void build(std::size_t rows, const KeyOf& key, std::int64_t lo, std::int64_t hi, std::size_t present);
    std::span<const std::uint32_t> sparseRowsOf(std::int64_t key) const;
    void buildSparse(std::vector<std::pair<std::int64_t, std::uint32_t>> pairs);
    void accumulateOffsets();

    Layout m_layout = Layout::Empty;
    std::int64_t m_lo = 0;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_rows;
    std::vector<std::int64_t> m_keys;
};

template <typename KeyOf> KeyIndex::KeyIndex(std::size_t rows, const KeyOf& key)
{
    std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = std::numeric_limits<std::int64_t>::min();
    std::size_t present = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int64_t k = key(r);
        if (k == kSkip)
            continue;
        ++present;
        lo = std::min(lo, k);
        hi = std::max(hi, k);
    }
    if (present > 0)
        build(rows, key, lo, hi, present);
}

template <typename KeyOf>
void KeyIndex::build(std::size_t rows, const KeyOf& key, std::int64_t lo, std::int64_t hi,
                     std::size_t present)
{
    const auto inRange = [lo, hi](std::int64_t k) { return k != kSkip && k >= lo && k <= hi; };
    m_lo = lo;
    const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (span > 4 * static_cast<std::uint64_t>(present) + 4096) {
        std::vector<std::pair<std::int64_t, std::uint32_t>> pairs;
        pairs.reserve(present);
        for (std::size_t r = 0; r < rows; ++r) {
            if (const std::int64_t k = key(r); inRange(k))
                pairs.emplace_back(k, static_cast<std::uint32_t>(r));
        }
        if (!pairs.empty())
            buildSparse(std::move(pairs));
        return;
    }
    // Ids name one row each: a slot holds the row, filled in one pass. The first repeated key (children of
    // a call, calls of a function: early) turns it into offsets, counted in two more passes.
    m_layout = Layout::Unique;
    m_rows.assign(span, kNoRow);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int64_t k = key(r);
        if (!inRange(k))
            continue;
        std::uint32_t& row = m_rows[static_cast<std::uint64_t>(k) - static_cast<std::uint64_t>(lo)];
        if (row != kNoRow) {
            m_layout = Layout::Dense;
            break;
        }
        row = static_cast<std::uint32_t>(r);
    }
    if (m_layout == Layout::Unique)
        return;
    m_offsets.assign(span + 1, 0);
    for (std::size_t r = 0; r < rows; ++r) {
        if (const std::int64_t k = key(r); inRange(k))
            ++m_offsets[static_cast<std::uint64_t>(k) - static_cast<std::uint64_t>(lo) + 1];
    }
    accumulateOffsets();
    m_rows.resize(m_offsets.back());
    // Each key's offset serves as its write position (no second array of n positions: at 10 M calls the
    // children index would need 40 MB more at the load's peak); afterwards m_offsets[k] is where key k + 1
    // starts, so the offsets move up by one slot.
    for (std::size_t r = 0; r < rows; ++r) {
        if (const std::int64_t k = key(r); inRange(k))
            m_rows[m_offsets[static_cast<std::uint64_t>(k) - static_cast<std::uint64_t>(lo)]++] =
                static_cast<std::uint32_t>(r);
    }
    for (std::size_t k = m_offsets.size() - 1; k > 0; --k)
        m_offsets[k] = m_offsets[k - 1];
    m_offsets[0] = 0;
}

} // namespace breadcrumb
