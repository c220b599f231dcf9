#include "TimeSpec.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <regex>
#include <string>

namespace breadcrumb {

std::optional<Nanos> parseSince(std::string_view view, Nanos nowNs)
{
    const std::string text(view);
    static const std::regex relative(
        R"(^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day|days|w|week|weeks)\s*(ago)?\s*$)",
        std::regex::icase);
    std::smatch m;
    if (std::regex_match(text, m, relative)) {
        const double n = std::stod(m[1].str());
        std::string unit = m[2].str();
        for (char& c : unit)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        double seconds = n;
        if (unit == "m" || unit == "min")
            seconds *= 60;
        else if (unit == "h" || unit == "hr")
            seconds *= 3600;
        else if (unit[0] == 'd')
            seconds *= 86400;
        else if (unit[0] == 'w')
            seconds *= 7 * 86400;
        if (seconds * 1e9 > double(nowNs))
            return std::nullopt; // before the epoch: not a moment a trace can hold
        return nowNs - static_cast<Nanos>(seconds * 1e9);
    }
    static const std::regex iso(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?\s*$)");
    if (!std::regex_match(text, m, iso))
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = std::stoi(m[1].str()) - 1900;
    tm.tm_mon = std::stoi(m[2].str()) - 1;
    tm.tm_mday = std::stoi(m[3].str());
    tm.tm_hour = m[4].matched ? std::stoi(m[4].str()) : 0;
    tm.tm_min = m[5].matched ? std::stoi(m[5].str()) : 0;
    tm.tm_sec = m[6].matched ? std::stoi(m[6].str()) : 0;
    if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
        tm.tm_min > 59 || tm.tm_sec > 60)
        return std::nullopt;
    Nanos ns = static_cast<Nanos>(timegm(&tm)) * 1'000'000'000;
    if (m[7].matched) {
        std::string frac = m[7].str();
        frac.resize(9, '0');
        ns += std::stoll(frac);
    }
    if (m[8].matched && m[8].str() != "Z" && m[8].str() != "z") {
        std::string off = m[8].str();
        off.erase(std::remove(off.begin(), off.end(), ':'), off.end());
        const int sign = off[0] == '-' ? -1 : 1;
        const int minutes = std::stoi(off.substr(1, 2)) * 60 + std::stoi(off.substr(3, 2));
        ns -= sign * static_cast<Nanos>(minutes) * 60 * 1'000'000'000;
    }
    return ns;
}

std::optional<Nanos> parseSince(std::string_view text)
{
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return parseSince(text, static_cast<Nanos>(now.count()));
}

} // namespace breadcrumb
