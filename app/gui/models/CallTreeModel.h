#pragma once
// The call tree (top-down or bottom-up) as a Qt tree model. Lazy by construction: an index is just a node
// number, so only the rows a view expands are ever visited.

#include "CallTree.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace breadcrumb::gui {

class CallTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Inclusive, Self, Calls, Percent, ColumnCount };
    Q_ENUM(Column)

    explicit CallTreeModel(QObject* parent = nullptr);

    void setTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();
    const CallTree* tree() const { return m_tree.get(); }

    QModelIndex indexOfNode(std::uint32_t node, int column = 0) const; // invalid for the root
    std::uint32_t nodeOf(const QModelIndex& index) const;               // 0 (the root) when invalid

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    std::vector<std::uint32_t> m_rowInParent; // per node: its row under its parent
};

} // namespace breadcrumb::gui
