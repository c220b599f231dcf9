#include "TimelineWidget.h"

#include "DurationFormat.h"
#include "FunctionPalette.h"

#include <algorithm>
#include <cmath>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace breadcrumb {

namespace {

constexpr Nanos kMinSpanNs = 1000; // 1 µs across the whole view is as far as zooming goes
constexpr int kLaneGap = 6;
constexpr double kMinBarPx = 1.0; // narrower calls merge into slivers
constexpr double kMinTextPx = 24.0;
constexpr double kHitSlopPx = 2.0;
constexpr int kDragSlopPx = 3;
constexpr int kScrollUnits = 1'000'000; // horizontal scroll bar resolution

// The calls (sorted by start) that may show in [from, to], up to the last starting before `to`. Siblings
// usually follow each other, so the slice reaches back only over calls still running at `from`; calls
// that run side by side (`overlap`) can hide a long one further back: then the slice starts at the first.
std::pair<std::size_t, std::size_t> visibleSlice(const RunData& run, std::span<const std::uint32_t> calls,
                                                 Nanos from, Nanos to, bool overlap)
{
    const auto startOf = [&](std::uint32_t c) { return run.calls[c].startNs; };
    const auto end = std::upper_bound(calls.begin(), calls.end(), to,
                                      [&](Nanos t, std::uint32_t c) { return t < startOf(c); });
    if (overlap)
        return {0, static_cast<std::size_t>(end - calls.begin())};
    auto begin =
        std::upper_bound(calls.begin(), end, from, [&](Nanos t, std::uint32_t c) { return t < startOf(c); });
    while (begin != calls.begin() && run.calls[*(begin - 1)].endNs() >= from)
        --begin;
    return {static_cast<std::size_t>(begin - calls.begin()), static_cast<std::size_t>(end - calls.begin())};
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    horizontalScrollBar()->setRange(0, 0);
    setMinimumSize(200, kAxisHeight + kLaneHeader + 3 * kRowHeight);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setRun(std::shared_ptr<const RunData> run)
{
    m_run = std::move(run);
    m_currentCall = -1;
    m_labels.reset(m_run.get(), font());
    layoutLanes();
    resetZoom();
}

void TimelineWidget::clear()
{
    m_run.reset();
    m_currentCall = -1;
    m_labels.reset(nullptr, font());
    layoutLanes();
    resetZoom();
}

void TimelineWidget::layoutLanes()
{
    m_lanes.clear();
    m_contentHeight = 0;
    m_runStart = 0;
    m_totalSpan = 1;
    if (!m_run)
        return;
    m_runStart = m_run->run.startNs;
    Nanos firstStart = m_runStart;
    if (!m_run->calls.empty())
        firstStart = std::min(firstStart, m_run->calls.front().startNs);
    m_runStart = firstStart;
    m_totalSpan = std::max<Nanos>(kMinSpanNs, m_run->lastEndNs() - m_runStart);

    std::vector<Lane> lanes(m_run->threads.size());
    std::vector<bool> used(m_run->threads.size(), false);
    for (std::size_t t = 0; t < lanes.size(); ++t)
        lanes[t].thread = static_cast<std::uint32_t>(t);
    for (const CallRecord& call : m_run->calls)
        if (call.thread < lanes.size())
            used[call.thread] = true;
    for (const std::uint32_t root : m_run->roots())
        if (m_run->calls[root].thread < lanes.size())
            lanes[m_run->calls[root].thread].roots.push_back(root);
    // Rows: a call goes to the first row below its caller's that is free when it starts. Nested and
    // sequential calls land one row below their caller (their depth); calls running side by side (tasks
    // of one coroutine) go further down instead of covering each other. Depth-first in start order.
    m_rows.assign(m_run->calls.size(), 0);
    m_kidsOverlap.assign(m_run->calls.size(), 0);
    const auto overlapping = [&](std::span<const std::uint32_t> calls) {
        Nanos reach = std::numeric_limits<Nanos>::min();
        for (const std::uint32_t c : calls) {
            if (m_run->calls[c].startNs < reach)
                return true;
            reach = std::max(reach, m_run->calls[c].endNs());
        }
        return false;
    };
    for (Lane& lane : lanes) {
        lane.rootsOverlap = overlapping(lane.roots);
        std::vector<Nanos> rowEnd;                                 // latest end placed in each row
        std::vector<std::pair<std::uint32_t, std::int64_t>> stack; // (call, parent row; -1 for roots)
        for (auto it = lane.roots.rbegin(); it != lane.roots.rend(); ++it)
            stack.emplace_back(*it, -1);
        while (!stack.empty()) {
            const auto [index, parentRow] = stack.back();
            stack.pop_back();
            const CallRecord& call = m_run->calls[index];
            auto row = static_cast<std::size_t>(parentRow + 1);
            while (row < rowEnd.size() && rowEnd[row] > call.startNs)
                ++row;
            if (row >= rowEnd.size())
                rowEnd.resize(row + 1, std::numeric_limits<Nanos>::min());
            rowEnd[row] = std::max(rowEnd[row], call.endNs());
            m_rows[index] = static_cast<std::uint32_t>(row);
            lane.maxRow = std::max(lane.maxRow, static_cast<std::uint32_t>(row));
            const auto kids = m_run->children(index); // drawn in this lane, whatever their thread
            m_kidsOverlap[index] = overlapping(kids) ? 1 : 0;
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.emplace_back(*it, static_cast<std::int64_t>(row));
        }
    }
    // Lanes in order of each thread's first call: the main thread usually comes first.
    std::vector<std::uint32_t> order;
    for (std::size_t t = 0; t < lanes.size(); ++t)
        if (used[t] && !lanes[t].roots.empty())
            order.push_back(static_cast<std::uint32_t>(t));
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return m_run->calls[lanes[a].roots.front()].startNs < m_run->calls[lanes[b].roots.front()].startNs;
    });
    int y = 0;
    for (const std::uint32_t t : order) {
        Lane lane = std::move(lanes[t]);
        lane.top = y;
        y += lane.height() + kLaneGap;
        m_lanes.push_back(std::move(lane));
    }
    m_contentHeight = y;
}

