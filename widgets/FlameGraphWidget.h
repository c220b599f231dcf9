#pragma once
// A flame graph of a top-down CallTree with a breadcrumb bar of the zoom path. Click selects a function,
// double-click zooms into a frame, Backspace/Escape (or the bar) zooms out.

#include "CallTree.h"
#include "RunData.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QHBoxLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace breadcrumb {

class FlameGraphView;

class FlameGraphWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FlameGraphWidget(QWidget* parent = nullptr);
    ~FlameGraphWidget() override;

    // tree must be a TopDown tree built from run.
    void setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();

    FlameGraphView* view() const { return m_view; }
    std::uint32_t zoomNode() const;
    // Number of zoom levels shown in the breadcrumb bar (1 = not zoomed).
    int breadcrumbCount() const;

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setSelectedFunction(int function);
    void zoomToNode(std::uint32_t node);
    void zoomOut();   // one level up
    void resetZoom(); // back to the root

Q_SIGNALS:
    void functionClicked(std::int32_t function);
    void zoomChanged(std::uint32_t node);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuildBreadcrumbs();

    FlameGraphView* m_view = nullptr;
    QScrollArea* m_scroll = nullptr;
    QToolButton* m_back = nullptr;
    QWidget* m_crumbBar = nullptr;
    QHBoxLayout* m_crumbLayout = nullptr;
    QLabel* m_info = nullptr;
};

} // namespace breadcrumb
