#include "FunctionStatsModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace breadcrumb::gui {

FunctionStatsModel::FunctionStatsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FunctionStatsModel::setRun(std::shared_ptr<const RunData> run, std::vector<FunctionSummary> summaries,
                                bool everyCall)
{
    beginResetModel();
    m_run = std::move(run);
    m_everyCall = everyCall;
    m_rows = std::move(summaries);
    m_rowOfFunction.assign(m_run ? m_run->functions.size() : 0, -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].function < m_rowOfFunction.size())
            m_rowOfFunction[m_rows[i].function] = int(i);
    endResetModel();
}

void FunctionStatsModel::clear()
{
    setRun(nullptr, {});
}

bool FunctionStatsModel::knows(Column column) const
{
    return m_everyCall || (column != Min && column != Median && column != P95 && column != P99);
}

int FunctionStatsModel::rowOfFunction(std::uint32_t function) const
{
    return function < m_rowOfFunction.size() ? m_rowOfFunction[function] : -1;
}

const FunctionSummary* FunctionStatsModel::summaryAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int FunctionStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunctionStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const FunctionSummary& s = m_rows[std::size_t(index.row())];
    const FunctionInfo& info = m_run->functions[s.function];
    const int column = index.column();

    if (role == FunctionRole)
        return int(s.function);
    if (role == Qt::TextAlignmentRole)
        return column == Name || column == Module || column == Location
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (column == Name || column == Location))
        return tr("%1\n%2:%3").arg(functionName(*m_run, s.function), toQString(info.file)).arg(info.line);
    if ((role == Qt::DisplayRole || role == SortRole) && !knows(Column(column)))
        return {};
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return functionName(*m_run, s.function);
        case Calls:
            return QString::number(s.calls);
        case Total:
            return msText(s.total);
        case Self:
            return msText(s.self);
        case Avg:
            return msText(s.avg);
        case Median:
            return msText(s.median);
        case P95:
            return msText(s.p95);
        case P99:
            return msText(s.p99);
        case Min:
            return msText(s.min);
        case Max:
            return msText(s.max);
        case Module:
            return toQString(info.module);
        case Location:
            return locationText(info);
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Name:
            return functionName(*m_run, s.function);
        case Calls:
            return qlonglong(s.calls);
        case Total:
            return qlonglong(s.total);
        case Self:
            return qlonglong(s.self);
        case Avg:
            return s.avg;
        case Median:
            return s.median;
        case P95:
            return s.p95;
        case P99:
            return s.p99;
        case Min:
            return qlonglong(s.min);
        case Max:
            return qlonglong(s.max);
        case Module:
            return toQString(info.module);
        case Location:
            return locationText(info);
        }
    }
    return {};
}

QVariant FunctionStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Function");
        case Calls:
            return tr("Calls");
        case Total:
            return tr("Total");
        case Self:
            return tr("Self");
        case Avg:
            return tr("Avg");
        case Median:
            return tr("Median");
        case P95:
            return tr("P95");
        case P99:
            return tr("P99");
        case Min:
            return tr("Min");
        case Max:
            return tr("Max");
        case Module:
            return tr("Module");
        case Location:
            return tr("File:Line");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Calls:
            return tr("Number of calls");
        case Total:
            return tr(
                "Inclusive time: while the function is on a thread's stack, summed over the threads; a "
                "recursion counts once, a generator or coroutine only while it runs, not while suspended");
        case Self:
            return tr(
                "Self time: while the function is the running frame (its own code and the untraced code "
                "it calls)");
        case Avg:
            return tr("Average duration of one call (start to end, suspensions included: latency)");
        case Median:
        case P95:
        case P99:
        case Min:
        case Max:
            return tr("Over the call durations (start to end, suspensions included: latency)");
        default:
            break;
        }
    }
    return {};
}

} // namespace breadcrumb::gui
