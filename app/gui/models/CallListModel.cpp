#include "CallListModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <algorithm>
#include <map>
#include <utility>

namespace breadcrumb::gui {

CallListModel::CallListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallListModel::setFunction(std::shared_ptr<const RunData> run, std::uint32_t function)
{
    m_run = std::move(run);
    m_all = m_run && function < m_run->functions.size() ? m_run->callsOf(function)
                                                        : std::span<const std::uint32_t>();
    m_hasRange = false;
    rebuild();
}

void CallListModel::clear()
{
    m_run.reset();
    m_all = {};
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
    fillRows();
    endResetModel();
}

void CallListModel::fillRows()
{
    m_rows.clear();
    if (!rowsMaterialised()) {
        m_rows.shrink_to_fit(); // a sorted list of millions of calls is not kept for nothing
        return;
    }
    if (!m_hasRange) {
        m_rows.assign(m_all.begin(), m_all.end());
    } else {
        for (std::uint32_t c : m_all) {
            const Nanos d = m_run->calls[c].durationNs;
            if (d >= m_lo && d <= m_hi)
                m_rows.push_back(c);
        }
    }
    if (m_sortColumn < 0 || m_rows.empty())
        return;
    // One integer key per row: the text columns sort by the rank of their text among the distinct texts
    // (a handful of threads, functions and exception types), the order QString's operator< gives.
    const RunData& run = *m_run;
    const auto ranks = [](const std::vector<QString>& texts) {
        std::vector<std::size_t> order(texts.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return texts[a] < texts[b]; });
        std::vector<std::int64_t> rank(texts.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            rank[order[i]] =
                i > 0 && texts[order[i]] == texts[order[i - 1]] ? rank[order[i - 1]] : std::int64_t(i);
        return rank;
    };
    std::vector<std::int64_t> rank;
    std::map<QString, std::int64_t> exceptionRank;
    switch (m_sortColumn) {
    case Thread: {
        std::vector<QString> names;
        for (const ThreadInfo& thread : run.threads)
            names.push_back(toQString(thread.name));
        rank = ranks(names);
        break;
    }
    case Caller: {
        std::vector<QString> names{functionName(run, -1)}; // index 0: no caller
        for (std::size_t f = 0; f < run.functions.size(); ++f)
            names.push_back(functionName(run, std::int64_t(f)));
        rank = ranks(names);
        break;
    }
    case Exception:
        exceptionRank[QString()] = 0;
        for (std::uint32_t c : m_rows)
            if (const std::int32_t e = run.exceptionOf(c); e >= 0)
                exceptionRank[toQString(run.exceptions[std::size_t(e)].type)] = 0;
        for (std::int64_t i = 0; auto& [type, r] : exceptionRank)
            r = i++;
        break;
    default:
        break;
    }
    const auto key = [&](std::uint32_t c) -> std::int64_t {
        const CallRecord& call = run.calls[c];
        switch (m_sortColumn) {
        case Start:
            return call.startNs;
        case Duration:
            return call.durationNs;
        case Self:
            return call.selfNs;
        case Thread:
            return call.thread < rank.size() ? rank[call.thread] : -1;
        case Caller:
            return rank[call.parent >= 0 ? run.calls[std::size_t(call.parent)].function + 1 : 0];
        case Exception: {
            const std::int32_t e = run.exceptionOf(c);
            return e >= 0 ? exceptionRank[toQString(run.exceptions[std::size_t(e)].type)] : 0;
        }
        default:
            return 0;
        }
    };
    std::vector<std::pair<std::int64_t, std::uint32_t>> keyed;
    keyed.reserve(m_rows.size());
    for (std::uint32_t c : m_rows)
        keyed.emplace_back(key(c), c);
    // Stable, as the proxy was: equal keys stay in start order.
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    else
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return b.first < a.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        m_rows[i] = keyed[i].second;
}

void CallListModel::sort(int column, Qt::SortOrder order)
{
    column = column >= 0 && column < ColumnCount ? column : -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    // A layout change, not a reset: the selected call stays selected where it moves.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::int64_t> calls;
    calls.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        calls.push_back(callAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    fillRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = calls[std::size_t(i)] >= 0 ? rowOfCall(std::uint32_t(calls[std::size_t(i)])) : -1;
        after.push_back(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::int64_t CallListModel::callAt(int row) const
{
    return row >= 0 && row < rowCount() ? std::int64_t(callOfRow(std::size_t(row))) : -1;
}

int CallListModel::rowOfCall(std::uint32_t call) const
{
    if (!rowsMaterialised()) {
        // Start order is index order (RunData::calls is ordered by start).
        const auto it = std::lower_bound(m_all.begin(), m_all.end(), call);
        return it == m_all.end() || *it != call ? -1 : int(it - m_all.begin());
    }
    const auto it = std::find(m_rows.begin(), m_rows.end(), call);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rowsMaterialised() ? m_rows.size() : m_all.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const std::uint32_t callIndex = callOfRow(std::size_t(index.row()));
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
