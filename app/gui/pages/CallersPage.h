#pragma once
// Callers and callees of the selected function side by side; double-click navigates to that function. An
// empty side says why it is empty instead of showing a blank table.

#include "TracePage.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace breadcrumb::gui {

class CallersModel;
class CalleesModel;

class CallersPage : public TracePage
{
    Q_OBJECT

public:
    explicit CallersPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* callersTable() const { return m_callersView; }
    QTableView* calleesTable() const { return m_calleesView; }
    CallersModel* callersModel() const { return m_callers; }
    CalleesModel* calleesModel() const { return m_callees; }
    QLabel* callersEmptyLabel() const { return m_callersEmpty; }
    QLabel* calleesEmptyLabel() const { return m_calleesEmpty; }

private:
    void showFunction(int function);
    QTableView* makeTable(const QString& objectName, QSortFilterProxyModel* proxy);

    std::shared_ptr<const LoadedTrace> m_trace;
    QLabel* m_title;
    CallersModel* m_callers;
    CalleesModel* m_callees;
    QTableView* m_callersView;
    QTableView* m_calleesView;
    QLabel* m_callersEmpty;
    QLabel* m_calleesEmpty;
};

} // namespace breadcrumb::gui
