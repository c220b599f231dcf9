#pragma once
// Every exception of the run with its traceback; activating one selects its function and shows the call.

#include "TracePage.h"

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace breadcrumb::gui {

class ExceptionsModel;

class ExceptionsPage : public TracePage
{
    Q_OBJECT

public:
    explicit ExceptionsPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QTableView* table() const { return m_table; }
    ExceptionsModel* model() const { return m_model; }
    QString tracebackText() const;

Q_SIGNALS:
    void showCallRequested(std::uint32_t callIndex);

private:
    void showDetails(const QModelIndex& index);

    ExceptionsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_summary;
    QPlainTextEdit* m_traceback;
};

} // namespace breadcrumb::gui
