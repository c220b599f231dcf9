#pragma once
// Where a run of merged sub-pixel calls ends, found without reading the calls in between (TimelineLayout's
// level of detail). Each call in a list of siblings gets a strength: the longer of its duration and the gap
// since the siblings before it ended. Zoomed out so that a pixel spans p ns, the siblings of strength below
// p are narrower than a pixel and start less than a pixel after the others: they only lengthen the block
// being drawn. next() finds the first sibling at or above p: a byte per sibling (the strength on a quarter-
// octave scale) and a max over every 64 of them, level upon level, so a search reads a few hundred bytes
// side by side instead of a binary search over calls far apart in memory per pixel column (what made a
// zoomed-out frame grow with the calls: 23 ms at 50 M).

#include "TraceTypes.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace breadcrumb {

class SiblingBreaks
{
public:
    // `slots` siblings (of every list, each list side by side), all breaking until set() (as does a strength
    // of std::numeric_limits<Nanos>::max()).
    void assign(std::size_t slots);
    void set(std::size_t slot, Nanos strength) { m_levels[0][slot] = level(strength); }
    // Builds the summary levels; call after the last set().
    void finish();
    void clear() { m_levels.clear(); }

    // The first slot in [from, to) whose strength may reach `threshold` (every one before it is below), or
    // `to`. A slot of strength slightly below may be returned (the scale is a quarter of an octave).
    std::size_t next(std::size_t from, std::size_t to, Nanos threshold) const;

    std::size_t size() const { return m_levels.empty() ? 0 : m_levels[0].size(); }
    std::size_t bytes() const;

private:
    // 0 for none, then 4 steps per octave, kBreak for the largest Nanos: monotonic, so a strength >= t has
    // level >= level(t).
    static std::uint8_t level(Nanos t);
    static constexpr std::uint8_t kBreak = 255;

    std::vector<std::vector<std::uint8_t>> m_levels; // [0]: per slot; [k + 1][i]: max of [k][64 i, 64 i + 64)
};

} // namespace breadcrumb
