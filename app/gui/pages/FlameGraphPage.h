#pragma once
// The flame graph of the top-down call tree (transformable, colourable, exportable) and, one toggle away,
// the sandwich of the selected function; clicking a frame selects its function.

#include "TracePage.h"

#include <atomic>
#include <QFutureWatcher>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace breadcrumb {
class FlameGraphWidget;
class SandwichWidget;
} // namespace breadcrumb

namespace breadcrumb::gui {

class ThreadFilterBox;

class FlameGraphPage : public TracePage
{
    Q_OBJECT

public:
    explicit FlameGraphPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    void setCompact(bool compact) override; // short colour names, the search on a row of its own
    FlameGraphWidget* flameGraph() const { return m_flame; }
    SandwichWidget* sandwich() const { return m_sandwich; }
    ThreadFilterBox* threadFilter() const { return m_threads; }
    QComboBox* colorModeBox() const { return m_colorMode; }
    QToolButton* sandwichToggle() const { return m_sandwichToggle; }
    // A thread's tree is being built, or the run's colours worked out (the view says so meanwhile).
    bool isBuilding() const;
    bool isSandwichShown() const;

public Q_SLOTS:
    void showSandwich(bool shown);

Q_SIGNALS:
    // From the flame graph's context menu; the selection has been set to `function` already.
    void showInCallTreeRequested(std::int32_t function);
    void showFunctionPageRequested(std::int32_t function);

private:
    void onThreadChanged(std::int32_t thread);
    void updateSandwichTree();

    FlameGraphWidget* m_flame;
    SandwichWidget* m_sandwich;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    ThreadFilterBox* m_threads;
    QComboBox* m_colorMode;
    QToolButton* m_sandwichToggle;
    QToolButton* m_export;
    QLabel* m_hint;
    QHBoxLayout* m_bar;
    QHBoxLayout* m_searchRow; // holds the search while compact
    std::shared_ptr<const LoadedTrace> m_trace;
    QFutureWatcher<std::shared_ptr<const CallTree>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_building; // cancel flag of the build in progress
};

} // namespace breadcrumb::gui
