#pragma once
// Before/after comparison of two runs: a summary line (total Δ, how many functions got faster or slower,
// what explains the change, both command lines, a warning when the runs are not the same program), then
// the per-function table with its verdicts beside a bar chart of the rows in the table's order, the
// comparison call tree, and the differential flame graph.

#include "TracePage.h"

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace breadcrumb {
class ComparisonBarChart;
}

namespace breadcrumb::gui {

class ComparisonModel;
class ComparisonTreeView;
class DifferentialFlameGraph;

class ComparePage : public TracePage
{
    Q_OBJECT

public:
    explicit ComparePage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* table() const { return m_table; }
    ComparisonModel* model() const { return m_model; }
    ComparisonBarChart* chart() const { return m_chart; }
    ComparisonTreeView* tree() const { return m_tree; }
    DifferentialFlameGraph* flameGraph() const { return m_flame; }
    QTabWidget* views() const { return m_views; }
    QString summaryText() const;

    // The page's own views, as --view compare-NAME names them: functions, tree, flame.
    static QStringList viewNames();
    bool showView(const QString& name); // false for an unknown name

Q_SIGNALS:
    // A function only in the after run was double-clicked: show it there (an index into its functions).
    void openInAfterRunRequested(int afterFunction);
    // A function only in the after run was clicked: select it on the after side.
    void afterFunctionPicked(int afterFunction);

private:
    void updateChart();
    void followSelection(int function);
    QString summaryHtml(const LoadedTrace& trace) const;

    std::shared_ptr<const LoadedTrace> m_trace;
    ComparisonModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    ComparisonBarChart* m_chart;
    ComparisonTreeView* m_tree;
    DifferentialFlameGraph* m_flame;
    QTabWidget* m_views;
    QLabel* m_summary;
    bool m_following = false; // selecting the row of the current function is no new selection
};

} // namespace breadcrumb::gui
