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

} // namespace

RunRef RunRef::parse(const std::string& text, const std::string& defaultFile)
{
    // A bare number is a run of the default trace, unless a file of that name exists.
    if (auto run = parseRunId(text); run && !std::filesystem::exists(text))
        return {defaultFile, run};
    if (const auto colon = text.rfind(':'); colon != std::string::npos && colon > 0) {
        if (auto run = parseRunId(std::string_view(text).substr(colon + 1)))
            return {text.substr(0, colon), run};
    }
    return {text, std::nullopt};
}

} // namespace breadcrumb
