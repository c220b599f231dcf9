#pragma once
// A column of 64-bit integers kept in 32 bits while every value fits (ids, depths and function ids of a
// trace nearly always do), widened in place on the first one that does not: half the memory of the calls
// store's id columns for the same answers. std::int64_t's minimum (the store's NULL) fits as INT32_MIN.

#include "HugePages.h"
#include "UninitializedAllocator.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace breadcrumb {

class IntColumn
{
public:
    void reserve(std::size_t count)
    {
        if (!m_isWide)
            reserveHugePages(m_narrow, count);
        else
            reserveHugePages(m_wide, count);
    }
    void push_back(std::int64_t value)
    {
        if (m_isWide || !fits(value)) {
            widen();
            m_wide.push_back(value);
        } else {
            m_narrow.push_back(narrow(value));
        }
    }
    // Sized up front for set(): rows hold anything until set.
    void resize(std::size_t count)
    {
        if (m_isWide)
            m_wide.resize(count);
        else
            m_narrow.resize(count);
    }
    void set(std::size_t row, std::int64_t value)
    {
        if (!m_isWide && !fits(value))
            widen();
        if (m_isWide)
            m_wide[row] = value;
        else
            m_narrow[row] = narrow(value);
    }
    std::int64_t operator[](std::size_t row) const { return m_isWide ? m_wide[row] : wide(m_narrow[row]); }
    std::size_t size() const { return m_isWide ? m_wide.size() : m_narrow.size(); }
    bool isNarrow() const { return !m_isWide; }

    // Reorders the rows: row i takes the value of row order[i].
    void permute(const std::vector<std::uint32_t>& order)
    {
        if (!m_isWide)
            permuteVector(m_narrow, order);
        else
            permuteVector(m_wide, order);
    }

private:
    static constexpr std::int64_t kNull = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int32_t kNarrowNull = std::numeric_limits<std::int32_t>::min();

    static bool fits(std::int64_t v)
    {
        return v == kNull || (v > kNarrowNull && v <= std::numeric_limits<std::int32_t>::max());
    }
    static std::int32_t narrow(std::int64_t v)
    {
        return v == kNull ? kNarrowNull : static_cast<std::int32_t>(v);
    }
    static std::int64_t wide(std::int32_t v) { return v == kNarrowNull ? kNull : v; }

    void widen()
    {
        if (m_isWide)
            return;
        reserveHugePages(m_wide, std::max(m_narrow.capacity(), m_narrow.size() + 1));
        for (std::int32_t v : m_narrow)
            m_wide.push_back(wide(v));
        m_narrow = {};
        m_isWide = true;
    }

    template <typename Column>
    static void permuteVector(Column& column, const std::vector<std::uint32_t>& order)
    {
        Column sorted;
        reserveHugePages(sorted, column.size());
        for (std::uint32_t r : order)
            sorted.push_back(column[r]);
        column.swap(sorted);
    }

    std::vector<std::int32_t, UninitializedAllocator<std::int32_t>> m_narrow;
    std::vector<std::int64_t, UninitializedAllocator<std::int64_t>> m_wide;
    bool m_isWide = false;
};

} // namespace breadcrumb
