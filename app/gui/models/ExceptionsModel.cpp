#include "ExceptionsModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace breadcrumb::gui {

ExceptionsModel::ExceptionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExceptionsModel::setRun(std::shared_ptr<const RunData> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_rows.clear();
    if (m_run)
        for (std::size_t i = 0; i < m_run->exceptions.size(); ++i)
            if (!isCleanSystemExit(m_run->exceptions[i].type, m_run->exceptions[i].message))
                m_rows.push_back(static_cast<std::uint32_t>(i));
    endResetModel();
}

const ExceptionRecord* ExceptionsModel::exceptionAt(int row) const
{
    return m_run && row >= 0 && std::size_t(row) < m_rows.size() ? &m_run->exceptions[m_rows[std::size_t(row)]]
                                                                  : nullptr;
}

int ExceptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const ExceptionRecord& e = m_run->exceptions[m_rows[std::size_t(index.row())]];
    const auto threadName = [&] {
        return e.thread < m_run->threads.size() ? toQString(m_run->threads[e.thread].name) : QString();
    };
    switch (role) {
    case ExceptionRole: return int(m_rows[std::size_t(index.row())]);
    case CallRole: return e.call;
    case FunctionRole: return e.function;
    case Qt::ToolTipRole: return e.traceback.empty() ? QVariant() : toQString(e.traceback);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return clockText(e.timestampNs);
        case Type: return toQString(e.type);
        case Message: return toQString(e.message).simplified();
        case Function: return e.function >= 0 ? functionName(*m_run, e.function) : QString();
        case Thread: return threadName();
        case Escaped: return e.escaped ? tr("escaped") : tr("handled");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Time: return qlonglong(e.timestampNs);
        case Type: return toQString(e.type);
        case Message: return toQString(e.message);
        case Function: return e.function >= 0 ? functionName(*m_run, e.function) : QString();
        case Thread: return threadName();
        case Escaped: return e.escaped;
        }
        break;
    default: break;
    }
    return {};
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Type: return tr("Type");
    case Message: return tr("Message");
    case Function: return tr("Function");
    case Thread: return tr("Thread");
    case Escaped: return tr("Escaped");
    }
    return {};
}

} // namespace breadcrumb::gui
