#include "ExceptionGroupsModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace breadcrumb::gui {

ExceptionGroupsModel::ExceptionGroupsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExceptionGroupsModel::setGroups(std::shared_ptr<const RunData> run, std::vector<ExceptionGroup> groups,
                                     ExceptionGrouping grouping)
{
    beginResetModel();
    m_run = std::move(run);
    m_groups = m_run ? std::move(groups) : std::vector<ExceptionGroup>{};
    m_grouping = grouping;
    endResetModel();
}

void ExceptionGroupsModel::clear()
{
    setGroups(nullptr, {}, m_grouping);
}

const ExceptionGroup* ExceptionGroupsModel::groupAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_groups.size() ? &m_groups[std::size_t(row)] : nullptr;
}

int ExceptionGroupsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ExceptionGroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExceptionGroupsModel::groupName(const ExceptionGroup& group) const
{
    if (m_grouping == ExceptionGrouping::Type)
        return toQString(group.type);
    return group.function >= 0 ? functionName(*m_run, group.function) : tr("(outside traced calls)");
}

QVariant ExceptionGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const ExceptionGroup& group = m_groups[std::size_t(index.row())];
    const auto count = qlonglong(group.members.size());
    switch (role) {
    case FunctionRole:
        return m_grouping == ExceptionGrouping::RaiseSite ? group.function : -1;
    case Qt::TextAlignmentRole:
        return index.column() == Count || index.column() == Uncaught
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Group && m_grouping == ExceptionGrouping::RaiseSite && group.function >= 0) {
            const FunctionInfo& info = m_run->functions[std::size_t(group.function)];
            return tr("Raised in %1\n%2:%3").arg(groupName(group), toQString(info.file)).arg(info.line);
        }
        if (index.column() == Count)
            return tr("First raised at %1, last at %2")
                .arg(clockText(group.firstNs), clockText(group.lastNs));
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Group:
            return groupName(group);
        case Count:
            return QString::number(count);
        case Uncaught:
            return QString::number(group.uncaught);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Group:
            return groupName(group);
        case Count:
            return count;
        case Uncaught:
            return qlonglong(group.uncaught);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ExceptionGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Group:
            return m_grouping == ExceptionGrouping::Type ? tr("The exception type")
                                                         : tr("The raising function");
        case Uncaught:
            return tr("Exceptions of the group that nothing caught: they ended the run or a thread");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return m_grouping == ExceptionGrouping::Type ? tr("Type") : tr("Raised in");
    case Count:
        return tr("Count");
    case Uncaught:
        return tr("Uncaught");
    }
    return {};
}

} // namespace breadcrumb::gui
