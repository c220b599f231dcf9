#pragma once
// The selected function: its statistics, duration histogram and call timeline (PercentilePanel), the list of
// its calls (filtered by the range selected in the histogram) and its source.

#include "TracePage.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace breadcrumb {
class PercentilePanel;
}

namespace breadcrumb::gui {

class CallListModel;
class SourceView;

class FunctionPage : public TracePage
{
    Q_OBJECT

public:
    explicit FunctionPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    // Under the overlaid histograms, two pages share the window's height: no histogram of their own.
    void setCompact(bool compact) override;

    PercentilePanel* panel() const { return m_panel; }
    QTableView* callTable() const { return m_calls; }
    CallListModel* callModel() const { return m_callModel; }
    SourceView* sourceView() const { return m_source; }

Q_SIGNALS:
    // The user asked to see one call in the call tree (double-click in the list or the timeline); an index
    // into the shown run's calls (LoadedRun::data), also when the page shows a pool.
    void showCallRequested(std::uint32_t callIndex);

private:
    void showFunction(int function);
    void requestCall(std::uint32_t callIndex); // one of the page's calls, pooled or not
    void updateFilterLabel();
    void selectCallRow(std::uint32_t callIndex);

    std::shared_ptr<const LoadedTrace> m_trace;
    PercentilePanel* m_panel;
    CallListModel* m_callModel;
    QTableView* m_calls;
    QLabel* m_filterLabel;
    QPushButton* m_clearFilter;
    SourceView* m_source;
    QTabWidget* m_bottomTabs;
    QSplitter* m_splitter;
};

} // namespace breadcrumb::gui
