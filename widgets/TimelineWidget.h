#pragma once
// Per-thread timeline: one lane per thread, calls as nested bars over wall time, a call one row below its
// caller (or further down, where calls that run side by side, like an event loop's tasks, would cover each
// other). Wheel (with or
// without Ctrl) zooms around the cursor, drag pans, Shift+wheel scrolls the lanes. Only visible calls are
// drawn; calls narrower than a pixel are merged into one sliver per depth.

#include "FunctionLabels.h"
#include "RunData.h"

#include <cstdint>
#include <memory>
#include <QAbstractScrollArea>
#include <span>
#include <vector>

namespace breadcrumb {

class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kRowHeight = 18;
    static constexpr int kAxisHeight = 24;
    static constexpr int kLaneHeader = 18;

    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    void setRun(std::shared_ptr<const RunData> run);
    void clear();

    // Visible time window in ns since the run start.
    Nanos visibleStart() const { return m_viewStart; }
    Nanos visibleEnd() const { return m_viewStart + m_viewSpan; }
    Nanos totalSpan() const { return m_totalSpan; }

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

Q_SIGNALS:
    void callClicked(std::uint32_t callIndex);
    void callDoubleClicked(std::uint32_t callIndex);
    void visibleRangeChanged(breadcrumb::Nanos from, breadcrumb::Nanos to);

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Lane
    {
        std::uint32_t thread = 0;
        std::uint32_t maxRow = 0;
        int top = 0;                      // content y of the lane header
        std::vector<std::uint32_t> roots; // root calls of this thread, by start
        bool rootsOverlap = false;        // some roots run side by side
        // Its header and its rows.
        int height() const { return kLaneHeader + static_cast<int>(maxRow + 1) * kRowHeight; }
    };
    void layoutLanes();
    void updateScrollBars();
    void clampView();
    double xForTime(Nanos t) const; // t: ns since the run start
    Nanos timeForX(double x) const;
    int laneAtY(int contentY) const;
    void zoomAround(double x, double factor);

    std::shared_ptr<const RunData> m_run;
    FunctionLabels m_labels;
    std::vector<Lane> m_lanes;
    std::vector<std::uint32_t> m_rows;       // per call: its row in its thread's lane
    std::vector<std::uint8_t> m_kidsOverlap; // per call: some of its children run side by side
    int m_contentHeight = 0;
    Nanos m_runStart = 0; // epoch ns
    Nanos m_totalSpan = 1;
    Nanos m_viewStart = 0;
    Nanos m_viewSpan = 1;
    int m_selectedFunction = -1;
    std::int64_t m_currentCall = -1;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPoint m_dragStart;
    Nanos m_dragViewStart = 0;
    int m_dragScrollY = 0;
    bool m_updatingScrollBars = false;
    mutable std::size_t m_paintedCalls = 0;
    mutable std::size_t m_paintedSlivers = 0;
};

} // namespace breadcrumb
