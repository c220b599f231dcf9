#pragma once
// Histogram of one function's call durations (ms) with P50/P95/P99 markers. Dragging across the plot
// selects a duration range (rangeSelected); a plain click or clearSelection() drops it.

#include "RunData.h"

#include <cstdint>
#include <memory>
#include <qcustomplot.h>
#include <QPointer>
#include <vector>

namespace breadcrumb {

struct FunctionSummary;

class HistogramPlot : public QCustomPlot
{
    Q_OBJECT
    Q_PROPERTY(bool logScale READ logScale WRITE setLogScale NOTIFY logScaleChanged)

public:
    struct Bin
    {
        double loMs = 0; // lower edge (inclusive)
        double hiMs = 0; // upper edge (exclusive, inclusive for the last bin)
        int count = 0;
        // Where the bar is drawn: the edges, except for a single distinct value, a thin bar around it.
        double drawLoMs = 0;
        double drawHiMs = 0;
    };

    explicit HistogramPlot(QWidget* parent = nullptr);
    ~HistogramPlot() override;

    // The durations (ns) of the function's calls; percentiles are computed the same way as the core.
    void setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function);
    // Plain durations (ns, any order), for callers that have no RunData.
    void setDurations(std::vector<Nanos> durations);
    // Shared durations (ns, any order), not copied. `figures`: their min, max and percentiles when the caller
    // has them (a FunctionSummary over the same calls); otherwise they are computed from a copy.
    void setDurations(std::shared_ptr<const std::vector<Nanos>> durations,
                      const FunctionSummary* figures = nullptr);
    void clear();

    bool logScale() const { return m_logScale; }
    const std::vector<Bin>& bins() const { return m_bins; }
    double p50Ms() const { return m_p50; }
    double p95Ms() const { return m_p95; }
    double p99Ms() const { return m_p99; }

    bool hasSelection() const { return m_hasSelection; }
    Nanos selectionLo() const { return m_selLo; }
    Nanos selectionHi() const { return m_selHi; }

    // Pixel x of a duration on the current axis (linear or log); used by tests and the drag handling.
    double pixelForMs(double ms) const;
    double msForPixel(double x) const;
    // The tooltip text for a point in widget coordinates ("" when not over a bar).
    QString toolTipAt(const QPoint& pos) const;
    // The percentile labels as drawn: texts ("P50 12.0ms", or "P50 = P95 = P99 1.00ms" when they coincide)
    // and their rectangles in widget pixels.
    QStringList markerLabelTexts() const;
    QList<QRectF> markerLabelRects() const;

public Q_SLOTS:
    void setLogScale(bool log);
    void clearSelection();
    // Shows a selection without emitting rangeSelected (e.g. restored by the page).
    void setSelection(breadcrumb::Nanos lo, breadcrumb::Nanos hi);

Q_SIGNALS:
    void rangeSelected(breadcrumb::Nanos lo, breadcrumb::Nanos hi);
    void selectionCleared();
    void logScaleChanged(bool log);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void placeMarkerLabels(); // stacks the labels in rows so that none overlaps another
    void updateSelectionItem();
    void removeDataItems();
    int binAt(const QPoint& pos) const;

    // Unordered: the figures below are found by selection when they are set (a sort of a million
    // durations cost more than every other part of a selection), or given. Shared with the call timeline.
    std::shared_ptr<const std::vector<Nanos>> m_durations = std::make_shared<const std::vector<Nanos>>();
    Nanos m_min = 0, m_max = 0;
    std::vector<Bin> m_bins;
    double m_p50 = 0, m_p95 = 0, m_p99 = 0; // ms
    bool m_logScale = false;

    bool m_hasSelection = false;
    Nanos m_selLo = 0, m_selHi = 0;
    bool m_dragging = false;
    double m_dragStartX = 0;

    std::vector<QPointer<QCPItemRect>> m_binRects;
    QPointer<QCPItemRect> m_selectionRect;
    QPointer<QCPItemText> m_emptyText;
    std::vector<QPointer<QCPItemStraightLine>> m_markerLines;
    std::vector<QPointer<QCPItemText>> m_markerLabels;
    std::vector<double> m_markerLabelMs; // per label: the percentile it stands for
};

} // namespace breadcrumb
