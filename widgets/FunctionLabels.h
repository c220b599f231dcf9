#pragma once
// Per-function text and colour for the painting views, computed once per run: painting thousands of
// bars must not convert names, hash colours or measure text for each of them on every frame.

#include "RunData.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <vector>

namespace breadcrumb {

class FunctionLabels
{
public:
    void reset(const RunData* run, const QFont& font);

    const QString& name(std::uint32_t function) const { return m_names[function]; }
    const QColor& color(std::uint32_t function) const { return m_colors[function]; }
    // The name, elided on the right to fit `width` pixels (measured only when the full name does not fit).
    QString fitted(std::uint32_t function, double width, bool bold) const;
    const QFont& font(bool bold) const { return bold ? m_bold : m_font; }

private:
    std::vector<QString> m_names;
    std::vector<QColor> m_colors;
    std::vector<float> m_widths;
    std::vector<float> m_boldWidths;
    QFont m_font;
    QFont m_bold;
};

} // namespace breadcrumb
