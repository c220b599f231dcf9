#pragma once
// Over the two Function pages when both runs are shown: the selected function's call durations of both runs
// in one histogram (normalised on request, for runs with different call counts) and its percentiles side by
// side with their change. It follows the one FunctionSelection; the after run's function is matched by
// identity (FunctionMatch).

#include "FunctionSelection.h"
#include "LoadedTrace.h"

#include <memory>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace breadcrumb {
class OverlaidHistogram;
}

namespace breadcrumb::gui {

class FunctionComparisonPane : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionComparisonPane(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace); // a comparison, or nullptr
    OverlaidHistogram* histogram() const { return m_histogram; }
    QCheckBox* normalisedToggle() const { return m_normalised; }
    QTableWidget* percentileTable() const { return m_table; }

private:
    void showFunction(int function);

    FunctionSelection* m_selection;
    std::shared_ptr<const LoadedTrace> m_trace;
    QLabel* m_title;
    OverlaidHistogram* m_histogram;
    QCheckBox* m_normalised;
    QTableWidget* m_table;
};

} // namespace breadcrumb::gui
