#include "CallListModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <algorithm>

namespace breadcrumb::gui {

CallListModel::CallListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallListModel::setFunction(std::shared_ptr<const RunData> run, std::uint32_t function)
{
    m_run = std::move(run);
    m_all.clear();
    if (m_run && function < m_run->functions.size()) {
        const auto calls = m_run->callsOf(function);
        m_all.assign(calls.begin(), calls.end());
    }
    m_hasRange = false;
    rebuild();
}

void CallListModel::clear()
{
    m_run.reset();
    m_all.clear();
    m_hasRange = false;
    rebuild();
}

void CallListModel::setDurationRange(Nanos lo, Nanos hi)
{
    m_hasRange = true;
    m_lo = std::min(lo, hi);
    m_hi = std::max(lo, hi);
    rebuild();
}

void CallListModel::clearDurationRange()
{
    m_hasRange = false;
    rebuild();
}

void CallListModel::rebuild()
{
    beginResetModel();
    if (!m_hasRange) {
        m_shown = m_all;
    } else {
        m_shown.clear();
        for (std::uint32_t c : m_all) {
            const Nanos d = m_run->calls[c].durationNs;
            if (d >= m_lo && d <= m_hi)
                m_shown.push_back(c);
        }
    }
    endResetModel();
}

std::int64_t CallListModel::callAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_shown.size() ? std::int64_t(m_shown[std::size_t(row)]) : -1;
}

int CallListModel::rowOfCall(std::uint32_t call) const
{
    const auto it = std::find(m_shown.begin(), m_shown.end(), call);
    return it == m_shown.end() ? -1 : int(it - m_shown.begin());
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const std::uint32_t callIndex = m_shown[std::size_t(index.row())];
    const CallRecord& call = m_run->calls[callIndex];
    // Computed per column only: a proxy sorting 100k calls asks for one column of every row.
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case Thread:
            return call.thread < m_run->threads.size() ? toQString(m_run->threads[call.thread].name)
                                                       : QString();
        case Caller:
            return functionName(*m_run, call.parent >= 0
                                            ? std::int64_t(m_run->calls[std::size_t(call.parent)].function)
                                            : std::int64_t(-1));
        case Exception:
            if (const std::int32_t exception = m_run->exceptionOf(callIndex); exception >= 0)
                return toQString(m_run->exceptions[std::size_t(exception)].type);
            return QString();
        default:
            return {};
        }
    };
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case Start:
            return qlonglong(call.startNs);
        case Duration:
            return qlonglong(call.durationNs);
        case Self:
            return qlonglong(call.selfNs);
        default:
            return text();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Start:
            return clockText(call.startNs);
        case Duration:
            return msText(call.durationNs);
        case Self:
            return msText(call.selfNs);
        default:
            return text();
        }
    case CallRole:
        return int(callIndex);
    case FunctionRole:
        return int(call.function);
    case Qt::TextAlignmentRole:
        return index.column() == Duration || index.column() == Self
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Duration:
            return tr("Start to end, suspensions included (latency)");
        case Self:
            return tr("Self time: while the call was the running frame");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case Duration:
        return tr("Duration");
    case Self:
        return tr("Self");
    case Thread:
        return tr("Thread");
    case Caller:
        return tr("Caller");
    case Exception:
        return tr("Exception");
    }
    return {};
}

} // namespace breadcrumb::gui
