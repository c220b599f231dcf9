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
#include <QtConcurrent/QtConcurrentRun>
#include <QToolTip>
#include <QWheelEvent>

namespace breadcrumb {

namespace {

constexpr double kMinTextPx = 24.0;
constexpr double kHatchMinPx = 4.0; // narrower suspended calls are drawn solid: no room to tell the parts
constexpr int kDragSlopPx = 3;
constexpr int kScrollUnits = 1'000'000; // horizontal scroll bar resolution
constexpr double kKeyZoom = 0.8;        // W/S: per key press (auto-repeat makes it continuous)
constexpr double kKeyPan = 0.125;       // A/D and the arrows: an eighth of the view per press

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

TimelineWidget::~TimelineWidget()
{
    dropBackgroundLayout();
}

void TimelineWidget::setRun(std::shared_ptr<const RunData> run)
{
    dropBackgroundLayout();
    m_run = std::move(run);
    m_currentCall = -1;
    m_rangeStart = m_rangeEnd = 0;
    m_labels.reset(m_run.get(), font());
    m_layout.setRun(m_run);
    resetZoom();
    if (isVisible())
        layOutInBackground();
}

bool TimelineWidget::layOutInBackground()
{
    if (m_layoutWatcher)
        return true;
    if (!m_run || m_layout.isLaidOut() || m_run->calls.size() < m_backgroundLayoutFrom)
        return false;
    m_layoutWatcher = std::make_unique<LayoutWatcher>();
    LayoutWatcher* watcher = m_layoutWatcher.get();
    connect(watcher, &LayoutWatcher::finished, this, [this, watcher] {
        std::shared_ptr<TimelineLayout> done = watcher->result();
        m_layoutWatcher.release()->deleteLater(); // it is emitting this signal
        // The run cannot have changed (setRun drops the watcher); something may have needed the layout
        // in the meantime (showCall) and made it in place: then this one is not needed.
        if (done && !m_layout.isLaidOut())
            m_layout = std::move(*done);
        updateScrollBars();
        viewport()->update();
    });
    m_layoutStop = std::stop_source();
    watcher->setFuture(QtConcurrent::run([run = m_run, stop = m_layoutStop.get_token()] {
        auto layout = std::make_shared<TimelineLayout>();
        layout->setRun(run);
        if (!layout->layOutNow(stop))
            layout.reset(); // dropped meanwhile: nobody waits for it
        return layout;
    }));
    return true;
}

void TimelineWidget::dropBackgroundLayout()
{
    if (!m_layoutWatcher)
        return;
    // Not waited for: the worker holds its own reference to the run, and its watcher goes when it ends. It
    // is told to stop, so the application's thread pool, which closing waits for, is free at once.
    m_layoutStop.request_stop();
    LayoutWatcher* watcher = m_layoutWatcher.release();
    watcher->disconnect(this);
    if (watcher->isFinished())
        watcher->deleteLater();
    else
        connect(watcher, &LayoutWatcher::finished, watcher, &QObject::deleteLater);
}

void TimelineWidget::clear()
{
    setRun(nullptr);
}

void TimelineWidget::resetZoom()
{
    m_viewStart = 0;
    m_viewSpan = totalSpan();
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
    m_viewSpan = std::max(TimelineLayout::kMinSpanNs, to - from);
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineWidget::clampView()
{
    m_viewSpan = std::clamp(m_viewSpan, std::min(TimelineLayout::kMinSpanNs, totalSpan()), totalSpan());
    m_viewStart = std::clamp<Nanos>(m_viewStart, 0, totalSpan() - m_viewSpan);
}

void TimelineWidget::updateScrollBars()
{
    m_updatingScrollBars = true;
    // Horizontal: the scroll bar spans the run, in kScrollUnits steps.
    QScrollBar* h = horizontalScrollBar();
    const double unit = static_cast<double>(totalSpan()) / kScrollUnits;
    const int hidden = static_cast<int>(std::llround((totalSpan() - m_viewSpan) / unit));
    h->setRange(0, hidden);
    h->setPageStep(std::max(1, static_cast<int>(std::llround(m_viewSpan / unit))));
    h->setSingleStep(std::max(1, h->pageStep() / 10));
    h->setValue(static_cast<int>(std::llround(m_viewStart / unit)));

    QScrollBar* v = verticalScrollBar();
    const int visibleHeight = std::max(0, viewport()->height() - kAxisHeight);
    // A hidden timeline does not lay its run out for the scroll range (TimelineLayout::setRun): showEvent()
    // sets it. A big one being laid out elsewhere gets its range when that is done.
    const bool shown = isVisible() && !layOutInBackground();
    const int contentHeight = shown || m_layout.isLaidOut() ? m_layout.contentHeight() : 0;
    v->setRange(0, std::max(0, contentHeight - visibleHeight));
    v->setPageStep(std::max(1, visibleHeight));
    v->setSingleStep(kRowHeight);
    m_updatingScrollBars = false;
}

void TimelineWidget::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy);
    if (dx != 0 && !m_updatingScrollBars) {
        const double unit = static_cast<double>(totalSpan()) / kScrollUnits;
        m_viewStart = static_cast<Nanos>(horizontalScrollBar()->value() * unit);
        clampView();
        Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
    }
    viewport()->update();
}

TimelineLayout::View TimelineWidget::view() const
{
    const int scrollY = verticalScrollBar()->value();
    return {m_viewStart, m_viewSpan, std::max(1, viewport()->width()), scrollY,
            scrollY + viewport()->height() - kAxisHeight};
}

double TimelineWidget::xForTime(Nanos t) const
{
    return view().xForTime(t);
}

Nanos TimelineWidget::timeForX(double x) const
{
    return view().timeForX(x);
}

void TimelineWidget::zoomAround(double x, double factor)
{
    const Nanos anchor = timeForX(x);
    const double fraction = x / std::max(1, viewport()->width());
    m_viewSpan = static_cast<Nanos>(std::llround(m_viewSpan * factor));
    m_viewSpan = std::clamp(m_viewSpan, std::min(TimelineLayout::kMinSpanNs, totalSpan()), totalSpan());
    m_viewStart = anchor - static_cast<Nanos>(fraction * m_viewSpan);
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineWidget::panBy(double fraction)
{
    m_viewStart += static_cast<Nanos>(fraction * m_viewSpan);
    clampView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

double TimelineWidget::zoomAnchorX() const
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(cursor))
        return cursor.x();
    return viewport()->width() / 2.0;
}

QRectF TimelineWidget::callRect(std::uint32_t callIndex) const
{
    if (!m_run || callIndex >= m_run->calls.size())
        return {};
    const int y = m_layout.callY(callIndex);
    if (y < 0)
        return {};
    const CallRecord& call = m_run->calls[callIndex];
    const double x0 = xForTime(call.startNs - timeOrigin());
    const double x1 = xForTime(call.endNs() - timeOrigin());
    return {x0, static_cast<double>(kAxisHeight + y - verticalScrollBar()->value()), std::max(1.0, x1 - x0),
            static_cast<double>(kRowHeight)};
}

std::int64_t TimelineWidget::callAt(const QPoint& pos) const
{
    if (!m_run || pos.y() < kAxisHeight || isLayingOut())
        return -1;
    return m_layout.callAt(view(), pos.x(), pos.y() - kAxisHeight + verticalScrollBar()->value());
}

QString TimelineWidget::selectedRangeText() const
{
    if (!hasSelectedRange())
        return {};
    return tr("%1 – %2 (%3)")
        .arg(formatDuration(m_rangeStart), formatDuration(m_rangeEnd),
             formatDuration(m_rangeEnd - m_rangeStart));
}

void TimelineWidget::setSelectedRange(Nanos from, Nanos to)
{
    if (to < from)
        std::swap(from, to);
    from = std::clamp<Nanos>(from, 0, totalSpan());
    to = std::clamp<Nanos>(to, 0, totalSpan());
    if (to <= from) {
        clearSelectedRange();
        return;
    }
    m_rangeStart = from;
    m_rangeEnd = to;
    viewport()->update();
    Q_EMIT selectedRangeChanged(from, to);
}

void TimelineWidget::clearSelectedRange()
{
    if (!hasSelectedRange())
        return;
    m_rangeStart = m_rangeEnd = 0;
    viewport()->update();
    Q_EMIT selectedRangeCleared();
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
        text += QLatin1Char('\n') +
                tr("On stack: %1 (running, not suspended)").arg(formatDuration(call.onStackNs));
    text += QLatin1Char('\n') + tr("Self: %1").arg(formatDuration(call.selfNs));
    if (call.thread < m_run->threads.size())
        text += QLatin1Char('\n') +
                tr("Thread: %1").arg(QString::fromStdString(m_run->threads[call.thread].name));
    if (const std::int32_t exception = m_run->exceptionOf(callIndex);
        exception >= 0 && static_cast<std::size_t>(exception) < m_run->exceptions.size())
        text += QLatin1Char('\n') +
                tr("Raised: %1").arg(QString::fromStdString(m_run->exceptions[std::size_t(exception)].type));
    return text;
}

void TimelineWidget::setSelectedFunction(int function)
{
    if (function == m_selectedFunction)
        return;
    m_selectedFunction = function;
    viewport()->update();
}

void TimelineWidget::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    layOutInBackground();
    updateScrollBars();
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

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call < 0)
        return;
    const CallRecord& c = m_run->calls[call];
    const Nanos pad = std::max<Nanos>(c.durationNs / 20, TimelineLayout::kMinSpanNs / 2);
    m_currentCall = call;
    setVisibleRange(c.startNs - timeOrigin() - pad, c.endNs() - timeOrigin() + pad);
    Q_EMIT callDoubleClicked(static_cast<std::uint32_t>(call));
}

