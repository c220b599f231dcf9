#include "CallTreeModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace breadcrumb::gui {

CallTreeModel::CallTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void CallTreeModel::setTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    beginResetModel();
    m_run = std::move(run);
    m_tree = m_run ? std::move(tree) : nullptr;
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

void CallTreeModel::clear()
{
    setTree(nullptr, nullptr);
}

QModelIndex CallTreeModel::indexOfNode(std::uint32_t node, int column) const
{
    if (!m_tree || node == 0 || node >= m_tree->size())
        return {};
    return createIndex(int(m_rowInParent[node]), column, quintptr(node));
}

std::uint32_t CallTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? std::uint32_t(index.internalId()) : 0;
}

QModelIndex CallTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const auto& children = m_tree->node(nodeOf(parent)).children;
    if (std::size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex CallTreeModel::parent(const QModelIndex& child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const std::int32_t p = m_tree->node(nodeOf(child)).parent;
    return p > 0 ? indexOfNode(std::uint32_t(p)) : QModelIndex();
}

int CallTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree || m_tree->size() == 0 || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(m_tree->node(nodeOf(parent)).children.size());
}

int CallTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CallTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant CallTreeModel::data(const QModelIndex& index, int role) const
{
    if (!m_tree || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::uint32_t n = nodeOf(index);
    const CallTreeNode& node = m_tree->node(n);
    const double share = m_tree->total() > 0 ? double(node.inclusive) / double(m_tree->total()) : 0.0;
    switch (role) {
    case FunctionRole: return node.function;
    case NodeRole: return uint(n);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return functionName(*m_run, node.function);
        case Inclusive: return msText(node.inclusive);
        case Self: return msText(node.self);
        case Calls: return QString::number(node.calls);
        case Percent: return percentText(share);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name: return functionName(*m_run, node.function);
        case Inclusive: return qlonglong(node.inclusive);
        case Self: return qlonglong(node.self);
        case Calls: return qlonglong(node.calls);
        case Percent: return share;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && node.function >= 0) {
            const FunctionInfo& info = m_run->functions[std::size_t(node.function)];
            return tr("%1 (%2)\n%3:%4")
                .arg(functionName(*m_run, node.function), toQString(info.module), toQString(info.file))
                .arg(info.line);
        }
        break;
    default: break;
    }
    return {};
}

QVariant CallTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool bottomUp = m_tree && m_tree->direction() == CallTree::Direction::BottomUp;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return bottomUp ? tr("Each function, then the callers it was entered from")
                            : tr("Calls aggregated by call path; threads merged by path, their times summed");
        case Inclusive:
            return bottomUp ? tr("Inclusive time of the function when entered through this chain of callers "
                                 "(on the stack, a recursion counted once); the callers below split it")
                            : tr("Inclusive time: while calls of this path are on the stack (a generator or "
                                 "coroutine only while it runs); self + the children's inclusive times");
        case Self: return tr("Self time: while the function is the running frame");
        case Calls: return tr("Number of calls");
        case Percent:
            return tr("Inclusive time as a share of the traced time: the threads' traced time summed is 100%");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return bottomUp ? tr("Function / called from") : tr("Function");
    case Inclusive: return tr("Inclusive");
    case Self: return tr("Self");
    case Calls: return tr("Calls");
    case Percent: return tr("% of traced");
    }
    return {};
}

} // namespace breadcrumb::gui
