#include "FunctionPalette.h"

#include "ThemeColors.h"

#include <cstdint>
#include <QGuiApplication>

namespace breadcrumb {

QColor FunctionPalette::color(std::string_view name)
{
    // FNV-1a: stable across runs and platforms (qHash is seeded per process).
    std::uint32_t h = 2166136261u;
    for (const char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    // Warm palette: hues from red to yellow, moderately saturated, light enough for dark text.
    const int hue = static_cast<int>(h % 50u);                     // 0..49 (red .. orange-yellow)
    const int saturation = 150 + static_cast<int>((h >> 8) % 80u); // 150..229
    const int value = 215 + static_cast<int>((h >> 16) % 40u);     // 215..254
    return QColor::fromHsv(hue, saturation, value);
}

QColor FunctionPalette::dimmed(const QColor& color)
{
    return ThemeColors::dimmed(color, QGuiApplication::palette());
}

QColor FunctionPalette::textOn(const QColor& background)
{
    return qGray(background.rgb()) > 128 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace breadcrumb