void TimelineWidget::resetZoom()
{
    m_viewStart = 0;
    m_viewSpan = m_totalSpan;
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineWidget::setVisibleRange(Nanos from, Nanos to)
{
    if (to < from)
        std::swap(from, to);
    m_viewStart = from;
    m_viewSpan = std::max(kMinSpanNs, to - from);
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineWidget::clampView()
{
    m_viewSpan = std::clamp(m_viewSpan, std::min(kMinSpanNs, m_totalSpan), m_totalSpan);
    m_viewStart = std::clamp<Nanos>(m_viewStart, 0, m_totalSpan - m_viewSpan);
}

void TimelineWidget::updateScrollBars()
{
    m_updatingScrollBars = true;
    // Horizontal: the scroll bar spans the run, in kScrollUnits steps.
    QScrollBar* h = horizontalScrollBar();
    const double unit = static_cast<double>(m_totalSpan) / kScrollUnits;
    const int hidden = static_cast<int>(std::llround((m_totalSpan - m_viewSpan) / unit));
    h->setRange(0, hidden);
    h->setPageStep(std::max(1, static_cast<int>(std::llround(m_viewSpan / unit))));
    h->setSingleStep(std::max(1, h->pageStep() / 10));
    h->setValue(static_cast<int>(std::llround(m_viewStart / unit)));

    QScrollBar* v = verticalScrollBar();
    const int visibleHeight = std::max(0, viewport()->height() - kAxisHeight);
    v->setRange(0, std::max(0, m_contentHeight - visibleHeight));
    v->setPageStep(std::max(1, visibleHeight));
    v->setSingleStep(kRowHeight);
    m_updatingScrollBars = false;
}

void TimelineWidget::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy);
    if (dx != 0 && !m_updatingScrollBars) {
        const double unit = static_cast<double>(m_totalSpan) / kScrollUnits;
        m_viewStart = static_cast<Nanos>(horizontalScrollBar()->value() * unit);
        clampView();
        Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
    }
    viewport()->update();
}

double TimelineWidget::xForTime(Nanos t) const
{
    return static_cast<double>(t - m_viewStart) * viewport()->width() / static_cast<double>(m_viewSpan);
}

Nanos TimelineWidget::timeForX(double x) const
{
    return m_viewStart + static_cast<Nanos>(x * m_viewSpan / std::max(1, viewport()->width()));
}

