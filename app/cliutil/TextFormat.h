#pragma once
// Number and text formatting in the seed's units, shared by every command.

#include "TraceTypes.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace breadcrumb {

double nsToMs(Nanos ns);
// Appends value / 10^decimals as an exact JSON number, no trailing zeros: (1234500, 3) -> "1234.5",
// (-7, 6) -> "-0.000007", (2000, 3) -> "2". For exports that write a number per call: integer digits only,
// no floating-point division (whose shortest form may differ from the exact decimal) and no allocation.
void appendDecimal(std::string& out, std::int64_t value, int decimals);
// Rounds a computed figure (average, percentile, share) for JSON/CSV: ms to the nanosecond, etc.
double roundTo(double value, int decimals);
// "100.0ms"; below 0.05 ms "<0.1ms" (core's formatMs).
std::string formatDuration(Nanos ns);
// A millisecond figure from SQL: "1000.2ms", "<0.1ms" for 0 <= v < 0.05, "-3.5ms" for negative values.
std::string formatMsValue(double ms);
// A signed difference: "+12.3ms", "-900.1ms", "0.0ms".
std::string formatDeltaMs(Nanos ns);
// "34.5%" with one decimal; `signedValue` adds "+" for positive numbers.
std::string formatPercent(double percent, bool signedValue = false);
// Run lengths: "512.3ms" below 10 s, then "12.3s", "4m 05s", "2h 03m".
std::string formatSpan(Nanos ns);
// "1 call" / "13 calls".
std::string plural(std::int64_t count, const std::string& singular, const std::string& pluralForm = {});
// "2025-03-14 10:30:45" in local time (run start in tables).
std::string formatLocalDateTime(Nanos epochNs);
// Number of characters (UTF-8 code points) for column alignment.
std::size_t displayWidth(const std::string& text);
// Keeps at most `width` characters, ending with "..." when cut.
std::string ellipsize(const std::string& text, std::size_t width);
// Makes text from a trace safe to print on a terminal: the one place that escapes what a hostile trace
// could use to drive the user's terminal (ESC sequences that retitle or clear it, BEL, ...). Control
// characters (C0, DEL, C1) become visible escapes ("\x1b", "\u009b") and bytes that are not UTF-8 become
// "\xff"; line breaks and tabs are kept when `keepLineBreaks` (tracebacks), else turned into spaces.
// Every text (table) output passes trace strings through it; JSON and CSV stay exact.
std::string printable(std::string_view text, bool keepLineBreaks);
// printable() on one line: table cells, names, messages.
std::string oneLine(std::string_view text);

} // namespace breadcrumb