void TimelineWidget::showCall(std::uint32_t callIndex)
{
    if (!m_run || callIndex >= m_run->calls.size())
        return;
    const CallRecord& call = m_run->calls[callIndex];
    m_currentCall = callIndex;
    const Nanos start = call.startNs - timeOrigin();
    // Keep the current zoom when the call already shows at a readable width; otherwise fit it in a third.
    if (start < visibleStart() || call.endNs() - timeOrigin() > visibleEnd() ||
        call.durationNs * viewport()->width() < 20 * m_viewSpan) {
        const Nanos pad = std::max<Nanos>(call.durationNs, TimelineLayout::kMinSpanNs);
        setVisibleRange(start - pad, call.endNs() - timeOrigin() + pad);
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
    if (m_run && layOutInBackground()) {
        paintAxis(p, w, h);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   tr("Laying out %L1 calls…").arg(static_cast<qulonglong>(m_run->calls.size())));
        return;
    }
    if (!m_run || m_layout.lanes().empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_run ? tr("The run has no calls") : tr("No trace loaded"));
        return;
    }
    paintAxis(p, w, h);

    p.setClipRect(QRect(0, kAxisHeight, w, h - kAxisHeight));
    const int scrollY = verticalScrollBar()->value();
    const QColor textColor = palette().color(QPalette::Text);
    const QColor gridColor = palette().color(QPalette::Mid).lighter(130);
    for (const TimelineLayout::Lane& lane : m_layout.lanes()) {
        const int laneTop = kAxisHeight + lane.top - scrollY;
        const int laneBottom = laneTop + lane.height();
        if (laneBottom < kAxisHeight || laneTop > h)
            continue;
        p.fillRect(QRect(0, laneTop, w, kLaneHeader), palette().alternateBase());
        p.setPen(textColor);
        p.setFont(m_labels.font(true));
        p.drawText(QRect(4, laneTop, w - 8, kLaneHeader), Qt::AlignVCenter | Qt::AlignLeft,
                   laneTitle(lane.thread));
        p.setPen(gridColor);
        p.drawLine(0, laneBottom + TimelineLayout::kLaneGap / 2, w,
                   laneBottom + TimelineLayout::kLaneGap / 2);
    }
    p.setFont(font());
    m_layout.items(view(), m_items);
    for (const TimelineLayout::Item& item : m_items) {
        const int y = kAxisHeight + item.y - scrollY;
        if (item.call < 0) {
            p.fillRect(QRectF(item.x0, y, item.x1 - item.x0, kRowHeight - 1), QColor(150, 150, 150));
            ++m_paintedSlivers;
        } else {
            paintCall(p, item, y, w);
            ++m_paintedCalls;
        }
    }
    paintRange(p, w, h);
}

