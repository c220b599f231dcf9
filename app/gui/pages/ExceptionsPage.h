#pragma once
// Every exception of the run with its traceback and outcome (uncaught or handled), a filter over type,
// message and function, and grouping by type or raise site: picking a group lists its exceptions.
// Activating an exception selects its function and shows the call.

#include "TracePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace breadcrumb::gui {

class ExceptionGroupsModel;
class ExceptionsModel;

class ExceptionsPage : public TracePage
{
    Q_OBJECT

public:
    enum class Grouping
    {
        None,
        Type,
        RaiseSite
    };

    explicit ExceptionsPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* table() const { return m_table; }
    QTableView* groupsTable() const { return m_groupsTable; }
    ExceptionsModel* model() const { return m_model; }
    ExceptionGroupsModel* groupsModel() const { return m_groups; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* groupingBox() const { return m_grouping; }
    QString summaryText() const;
    QString tracebackText() const;

public Q_SLOTS:
    void setGrouping(Grouping grouping);

Q_SIGNALS:
    void showCallRequested(std::uint32_t callIndex);

private:
    void showDetails(const QModelIndex& index);
    void regroup();
    void updateSummary();

    std::shared_ptr<const LoadedTrace> m_trace;
    ExceptionsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ExceptionGroupsModel* m_groups;
    QSortFilterProxyModel* m_groupsProxy;
    QTableView* m_table;
    QTableView* m_groupsTable;
    QLineEdit* m_filter;
    QComboBox* m_grouping;
    QLabel* m_summary;
    QPlainTextEdit* m_traceback;
    QSplitter* m_lists = nullptr; // the groups beside the exceptions
};

} // namespace breadcrumb::gui
