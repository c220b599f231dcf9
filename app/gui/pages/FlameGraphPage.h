#pragma once
// The flame graph of the top-down call tree; clicking a frame selects its function.

#include "TracePage.h"

class QLineEdit;

namespace breadcrumb {
class FlameGraphWidget;
}

namespace breadcrumb::gui {

class FlameGraphPage : public TracePage
{
    Q_OBJECT

public:
    explicit FlameGraphPage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    FlameGraphWidget* flameGraph() const { return m_flame; }

private:
    FlameGraphWidget* m_flame;
    QLineEdit* m_search;
};

} // namespace breadcrumb::gui