void TimelineWidget::paintCall(QPainter& p, const TimelineLayout::Item& item, int y, int w)
{
    const auto index = static_cast<std::uint32_t>(item.call);
    const CallRecord& call = m_run->calls[index];
    const double x0 = item.x0;
    const double x1 = item.x1;
    // A one-pixel gap keeps neighbouring calls of the same function apart.
    const double left = std::max(x0, -2.0);
    const double right = std::min(x1, w + 2.0) - (x1 - x0 >= 3.0 ? 1.0 : 0.0);
    const QRectF box(left, y, right - left, kRowHeight - 1);
    const bool selected = static_cast<int>(call.function) == m_selectedFunction;
    QColor fill = m_labels.color(call.function);
    if (m_selectedFunction >= 0 && !selected)
        fill = fill.lighter(108);
    bool mostlyAwaiting = false;
    if (RunningParts::wasSuspended(call) && x1 - x0 >= kHatchMinPx) {
        // Awaiting (or suspended between yields): hatched over the background; running: solid.
        p.fillRect(box, palette().base());
        p.fillRect(box, QBrush(fill.darker(115), Qt::BDiagPattern));
        p.setPen(QPen(fill.darker(115), 1));
        p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        for (const TimeSpan& part : m_layout.runningParts().of(index)) {
            const double a = std::max(left, xForTime(part.start - timeOrigin()));
            const double b = std::min(right, xForTime(part.end - timeOrigin()));
            if (b > a)
                p.fillRect(QRectF(a, y, std::max(1.0, b - a), kRowHeight - 1), fill);
        }
        mostlyAwaiting = call.onStackNs * 2 < call.durationNs;
    } else {
        p.fillRect(box, fill);
    }
    if (selected || static_cast<std::int64_t>(index) == m_currentCall) {
        p.setPen(QPen(
            static_cast<std::int64_t>(index) == m_currentCall ? QColor(Qt::black) : QColor(20, 60, 160), 2));
        p.drawRect(box.adjusted(1, 1, -1, -1));
    }
    const QRectF textBox = box.intersected(QRectF(0, y, w, kRowHeight)).adjusted(3, 0, -3, 0);
    if (textBox.width() >= kMinTextPx) {
        const QString text = m_labels.fitted(call.function, textBox.width(), selected);
        if (text.size() > 1) {
            p.setFont(m_labels.font(selected));
            p.setPen(mostlyAwaiting ? palette().color(QPalette::Text) : FunctionPalette::textOn(fill));
            p.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, text);
        }
    }
}

