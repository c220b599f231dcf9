#include "FunctionLabels.h"

#include "FunctionPalette.h"

namespace breadcrumb {

void FunctionLabels::reset(const RunData* run, const QFont& font)
{
    m_font = font;
    m_bold = font;
    m_bold.setBold(true);
    m_names.clear();
    m_colors.clear();
    m_widths.clear();
    m_boldWidths.clear();
    if (!run)
        return;
    const QFontMetricsF fm(m_font);
    const QFontMetricsF boldFm(m_bold);
    const std::size_t n = run->functions.size();
    m_names.reserve(n);
    m_colors.reserve(n);
    m_widths.reserve(n);
    m_boldWidths.reserve(n);
    for (std::size_t f = 0; f < n; ++f) {
        m_names.push_back(QString::fromStdString(run->displayName(static_cast<std::uint32_t>(f))));
        m_colors.push_back(FunctionPalette::color(run->functions[f].name));
        m_widths.push_back(static_cast<float>(fm.horizontalAdvance(m_names.back())));
        m_boldWidths.push_back(static_cast<float>(boldFm.horizontalAdvance(m_names.back())));
    }
}

QString FunctionLabels::fitted(std::uint32_t function, double width, bool bold) const
{
    if ((bold ? m_boldWidths : m_widths)[function] <= width)
        return m_names[function];
    return QFontMetricsF(bold ? m_bold : m_font).elidedText(m_names[function], Qt::ElideRight, width);
}

} // namespace breadcrumb
