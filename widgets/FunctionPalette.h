#pragma once
// Stable colours per function: the same name gets the same warm colour in every view and every run.

#include <QColor>
#include <string_view>

namespace breadcrumb {

class FunctionPalette
{
public:
    static QColor color(std::string_view name);
    // Greyed-out variant for frames that do not match a search, in the application's light or dark
    // palette (ThemeColors::dimmed).
    static QColor dimmed(const QColor& color);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor& background);
};

} // namespace breadcrumb
