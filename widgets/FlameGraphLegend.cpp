#include "FlameGraphLegend.h"

#include <QPainter>

namespace breadcrumb {

namespace {

constexpr int kSwatch = 10;
constexpr int kGap = 4;
constexpr int kSpacing = 10;
constexpr int kMaxLabelPx = 140;

} // namespace

FlameGraphLegend::FlameGraphLegend(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setVisible(false);
}

void FlameGraphLegend::setEntries(std::vector<FrameColors::LegendEntry> entries)
{
    m_entries = std::move(entries);
    QStringList tips;
    for (const auto& e : m_entries)
        tips << e.label;
    setToolTip(tips.join(QLatin1Char('\n')));
    setVisible(!m_entries.empty());
    updateGeometry();
    update();
}

QSize FlameGraphLegend::sizeHint() const
{
    int w = 0;
    for (const auto& e : m_entries)
        w += kSwatch + kGap + std::min(kMaxLabelPx, fontMetrics().horizontalAdvance(e.label)) + kSpacing;
    return {w, fontMetrics().height() + 4};
}

QSize FlameGraphLegend::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 4};
}

void FlameGraphLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    int x = 0;
    const int mid = height() / 2;
    for (const auto& e : m_entries) {
        if (x >= width())
            break;
        if (e.color.alpha() > 0) {
            painter.fillRect(QRect(x, mid - kSwatch / 2, kSwatch, kSwatch), e.color);
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawRect(QRect(x, mid - kSwatch / 2, kSwatch - 1, kSwatch - 1));
            x += kSwatch + kGap;
        }
        const QString text = fontMetrics().elidedText(e.label, Qt::ElideMiddle, kMaxLabelPx);
        const int tw = fontMetrics().horizontalAdvance(text);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, tw + 1, height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += tw + kSpacing;
    }
}

} // namespace breadcrumb
