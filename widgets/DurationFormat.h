#pragma once
// Human durations for axes and tooltips with an adaptive unit (ns, µs, ms, s); the seed's fixed "ms"
// format stays breadcrumb::formatMs().

#include "TraceTypes.h"

#include <QString>

namespace breadcrumb {

QString formatDuration(Nanos ns);        // "850ns", "12.4µs", "3.21ms", "1.25s"
QString formatDurationMs(double ms);     // same, from milliseconds
QString formatPercent(double fraction);  // 0.1234 -> "12.3%"

} // namespace breadcrumb