int TimelineWidget::laneAtY(int contentY) const
{
    for (int i = 0; i < static_cast<int>(m_lanes.size()); ++i) {
        const Lane& lane = m_lanes[i];
        const int bottom = lane.top + lane.height();
        if (contentY >= lane.top && contentY < bottom)
            return i;
    }
    return -1;
}

void TimelineWidget::zoomAround(double x, double factor)
{
    const Nanos anchor = timeForX(x);
    const double fraction = x / std::max(1, viewport()->width());
    m_viewSpan = static_cast<Nanos>(std::llround(m_viewSpan * factor));
    m_viewSpan = std::clamp(m_viewSpan, std::min(kMinSpanNs, m_totalSpan), m_totalSpan);
    m_viewStart = anchor - static_cast<Nanos>(fraction * m_viewSpan);
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

QRectF TimelineWidget::callRect(std::uint32_t callIndex) const
{
    if (!m_run || callIndex >= m_run->calls.size())
        return {};
    const CallRecord& call = m_run->calls[callIndex];
    const auto lane =
        std::find_if(m_lanes.begin(), m_lanes.end(), [&](const Lane& l) { return l.thread == call.thread; });
    if (lane == m_lanes.end())
        return {};
    const double x0 = xForTime(call.startNs - m_runStart);
    const double x1 = xForTime(call.endNs() - m_runStart);
    const int y = kAxisHeight + lane->top + kLaneHeader + static_cast<int>(m_rows[callIndex]) * kRowHeight -
                  verticalScrollBar()->value();
    return {x0, static_cast<double>(y), std::max(1.0, x1 - x0), static_cast<double>(kRowHeight)};
}

std::int64_t TimelineWidget::callAt(const QPoint& pos) const
{
    if (!m_run || pos.y() < kAxisHeight)
        return -1;
    const int contentY = pos.y() - kAxisHeight + verticalScrollBar()->value();
    const int laneIndex = laneAtY(contentY);
    if (laneIndex < 0)
        return -1;
    const Lane& lane = m_lanes[laneIndex];
    const int rowY = contentY - lane.top - kLaneHeader;
    if (rowY < 0)
        return -1;
    const auto targetRow = static_cast<std::uint32_t>(rowY / kRowHeight);
    const Nanos t = timeForX(pos.x()) + m_runStart;
    const Nanos slop = static_cast<Nanos>(kHitSlopPx * m_viewSpan / std::max(1, viewport()->width()));

    // Down from the thread's roots through the calls at t (several where calls run side by side) to the
    // row: a call covering t wins over one only within the slop.
    struct Level
    {
        std::span<const std::uint32_t> calls;
        bool overlap;
    };
    std::vector<Level> pending{{std::span<const std::uint32_t>(lane.roots), lane.rootsOverlap}};
    std::int64_t nearMiss = -1;
    while (!pending.empty()) {
        const Level level = pending.back();
        pending.pop_back();
        const auto [first, last] = visibleSlice(*m_run, level.calls, t - slop, t + slop, level.overlap);
        for (std::size_t i = first; i < last; ++i) {
            const std::uint32_t index = level.calls[i];
            const CallRecord& c = m_run->calls[index];
            if (c.startNs > t + slop || c.endNs() < t - slop)
                continue;
            if (m_rows[index] == targetRow) {
                if (c.startNs <= t && c.endNs() >= t)
                    return index;
                if (nearMiss < 0)
                    nearMiss = index;
            } else if (m_rows[index] < targetRow) {
                pending.push_back({m_run->children(index), m_kidsOverlap[index] != 0});
            }
        }
    }
    return nearMiss;
}

QString TimelineWidget::laneTitle(std::size_t threadIndex) const
{
    if (!m_run || threadIndex >= m_run->threads.size())
        return {};
    const ThreadInfo& thread = m_run->threads[threadIndex];
    // The OS thread id is the one other tools show (top -H, gdb, py-spy).
    if (thread.nativeId)
        return tr("%1 (TID %2)").arg(QString::fromStdString(thread.name)).arg(thread.nativeId);
    return tr("%1 (thread %2)").arg(QString::fromStdString(thread.name)).arg(thread.threadId);
}

QString TimelineWidget::toolTipForCall(std::uint32_t callIndex) const
{
    if (!m_run || callIndex >= m_run->calls.size())
        return {};
    const CallRecord& call = m_run->calls[callIndex];
    QString text = QString::fromStdString(m_run->displayName(call.function));
    text += QLatin1Char('\n') + tr("Start: %1 (+%2)")
                                    .arg(QString::fromStdString(formatClock(call.startNs)),
                                         formatDuration(call.startNs - m_run->run.startNs));
    text += QLatin1Char('\n') + tr("Duration: %1").arg(formatDuration(call.durationNs));
    // A generator or coroutine is on the stack only while it runs: say so where that differs.
    if (call.onStackNs != call.durationNs)
        text += QLatin1Char('\n') + tr("On stack: %1 (running, not suspended)").arg(formatDuration(call.onStackNs));
    text += QLatin1Char('\n') + tr("Self: %1").arg(formatDuration(call.selfNs));
    if (call.thread < m_run->threads.size())
        text += QLatin1Char('\n') +
                tr("Thread: %1").arg(QString::fromStdString(m_run->threads[call.thread].name));
    if (call.exception >= 0 && static_cast<std::size_t>(call.exception) < m_run->exceptions.size())
        text += QLatin1Char('\n') +
                tr("Raised: %1").arg(QString::fromStdString(m_run->exceptions[call.exception].type));
    return text;
}

void TimelineWidget::setSelectedFunction(int function)
{
    if (function == m_selectedFunction)
        return;
    m_selectedFunction = function;
    viewport()->update();
}

void TimelineWidget::showCall(std::uint32_t callIndex)
{
    if (!m_run || callIndex >= m_run->calls.size())
        return;
    const CallRecord& call = m_run->calls[callIndex];
    m_currentCall = callIndex;
    const Nanos start = call.startNs - m_runStart;
    // Keep the current zoom when the call already shows at a readable width; otherwise fit it in a third.
    if (start < visibleStart() || call.endNs() - m_runStart > visibleEnd() ||
        call.durationNs * viewport()->width() < 20 * m_viewSpan) {
        const Nanos pad = std::max<Nanos>(call.durationNs, kMinSpanNs);
        setVisibleRange(start - pad, call.endNs() - m_runStart + pad);
    }
    const QRectF r = callRect(callIndex);
    QScrollBar* v = verticalScrollBar();
    if (r.top() < kAxisHeight || r.bottom() > viewport()->height())
        v->setValue(v->value() + static_cast<int>(r.top()) - kAxisHeight - viewport()->height() / 3);
    viewport()->update();
}

void TimelineWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(viewport());
    const int w = viewport()->width();
    const int h = viewport()->height();
    p.fillRect(viewport()->rect(), palette().base());
    m_paintedCalls = 0;
    m_paintedSlivers = 0;
    if (!m_run || m_lanes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_run ? tr("The run has no calls") : tr("No trace loaded"));
        return;
    }

    // Time axis: 1-2-5 steps, about one label per 110 px.
    const double nsPerPx = static_cast<double>(m_viewSpan) / std::max(1, w);
    const double rawStep = nsPerPx * 110;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, rawStep))));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (magnitude * m >= rawStep) {
            step = magnitude * m;
            break;
        }
    const bool inMs = visibleEnd() < 1'000'000'000 && step < 1e8;
    const int decimals = inMs ? std::max(0, static_cast<int>(std::ceil(-std::log10(step / 1e6) - 1e-9)))
                              : std::max(0, static_cast<int>(std::ceil(-std::log10(step / 1e9) - 1e-9)));
    const QColor gridColor = palette().color(QPalette::Mid).lighter(130);
    const QColor textColor = palette().color(QPalette::Text);
    p.fillRect(QRect(0, 0, w, kAxisHeight), palette().window());
    const double firstTick = std::ceil(m_viewStart / step) * step;
    for (double t = firstTick; t <= visibleEnd(); t += step) {
        const double x = xForTime(static_cast<Nanos>(t));
        p.setPen(gridColor);
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, h));
        p.setPen(textColor);
        p.drawLine(QPointF(x, kAxisHeight - 5), QPointF(x, kAxisHeight));
        const QString label = inMs ? QStringLiteral("%1ms").arg(t / 1e6, 0, 'f', decimals)
                                   : QStringLiteral("%1s").arg(t / 1e9, 0, 'f', decimals);
        p.drawText(QRectF(x + 3, 0, 100, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignBottom, label);
    }
    p.setPen(gridColor);
    p.drawLine(0, kAxisHeight - 1, w, kAxisHeight - 1);

    p.setClipRect(QRect(0, kAxisHeight, w, h - kAxisHeight));
    const int scrollY = verticalScrollBar()->value();
    const Nanos from = m_viewStart + m_runStart;
    const Nanos to = visibleEnd() + m_runStart;
    const QFont& boldFont = m_labels.font(true);

    for (const Lane& lane : m_lanes) {
        const int laneTop = kAxisHeight + lane.top - scrollY;
        const int laneBottom = laneTop + lane.height();
        if (laneBottom < kAxisHeight || laneTop > h)
            continue;
        p.fillRect(QRect(0, laneTop, w, kLaneHeader), palette().alternateBase());
        p.setPen(textColor);
        p.setFont(boldFont);
        p.drawText(QRect(4, laneTop, w - 8, kLaneHeader), Qt::AlignVCenter | Qt::AlignLeft,
                   laneTitle(lane.thread));
        p.setFont(font());

        // Per row, the sliver of sub-pixel calls being merged: [x0, x1].
        std::vector<std::pair<double, double>> slivers(lane.maxRow + 1, {-1.0, -1.0});
        const auto flushSliver = [&](std::uint32_t row) {
            auto& s = slivers[row];
            if (s.first < 0)
                return;
            const int y = laneTop + kLaneHeader + static_cast<int>(row) * kRowHeight;
            p.fillRect(QRectF(s.first, y, std::max(1.0, s.second - s.first), kRowHeight - 1),
                       QColor(150, 150, 150));
            ++m_paintedSlivers;
            s = {-1.0, -1.0};
        };
        // Depth-first over the visible calls, children ordered by start.
        struct Pending
        {
            std::span<const std::uint32_t> calls;
            std::size_t next;
            std::size_t end;
        };
        std::vector<Pending> stack;
        {
            const auto [b, e] = visibleSlice(*m_run, lane.roots, from, to, lane.rootsOverlap);
            stack.push_back({std::span<const std::uint32_t>(lane.roots), b, e});
        }
        while (!stack.empty()) {
            Pending& top = stack.back();
            if (top.next >= top.end) {
                stack.pop_back();
                continue;
            }
            const std::uint32_t index = top.calls[top.next++];
            const CallRecord& call = m_run->calls[index];
            const std::uint32_t row = m_rows[index];
            if (row > lane.maxRow)
                continue;
            const double x0 = xForTime(call.startNs - m_runStart);
            const double x1 = xForTime(call.endNs() - m_runStart);
            if (x1 - x0 < kMinBarPx) {
                auto& s = slivers[row];
                if (s.first >= 0 && x0 <= s.second + 1.0) {
                    s.second = std::max(s.second, x1);
                } else {
                    flushSliver(row);
                    s = {x0, std::max(x1, x0 + 1.0)};
                }
                // The siblings starting in the same pixel column join this sliver unseen: skip them with
                // a binary search, so thousands of tiny calls cost a lookup per pixel, not a loop each.
                const double columnEndX = std::floor(x0) + 1.0;
                const Nanos columnEnd = timeForX(columnEndX) + m_runStart;
                const auto first = top.calls.begin() + top.next;
                const auto last = top.calls.begin() + top.end;
                auto skipTo = std::lower_bound(first, last, columnEnd, [&](std::uint32_t c, Nanos t) {
                    return m_run->calls[c].startNs < t;
                });
                if (skipTo != first && m_run->calls[*(skipTo - 1)].endNs() > columnEnd)
                    --skipTo; // the last one reaches into the next column: draw it normally
                if (skipTo != first)
                    s.second = std::max(s.second, columnEndX);
                top.next = static_cast<std::size_t>(skipTo - top.calls.begin());
                continue;
            }
            flushSliver(row);
            ++m_paintedCalls;
            const int y = laneTop + kLaneHeader + static_cast<int>(row) * kRowHeight;
            if (y > h || y + kRowHeight < kAxisHeight) {
                // Off screen vertically: its children are lower still, only descend when they may show.
                if (y > h)
                    continue;
            } else {
                // A one-pixel gap keeps neighbouring calls of the same function apart.
                const double right = std::min(x1, w + 2.0) - (x1 - x0 >= 3.0 ? 1.0 : 0.0);
                const QRectF box(std::max(x0, -2.0), y, right - std::max(x0, -2.0), kRowHeight - 1);
                const bool selected = static_cast<int>(call.function) == m_selectedFunction;
                QColor fill = m_labels.color(call.function);
                if (m_selectedFunction >= 0 && !selected)
                    fill = fill.lighter(108);
                p.fillRect(box, fill);
                if (selected || static_cast<std::int64_t>(index) == m_currentCall) {
                    p.setPen(QPen(static_cast<std::int64_t>(index) == m_currentCall ? QColor(Qt::black)
                                                                                    : QColor(20, 60, 160),
                                  2));
                    p.drawRect(box.adjusted(1, 1, -1, -1));
                }
                const QRectF textBox = box.intersected(QRectF(0, y, w, kRowHeight)).adjusted(3, 0, -3, 0);
                if (textBox.width() >= kMinTextPx) {
                    const QString text = m_labels.fitted(call.function, textBox.width(), selected);
                    if (text.size() > 1) {
                        p.setFont(m_labels.font(selected));
                        p.setPen(FunctionPalette::textOn(fill));
                        p.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, text);
                    }
                }
            }
            const auto children = m_run->children(index);
            if (!children.empty()) {
                const auto [b, e] = visibleSlice(*m_run, children, from, to, m_kidsOverlap[index] != 0);
                if (b < e)
                    stack.push_back({children, b, e});
            }
        }
        for (std::uint32_t r = 0; r <= lane.maxRow; ++r)
            flushSliver(r);
        p.setPen(gridColor);
        p.drawLine(0, laneBottom + kLaneGap / 2, w, laneBottom + kLaneGap / 2);
    }
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

