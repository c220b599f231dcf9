#pragma once
// Turns a function name typed by the user into a function of the run, or a one-line error with
// "did you mean" suggestions (and a hint when the name only exists in another run of the file).

#include "RunData.h"
#include "TraceReader.h"

#include <string>

namespace breadcrumb::cli {

std::uint32_t resolveFunction(TraceReader& reader, const RunData& run, const std::string& name);
// A --thread value (name, OS thread id or Python ident) as an index into run.threads; kAllThreads for an
// empty text; a one-line error naming the run's threads otherwise.
std::int32_t resolveThread(const RunData& run, const std::string& text);

} // namespace breadcrumb::cli
