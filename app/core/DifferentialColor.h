#pragma once
// The colour of a frame in a differential flame graph (Brendan Gregg's): red when its time grew, blue when
// it shrank, the more saturated the larger |Δ| against the graph's largest; a neutral grey when unchanged.
// Plain RGB so the core stays free of Qt; the widgets turn it into a QColor.

#include "TraceTypes.h"

#include <cstdint>

namespace breadcrumb {

struct Rgb
{
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

class DifferentialColor
{
public:
    static constexpr Rgb kNeutral{228, 228, 228};
    static constexpr Rgb kGrew{214, 39, 40};
    static constexpr Rgb kShrank{31, 100, 210};

    // Intensity in 0..1: |delta| / scale, square-rooted so that small changes still show; 0 when scale <= 0.
    static double intensity(Nanos delta, Nanos scale);
    static Rgb color(Nanos delta, Nanos scale);
};

} // namespace breadcrumb