bool TimelineWidget::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::int64_t call = callAt(help->pos());
        if (call < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipForCall(static_cast<std::uint32_t>(call)),
                               viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragMoved = false;
    m_dragStart = event->position().toPoint();
    m_dragViewStart = m_viewStart;
    m_dragScrollY = verticalScrollBar()->value();
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const QPoint delta = event->position().toPoint() - m_dragStart;
    if (!m_dragMoved && delta.manhattanLength() < kDragSlopPx)
        return;
    if (!m_dragMoved)
        viewport()->setCursor(Qt::ClosedHandCursor);
    m_dragMoved = true;
    m_viewStart = m_dragViewStart - static_cast<Nanos>(delta.x() * static_cast<double>(m_viewSpan) /
                                                       std::max(1, viewport()->width()));
    clampView();
    updateScrollBars();
    verticalScrollBar()->setValue(m_dragScrollY - delta.y());
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    viewport()->unsetCursor();
    if (m_dragMoved)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call >= 0) {
        m_currentCall = call;
        viewport()->update();
        Q_EMIT callClicked(static_cast<std::uint32_t>(call));
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call < 0)
        return;
    const CallRecord& c = m_run->calls[call];
    const Nanos pad = std::max<Nanos>(c.durationNs / 20, kMinSpanNs / 2);
    m_currentCall = call;
    setVisibleRange(c.startNs - m_runStart - pad, c.endNs() - m_runStart + pad);
    Q_EMIT callDoubleClicked(static_cast<std::uint32_t>(call));
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    if (!m_run) {
        event->ignore();
        return;
    }
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) { // lanes
        verticalScrollBar()->setValue(verticalScrollBar()->value() - angle.y() / 2 - angle.x() / 2);
    } else if (angle.y() != 0) { // zoom around the cursor (with or without Ctrl)
        zoomAround(event->position().x(), std::pow(0.8, angle.y() / 120.0));
    } else if (angle.x() != 0) { // horizontal wheels pan
        m_viewStart -= static_cast<Nanos>(angle.x() / 120.0 * 0.1 * m_viewSpan);
        clampView();
        updateScrollBars();
        viewport()->update();
        Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
    }
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    const double center = viewport()->width() / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(center, 0.5);
        break;
    case Qt::Key_Minus:
        zoomAround(center, 2.0);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        m_viewStart += (event->key() == Qt::Key_Left ? -1 : 1) * m_viewSpan / 8;
        clampView();
        updateScrollBars();
        viewport()->update();
        Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace breadcrumb
