#include "CallerCalleeModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace breadcrumb::gui {

CallerCalleeModel::CallerCalleeModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallerCalleeModel::setFunction(std::shared_ptr<const RunData> run, std::uint32_t function,
                                    const CallerCalleeIndex* index)
{
    beginResetModel();
    m_run = std::move(run);
    m_function = m_run && function < m_run->functions.size() ? std::int64_t(function) : -1;
    m_rows = m_run && function < m_run->functions.size() ? entries(*m_run, function, index)
                                                         : std::vector<CallerCalleeEntry>{};
    endResetModel();
}

void CallerCalleeModel::clear()
{
    beginResetModel();
    m_run.reset();
    m_function = -1;
    m_rows.clear();
    endResetModel();
}

int CallerCalleeModel::functionAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].function : -1;
}

int CallerCalleeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallerCalleeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallerCalleeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const CallerCalleeEntry& e = m_rows[std::size_t(index.row())];
    switch (role) {
    case FunctionRole:
        return e.function;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return functionName(*m_run, e.function);
        case Calls:
            return QString::number(e.calls);
        case Total:
            return msText(e.total);
        case Share:
            return percentText(e.share);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return functionName(*m_run, e.function);
        case Calls:
            return qlonglong(e.calls);
        case Total:
            return qlonglong(e.total);
        case Share:
            return e.share;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Share)
            return tr("%1 of the inclusive time of %2 (its Total in the Functions table)")
                .arg(percentText(e.share), functionName(*m_run, m_function));
        if (e.function >= 0)
            return toQString(m_run->functions[std::size_t(e.function)].file);
        return tr("Calls with no traced caller");
    default:
        break;
    }
    return {};
}

QVariant CallerCalleeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Total:
            return totalToolTip();
        case Share:
            return tr("Total as a share of the selected function's inclusive time");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return nameHeader();
    case Calls:
        return tr("Calls");
    case Total:
        return tr("Total");
    case Share:
        return tr("Share");
    }
    return {};
}

} // namespace breadcrumb::gui
