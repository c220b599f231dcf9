#pragma once
// Turns a function name typed by the user into a function of the run, or a one-line error with
// "did you mean" suggestions (and a hint when the name only exists in another run of the file).

#include "RunData.h"
#include "TraceReader.h"

#include <string>

namespace breadcrumb::cli {

std::uint32_t resolveFunction(TraceReader& reader, const RunData& run, const std::string& name);

} // namespace breadcrumb::cli
