#include "ComparisonBarChart.h"

#include "DurationAxisTicker.h"
#include "DurationFormat.h"
#include "PlotTheme.h"
#include "ThemeColors.h"

#include <algorithm>
#include <cmath>
#include <QHelpEvent>
#include <QToolTip>

namespace breadcrumb {

ComparisonBarChart::ComparisonBarChart(QWidget* parent)
    : QCustomPlot(parent), m_beforeLabel(tr("Before")), m_afterLabel(tr("After"))
{
    setMinimumSize(300, 200);
    m_before = new QCPBars(yAxis, xAxis); // owned by the plot; horizontal bars: key axis is y
    m_after = new QCPBars(yAxis, xAxis);
    // The runs' colours wherever both are drawn (the overlaid histograms too).
    m_before->setBrush(ThemeColors::beforeRun());
    m_before->setPen(QPen(ThemeColors::beforeRun().darker(130)));
    m_after->setBrush(ThemeColors::afterRun());
    m_after->setPen(QPen(ThemeColors::afterRun().darker(130)));
    auto* group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    // The group stacks from low keys up and keys grow upwards: "after" first puts "before" on top.
    m_after->setBarsGroup(group);
    m_before->setBarsGroup(group);
    m_before->setWidth(0.38);
    m_after->setWidth(0.38);
    xAxis->setLabel(tr("Total time"));
    // Duration labels ("500ms", "1.00s") spaced for the width the chart has: they never run together.
    xAxis->setTicker(QSharedPointer<DurationAxisTicker>::create(xAxis));
    yAxis->grid()->setVisible(false);
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    // The legend gets its own row above the bars so it never hides one.
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    auto* legendRow = new QCPLayoutGrid; // owned by the plot layout
    plotLayout()->addElement(0, 0, legendRow);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legendRow->addElement(0, 0, new QCPLayoutElement(this)); // spacer: pushes the legend to the right
    legendRow->addElement(0, 1, legend);
    legendRow->setColumnStretchFactor(0, 1);
    legendRow->setColumnStretchFactor(1, 0.001);
    legend->setMargins(QMargins(4, 2, 4, 0));
    setMouseTracking(true);
    PlotTheme::apply(this);
    rebuild();
}

ComparisonBarChart::~ComparisonBarChart() = default;

void ComparisonBarChart::setComparison(const std::vector<ComparisonRow>& rows, int topN)
{
    std::vector<int> order(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        order[i] = static_cast<int>(i);
    setComparison(rows, order, topN);
}

void ComparisonBarChart::setComparison(const std::vector<ComparisonRow>& rows, const std::vector<int>& order,
                                       int topN)
{
    m_rows.clear();
    const int n = std::min<int>(std::max(0, topN), static_cast<int>(order.size()));
    for (int i = 0; i < n; ++i) {
        if (order[i] < 0 || static_cast<std::size_t>(order[i]) >= rows.size())
            continue;
        const ComparisonRow& row = rows[order[i]];
        Entry e;
        e.row = order[i];
        e.name = QString::fromStdString(row.name);
        e.beforeMs = row.before ? row.before->total / 1e6 : 0;
        e.afterMs = row.after ? row.after->total / 1e6 : 0;
        e.deltaPercent = row.deltaPercent;
        m_rows.push_back(std::move(e));
    }
    rebuild();
}

void ComparisonBarChart::setRunLabels(const QString& before, const QString& after)
{
    m_beforeLabel = before;
    m_afterLabel = after;
    rebuild();
}

void ComparisonBarChart::clear()
{
    m_rows.clear();
    rebuild();
}

void ComparisonBarChart::rebuild()
{
    m_before->setName(m_beforeLabel);
    m_after->setName(m_afterLabel);
    QVector<double> keys, before, after;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = static_cast<int>(m_rows.size());
    double maxMs = 0;
    for (int i = 0; i < n; ++i) {
        const Entry& e = m_rows[i];
        const double key = n - i; // the biggest change on top
        keys.push_back(key);
        before.push_back(e.beforeMs);
        after.push_back(e.afterMs);
        maxMs = std::max({maxMs, e.beforeMs, e.afterMs});
        ticker->addTick(key, fontMetrics().elidedText(e.name, Qt::ElideMiddle, 220));
    }
    for (auto& label : m_deltaLabels)
        if (label)
            removeItem(label);
    m_deltaLabels.clear();
    for (int i = 0; i < n; ++i) {
        const Entry& e = m_rows[i];
        auto* label = new QCPItemText(this); // owned by the plot
        label->position->setAxes(xAxis, yAxis);
        label->position->setCoords(std::max(e.beforeMs, e.afterMs), n - i);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(6, 0, 0, 0));
        label->setClipToAxisRect(false);
        const QColor slower(190, 30, 30), faster(30, 130, 30);
        QColor color;
        if (!e.deltaPercent) {
            label->setText(tr("new"));
            color = slower;
        } else if (e.afterMs == 0 && e.beforeMs > 0) {
            label->setText(tr("gone"));
            color = faster;
        } else {
            label->setText(QStringLiteral("%1%2%")
                               .arg(*e.deltaPercent > 0 ? QStringLiteral("+") : QString())
                               .arg(*e.deltaPercent, 0, 'f', 1));
            color = std::abs(*e.deltaPercent) < 0.05 ? palette().color(QPalette::PlaceholderText)
                    : *e.deltaPercent > 0            ? slower
                                                     : faster;
        }
        label->setColor(ThemeColors::readableOn(color, palette().color(QPalette::Base), 4.5));
        m_deltaLabels.emplace_back(label);
    }
    m_before->setData(keys, before, true);
    m_after->setData(keys, after, true);
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, std::max(1, n) + 0.6);
    xAxis->setRange(0, maxMs > 0 ? maxMs * 1.15 : 1); // room for the change labels
    replot();
}

