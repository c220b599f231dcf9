#include "DiscGraph.h"

#include <cmath>
#include <QPainter>

namespace breadcrumb {

DiscGraph::DiscGraph(QCPAxis* keyAxis, QCPAxis* valueAxis, const QColor& color, double diameter)
    : QCPGraph(keyAxis, valueAxis), m_color(color), m_diameter(diameter)
{
    setLineStyle(lsNone);
    // QCPGraph only calls drawScatterPlot when the style is not ssNone; the shape itself is ours.
    setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, diameter));
    setAdaptiveSampling(true);
}

DiscGraph::~DiscGraph() = default;

void DiscGraph::setColor(const QColor& color)
{
    m_color = color;
    m_discRatio = 0; // render again on the next draw
}

void DiscGraph::drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                                const QCPScatterStyle& style) const
{
    Q_UNUSED(style)
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int extent = static_cast<int>(std::ceil(m_diameter)) + 2; // device-independent pixels
    if (m_discRatio != ratio) {
        m_disc =
            QPixmap(static_cast<int>(std::ceil(extent * ratio)), static_cast<int>(std::ceil(extent * ratio)));
        m_disc.setDevicePixelRatio(ratio);
        m_disc.fill(Qt::transparent);
        QPainter disc(&m_disc);
        disc.setRenderHint(QPainter::Antialiasing);
        disc.setPen(Qt::NoPen);
        disc.setBrush(m_color);
        disc.drawEllipse(
            QRectF((extent - m_diameter) / 2, (extent - m_diameter) / 2, m_diameter, m_diameter));
        m_discRatio = ratio;
    }
    const double half = extent / 2.0;
    for (const QPointF& p : scatters)
        painter->drawPixmap(QPointF(p.x() - half, p.y() - half), m_disc);
}

} // namespace breadcrumb
