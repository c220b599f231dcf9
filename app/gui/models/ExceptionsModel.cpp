#include "ExceptionsModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <algorithm>

namespace breadcrumb::gui {

ExceptionsModel::ExceptionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExceptionsModel::setRun(std::shared_ptr<const RunData> run)
{
    m_run = std::move(run);
    m_outcomes = m_run ? exceptionOutcomes(*m_run) : std::vector<ExceptionOutcome>{};
    m_listed.clear();
    if (m_run)
        for (std::size_t i = 0; i < m_run->exceptions.size(); ++i)
            if (!isCleanSystemExit(m_run->exceptions[i].type, m_run->exceptions[i].message))
                m_listed.push_back(static_cast<std::uint32_t>(i));
    m_only.reset();
    rebuild();
}

void ExceptionsModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void ExceptionsModel::setOnly(std::optional<std::vector<std::uint32_t>> exceptions)
{
    if (exceptions)
        std::sort(exceptions->begin(), exceptions->end());
    m_only = std::move(exceptions);
    rebuild();
}

void ExceptionsModel::rebuild()
{
    beginResetModel();
    m_matching.clear();
    m_rows.clear();
    const QString needle = m_filter.trimmed();
    // Names are matched per function, once each.
    std::vector<char> functionMatches;
    if (m_run && !needle.isEmpty()) {
        functionMatches.resize(m_run->functions.size());
        for (std::size_t f = 0; f < functionMatches.size(); ++f)
            functionMatches[f] = functionName(*m_run, std::int64_t(f)).contains(needle, Qt::CaseInsensitive);
    }
    for (const std::uint32_t i : m_listed) {
        const ExceptionRecord& e = m_run->exceptions[i];
        const bool keep = needle.isEmpty() || toQString(e.type).contains(needle, Qt::CaseInsensitive) ||
                          toQString(e.message).contains(needle, Qt::CaseInsensitive) ||
                          (e.function >= 0 && std::size_t(e.function) < functionMatches.size() &&
                           functionMatches[std::size_t(e.function)]);
        if (!keep)
            continue;
        m_matching.push_back(i);
        if (!m_only || std::binary_search(m_only->begin(), m_only->end(), i))
            m_rows.push_back(i);
    }
    endResetModel();
}

const ExceptionRecord* ExceptionsModel::exceptionAt(int row) const
{
    return m_run && row >= 0 && std::size_t(row) < m_rows.size()
               ? &m_run->exceptions[m_rows[std::size_t(row)]]
               : nullptr;
}

int ExceptionsModel::uncaughtCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](std::uint32_t e) { return m_outcomes[e].uncaught; }));
}

int ExceptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExceptionsModel::outcomeText(std::uint32_t exception) const
{
    return m_outcomes[exception].uncaught ? tr("uncaught") : tr("handled");
}

QString ExceptionsModel::outcomeDetail(std::uint32_t exception) const
{
    const ExceptionRecord& e = m_run->exceptions[exception];
    const ExceptionOutcome& outcome = m_outcomes[exception];
    if (outcome.uncaught) {
        const QString thread =
            e.thread < m_run->threads.size() ? toQString(m_run->threads[e.thread].name) : QString();
        return thread == QLatin1String("MainThread") ? tr("Uncaught: it ended the run")
                                                     : tr("Uncaught: it ended the thread %1").arg(thread);
    }
    if (outcome.handler >= 0 && outcome.handler == e.call)
        return tr("Handled in the raising call");
    if (outcome.handler >= 0)
        return tr("Handled in %1, after leaving the raising call")
            .arg(functionName(*m_run, m_run->calls[std::size_t(outcome.handler)].function));
    return tr("Handled");
}

QVariant ExceptionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const std::uint32_t exception = m_rows[std::size_t(index.row())];
    const ExceptionRecord& e = m_run->exceptions[exception];
    const auto threadName = [&] {
        return e.thread < m_run->threads.size() ? toQString(m_run->threads[e.thread].name) : QString();
    };
    switch (role) {
    case ExceptionRole:
        return int(exception);
    case CallRole:
        return e.call;
    case FunctionRole:
        return e.function;
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return outcomeDetail(exception);
        return e.traceback.empty() ? QVariant() : toQString(e.traceback);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return clockText(e.timestampNs);
        case Type:
            return toQString(e.type);
        case Message:
            return toQString(e.message).simplified();
        case Function:
            return e.function >= 0 ? functionName(*m_run, e.function) : QString();
        case Thread:
            return threadName();
        case Outcome:
            return outcomeText(exception);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Time:
            return qlonglong(e.timestampNs);
        case Type:
            return toQString(e.type);
        case Message:
            return toQString(e.message);
        case Function:
            return e.function >= 0 ? functionName(*m_run, e.function) : QString();
        case Thread:
            return threadName();
        case Outcome:
            return m_outcomes[exception].uncaught;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Outcome)
        return tr("Uncaught: nothing in the traced code caught it, so it ended the run or its thread. "
                  "Handled: caught, in the raising call or by a caller (hover a row to see where).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Message:
        return tr("Message");
    case Function:
        return tr("Function");
    case Thread:
        return tr("Thread");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}

} // namespace breadcrumb::gui
