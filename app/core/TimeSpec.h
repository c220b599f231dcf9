#pragma once
// How a user names a moment: the one grammar of `exceptions --since` and MCP `find_exceptions`.

#include "TraceTypes.h"

#include <optional>
#include <string_view>

namespace breadcrumb {

// "90s", "30m", "1.5h", "2d", "1w" (also sec/min/hr/day(s)/week(s), any case, optional "ago") before
// `nowNs`, or an ISO 8601 date/time: "2025-03-14", "2025-03-14T10:30", "2025-03-14 10:30:45.5", with "Z"
// or an offset like "+02:00" (UTC without one). Returns ns since the epoch, or nullopt when it is neither.
std::optional<Nanos> parseSince(std::string_view text, Nanos nowNs);

// The same, relative to the system clock.
std::optional<Nanos> parseSince(std::string_view text);

} // namespace breadcrumb
