#include "TextFormat.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace breadcrumb::cli {

double nsToMs(Nanos ns)
{
    return static_cast<double>(ns) / 1e6;
}

double roundTo(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::string formatDuration(Nanos ns)
{
    return formatMs(ns);
}

std::string formatMsValue(double ms)
{
    if (std::isnan(ms))
        return "NaN";
    if (ms >= 0 && ms < 0.05)
        return "<0.1ms";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1fms", ms);
    std::string text = buffer;
    return text == "-0.0ms" ? "0.0ms" : text;
}

std::string formatDeltaMs(Nanos ns)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%+.1fms", nsToMs(ns));
    std::string text = buffer;
    if (text == "+0.0ms" || text == "-0.0ms")
        return "0.0ms";
    return text;
}

std::string formatPercent(double percent, bool signedValue)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, signedValue ? "%+.1f%%" : "%.1f%%", percent);
    std::string text = buffer;
    if (text == "+0.0%" || text == "-0.0%")
        return "0.0%";
    return text;
}

std::string formatSpan(Nanos ns)
{
    char buffer[64];
    const double seconds = static_cast<double>(ns) / 1e9;
    if (seconds < 10)
        return formatMs(ns);
    if (seconds < 60)
        std::snprintf(buffer, sizeof buffer, "%.1fs", seconds);
    else if (seconds < 3600)
        std::snprintf(buffer, sizeof buffer, "%dm %02ds", static_cast<int>(seconds) / 60,
                      static_cast<int>(seconds) % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%dh %02dm", static_cast<int>(seconds) / 3600,
                      static_cast<int>(seconds) % 3600 / 60);
    return buffer;
}

std::string plural(std::int64_t count, const std::string& singular, const std::string& pluralForm)
{
    return std::to_string(count) + " " +
           (count == 1           ? singular
            : pluralForm.empty() ? singular + "s"
                                 : pluralForm);
}

std::string formatLocalDateTime(Nanos epochNs)
{
    const std::time_t seconds = static_cast<std::time_t>(epochNs / 1'000'000'000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &local);
    return buffer;
}

std::size_t displayWidth(const std::string& text)
{
    std::size_t width = 0;
    for (unsigned char ch : text)
        if ((ch & 0xC0) != 0x80)
            ++width;
    return width;
}

std::string ellipsize(const std::string& text, std::size_t width)
{
    if (displayWidth(text) <= width)
        return text;
    std::string out;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(text[i]);
        if ((ch & 0xC0) != 0x80 && ++count > width - 3)
            break;
        out += text[i];
    }
    return out + "...";
}

std::string oneLine(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char ch : text)
        out += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
    return out;
}

} // namespace breadcrumb::cli
