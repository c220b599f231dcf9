#pragma once
// The call tree (top-down or bottom-up) as a Qt tree model. Lazy by construction: an index is just a node
// number, so only the rows a view expands are ever visited. Sortable by any column: the model keeps its
// own order of each node's children (the CallTree's order, by inclusive time, is shared and stays put).

#include "CallTree.h"

#include <memory>
#include <QAbstractItemModel>
#include <vector>

namespace breadcrumb::gui {

class CallTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Inclusive,
        Self,
        Calls,
        Percent,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CallTreeModel(QObject* parent = nullptr);

    void setTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();
    const CallTree* tree() const { return m_tree.get(); }

    QModelIndex indexOfNode(std::uint32_t node, int column = 0) const; // invalid for the root
    std::uint32_t nodeOf(const QModelIndex& index) const;              // 0 (the root) when invalid

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders every node's children by `column`; ties keep the tree's order (inclusive time, then start).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    void applySort(); // fills m_children / m_rowInParent for m_sortColumn, m_sortOrder
    std::uint32_t childAt(std::uint32_t node, std::size_t row) const;
    std::size_t childCount(std::uint32_t node) const;

    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    std::vector<std::uint32_t> m_rowInParent; // per node: its row under its parent
    std::vector<std::uint32_t> m_children;    // every node's children in display order, node after node
    std::vector<std::uint32_t> m_firstChild;  // per node: where its children start in m_children
    int m_sortColumn = -1;                    // -1: the tree's own order
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace breadcrumb::gui
