#pragma once
// Lookups of functions across every run of a trace file, for messages that point the user to the right
// run ("it was called in run 3; add --run 3").

#include "TraceDatabase.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace breadcrumb {

// The runs in which a function of exactly this qualified name was called, newest first, at most `limit`.
std::vector<std::int64_t> runsCallingFunction(const TraceDatabase& db, std::string_view name,
                                              std::size_t limit);

} // namespace breadcrumb