std::vector<int> ComparisonBarChart::shownRows() const
{
    std::vector<int> rows;
    for (const Entry& e : m_rows)
        rows.push_back(e.row);
    return rows;
}

int ComparisonBarChart::rowAt(const QPoint& pos) const
{
    if (!axisRect()->rect().contains(pos) || m_rows.empty())
        return -1;
    const int n = static_cast<int>(m_rows.size());
    const double key = yAxis->pixelToCoord(pos.y());
    const int i = n - static_cast<int>(std::lround(key));
    if (i < 0 || i >= n || std::abs(key - std::lround(key)) > 0.45)
        return -1;
    return m_rows[i].row;
}

QString ComparisonBarChart::toolTipForRow(int row) const
{
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [row](const Entry& e) { return e.row == row; });
    if (it == m_rows.end())
        return {};
    QString text = it->name;
    text += QLatin1Char('\n') + tr("%1: %2").arg(m_beforeLabel, formatDurationMs(it->beforeMs));
    text += QLatin1Char('\n') + tr("%1: %2").arg(m_afterLabel, formatDurationMs(it->afterMs));
    if (it->deltaPercent)
        text += QLatin1Char('\n') + tr("Change: %1%2%")
                                        .arg(*it->deltaPercent >= 0 ? QStringLiteral("+") : QString())
                                        .arg(*it->deltaPercent, 0, 'f', 1);
    else
        text += QLatin1Char('\n') + tr("New in the after run");
    return text;
}

void ComparisonBarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        PlotTheme::apply(this);
        rebuild(); // the change labels take their colours when they are made
    }
    QCustomPlot::changeEvent(event);
}

bool ComparisonBarChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipForRow(row), this);
        return true;
    }
    return QCustomPlot::event(event);
}

void ComparisonBarChart::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    // Lay out at the new size first, so the ticker spaces the labels for the axis' new width.
    replot(rpImmediateRefresh);
    replot(rpQueuedReplot);
}

void ComparisonBarChart::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        Q_EMIT rowClicked(row);
}

} // namespace breadcrumb
