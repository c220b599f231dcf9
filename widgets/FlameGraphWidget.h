#pragma once
// A flame graph of a top-down CallTree: a breadcrumb bar of the zoom path, a colour legend, a removable
// stack of transforms (focus, merge recursion, collapse: CallTreeTransform) and the view. Click selects
// a function, double-click zooms into a frame, the wheel and keys magnify and pan, right-click offers
// the transforms; every navigation is recorded so Backspace/Escape step back through it.

#include "CallTree.h"
#include "CallTreeTransform.h"
#include "FlameGraphView.h"
#include "RunData.h"

#include <cstdint>
#include <memory>
#include <QElapsedTimer>
#include <QWidget>
#include <vector>

class QHBoxLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QToolButton;

namespace breadcrumb {

class FlameGraphLegend;

class FlameGraphWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FlameGraphWidget(QWidget* parent = nullptr);
    ~FlameGraphWidget() override;

    // tree must be a TopDown tree built from run. The transforms stay when the run is the same (another
    // thread's tree) and are re-applied to it; a new run starts without transforms. History starts anew.
    void setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();

    FlameGraphView* view() const { return m_view; }
    FlameGraphLegend* legend() const { return m_legend; }
    std::uint32_t zoomNode() const;
    // Number of zoom levels shown in the breadcrumb bar (1 = not zoomed).
    int breadcrumbCount() const;
    const std::vector<CallTreeTransform>& transforms() const { return m_transforms; }
    // The transforms bar's text for a transform.
    QString transformLabel(const CallTreeTransform& transform) const;
    // Steps Backspace/Escape can go back.
    int historySize() const { return static_cast<int>(m_history.size()); }
    // The right-click menu for a node of the shown tree (-1: empty space); the caller owns it.
    QMenu* createContextMenu(std::int64_t node, QWidget* parent);
    // A tree is shown and its frames are final (not being coloured on a worker thread).
    bool canExport() const;

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setSelectedFunction(int function);
    void zoomToNode(std::uint32_t node);
    void zoomOut();   // one level up
    void resetZoom(); // back to the root
    void addTransform(const breadcrumb::CallTreeTransform& transform);
    // Removes the transform at `index` and the ones after it (they were made on its result).
    void removeTransform(int index);
    // One step back in the navigation history; false when there is none.
    bool back();
    // Asks for a file name and writes the current view as SVG ("svg") or PNG ("png").
    void exportWithDialog(const QString& format);

Q_SIGNALS:
    void functionClicked(std::int32_t function);
    void zoomChanged(std::uint32_t node);
    void transformsChanged();
    // The context menu's requests, for the page to route to the shared selection.
    void showInCallTreeRequested(std::int32_t function);
    void showFunctionPageRequested(std::int32_t function);
    void sandwichRequested(std::int32_t function);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct HistoryEntry
    {
        std::shared_ptr<const CallTree> tree;
        std::vector<CallTreeTransform> transforms;
        FlameGraphView::ViewState view;
    };
    void record(bool continuous);
    void showTransformed();
    void rebuildBreadcrumbs();
    void rebuildTransformsBar();
    void updateLegend();

    FlameGraphView* m_view = nullptr;
    QScrollArea* m_scroll = nullptr;
    QToolButton* m_back = nullptr;
    QWidget* m_crumbBar = nullptr;
    QHBoxLayout* m_crumbLayout = nullptr;
    QWidget* m_transformsBar = nullptr;
    QHBoxLayout* m_transformsLayout = nullptr;
    FlameGraphLegend* m_legend = nullptr;
    QLabel* m_info = nullptr;

    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_source; // untransformed
    std::vector<CallTreeTransform> m_transforms;
    std::vector<HistoryEntry> m_history;
    QElapsedTimer m_lastContinuous; // a wheel or key gesture in progress makes one history entry
};

} // namespace breadcrumb
