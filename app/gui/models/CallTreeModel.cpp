#include "CallTreeModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <algorithm>

namespace breadcrumb::gui {

CallTreeModel::CallTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void CallTreeModel::setTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    beginResetModel();
    m_run = std::move(run);
    m_tree = m_run ? std::move(tree) : nullptr;
    applySort();
    endResetModel();
}

void CallTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    // A node keeps its identity (the internal id) and its parent; only its row changes.
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after.append(indexOfNode(nodeOf(index), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CallTreeModel::applySort()
{
    const std::size_t size = m_tree ? m_tree->size() : 0;
    m_rowInParent.assign(size, 0);
    m_firstChild.assign(size + 1, 0);
    m_children.clear();
    if (!m_tree)
        return;
    m_children.reserve(size);
    for (std::uint32_t n = 0; n < size; ++n) {
        m_firstChild[n] = std::uint32_t(m_children.size());
        const auto& children = m_tree->node(n).children;
        m_children.insert(m_children.end(), children.begin(), children.end());
    }
    m_firstChild[size] = std::uint32_t(m_children.size());

    if (m_sortColumn >= 0) {
        // Names are compared per function, once each, not per node.
        std::vector<QString> names;
        if (m_sortColumn == Name) {
            names.resize(m_run->functions.size());
            for (std::size_t f = 0; f < names.size(); ++f)
                names[f] = functionName(*m_run, std::int64_t(f));
        }
        const CallTree& tree = *m_tree;
        const auto less = [&](std::uint32_t a, std::uint32_t b) {
            const CallTreeNode& x = tree.node(a);
            const CallTreeNode& y = tree.node(b);
            switch (m_sortColumn) {
            case Name: {
                const QString& nx = x.function >= 0 ? names[std::size_t(x.function)] : QString();
                const QString& ny = y.function >= 0 ? names[std::size_t(y.function)] : QString();
                return QString::compare(nx, ny, Qt::CaseInsensitive) < 0;
            }
            case Self:
                return x.self < y.self;
            case Calls:
                return x.calls < y.calls;
            default:
                return x.inclusive < y.inclusive; // Inclusive and Percent
            }
        };
        for (std::uint32_t n = 0; n < size; ++n) {
            const auto first = m_children.begin() + m_firstChild[n];
            const auto last = m_children.begin() + m_firstChild[n + 1];
            if (m_sortOrder == Qt::AscendingOrder)
                std::stable_sort(first, last, less);
            else
                std::stable_sort(first, last, [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
        }
    }
    for (std::uint32_t n = 0; n < size; ++n)
        for (std::uint32_t i = m_firstChild[n]; i < m_firstChild[n + 1]; ++i)
            m_rowInParent[m_children[i]] = i - m_firstChild[n];
}

std::uint32_t CallTreeModel::childAt(std::uint32_t node, std::size_t row) const
{
    return m_children[m_firstChild[node] + row];
}

std::size_t CallTreeModel::childCount(std::uint32_t node) const
{
    return node + 1 < m_firstChild.size() ? m_firstChild[node + 1] - m_firstChild[node] : 0;
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
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const std::uint32_t node = nodeOf(parent);
    if (std::size_t(row) >= childCount(node))
        return {};
    return createIndex(row, column, quintptr(childAt(node, std::size_t(row))));
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
    return int(childCount(nodeOf(parent)));
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
    case FunctionRole:
        return node.function;
    case NodeRole:
        return uint(n);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return functionName(*m_run, node.function);
        case Inclusive:
            return msText(node.inclusive);
        case Self:
            return msText(node.self);
        case Calls:
            return QString::number(node.calls);
        case Percent:
            return percentText(share);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return functionName(*m_run, node.function);
        case Inclusive:
            return qlonglong(node.inclusive);
        case Self:
            return qlonglong(node.self);
        case Calls:
            return qlonglong(node.calls);
        case Percent:
            return share;
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
    default:
        break;
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
        case Self:
            return tr("Self time: while the function is the running frame");
        case Calls:
            return tr("Number of calls");
        case Percent:
            return tr(
                "Inclusive time as a share of the traced time: the threads' traced time summed is 100%");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return bottomUp ? tr("Function / called from") : tr("Function");
    case Inclusive:
        return tr("Inclusive");
    case Self:
        return tr("Self");
    case Calls:
        return tr("Calls");
    case Percent:
        return tr("% of traced");
    }
    return {};
}

} // namespace breadcrumb::gui
