#include "ComparisonTreeModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <QBrush>
#include <QColor>

namespace breadcrumb::gui {

ComparisonTreeModel::ComparisonTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ComparisonTreeModel::setTree(std::shared_ptr<const RunData> before, std::shared_ptr<const RunData> after,
                                  std::shared_ptr<const ComparisonTree> tree)
{
    beginResetModel();
    m_before = std::move(before);
    m_after = std::move(after);
    m_tree = m_before && m_after ? std::move(tree) : nullptr;
    m_rowInParent.assign(m_tree ? m_tree->size() : 0, 0);
    if (m_tree) {
        for (std::uint32_t n = 0; n < m_tree->size(); ++n) {
            const auto& children = m_tree->node(n).children;
            for (std::size_t row = 0; row < children.size(); ++row)
                m_rowInParent[children[row]] = std::uint32_t(row);
        }
    }
    endResetModel();
}

void ComparisonTreeModel::clear()
{
    setTree(nullptr, nullptr, nullptr);
}

QModelIndex ComparisonTreeModel::indexOfNode(std::uint32_t node, int column) const
{
    if (!m_tree || node == 0 || node >= m_tree->size())
        return {};
    return createIndex(int(m_rowInParent[node]), column, quintptr(node));
}

std::uint32_t ComparisonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? std::uint32_t(index.internalId()) : 0;
}

QModelIndex ComparisonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const auto& children = m_tree->node(nodeOf(parent)).children;
    if (std::size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex ComparisonTreeModel::parent(const QModelIndex& child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const std::int32_t p = m_tree->node(nodeOf(child)).parent;
    return p > 0 ? indexOfNode(std::uint32_t(p)) : QModelIndex();
}

int ComparisonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree || m_tree->size() == 0 || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(m_tree->node(nodeOf(parent)).children.size());
}

int ComparisonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ComparisonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant ComparisonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!m_tree || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::uint32_t n = nodeOf(index);
    const ComparisonTreeNode& node = m_tree->node(n);
    const QString none = QStringLiteral("—");
    switch (role) {
    case FunctionRole:
        return node.functionBefore;
    case AfterFunctionRole:
        return node.functionAfter;
    case NodeRole:
        return uint(n);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Delta || index.column() == DeltaPercent || index.column() == SelfDelta) {
            const Nanos d = index.column() == SelfDelta ? node.selfDelta() : node.delta();
            if (d > 0)
                return QBrush(QColor(0xc6, 0x28, 0x28)); // grew: red, as the differential flame graph
            if (d < 0)
                return QBrush(QColor(0x15, 0x65, 0xc0)); // shrank: blue
        }
        if (index.column() == Name && node.isGone())
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return node.functionAfter >= 0 ? functionName(*m_after, node.functionAfter)
                                           : functionName(*m_before, node.functionBefore);
        case InclusiveBefore:
            return node.isNew() ? none : msText(node.inclusiveBefore);
        case InclusiveAfter:
            return node.isGone() ? none : msText(node.inclusiveAfter);
        case Delta:
            return signedMsText(node.delta());
        case DeltaPercent:
            if (node.isNew())
                return tr("new");
            if (node.isGone())
                return tr("gone");
            return node.deltaPercent() ? QString::asprintf("%+.1f%%", *node.deltaPercent()) : none;
        case SelfBefore:
            return node.isNew() ? none : msText(node.selfBefore);
        case SelfAfter:
            return node.isGone() ? none : msText(node.selfAfter);
        case SelfDelta:
            return signedMsText(node.selfDelta());
        case CallsBefore:
            return QString::number(node.callsBefore);
        case CallsAfter:
            return QString::number(node.callsAfter);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return data(index, Qt::DisplayRole);
        case InclusiveBefore:
            return qlonglong(node.inclusiveBefore);
        case InclusiveAfter:
            return qlonglong(node.inclusiveAfter);
        case Delta:
            return qlonglong(node.delta());
        case DeltaPercent:
            return node.deltaPercent().value_or(1e300);
        case SelfBefore:
            return qlonglong(node.selfBefore);
        case SelfAfter:
            return qlonglong(node.selfAfter);
        case SelfDelta:
            return qlonglong(node.selfDelta());
        case CallsBefore:
            return qlonglong(node.callsBefore);
        case CallsAfter:
            return qlonglong(node.callsAfter);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            QString text = data(index, Qt::DisplayRole).toString() + QLatin1String(" (") +
                           toQString(node.module) + QLatin1Char(')');
            if (node.isNew())
                text += QLatin1Char('\n') + tr("New: this call path is only in the after run");
            else if (node.isGone())
                text += QLatin1Char('\n') + tr("Gone: this call path is only in the before run");
            return text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ComparisonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool bottomUp = m_tree && m_tree->direction() == CallTree::Direction::BottomUp;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return bottomUp ? tr("Each function, then the callers it was entered from, in both runs")
                            : tr("Calls aggregated by call path in both runs, matched by module and name");
        case InclusiveBefore:
        case InclusiveAfter:
            return tr("Inclusive time of the path: while its calls are on the stack");
        case Delta:
            return tr("Inclusive after − before: red grew, blue shrank");
        case DeltaPercent:
            return tr("Δ relative to the inclusive time before; new and gone paths are marked");
        case SelfBefore:
        case SelfAfter:
            return tr("Self time: while the function is the running frame");
        case SelfDelta:
            return tr("Self after − before: where the time itself went");
        case CallsBefore:
        case CallsAfter:
            return tr("Number of calls");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return bottomUp ? tr("Function / called from") : tr("Function");
    case InclusiveBefore:
        return tr("Incl. before");
    case InclusiveAfter:
        return tr("Incl. after");
    case Delta:
        return tr("Δ");
    case DeltaPercent:
        return tr("Δ%");
    case SelfBefore:
        return tr("Self before");
    case SelfAfter:
        return tr("Self after");
    case SelfDelta:
        return tr("Δ self");
    case CallsBefore:
        return tr("Calls before");
    case CallsAfter:
        return tr("Calls after");
    }
    return {};
}

} // namespace breadcrumb::gui
