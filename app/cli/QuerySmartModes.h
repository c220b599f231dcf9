#pragma once
// The smart modes of `breadcrumb query`: --call, --flow, --gaps, --fuzzy. Each prints its result and
// returns the exit status (throws NoResults when there is nothing to show).

#include "OutputFormat.h"
#include "RunData.h"
#include "TraceReader.h"

#include <optional>
#include <string>

namespace breadcrumb::cli {

struct SmartModeOptions
{
    OutputFormat format = OutputFormat::Table;
    std::optional<std::int64_t> limit; // mode-specific default when unset; 0 = all
    std::size_t width = 120;           // table cells are cut after this many characters
};

int callMode(TraceReader& reader, const RunData& run, const std::string& name,
             const SmartModeOptions& options);
int flowMode(const RunData& run, const SmartModeOptions& options);
int gapsMode(TraceReader& reader, std::int64_t runId, const SmartModeOptions& options);
int fuzzyMode(TraceReader& reader, const RunData& run, const std::string& term,
              const SmartModeOptions& options);

} // namespace breadcrumb::cli
