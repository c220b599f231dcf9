#include "TraceTypes.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace breadcrumb {

bool isDurationColumn(std::string_view name)
{
    std::string lower(name);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto endsWith = [&](std::string_view suffix) {
        return lower.size() >= suffix.size() &&
               lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("_ms") || endsWith("_time") || lower == "ms";
}

std::string formatMs(Nanos ns)
{
    // Integer rounding (half up) to tenths of a millisecond, so 100'049'000 is exactly "100.0ms".
    const bool negative = ns < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
    if (magnitude < 50'000)
        return "<0.1ms";
    const std::uint64_t tenths = (magnitude + 50'000) / 100'000;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s%llu.%llums", negative ? "-" : "",
                  static_cast<unsigned long long>(tenths / 10), static_cast<unsigned long long>(tenths % 10));
    return buffer;
}

namespace {

// Floor division so times before the epoch still split into (seconds, positive remainder).
void splitEpoch(Nanos epochNs, std::time_t& seconds, std::int64_t& remainderNs)
{
    std::int64_t s = epochNs / 1'000'000'000;
    std::int64_t r = epochNs % 1'000'000'000;
    if (r < 0) {
        r += 1'000'000'000;
        --s;
    }
    seconds = static_cast<std::time_t>(s);
    remainderNs = r;
}

} // namespace

std::string formatClock(Nanos epochNs)
{
    std::time_t seconds;
    std::int64_t rem;
    splitEpoch(epochNs, seconds, rem);
    std::tm tm{};
    localtime_r(&seconds, &tm);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d.%03d", tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<int>(rem / 1'000'000));
    return buffer;
}

std::string formatIso(Nanos epochNs)
{
    std::time_t seconds;
    std::int64_t rem;
    splitEpoch(epochNs, seconds, rem);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06d", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(rem / 1000));
    return buffer;
}

} // namespace breadcrumb
