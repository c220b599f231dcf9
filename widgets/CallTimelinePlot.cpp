#include "CallTimelinePlot.h"

#include "DiscGraph.h"
#include "DurationAxisTicker.h"
#include "DurationFormat.h"
#include "PlotTheme.h"
#include "ThemeColors.h"

#include <algorithm>
#include <cmath>
#include <QHelpEvent>
#include <QToolTip>

namespace breadcrumb {

namespace {

constexpr double kHitRadiusPx = 6.0;
constexpr int kClickSlopPx = 3;

} // namespace

CallTimelinePlot::CallTimelinePlot(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumSize(240, 160);
    xAxis->setLabel(tr("Start (s since the run started)"));
    yAxis->setLabel(tr("Duration"));
    yAxis->setTicker(
        QSharedPointer<DurationAxisTicker>::create(yAxis)); // "250µs", "1.50ms": the one formatter
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMouseTracking(true);

    // Graphs are owned by the plot; the colours are set by applyPalette().
    const auto makeGraph = [this](double diameter) {
        return QPointer<DiscGraph>(new DiscGraph(xAxis, yAxis, QColor(), diameter));
    };
    m_normal = makeGraph(5);
    m_dimmed = makeGraph(4);
    m_highlight = makeGraph(6);
    m_currentGraph = addGraph();
    m_currentGraph->setLineStyle(QCPGraph::lsNone);
    applyPalette();
    connect(this, &QCustomPlot::afterLayout, this, &CallTimelinePlot::rebuildGraphs);
    clear();
}

CallTimelinePlot::~CallTimelinePlot() = default;

void CallTimelinePlot::setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function)
{
    if (!run || function >= run->functions.size()) {
        clear();
        return;
    }
    m_run = run;
    m_calls = run->callsOf(function);
    m_starts.resize(m_calls.size());
    auto durations = std::make_shared<std::vector<Nanos>>(m_calls.size());
    for (std::size_t i = 0; i < m_calls.size(); ++i) {
        const CallRecord& call = run->calls[m_calls[i]];
        m_starts[i] = call.startNs;
        (*durations)[i] = call.durationNs;
    }
    m_durations = std::move(durations);
    m_hasRange = false;
    m_current = -1;
    countHighlighted();
    resetZoom();
}

void CallTimelinePlot::clear()
{
    m_run.reset();
    m_calls = {};
    m_starts.clear();
    m_durations = std::make_shared<const std::vector<Nanos>>();
    m_hasRange = false;
    m_current = -1;
    countHighlighted();
    resetZoom();
}

void CallTimelinePlot::setHighlightRange(Nanos lo, Nanos hi)
{
    m_hasRange = true;
    m_lo = std::min(lo, hi);
    m_hi = std::max(lo, hi);
    countHighlighted();
    replot();
}

void CallTimelinePlot::clearHighlight()
{
    m_hasRange = false;
    countHighlighted();
    replot();
}

void CallTimelinePlot::setCurrentCall(std::int64_t callIndex)
{
    m_current = callIndex;
    replot();
}

void CallTimelinePlot::resetZoom()
{
    double maxMs = 0;
    double endS = 1;
    if (m_run) {
        for (const Nanos d : *m_durations)
            maxMs = std::max(maxMs, d / 1e6);
        endS = std::max(1e-6, (m_run->lastEndNs() - m_run->run.startNs) / 1e9);
    }
    xAxis->setRange(0, endS);
    xAxis->scaleRange(1.04, endS / 2); // a little air so edge points are not cut in half
    yAxis->setRange(0, maxMs > 0 ? maxMs * 1.12 : 1);
    replot();
}

void CallTimelinePlot::countHighlighted()
{
    m_highlighted = 0;
    if (!m_run || !m_hasRange)
        return;
    for (const Nanos d : *m_durations)
        m_highlighted += d >= m_lo && d <= m_hi;
}

void CallTimelinePlot::rebuildGraphs()
{
    QVector<double> nx, ny, dx, dy, hx, hy, cx, cy;
    if (m_run && !m_calls.empty()) {
        // One bit per category and pixel (with a margin for points half outside the rect).
        // Points are 5 px discs: one per 2x2 pixel cell looks the same as all of them.
        constexpr int kMargin = 8;
        constexpr int kCell = 2;
        const QRect area = axisRect()->rect();
        const int w = std::max(1, (area.width() + 2 * kMargin) / kCell + 1);
        const int h = std::max(1, (area.height() + 2 * kMargin) / kCell + 1);
        std::vector<std::uint8_t> occupied(static_cast<std::size_t>(w) * h, 0);
        const double xLo = xAxis->pixelToCoord(area.left() - kMargin);
        const double xHi = xAxis->pixelToCoord(area.right() + kMargin);
        const Nanos start = m_run->run.startNs;
        // Both axes are linear: pixel = offset + coordinate * scale, without a call per point (millions).
        const double x0 = xAxis->coordToPixel(0), xScale = xAxis->coordToPixel(1) - x0;
        const double y0 = yAxis->coordToPixel(0), yScale = yAxis->coordToPixel(1) - y0;
        const std::vector<Nanos>& durations = *m_durations;
        // Calls are ordered by start: only the visible x window needs a look.
        const auto first =
            std::lower_bound(m_starts.begin(), m_starts.end(), start + static_cast<Nanos>(xLo * 1e9));
        for (auto i = static_cast<std::size_t>(first - m_starts.begin()); i < m_starts.size(); ++i) {
            const Nanos duration = durations[i];
            const double x = (m_starts[i] - start) / 1e9;
            if (x > xHi)
                break;
            const double y = duration / 1e6;
            if (static_cast<std::int64_t>(m_calls[i]) == m_current) {
                cx.push_back(x);
                cy.push_back(y);
            }
            const int px = (static_cast<int>(x0 + x * xScale) - area.left() + kMargin) / kCell;
            const int py = (static_cast<int>(y0 + y * yScale) - area.top() + kMargin) / kCell;
            if (px < 0 || px >= w || py < 0 || py >= h)
                continue;
            const std::uint8_t bit = !m_hasRange ? 1 : (duration >= m_lo && duration <= m_hi) ? 2 : 4;
            std::uint8_t& cell = occupied[static_cast<std::size_t>(py) * w + px];
            if (cell & bit)
                continue;
            cell |= bit;
            QVector<double>& xs = bit == 1 ? nx : bit == 2 ? hx : dx;
            QVector<double>& ys = bit == 1 ? ny : bit == 2 ? hy : dy;
            xs.push_back(x);
            ys.push_back(y);
        }
    }
    m_normal->setData(nx, ny, true);
    m_dimmed->setData(dx, dy, true);
    m_highlight->setData(hx, hy, true);
    m_currentGraph->setData(cx, cy, true);
}

