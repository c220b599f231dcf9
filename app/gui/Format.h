#pragma once
// Qt-side wrappers of the core's formatting helpers so every view prints the seed's units.

#include "RunData.h"

#include <QString>

namespace breadcrumb::gui {

QString toQString(const std::string& text);
QString msText(Nanos ns);           // "100.0ms", "<0.1ms"
QString msText(double ns);          // for averages and percentiles
QString clockText(Nanos epochNs);   // "10:30:45.123"
QString percentText(double ratio);  // 0.123 -> "12.3%"
QString functionName(const RunData& run, std::int64_t function); // "<root>" for -1
QString locationText(const FunctionInfo& info); // "main.py:12"

} // namespace breadcrumb::gui
