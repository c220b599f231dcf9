#pragma once
// One point per call of a function: x = start (s since the run started), y = duration (ms).
// Wheel zooms the time axis, drag pans, hovering shows the call, clicks activate it.

#include "RunData.h"

#include <cstdint>
#include <memory>
#include <qcustomplot.h>
#include <QPointer>
#include <span>
#include <vector>

namespace breadcrumb {

class DiscGraph;

class CallTimelinePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit CallTimelinePlot(QWidget* parent = nullptr);
    ~CallTimelinePlot() override;

    void setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function);
    void clear();

    std::size_t pointCount() const { return m_calls.size(); }
    // The shown calls' durations (ns), by start: what the histogram beside it counts, shared rather than
    // copied (millions of calls for the most called functions).
    std::shared_ptr<const std::vector<Nanos>> durations() const { return m_durations; }
    // The call under a widget position (within a few pixels), or -1.
    std::int64_t callAt(const QPoint& pos) const;
    // Widget position of a call's point (for tests and for scrolling to a call).
    QPointF pointOf(std::uint32_t callIndex) const;
    QString toolTipForCall(std::uint32_t callIndex) const;
    // Number of points drawn highlighted (inside the highlighted duration range).
    std::size_t highlightedCount() const { return m_highlighted; }

public Q_SLOTS:
    // Highlights the calls whose duration lies in [lo, hi] and dims the rest.
    void setHighlightRange(breadcrumb::Nanos lo, breadcrumb::Nanos hi);
    void clearHighlight();
    // Marks one call (e.g. the one selected in the call list).
    void setCurrentCall(std::int64_t callIndex);
    void resetZoom();

Q_SIGNALS:
    void callActivated(std::uint32_t callIndex);
    void callDoubleClicked(std::uint32_t callIndex);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    // Fills the graphs with one point per occupied pixel of the current layout: tens of thousands of
    // calls would otherwise cost a quarter second per replot. Runs after every layout.
    void rebuildGraphs();
    void countHighlighted();
    void applyPalette();

    std::shared_ptr<const RunData> m_run;
    std::span<const std::uint32_t> m_calls; // call indices, by start: m_run->callsOf(), not a copy
    // Their start and duration, read once: every replot walks them, and the calls of one function lie
    // scattered through a run of millions (a cache miss each). Parallel to m_calls.
    std::vector<Nanos> m_starts;
    std::shared_ptr<const std::vector<Nanos>> m_durations = std::make_shared<const std::vector<Nanos>>();
    bool m_hasRange = false;
    Nanos m_lo = 0, m_hi = 0;
    std::int64_t m_current = -1;
    std::size_t m_highlighted = 0;
    QPoint m_pressPos;

    QPointer<DiscGraph> m_normal;
    QPointer<DiscGraph> m_dimmed;
    QPointer<DiscGraph> m_highlight;
    QPointer<QCPGraph> m_currentGraph;
};

} // namespace breadcrumb
