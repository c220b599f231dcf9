#pragma once
// The colours custom painting asks for, derived from a QPalette so every view follows the light or dark
// scheme the application runs in. Qt 6.4 (Debian 12) has no QStyleHints::colorScheme(): a palette is
// dark when its window colour is.

#include <QColor>
#include <QPalette>

namespace breadcrumb {

class ThemeColors
{
public:
    static bool isDark(const QPalette& palette);
    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static double luminance(const QColor& color);
    static double contrast(const QColor& a, const QColor& b);
    // `a` moved towards `b` by `t` (0 .. 1).
    static QColor blend(const QColor& a, const QColor& b, double t);
    // `color` with its lightness pushed away from `background` until the two contrast by `minContrast`:
    // the fixed accent colours (percentile markers, faster/slower) stay recognisable in both schemes.
    static QColor readableOn(const QColor& color, const QColor& background, double minContrast = 3.0);

    // Roles for painting over palette.base().
    static QColor grid(const QPalette& palette);    // faint lines behind data
    static QColor subGrid(const QPalette& palette); // fainter still
    static QColor axis(const QPalette& palette);    // axis lines and ticks
    // Marks drawn over the warm function colours (selection outline, current call): these fills are
    // light in both schemes, so the marks stay dark.
    static QColor selectionOutline();
    // The two runs of a comparison wherever they are drawn together (bars, overlaid histograms).
    static QColor beforeRun();
    static QColor afterRun();
    // A frame that does not match a search: the function colour faded into the background.
    static QColor dimmed(const QColor& color, const QPalette& palette);

    // Fusion's palettes for `--color-scheme light|dark`: the platform theme may not provide a dark one.
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace breadcrumb
