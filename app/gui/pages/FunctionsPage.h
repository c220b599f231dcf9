#pragma once
// The slowest functions: a sortable, filterable table. Selecting a row selects the function everywhere.

#include "TracePage.h"

#include <QFutureWatcher>
#include <vector>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace breadcrumb::gui {

class FunctionStatsModel;
class ThreadFilterBox;

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
    ThreadFilterBox* threadFilter() const { return m_threads; }
    bool isBuilding() const { return m_watcher.isRunning(); } // a thread's figures are being computed

private:
    void showSelection(int function);
    void updateCount();
    void onThreadChanged(std::int32_t thread);

    struct ThreadSummaries
    {
        const RunData* run = nullptr;
        std::int32_t thread = -1;
        std::vector<FunctionSummary> summaries;
    };
    std::shared_ptr<const LoadedTrace> m_trace;
    QFutureWatcher<ThreadSummaries> m_watcher;
    ThreadFilterBox* m_threads;
    FunctionStatsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_count;
};

} // namespace breadcrumb::gui
