#include "ComparisonTreeView.h"

#include "ComparisonTreeModel.h"
#include "ModelRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

ComparisonTreeView::ComparisonTreeView(QWidget* parent)
    : QWidget(parent), m_model(new ComparisonTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this)), m_direction(new QComboBox(this))
{
    m_direction->setObjectName(QStringLiteral("compareTreeDirection"));
    m_direction->addItem(tr("Top-down"), int(CallTree::Direction::TopDown));
    m_direction->addItem(tr("Bottom-up"), int(CallTree::Direction::BottomUp));
    m_direction->setToolTip(
        tr("Top-down: call paths from the roots; bottom-up: each function, then its callers"));
    auto* hot = new QToolButton(this);
    hot->setObjectName(QStringLiteral("compareHotPath"));
    hot->setText(tr("Expand hot path"));
    hot->setToolTip(tr("Expand from the selected row along the largest change (|Δ|)"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("compareTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the tree's order: largest paths first
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Direction:"), this));
    bar->addWidget(m_direction);
    bar->addWidget(hot);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(hot, &QToolButton::clicked, this, &ComparisonTreeView::expandHotPath);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int function = current.siblingAtColumn(0).data(FunctionRole).toInt();
                if (!m_rebuilding && current.isValid() && function >= 0)
                    Q_EMIT functionClicked(function);
            });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (first.data(FunctionRole).toInt() < 0 &&
            first.data(ComparisonTreeModel::AfterFunctionRole).toInt() >= 0)
            Q_EMIT newFunctionActivated(first.data(ComparisonTreeModel::AfterFunctionRole).toInt());
    });
}

void ComparisonTreeView::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = trace && trace->isComparison() ? std::move(trace) : nullptr;
    rebuild();
}

void ComparisonTreeView::setDirection(CallTree::Direction direction)
{
    m_direction->setCurrentIndex(m_direction->findData(int(direction)));
}

CallTree::Direction ComparisonTreeView::direction() const
{
    return CallTree::Direction(m_direction->currentData().toInt());
}

std::uint32_t ComparisonTreeView::currentNode() const
{
    return m_model->nodeOf(m_proxy->mapToSource(m_view->currentIndex()));
}

void ComparisonTreeView::rebuild()
{
    if (!m_trace) {
        m_model->clear();
        return;
    }
    const bool bottomUp = direction() == CallTree::Direction::BottomUp;
    m_model->setTree(m_trace->main->data, m_trace->after->data,
                     bottomUp ? m_trace->compareBottomUp : m_trace->compareTopDown);
    if (!bottomUp) {
        m_rebuilding = true;
        expandHotPath(); // open where the change is, as the call tree opens where the time is
        m_rebuilding = false;
    }
    // Sized to the rows shown, the hot path included.
    m_view->header()->resizeSection(0, 320);
    for (int c = 1; c < ComparisonTreeModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
}

void ComparisonTreeView::expandHotPath()
{
    const ComparisonTree* tree = m_model->tree();
    if (!tree || tree->size() < 2)
        return;
    const auto path = tree->hotPath(currentNode());
    QModelIndex last;
    for (std::uint32_t n : path) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfNode(n));
        if (!index.isValid())
            continue;
        m_view->expand(index);
        last = index;
    }
    if (last.isValid()) {
        m_view->setCurrentIndex(last);
        m_view->scrollTo(last);
    }
}

} // namespace breadcrumb::gui
