#pragma once
// Human durations for axes and tooltips with an adaptive unit (ns, µs, ms, s); the seed's fixed "ms"
// format stays breadcrumb::formatMs().

#include "TraceTypes.h"

#include <QString>

namespace breadcrumb {

// The viewer's one duration formatter: every card, table, tooltip and chart shows durations through it.
QString
formatDuration(Nanos ns); // "850ns", "1.50µs", "12.4µs", "850µs", "3.21ms", "12.4ms", "100.2ms", "1.25s"
QString formatDurationMs(double ms);    // same, from milliseconds
QString formatPercent(double fraction); // 0.1234 -> "12.3%"

} // namespace breadcrumb