void TimelineWidget::paintRange(QPainter& p, int w, int h) const
{
    if (!hasSelectedRange())
        return;
    const double x0 = std::max(-1.0, xForTime(m_rangeStart));
    const double x1 = std::min(w + 1.0, xForTime(m_rangeEnd));
    p.setClipping(false);
    QColor shade = palette().color(QPalette::Highlight);
    if (x1 > x0) {
        shade.setAlpha(45);
        p.fillRect(QRectF(x0, kAxisHeight, x1 - x0, h - kAxisHeight), shade);
        shade.setAlpha(110);
        p.fillRect(QRectF(x0, 0, x1 - x0, kAxisHeight), shade);
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawLine(QPointF(x0, 0), QPointF(x0, h));
        p.drawLine(QPointF(x1, 0), QPointF(x1, h));
    }
    const QRectF box = rangeTextRect();
    const QString text = selectedRangeText();
    p.fillRect(box, palette().color(QPalette::Highlight));
    p.setPen(palette().color(QPalette::HighlightedText));
    p.setFont(font());
    p.drawText(box, Qt::AlignCenter, text);
}

QRectF TimelineWidget::rangeTextRect() const
{
    if (!hasSelectedRange())
        return {};
    // Its start, end and length on the axis, inside the range when it fits, else beside it.
    const int w = viewport()->width();
    const double x0 = std::max(-1.0, xForTime(m_rangeStart));
    const double x1 = std::min(w + 1.0, xForTime(m_rangeEnd));
    const double textWidth = QFontMetricsF(font()).horizontalAdvance(selectedRangeText()) + 8;
    QRectF box(x0, 0, textWidth, kAxisHeight);
    if (x1 - x0 >= textWidth)
        box.moveLeft(x0 + (x1 - x0 - textWidth) / 2);
    else if (x1 + textWidth <= w)
        box.moveLeft(x1);
    else
        box.moveLeft(std::max(0.0, x0 - textWidth));
    return box;
}

