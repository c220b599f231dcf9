#pragma once
// The comparison call tree of the Compare tab: both runs' call trees merged by call path, top-down or
// bottom-up, with "expand hot path" following the largest |Δ|. A click selects the function (in the before
// run, which the other tabs show).

#include "ComparisonTree.h"
#include "LoadedTrace.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTreeView;

namespace breadcrumb::gui {

class ComparisonTreeModel;

class ComparisonTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonTreeView(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace); // nullptr or no comparison: empty
    void setDirection(CallTree::Direction direction);
    CallTree::Direction direction() const;

    QTreeView* view() const { return m_view; }
    ComparisonTreeModel* model() const { return m_model; }
    QComboBox* directionBox() const { return m_direction; }
    // The merged node of the current row; 0 (the root) when none.
    std::uint32_t currentNode() const;

public Q_SLOTS:
    // Expands from the current row (or the top) along the largest |Δ| and makes its end current.
    void expandHotPath();

Q_SIGNALS:
    void functionClicked(int beforeFunction);     // -1 never sent
    void newFunctionActivated(int afterFunction); // double-click on a path only in the after run

private:
    void rebuild();

    std::shared_ptr<const LoadedTrace> m_trace;
    ComparisonTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QComboBox* m_direction;
    bool m_rebuilding = false; // the hot path expanded on load selects no function
};

} // namespace breadcrumb::gui
