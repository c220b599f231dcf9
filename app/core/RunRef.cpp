#include "TraceReader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace breadcrumb {

namespace {

std::optional<std::int64_t> parseRunId(std::string_view text)
{
    if (text.empty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    return std::stoll(std::string(text));
}

// "RUN", "FIRST-LAST" or "all" after the colon (or alone); nullopt when it is none of these.
std::optional<RunRef> parseRuns(std::string_view text)
{
    RunRef ref;
    if (text == "all") {
        ref.allRuns = true;
        return ref;
    }
    if (auto run = parseRunId(text)) {
        ref.run = run;
        return ref;
    }
    const auto dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    auto first = parseRunId(text.substr(0, dash));
    auto last = parseRunId(text.substr(dash + 1));
    if (!first || !last || *last < *first)
        return std::nullopt;
    ref.run = first;
    ref.lastRun = last;
    return ref;
}

} // namespace

RunRef RunRef::parse(const std::string& text, const std::string& defaultFile)
{
    // A bare run (or range, or "all") is of the default trace, unless a file of that name exists.
    if (auto runs = parseRuns(text); runs && !std::filesystem::exists(text)) {
        runs->file = defaultFile;
        return *runs;
    }
    if (const auto colon = text.rfind(':'); colon != std::string::npos && colon > 0) {
        if (auto runs = parseRuns(std::string_view(text).substr(colon + 1))) {
            runs->file = text.substr(0, colon);
            return *runs;
        }
    }
    RunRef ref;
    ref.file = text;
    return ref;
}

std::vector<std::int64_t> RunRef::resolve(const TraceReader& reader) const
{
    if (!isSeveral())
        return {run ? reader.run(*run).id : reader.newestRunId()};
    std::vector<std::int64_t> ids;
    for (const auto& info : reader.runs())
        if (allRuns || (info.id >= *run && info.id <= *lastRun))
            ids.push_back(info.id);
    if (ids.empty())
        throw TraceError(TraceError::Kind::NoSuchRun, allRuns ? file + " holds no run"
                                                              : "no run " + std::to_string(*run) + "-" +
                                                                    std::to_string(*lastRun) + " in " + file);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace breadcrumb
