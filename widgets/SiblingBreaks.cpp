#include "SiblingBreaks.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace breadcrumb {

namespace {

constexpr unsigned kFanShift = 6; // 64 entries of a level under one of the level above
constexpr std::size_t kFan = std::size_t(1) << kFanShift;

} // namespace

std::uint8_t SiblingBreaks::level(Nanos t)
{
    if (t <= 0)
        return 0;
    if (t == std::numeric_limits<Nanos>::max())
        return kBreak;
    const auto u = static_cast<std::uint64_t>(t);
    const int log = 63 - std::countl_zero(u);
    // The two bits after the leading one: a quarter octave, without a floating-point log per call.
    const auto quarter = static_cast<int>(log >= 2 ? (u >> (log - 2)) & 3 : (u << (2 - log)) & 3);
    return static_cast<std::uint8_t>(std::min(254, 1 + 4 * log + quarter));
}

void SiblingBreaks::assign(std::size_t slots)
{
    m_levels.clear();
    m_levels.emplace_back(slots, kBreak);
}

void SiblingBreaks::finish()
{
    m_levels.resize(std::min<std::size_t>(m_levels.size(), 1));
    if (m_levels.empty())
        return;
    while (m_levels.back().size() > kFan) {
        const std::vector<std::uint8_t>& below = m_levels.back();
        std::vector<std::uint8_t> above((below.size() + kFan - 1) / kFan, 0);
        for (std::size_t i = 0; i < below.size(); ++i)
            above[i >> kFanShift] = std::max(above[i >> kFanShift], below[i]);
        m_levels.push_back(std::move(above));
    }
}

std::size_t SiblingBreaks::next(std::size_t from, std::size_t to, Nanos threshold) const
{
    if (from >= to || m_levels.empty())
        return to;
    const std::uint8_t q = level(threshold);
    // Up: the rest of the current group of 64 at each level, then the groups above it; down again into the
    // first entry that reaches q.
    std::size_t i = from;
    for (std::size_t k = 0; k < m_levels.size(); ++k) {
        const std::vector<std::uint8_t>& entries = m_levels[k];
        const std::size_t entriesTo = ((to - 1) >> (kFanShift * k)) + 1; // entries holding slots below `to`
        const std::size_t stop =
            k + 1 == m_levels.size() ? entriesTo : std::min(entriesTo, (i + kFan - 1) & ~(kFan - 1));
        for (; i < stop; ++i) {
            if (entries[i] < q)
                continue;
            for (std::size_t d = k; d > 0; --d) { // the max of entry i is one of its 64 below
                const std::vector<std::uint8_t>& below = m_levels[d - 1];
                std::size_t c = i << kFanShift;
                while (below[c] < q)
                    ++c;
                i = c;
            }
            return std::min(i, to);
        }
        if (stop == entriesTo)
            return to;
        i = stop >> kFanShift;
    }
    return to;
}

std::size_t SiblingBreaks::bytes() const
{
    std::size_t total = 0;
    for (const auto& entries : m_levels)
        total += entries.capacity();
    return total;
}

} // namespace breadcrumb
