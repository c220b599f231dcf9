#pragma once
// Qt-side wrappers of the core's formatting helpers. Durations go through the viewer's one duration
// formatter (widgets/DurationFormat: ns, µs, ms or s by scale), so cards, tables, tooltips and charts agree;
// the CLI keeps the seed's fixed "ms" text.

#include "RunData.h"

#include <QString>

namespace breadcrumb::gui {

QString toQString(const std::string& text);
QString msText(Nanos ns);          // formatDuration(): "100.0ms", "22.6µs", "850ns", "1.25s"
QString msText(double ns);         // for averages and percentiles
QString signedMsText(Nanos ns);    // a change: "+1.2ms", "-850ns", "0ns"
QString clockText(Nanos epochNs);  // "10:30:45.123"
QString percentText(double ratio); // 0.123 -> "12.3%"
QString functionName(const RunData& run, std::int64_t function); // "<root>" for -1
QString locationText(const FunctionInfo& info);                  // "main.py:12"

} // namespace breadcrumb::gui
