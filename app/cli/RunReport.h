#pragma once
// The short report printed after `breadcrumb run` and by `breadcrumb report`: run id, command,
// duration, status, calls, exceptions, the hottest functions and where the trace is.

#include "RunData.h"

#include <iosfwd>
#include <string>

namespace breadcrumb::cli {

struct RunReportOptions
{
    std::size_t topFunctions = 5;
    std::string tracePath; // shown on the last line
};

void printRunReport(std::ostream& out, const RunData& run, const RunReportOptions& options);

} // namespace breadcrumb::cli
