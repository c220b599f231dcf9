#pragma once
// Per-thread timeline: one lane per thread, calls as nested bars over wall time, a call one row below its
// caller (or further down, where calls that run side by side, like an event loop's tasks, would cover each
// other). Wheel (with or without Ctrl) and W/S zoom around the cursor, drag, A/D and the arrows pan,
// Shift+wheel scrolls the lanes. Shift+drag, or a drag on the time axis, selects a time range (Esc clears
// it). A suspended coroutine's or generator's awaiting parts are hatched, its running parts solid.
// TimelineLayout decides what is drawn (lanes, rows, visible calls, merged sub-pixel blocks); this class
// paints it and handles input. A big run is laid out on a worker thread when first shown (a walk over every
// call: 0.6 s at 10 M calls, 3 s at 50 M), the view saying so meanwhile, so no frame waits for it.

#include "FunctionLabels.h"
#include "RunData.h"
#include "TimelineLayout.h"

#include <cstdint>
#include <memory>
#include <QAbstractScrollArea>
#include <QFutureWatcher>
#include <stop_token>
#include <vector>

class QPainter;

namespace breadcrumb {

class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kRowHeight = TimelineLayout::kRowHeight;
    static constexpr int kAxisHeight = 24;
    static constexpr int kLaneHeader = TimelineLayout::kLaneHeader;
    // Runs of at least this many calls are laid out off the GUI thread (below, in place: < 60 ms).
    static constexpr std::size_t kBackgroundLayoutCalls = 1'000'000;

    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    void setRun(std::shared_ptr<const RunData> run);
    void clear();

    // Visible time window in ns since timeOrigin() (the run's start, or its first call when earlier).
    Nanos visibleStart() const { return m_viewStart; }
    Nanos visibleEnd() const { return m_viewStart + m_viewSpan; }
    Nanos totalSpan() const { return m_layout.totalSpan(); }
    // Epoch ns of time 0 on the axis.
    Nanos timeOrigin() const { return m_layout.origin(); }
    const TimelineLayout& layout() const { return m_layout; }
    // Whether the lanes are being laid out on a worker thread (the view shows a note, finds no call).
    bool isLayingOut() const { return m_layoutWatcher != nullptr; }
    // From how many calls a run is laid out off the GUI thread (kBackgroundLayoutCalls; tests lower it).
    void setBackgroundLayoutFrom(std::size_t calls) { m_backgroundLayoutFrom = calls; }
    // What asks the worker laying out the run to stop: requested when the run changes or the view goes, so
    // closing the app does not wait for the walk (for tests).
    std::stop_token backgroundLayoutStop() const { return m_layoutStop.get_token(); }

    // The selected time range in ns since timeOrigin(); empty when none.
    bool hasSelectedRange() const { return m_rangeEnd > m_rangeStart; }
    Nanos selectedRangeStart() const { return m_rangeStart; }
    Nanos selectedRangeEnd() const { return m_rangeEnd; }
    // "120.0ms – 250.0ms (130.0ms)", or empty.
    QString selectedRangeText() const;

    // The call under a point in viewport coordinates, or -1.
    std::int64_t callAt(const QPoint& pos) const;
    // A call's bar in viewport coordinates (may lie outside the viewport).
    QRectF callRect(std::uint32_t callIndex) const;
    QString toolTipForCall(std::uint32_t callIndex) const;
    // The header of a thread's lane: its name and OS thread id (Python's ident when that is unknown).
    QString laneTitle(std::size_t threadIndex) const;
    // Calls and merged slivers drawn by the last paint (for tests of the culling).
    std::size_t lastPaintedCalls() const { return m_paintedCalls; }
    std::size_t lastPaintedSlivers() const { return m_paintedSlivers; }

public Q_SLOTS:
    void setSelectedFunction(int function);
    // Zooms to [from, to) ns since the run start.
    void setVisibleRange(breadcrumb::Nanos from, breadcrumb::Nanos to);
    void resetZoom();
    // Scrolls and zooms so the call is visible and marks it.
    void showCall(std::uint32_t callIndex);
    // [from, to) ns since timeOrigin(), clamped to the run; emits selectedRangeChanged.
    void setSelectedRange(breadcrumb::Nanos from, breadcrumb::Nanos to);
    void clearSelectedRange(); // emits selectedRangeCleared when there was one

Q_SIGNALS:
    void callClicked(std::uint32_t callIndex);
    void callDoubleClicked(std::uint32_t callIndex);
    void visibleRangeChanged(breadcrumb::Nanos from, breadcrumb::Nanos to);
    // A range was selected (at the end of the drag), in ns since timeOrigin().
    void selectedRangeChanged(breadcrumb::Nanos from, breadcrumb::Nanos to);
    void selectedRangeCleared();

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    void clampView();
    TimelineLayout::View view() const;
    double xForTime(Nanos t) const; // t: ns since timeOrigin()
    Nanos timeForX(double x) const;
    void zoomAround(double x, double factor);
    void panBy(double fraction);
    double zoomAnchorX() const; // the cursor's x when it is over the view, else the middle
    void paintAxis(QPainter& p, int w, int h) const;
    void paintCall(QPainter& p, const TimelineLayout::Item& item, int y, int w);
    void paintRange(QPainter& p, int w, int h) const;
    QRectF rangeTextRect() const; // where the selected range's text goes on the axis
    // Starts laying out a big run on a worker thread when it is shown and not laid out yet; true while
    // that is under way.
    bool layOutInBackground();
    void dropBackgroundLayout();

    TimelineLayout m_layout;
    FunctionLabels m_labels;
    std::shared_ptr<const RunData> m_run;
    std::vector<TimelineLayout::Item> m_items; // reused by every paint
    Nanos m_viewStart = 0;
    Nanos m_viewSpan = 1;
    Nanos m_rangeStart = 0;
    Nanos m_rangeEnd = 0;
    int m_selectedFunction = -1;
    std::int64_t m_currentCall = -1;
    enum class Drag
    {
        None,
        Pan,
        Range
    };
    Drag m_drag = Drag::None;
    bool m_dragMoved = false;
    QPoint m_dragStart;
    Nanos m_dragViewStart = 0;
    int m_dragScrollY = 0;
    bool m_updatingScrollBars = false;
    std::size_t m_paintedCalls = 0;
    std::size_t m_paintedSlivers = 0;
    using LayoutWatcher = QFutureWatcher<std::shared_ptr<TimelineLayout>>;
    std::unique_ptr<LayoutWatcher> m_layoutWatcher; // while a worker lays out m_run
    std::stop_source m_layoutStop;                  // that worker's
    std::size_t m_backgroundLayoutFrom = kBackgroundLayoutCalls;
};

} // namespace breadcrumb
