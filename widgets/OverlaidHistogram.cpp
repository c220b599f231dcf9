#include "OverlaidHistogram.h"

#include "PlotTheme.h"
#include "ThemeColors.h"

#include <algorithm>
#include <cmath>

namespace breadcrumb {

namespace {

constexpr int kBins = 30;

QColor translucent(QColor color)
{
    color.setAlpha(110); // both sets stay visible where they overlap
    return color;
}

} // namespace

OverlaidHistogram::OverlaidHistogram(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("overlaidHistogram"));
    m_before = new QCPBars(xAxis, yAxis); // owned by the plot
    m_after = new QCPBars(xAxis, yAxis);
    m_before->setBrush(translucent(ThemeColors::beforeRun()));
    m_before->setPen(QPen(ThemeColors::beforeRun()));
    m_after->setBrush(translucent(ThemeColors::afterRun()));
    m_after->setPen(QPen(ThemeColors::afterRun()));
    setRunLabels(tr("before"), tr("after"));
    xAxis->setLabel(tr("Call duration (ms)"));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setMinimumHeight(160);
    PlotTheme::apply(this);
    setNormalised(false);
}

void OverlaidHistogram::setRunLabels(const QString& before, const QString& after)
{
    m_before->setName(before);
    m_after->setName(after);
    replot(QCustomPlot::rpQueuedReplot);
}

void OverlaidHistogram::setDurations(std::vector<Nanos> before, std::vector<Nanos> after)
{
    m_edgesMs.clear();
    m_beforeCounts.assign(kBins, 0);
    m_afterCounts.assign(kBins, 0);
    if (before.empty() && after.empty()) {
        clear();
        return;
    }
    Nanos lo = std::numeric_limits<Nanos>::max();
    Nanos hi = std::numeric_limits<Nanos>::min();
    for (const auto* side : {&before, &after})
        for (const Nanos d : *side) {
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
    double loMs = lo / 1e6;
    double hiMs = hi / 1e6;
    if (hiMs - loMs < 1e-6) { // one distinct duration: a narrow window around it
        loMs -= std::max(1e-3, loMs * 0.01);
        hiMs += std::max(1e-3, hiMs * 0.01);
    }
    const double width = (hiMs - loMs) / kBins;
    for (int i = 0; i <= kBins; ++i)
        m_edgesMs.push_back(loMs + i * width);
    const auto count = [&](const std::vector<Nanos>& durations, std::vector<int>& counts) {
        for (const Nanos d : durations)
            ++counts[std::size_t(std::clamp(int((d / 1e6 - loMs) / width), 0, kBins - 1))];
    };
    count(before, m_beforeCounts);
    count(after, m_afterCounts);
    rebuild();
}

void OverlaidHistogram::clear()
{
    m_edgesMs.clear();
    m_beforeCounts.clear();
    m_afterCounts.clear();
    rebuild();
}

void OverlaidHistogram::setNormalised(bool normalised)
{
    m_normalised = normalised;
    yAxis->setLabel(normalised ? tr("Share of calls") : tr("Calls"));
    rebuild();
}

std::vector<double> OverlaidHistogram::heights(bool after) const
{
    const std::vector<int>& counts = after ? m_afterCounts : m_beforeCounts;
    double total = 0;
    for (const int c : counts)
        total += c;
    std::vector<double> out;
    for (const int c : counts)
        out.push_back(m_normalised ? (total > 0 ? c / total : 0.0) : double(c));
    return out;
}

void OverlaidHistogram::rebuild()
{
    QVector<double> keys;
    for (std::size_t i = 0; i + 1 < m_edgesMs.size(); ++i)
        keys.push_back((m_edgesMs[i] + m_edgesMs[i + 1]) / 2);
    const auto values = [&](bool after) {
        const std::vector<double> h = heights(after);
        return QVector<double>(h.begin(), h.end());
    };
    m_before->setData(keys, values(false), true);
    m_after->setData(keys, values(true), true);
    if (m_edgesMs.size() >= 2) {
        const double width = m_edgesMs[1] - m_edgesMs[0];
        m_before->setWidth(width);
        m_after->setWidth(width);
        xAxis->setRange(m_edgesMs.front() - width / 2, m_edgesMs.back() + width / 2);
    }
    bool found = false;
    double top = 0;
    for (const bool after : {false, true})
        for (const double h : heights(after)) {
            top = std::max(top, h);
            found = true;
        }
    yAxis->setRange(0, found && top > 0 ? top * 1.1 : 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void OverlaidHistogram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        PlotTheme::apply(this);
    QCustomPlot::changeEvent(event);
}

} // namespace breadcrumb
