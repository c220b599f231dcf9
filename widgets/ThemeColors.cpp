#include "ThemeColors.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <QStyle>
#include <QStyleFactory>

namespace breadcrumb {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double ThemeColors::luminance(const QColor& color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double ThemeColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::blend(const QColor& a, const QColor& b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto mix = [t](float p, float q) { return p + (q - p) * static_cast<float>(t); };
    return QColor::fromRgbF(mix(x.redF(), y.redF()), mix(x.greenF(), y.greenF()), mix(x.blueF(), y.blueF()),
                            mix(x.alphaF(), y.alphaF()));
}

QColor ThemeColors::readableOn(const QColor& color, const QColor& background, double minContrast)
{
    // Walk the lightness away from the background's in small steps; hue and saturation stay.
    const bool lighten = luminance(background) < 0.18;
    QColor c = color.toHsl();
    for (int step = 0; step < 40 && contrast(c, background) < minContrast; ++step) {
        const float l = std::clamp(c.lightnessF() + (lighten ? 0.025f : -0.025f), 0.0f, 1.0f);
        c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), l, c.alphaF());
    }
    return c.toRgb();
}

QColor ThemeColors::grid(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.2 : 0.16);
}

QColor ThemeColors::subGrid(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QColor ThemeColors::axis(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.75);
}

QColor ThemeColors::selectionOutline()
{
    return {20, 60, 160};
}

QColor ThemeColors::beforeRun()
{
    return {70, 110, 190}; // blue: the calm "was"
}

QColor ThemeColors::afterRun()
{
    return {232, 126, 52}; // orange: the "now" the eye goes to
}

QColor ThemeColors::dimmed(const QColor& color, const QPalette& palette)
{
    const int grey = qGray(color.rgb());
    if (!isDark(palette)) {
        const int light = (grey + 2 * 225) / 3;
        return QColor::fromRgb(light, light, light);
    }
    // On a dark base the light grey would outshine the matches: sink it towards the base instead.
    return blend(QColor(grey, grey, grey), palette.color(QPalette::Base), 0.7);
}

QPalette ThemeColors::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(QColor(239, 239, 239));
}

QPalette ThemeColors::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(128, 128, 128);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(58, 58, 62));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(QPalette::Light, QColor(85, 85, 90));
    p.setColor(QPalette::Midlight, QColor(68, 68, 72));
    p.setColor(QPalette::Mid, QColor(50, 50, 53));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, QColor(42, 110, 190));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 74));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

} // namespace breadcrumb
