#pragma once
// The statistics of one function (the figures of `breadcrumb performance FUNCTION`) in a grid, with its
// duration histogram and call timeline. Re-emits the plots' signals so a page connects to one object.

#include "RunData.h"

#include <cstdint>
#include <memory>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace breadcrumb {

class CallTimelinePlot;
struct FunctionSummary;
class ElidedLabel;
class HistogramPlot;

class PercentilePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Statistic
    {
        Calls,
        Total,
        Average,
        Median,
        P95,
        P99,
        Min,
        Max,
        StdDev,
        Self
    };
    Q_ENUM(Statistic)

    explicit PercentilePanel(QWidget* parent = nullptr);
    ~PercentilePanel() override;

    // `summary`: the function's figures over `run` when the caller has them already (the Functions table's,
    // computed when the run loaded): FunctionStats::summarize(*run, function) is not run again then.
    void setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function,
                     const FunctionSummary* summary = nullptr);
    void clear();

    // The text shown for a statistic ("—" when no function is set).
    QString statisticText(Statistic statistic) const;
    QString title() const;

    HistogramPlot* histogram() const { return m_histogram; }
    CallTimelinePlot* timeline() const { return m_timeline; }
    QCheckBox* logScaleCheckBox() const { return m_logCheck; }
    // Figures only (the histogram, the call timeline and their axis switch hidden), when another view
    // draws the durations: the panel then needs only its figures' height.
    void setPlotsVisible(bool visible);

public Q_SLOTS:
    void setLogScale(bool log);

Q_SIGNALS:
    void rangeSelected(breadcrumb::Nanos lo, breadcrumb::Nanos hi);
    void rangeCleared();
    void callActivated(std::uint32_t callIndex);
    void callDoubleClicked(std::uint32_t callIndex);

private:
    ElidedLabel* m_title = nullptr;
    QLabel* m_values[10] = {};
    QCheckBox* m_logCheck = nullptr;
    QWidget* m_plots = nullptr; // the histogram and the call timeline, side by side
    HistogramPlot* m_histogram = nullptr;
    CallTimelinePlot* m_timeline = nullptr;
};

} // namespace breadcrumb
