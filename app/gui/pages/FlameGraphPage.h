#pragma once
// The flame graph of the top-down call tree; clicking a frame selects its function.

#include "TracePage.h"

#include <QFutureWatcher>

#include <atomic>

class QLineEdit;

namespace breadcrumb {
class FlameGraphWidget;
}

namespace breadcrumb::gui {

class ThreadFilterBox;

class FlameGraphPage : public TracePage
{
    Q_OBJECT

public:
    explicit FlameGraphPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    FlameGraphWidget* flameGraph() const { return m_flame; }
    ThreadFilterBox* threadFilter() const { return m_threads; }
    bool isBuilding() const { return m_building != nullptr; } // a thread's tree is being built

private:
    void onThreadChanged(std::int32_t thread);

    FlameGraphWidget* m_flame;
    QLineEdit* m_search;
    ThreadFilterBox* m_threads;
    std::shared_ptr<const LoadedTrace> m_trace;
    QFutureWatcher<std::shared_ptr<const CallTree>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_building; // cancel flag of the build in progress
};

} // namespace breadcrumb::gui