void TimelineWidget::paintAxis(QPainter& p, int w, int h) const
{
    const QRectF rangeText = rangeTextRect();
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
        const QRectF labelBox(x + 3, 0, p.fontMetrics().horizontalAdvance(label) + 2, kAxisHeight - 4);
        if (!labelBox.intersects(rangeText)) // the selected range's text wins
            p.drawText(labelBox, Qt::AlignLeft | Qt::AlignBottom, label);
    }
    p.setPen(gridColor);
    p.drawLine(0, kAxisHeight - 1, w, kAxisHeight - 1);
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    // Shift+drag anywhere, or a drag on the time axis, selects a range; any other drag pans.
    m_drag = (event->modifiers() & Qt::ShiftModifier) || pos.y() < kAxisHeight ? Drag::Range : Drag::Pan;
    m_dragMoved = false;
    m_dragStart = pos;
    m_dragViewStart = m_viewStart;
    m_dragScrollY = verticalScrollBar()->value();
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None)
        return;
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_dragStart;
    if (!m_dragMoved && delta.manhattanLength() < kDragSlopPx)
        return;
    m_dragMoved = true;
    if (m_drag == Drag::Range) {
        const Nanos a = std::clamp<Nanos>(timeForX(m_dragStart.x()), 0, totalSpan());
        const Nanos b = std::clamp<Nanos>(timeForX(pos.x()), 0, totalSpan());
        m_rangeStart = std::min(a, b);
        m_rangeEnd = std::max(a, b);
        viewport()->update();
        return;
    }
    viewport()->setCursor(Qt::ClosedHandCursor);
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
    if (m_drag == Drag::None || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (drag == Drag::Range && m_dragMoved) {
        if (hasSelectedRange())
            Q_EMIT selectedRangeChanged(m_rangeStart, m_rangeEnd);
        else
            Q_EMIT selectedRangeCleared();
        return;
    }
    if (m_dragMoved || event->position().y() < kAxisHeight)
        return;
    const std::int64_t call = callAt(event->position().toPoint());
    if (call >= 0) {
        m_currentCall = call;
        viewport()->update();
        Q_EMIT callClicked(static_cast<std::uint32_t>(call));
    }
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
        panBy(-angle.x() / 120.0 * 0.1);
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
    case Qt::Key_W: // Perfetto and Tracy: W/S zoom, A/D pan
        zoomAround(zoomAnchorX(), kKeyZoom);
        break;
    case Qt::Key_S:
        zoomAround(zoomAnchorX(), 1.0 / kKeyZoom);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_A:
    case Qt::Key_Left:
        panBy(-kKeyPan);
        break;
    case Qt::Key_D:
    case Qt::Key_Right:
        panBy(kKeyPan);
        break;
    case Qt::Key_Escape:
        if (hasSelectedRange()) {
            clearSelectedRange();
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace breadcrumb
