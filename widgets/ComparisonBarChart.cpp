#include "ComparisonBarChart.h"

#include "DurationFormat.h"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace breadcrumb {

ComparisonBarChart::ComparisonBarChart(QWidget* parent)
    : QCustomPlot(parent), m_beforeLabel(tr("Before")), m_afterLabel(tr("After"))
{
    setMinimumSize(300, 200);
    m_before = new QCPBars(yAxis, xAxis); // owned by the plot; horizontal bars: key axis is y
    m_after = new QCPBars(yAxis, xAxis);
    m_before->setBrush(QColor(150, 170, 200));
    m_before->setPen(QPen(QColor(150, 170, 200).darker(130)));
    m_after->setBrush(QColor(232, 126, 52));
    m_after->setPen(QPen(QColor(232, 126, 52).darker(130)));
    auto* group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    m_before->setBarsGroup(group);
    m_after->setBarsGroup(group);
    m_before->setWidth(0.38);
    m_after->setWidth(0.38);
    xAxis->setLabel(tr("Total time (ms)"));
    yAxis->grid()->setVisible(false);
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    setMouseTracking(true);
    rebuild();
}

ComparisonBarChart::~ComparisonBarChart() = default;

void ComparisonBarChart::setComparison(const std::vector<ComparisonRow>& rows, int topN)
{
    m_rows.clear();
    const int n = std::min<int>(std::max(0, topN), static_cast<int>(rows.size()));
    for (int i = 0; i < n; ++i) {
        const ComparisonRow& row = rows[i];
        Entry e;
        e.row = i;
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
    m_before->setData(keys, before, true);
    m_after->setData(keys, after, true);
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, std::max(1, n) + 0.6);
    xAxis->setRange(0, maxMs > 0 ? maxMs * 1.08 : 1);
    replot();
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
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [row](const Entry& e) { return e.row == row; });
    if (it == m_rows.end())
        return {};
    QString text = it->name;
    text += QLatin1Char('\n') + tr("%1: %2").arg(m_beforeLabel, formatDurationMs(it->beforeMs));
    text += QLatin1Char('\n') + tr("%1: %2").arg(m_afterLabel, formatDurationMs(it->afterMs));
    if (it->deltaPercent)
        text += QLatin1Char('\n') + tr("Change: %1%2%").arg(*it->deltaPercent >= 0 ? QStringLiteral("+") : QString())
                                        .arg(*it->deltaPercent, 0, 'f', 1);
    else
        text += QLatin1Char('\n') + tr("New in the after run");
    return text;
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