QPointF CallTimelinePlot::pointOf(std::uint32_t callIndex) const
{
    if (!m_run || callIndex >= m_run->calls.size())
        return {};
    const CallRecord& call = m_run->calls[callIndex];
    return {xAxis->coordToPixel((call.startNs - m_run->run.startNs) / 1e9),
            yAxis->coordToPixel(call.durationNs / 1e6)};
}

std::int64_t CallTimelinePlot::callAt(const QPoint& pos) const
{
    if (!m_run || m_calls.empty() || !axisRect()->rect().adjusted(-6, -6, 6, 6).contains(pos))
        return -1;
    // Calls are ordered by start, so the candidates lie in one contiguous x window.
    const Nanos start = m_run->run.startNs;
    const auto nsAt = [&](double px) { return start + static_cast<Nanos>(xAxis->pixelToCoord(px) * 1e9); };
    const Nanos from = nsAt(pos.x() - kHitRadiusPx);
    const Nanos to = nsAt(pos.x() + kHitRadiusPx);
    const auto it = std::lower_bound(m_starts.begin(), m_starts.end(), from);
    std::int64_t best = -1;
    double bestDist = kHitRadiusPx * kHitRadiusPx;
    for (auto i = static_cast<std::size_t>(it - m_starts.begin()); i < m_starts.size() && m_starts[i] <= to;
         ++i) {
        const std::uint32_t callIndex = m_calls[i];
        const Nanos duration = (*m_durations)[i];
        const QPointF p = pointOf(callIndex);
        const double d = (p.x() - pos.x()) * (p.x() - pos.x()) + (p.y() - pos.y()) * (p.y() - pos.y());
        // Prefer highlighted points when a range is selected: they are the ones drawn on top.
        const bool inRange = !m_hasRange || (duration >= m_lo && duration <= m_hi);
        const double weighted = inRange ? d : d * 1.5;
        if (weighted <= bestDist) {
            bestDist = weighted;
            best = callIndex;
        }
    }
    return best;
}

QString CallTimelinePlot::toolTipForCall(std::uint32_t callIndex) const
{
    if (!m_run || callIndex >= m_run->calls.size())
        return {};
    const CallRecord& call = m_run->calls[callIndex];
    const QString caller =
        call.parent >= 0 ? QString::fromStdString(m_run->displayName(m_run->calls[call.parent].function))
                         : tr("<root>");
    QString text =
        tr("%1 (call %2)").arg(QString::fromStdString(m_run->displayName(call.function))).arg(call.id);
    text += QLatin1Char('\n') + tr("Start: %1 (+%2 s)")
                                    .arg(QString::fromStdString(formatClock(call.startNs)))
                                    .arg((call.startNs - m_run->run.startNs) / 1e9, 0, 'f', 3);
    text += QLatin1Char('\n') + tr("Duration: %1").arg(formatDuration(call.durationNs));
    text += QLatin1Char('\n') + tr("Caller: %1").arg(caller);
    if (const std::int32_t exception = m_run->exceptionOf(callIndex); exception >= 0)
        text += QLatin1Char('\n') +
                tr("Raised: %1").arg(QString::fromStdString(m_run->exceptions[std::size_t(exception)].type));
    return text;
}

void CallTimelinePlot::applyPalette()
{
    PlotTheme::apply(this);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    m_normal->setColor(QColor(214, 96, 30));
    m_dimmed->setColor(ThemeColors::blend(base, pal.color(QPalette::Text), 0.25));
    m_highlight->setColor(ThemeColors::readableOn(QColor(30, 100, 200), base));
    m_currentGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(pal.color(QPalette::Text), 2), Qt::NoBrush, 11));
}

void CallTimelinePlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    }
    QCustomPlot::changeEvent(event);
}

bool CallTimelinePlot::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::int64_t call = callAt(help->pos());
        if (call < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipForCall(static_cast<std::uint32_t>(call)), this);
        return true;
    }
    return QCustomPlot::event(event);
}

void CallTimelinePlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QCustomPlot::mousePressEvent(event);
}

void CallTimelinePlot::mouseReleaseEvent(QMouseEvent* event)
{
    const bool click = event->button() == Qt::LeftButton &&
                       (event->position().toPoint() - m_pressPos).manhattanLength() <= kClickSlopPx;
    QCustomPlot::mouseReleaseEvent(event);
    if (!click)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call >= 0) {
        setCurrentCall(call);
        Q_EMIT callActivated(static_cast<std::uint32_t>(call));
    }
}

void CallTimelinePlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call >= 0)
        Q_EMIT callDoubleClicked(static_cast<std::uint32_t>(call));
}

} // namespace breadcrumb
