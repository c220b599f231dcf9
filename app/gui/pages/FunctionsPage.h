#pragma once
// The slowest functions: a sortable, filterable table. Selecting a row selects the function everywhere.

#include "TracePage.h"

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace breadcrumb::gui {

class FunctionStatsModel;

class FunctionsPage : public TracePage
{
    Q_OBJECT

public:
    explicit FunctionsPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    FunctionStatsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void showSelection(int function);
    void updateCount();

    FunctionStatsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_count;
};

} // namespace breadcrumb::gui
