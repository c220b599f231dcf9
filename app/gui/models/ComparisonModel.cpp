#include "ComparisonModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace breadcrumb::gui {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setRows(std::vector<ComparisonRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ComparisonRow* ComparisonModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusText(ComparisonRow::Status status)
{
    switch (status) {
    case ComparisonRow::Status::Changed: return ComparisonModel::tr("changed");
    case ComparisonRow::Status::New: return ComparisonModel::tr("new");
    case ComparisonRow::Status::Vanished: return ComparisonModel::tr("gone"); // as the chart and the CLI say
    }
    return {};
}

QString signedMs(Nanos ns)
{
    return (ns > 0 ? QStringLiteral("+") : ns < 0 ? QStringLiteral("-") : QString()) + msText(ns < 0 ? -ns : ns);
}

} // namespace

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow& r = m_rows[std::size_t(index.row())];
    const auto& b = r.before;
    const auto& a = r.after;
    const QString none = QStringLiteral("—");

    if (role == Qt::TextAlignmentRole)
        return index.column() == Name || index.column() == Status || index.column() == Module
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == FunctionRole)
        return b ? int(b->function) : -1; // the before run is the one the other pages show
    if (role == Qt::ForegroundRole && (index.column() == DeltaTotal || index.column() == DeltaPercent)) {
        // Slower red, faster green, lightened where the application's palette is dark.
        const QColor base = QGuiApplication::palette().color(QPalette::Base);
        if (r.deltaTotal > 0)
            return QBrush(ThemeColors::readableOn(QColor(0xc6, 0x28, 0x28), base, 4.5));
        if (r.deltaTotal < 0)
            return QBrush(ThemeColors::readableOn(QColor(0x2e, 0x7d, 0x32), base, 4.5));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return toQString(r.name);
        case Module: return toQString(r.module);
        case Status: return statusText(r.status);
        case CallsBefore: return b ? QString::number(b->calls) : none;
        case CallsAfter: return a ? QString::number(a->calls) : none;
        case TotalBefore: return b ? msText(b->total) : none;
        case TotalAfter: return a ? msText(a->total) : none;
        case DeltaTotal: return signedMs(r.deltaTotal);
        case DeltaPercent:
            return r.deltaPercent ? QString::asprintf("%+.1f%%", *r.deltaPercent) : tr("new");
        case AvgBefore: return b ? msText(b->avg) : none;
        case AvgAfter: return a ? msText(a->avg) : none;
        case P95Before: return b ? msText(b->p95) : none;
        case P95After: return a ? msText(a->p95) : none;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return toQString(r.name);
        case Module: return toQString(r.module);
        case Status: return int(r.status);
        case CallsBefore: return qlonglong(b ? b->calls : 0);
        case CallsAfter: return qlonglong(a ? a->calls : 0);
        case TotalBefore: return qlonglong(b ? b->total : 0);
        case TotalAfter: return qlonglong(a ? a->total : 0);
        case DeltaTotal: return qlonglong(r.deltaTotal);
        case DeltaPercent: return r.deltaPercent ? *r.deltaPercent : 1e300;
        case AvgBefore: return b ? b->avg : 0.0;
        case AvgAfter: return a ? a->avg : 0.0;
        case P95Before: return b ? b->p95 : 0.0;
        case P95After: return a ? a->p95 : 0.0;
        }
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalBefore:
        case TotalAfter:
        case DeltaTotal:
        case DeltaPercent:
            return tr("Inclusive time, as in the Functions table: while the function is on a thread's stack, "
                      "summed over the threads, a recursion counted once");
        case AvgBefore:
        case AvgAfter:
        case P95Before:
        case P95After: return tr("Over the call durations (start to end, suspensions included: latency)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Function");
    case Module: return tr("Module");
    case Status: return tr("Status");
    case CallsBefore: return tr("Calls before");
    case CallsAfter: return tr("Calls after");
    case TotalBefore: return tr("Total before");
    case TotalAfter: return tr("Total after");
    case DeltaTotal: return tr("Δ total");
    case DeltaPercent: return tr("Δ%");
    case AvgBefore: return tr("Avg before");
    case AvgAfter: return tr("Avg after");
    case P95Before: return tr("P95 before");
    case P95After: return tr("P95 after");
    }
    return {};
}

} // namespace breadcrumb::gui
