#pragma once

#include "TraceTypes.h"

#include <vector>

struct sqlite3;

namespace breadcrumb {

// The trace's functions table, in function_id order, its strings capped as every reader keeps them
// (TextLimits.h): the loader, the streamed profile and the exports read it the same way.
std::vector<FunctionInfo> readFunctionTable(sqlite3* db);

} // namespace breadcrumb
