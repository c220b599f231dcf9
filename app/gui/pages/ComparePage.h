#pragma once
// Before/after comparison of two runs: the per-function table and a bar chart of the biggest changes.

#include "TracePage.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace breadcrumb {
class ComparisonBarChart;
}

namespace breadcrumb::gui {

class ComparisonModel;

class ComparePage : public TracePage
{
    Q_OBJECT

public:
    explicit ComparePage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* table() const { return m_table; }
    ComparisonModel* model() const { return m_model; }
    ComparisonBarChart* chart() const { return m_chart; }
    QString summaryText() const;

private:
    ComparisonModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    ComparisonBarChart* m_chart;
    QLabel* m_summary;
};

} // namespace breadcrumb::gui
