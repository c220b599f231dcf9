#pragma once
// The differential flame graph of the Compare tab (after Brendan Gregg): the after run's flame graph with
// every frame coloured by how its path's inclusive time changed — red grew, blue shrank, the stronger the
// larger |Δ| — or, toggled, the before run's shape in the same colours. Tooltips give both numbers.

#include "LoadedTrace.h"

#include <memory>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace breadcrumb {
class FlameGraphWidget;
}

namespace breadcrumb::gui {

class DifferentialFlameGraph : public QWidget
{
    Q_OBJECT

public:
    explicit DifferentialFlameGraph(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace); // nullptr or no comparison: empty
    void setBeforeShape(bool before);
    bool showsBeforeShape() const;

    FlameGraphWidget* flameGraph() const { return m_flame; }
    QCheckBox* beforeShapeBox() const { return m_beforeShape; }
    // The merged ComparisonTree node of a frame of the tree shown; -1 when none.
    std::int32_t comparisonNode(std::uint32_t frameNode) const;
    QColor frameColor(std::uint32_t frameNode) const;
    QString frameToolTip(std::uint32_t frameNode) const; // the lines the hook adds

public Q_SLOTS:
    void setSelectedFunction(int beforeFunction);

Q_SIGNALS:
    void functionClicked(int beforeFunction);

private:
    void rebuild();

    std::shared_ptr<const LoadedTrace> m_trace;
    FlameGraphWidget* m_flame;
    QCheckBox* m_beforeShape;
    QLabel* m_legend;
    int m_selected = -1;
};

} // namespace breadcrumb::gui
