#include "QueryResultModel.h"

#include "DurationFormat.h"
#include "Format.h"
#include "ModelRoles.h"

#include <QColor>

namespace breadcrumb::gui {

QueryResultModel::QueryResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueryResultModel::setResult(QueryResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_durationColumns.clear();
    for (const std::string& name : m_result.columns)
        m_durationColumns.push_back(breadcrumb::isDurationColumn(name));
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult({});
}

int QueryResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant QueryResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_result.rows[std::size_t(index.row())];
    if (std::size_t(index.column()) >= row.size())
        return {};
    const SqlValue& value = row[std::size_t(index.column())];
    const bool duration = isDurationColumn(index.column());
    const auto* integer = std::get_if<std::int64_t>(&value);
    const auto* real = std::get_if<double>(&value);
    switch (role) {
    case Qt::DisplayRole:
        if (duration && (integer || real))
            return formatDurationMs(integer ? double(*integer) : *real);
        return toQString(sqlValueToString(value));
    case Qt::ToolTipRole:
        if (duration && (integer || real))
            return tr("%1 ms").arg(toQString(sqlValueToString(value)));
        return {};
    case SortRole:
        if (const auto* i = std::get_if<std::int64_t>(&value))
            return qlonglong(*i);
        if (const auto* d = std::get_if<double>(&value))
            return *d;
        if (const auto* s = std::get_if<std::string>(&value))
            return toQString(*s);
        return {};
    case Qt::TextAlignmentRole:
        return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (std::holds_alternative<std::monostate>(value))
            return QColor(Qt::gray);
        return {};
    default:
        break;
    }
    return {};
}

bool QueryResultModel::isDurationColumn(int column) const
{
    return column >= 0 && std::size_t(column) < m_durationColumns.size() &&
           m_durationColumns[std::size_t(column)];
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || std::size_t(section) >= m_result.columns.size())
        return {};
    return toQString(m_result.columns[std::size_t(section)]);
}

} // namespace breadcrumb::gui
