#include "DurationFormat.h"

#include <cmath>

namespace breadcrumb {

QString formatDurationMs(double ms)
{
    // The unit of the scale with three significant digits (four from 100 up, so 100.2ms keeps its tenth).
    const double a = std::abs(ms);
    if (a >= 1000.0)
        return QStringLiteral("%1s").arg(ms / 1000.0, 0, 'f', a >= 10000.0 ? 1 : 2);
    if (a >= 1.0)
        return QStringLiteral("%1ms").arg(ms, 0, 'f', a >= 10.0 ? 1 : 2);
    if (a >= 0.001)
        return QStringLiteral("%1µs").arg(ms * 1000.0, 0, 'f', a >= 0.1 ? 0 : a >= 0.01 ? 1 : 2);
    return QStringLiteral("%1ns").arg(ms * 1e6, 0, 'f', 0);
}

QString formatDuration(Nanos ns)
{
    return formatDurationMs(static_cast<double>(ns) / 1e6);
}

QString formatPercent(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

} // namespace breadcrumb
