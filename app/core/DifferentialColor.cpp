#include "DifferentialColor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace breadcrumb {

double DifferentialColor::intensity(Nanos delta, Nanos scale)
{
    if (scale <= 0 || delta == 0)
        return 0;
    const double share = std::min(1.0, static_cast<double>(std::llabs(delta)) / static_cast<double>(scale));
    return std::sqrt(share);
}

Rgb DifferentialColor::color(Nanos delta, Nanos scale)
{
    const double t = intensity(delta, scale);
    if (t <= 0)
        return kNeutral;
    const Rgb& to = delta > 0 ? kGrew : kShrank;
    auto mix = [t](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (static_cast<double>(b) - a) * t));
    };
    return {mix(kNeutral.r, to.r), mix(kNeutral.g, to.g), mix(kNeutral.b, to.b)};
}

} // namespace breadcrumb
