#include "TextFormat.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace breadcrumb {

double nsToMs(Nanos ns)
{
    return static_cast<double>(ns) / 1e6;
}

void appendDecimal(std::string& out, std::int64_t value, int decimals)
{
    // Digits of |value| as unsigned (INT64_MIN has no positive int64), at least decimals + 1 of them.
    std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    char digits[24];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude || count <= decimals);
    int last = 0; // fraction digits dropped from the right: trailing zeros
    while (last < decimals && digits[last] == '0')
        ++last;
    if (value < 0)
        out += '-';
    for (int i = count - 1; i >= decimals; --i)
        out += digits[i];
    if (last < decimals) {
        out += '.';
        for (int i = decimals - 1; i >= last; --i)
            out += digits[i];
    }
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

namespace {

// Length of the well-formed UTF-8 sequence at text[i], or 0 (RFC 3629: no overlongs, no surrogates).
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, lo = lead == 0xE0 ? 0xA0 : 0x80, hi = lead == 0xED ? 0x9F : 0xBF;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, lo = lead == 0xF0 ? 0x90 : 0x80, hi = lead == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    if (i + length > text.size() || byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    return length;
}

} // namespace

std::string printable(std::string_view text, bool keepLineBreaks)
{
    std::string out;
    out.reserve(text.size());
    char escape[8];
    for (std::size_t i = 0; i < text.size();) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (ch == '\n' || ch == '\r' || ch == '\t') {
            out += keepLineBreaks && ch != '\r' ? static_cast<char>(ch) : ' ';
            ++i;
        } else if (ch < 0x20 || ch == 0x7F) {
            std::snprintf(escape, sizeof escape, "\\x%02x", ch);
            out += escape;
            ++i;
        } else if (ch < 0x80) {
            out += static_cast<char>(ch);
            ++i;
        } else if (const std::size_t length = utf8Length(text, i); length == 0) {
            std::snprintf(escape, sizeof escape, "\\x%02x", ch);
            out += escape;
            ++i;
        } else if (length == 2 && ch == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            // U+0080..U+009F: the C1 controls (CSI, OSC, ...) that 8-bit terminals obey
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(text[i + 1]));
            out += escape;
            i += 2;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string oneLine(std::string_view text)
{
    return printable(text, false);
}

} // namespace breadcrumb
