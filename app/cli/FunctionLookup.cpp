#include "FunctionLookup.h"

#include "CliError.h"
#include "FunctionQuery.h"

namespace breadcrumb::cli {

std::uint32_t resolveFunction(TraceReader& reader, const RunData& run, const std::string& name)
{
    if (const auto function = run.findFunction(name))
        return *function;
    const std::string where = "in run " + std::to_string(run.run.id);
    if (run.isAmbiguous(name)) {
        std::string message = "'" + name + "' is ambiguous " + where + "; name one of: ";
        const auto candidates = run.suggestFunctions(name, 8);
        for (std::size_t i = 0; i < candidates.size(); ++i)
            message += (i ? ", " : "") + run.displayName(candidates[i]);
        throw CliError(message);
    }
    std::string message = "unknown function '" + name + "' " + where;
    if (const auto runs = runsCallingFunction(reader.database(), name, 5); !runs.empty()) {
        message += " (it was called in run " + std::to_string(runs.front()) + "; add --run " +
                   std::to_string(runs.front()) + ")";
        throw CliError(message);
    }
    const auto suggestions = run.suggestFunctions(name, 5);
    if (!suggestions.empty()) {
        message += "; did you mean ";
        for (std::size_t i = 0; i < suggestions.size(); ++i)
            message += std::string(i ? (i + 1 == suggestions.size() ? " or " : ", ") : "") + "'" +
                       run.displayName(suggestions[i]) + "'";
        message += "?";
    }
    throw CliError(message);
}

std::int32_t resolveThread(const RunData& run, const std::string& text)
{
    if (text.empty())
        return kAllThreads;
    if (const auto thread = run.findThread(text))
        return *thread;
    std::string names;
    for (const ThreadInfo& info : run.threads)
        names += (names.empty() ? "" : ", ") + info.name + " (" + std::to_string(info.nativeId) + ")";
    throw CliError("no single thread '" + text + "' in run " + std::to_string(run.run.id) +
                   " (threads: " + names + ")");
}

} // namespace breadcrumb::cli
