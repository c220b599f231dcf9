#pragma once
// The comparison call tree (ComparisonTree: two runs' call trees merged by call path) as a Qt tree model:
// inclusive and self time before and after, Δ and Δ% per path, new and gone paths. Lazy like
// CallTreeModel: an index is a node number.

#include "ComparisonTree.h"
#include "RunData.h"

#include <memory>
#include <QAbstractItemModel>
#include <vector>

namespace breadcrumb::gui {

class ComparisonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        InclusiveBefore,
        InclusiveAfter,
        Delta,
        DeltaPercent,
        SelfBefore,
        SelfAfter,
        SelfDelta,
        CallsBefore,
        CallsAfter,
        ColumnCount
    };
    Q_ENUM(Column)
    // FunctionRole gives the function in the before run (-1 for a new path); this one in the after run.
    static constexpr int AfterFunctionRole = Qt::UserRole + 40;

    explicit ComparisonTreeModel(QObject* parent = nullptr);

    void setTree(std::shared_ptr<const RunData> before, std::shared_ptr<const RunData> after,
                 std::shared_ptr<const ComparisonTree> tree);
    void clear();
    const ComparisonTree* tree() const { return m_tree.get(); }

    QModelIndex indexOfNode(std::uint32_t node, int column = 0) const; // invalid for the root
    std::uint32_t nodeOf(const QModelIndex& index) const;              // 0 (the root) when invalid

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunData> m_before;
    std::shared_ptr<const RunData> m_after;
    std::shared_ptr<const ComparisonTree> m_tree;
    std::vector<std::uint32_t> m_rowInParent; // per node: its row under its parent
};

} // namespace breadcrumb::gui
