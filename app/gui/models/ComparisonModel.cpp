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
    case ComparisonRow::Status::Changed:
        return ComparisonModel::tr("changed");
    case ComparisonRow::Status::New:
        return ComparisonModel::tr("new");
    case ComparisonRow::Status::Vanished:
        return ComparisonModel::tr("gone"); // as the chart and the CLI say
    }
    return {};
}

QString verdictText(ComparisonRow::Verdict verdict)
{
    switch (verdict) {
    case ComparisonRow::Verdict::Unchanged:
        return ComparisonModel::tr("unchanged");
    case ComparisonRow::Verdict::Slower:
        return ComparisonModel::tr("slower");
    case ComparisonRow::Verdict::Faster:
        return ComparisonModel::tr("faster");
    case ComparisonRow::Verdict::New:
        return ComparisonModel::tr("new");
    case ComparisonRow::Verdict::Gone:
        return ComparisonModel::tr("gone");
    }
    return {};
}

QString pText(const ComparisonRow& r)
{
    if (r.basis == ComparisonRow::Basis::TooFewCalls)
        return ComparisonModel::tr("few calls");
    if (!r.pValue)
        return QStringLiteral("—");
    return *r.pValue < 0.001 ? QStringLiteral("<0.001") : QString::number(*r.pValue, 'f', 3);
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
        return index.column() == Name || index.column() == Status || index.column() == Verdict ||
                       index.column() == Module
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == FunctionRole)
        return b ? int(b->function) : -1; // the before run is the one the other pages show
    if (role == AfterFunctionRole)
        return a ? int(a->function) : -1;
    if (role == Qt::ToolTipRole && (index.column() == Verdict || index.column() == PValue)) {
        switch (r.basis) {
        case ComparisonRow::Basis::RankTest:
            return tr("Mann–Whitney test on the per-call times: p = %1, Cliff's delta %2 (p < 0.01 is a real "
                      "change)")
                .arg(r.pValue.value_or(1), 0, 'g', 3)
                .arg(r.cliffsDelta.value_or(0), 0, 'f', 2);
        case ComparisonRow::Basis::CallCount:
            return tr("The calls take as long as before (p = %1), but there are %2 instead of %3")
                .arg(r.pValue.value_or(1), 0, 'g', 3)
                .arg(a ? a->calls : 0)
                .arg(b ? b->calls : 0);
        case ComparisonRow::Basis::TooFewCalls:
            return tr("Fewer than 8 calls on a side: too few for the test, judged by the noise floor only "
                      "(0.1 ms and 1% of the run)");
        case ComparisonRow::Basis::BelowNoiseFloor:
            return tr("The change is under the noise floor: below 0.1 ms or 1% of the run");
        case ComparisonRow::Basis::None:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        if (r.verdict == ComparisonRow::Verdict::Slower)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r.verdict == ComparisonRow::Verdict::Faster)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
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
        case Name:
            return toQString(r.name);
        case Module:
            return toQString(r.module);
        case Status:
            return statusText(r.status);
        case Verdict:
            return verdictText(r.verdict);
        case SelfDelta:
            return signedMsText(r.deltaSelf);
        case PValue:
            return r.status == ComparisonRow::Status::Changed ? pText(r) : QString();
        case CallsBefore:
            return b ? QString::number(b->calls) : none;
        case CallsAfter:
            return a ? QString::number(a->calls) : none;
        case TotalBefore:
            return b ? msText(b->total) : none;
        case TotalAfter:
            return a ? msText(a->total) : none;
        case DeltaTotal:
            return signedMsText(r.deltaTotal);
        case DeltaPercent:
            return r.deltaPercent ? QString::asprintf("%+.1f%%", *r.deltaPercent) : tr("new");
        case AvgBefore:
            return b ? msText(b->avg) : none;
        case AvgAfter:
            return a ? msText(a->avg) : none;
        case P95Before:
            return b ? msText(b->p95) : none;
        case P95After:
            return a ? msText(a->p95) : none;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return toQString(r.name);
        case Module:
            return toQString(r.module);
        case Status:
            return int(r.status);
        case Verdict:
            return int(r.verdict);
        case SelfDelta:
            return qlonglong(r.deltaSelf);
        case PValue:
            return r.pValue.value_or(2.0);
        case CallsBefore:
            return qlonglong(b ? b->calls : 0);
        case CallsAfter:
            return qlonglong(a ? a->calls : 0);
        case TotalBefore:
            return qlonglong(b ? b->total : 0);
        case TotalAfter:
            return qlonglong(a ? a->total : 0);
        case DeltaTotal:
            return qlonglong(r.deltaTotal);
        case DeltaPercent:
            return r.deltaPercent ? *r.deltaPercent : 1e300;
        case AvgBefore:
            return b ? b->avg : 0.0;
        case AvgAfter:
            return a ? a->avg : 0.0;
        case P95Before:
            return b ? b->p95 : 0.0;
        case P95After:
            return a ? a->p95 : 0.0;
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
        case P95After:
            return tr("Over the call durations (start to end, suspensions included: latency)");
        case Verdict:
            return tr(
                "Slower or faster only when the change is real: a Mann–Whitney test on the per-call times "
                "(p < 0.01, 8+ calls a side) and above the noise floor (0.1 ms and 1% of the run)");
        case SelfDelta:
            return tr("Change of the function's own (self) time: where the time itself went");
        case PValue:
            return tr("p value of the Mann–Whitney test; \"few calls\" when a side has fewer than 8");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Function");
    case Module:
        return tr("Module");
    case Status:
        return tr("Status");
    case Verdict:
        return tr("Verdict");
    case SelfDelta:
        return tr("Δ self");
    case PValue:
        return tr("p");
    case CallsBefore:
        return tr("Calls before");
    case CallsAfter:
        return tr("Calls after");
    case TotalBefore:
        return tr("Total before");
    case TotalAfter:
        return tr("Total after");
    case DeltaTotal:
        return tr("Δ total");
    case DeltaPercent:
        return tr("Δ%");
    case AvgBefore:
        return tr("Avg before");
    case AvgAfter:
        return tr("Avg after");
    case P95Before:
        return tr("P95 before");
    case P95After:
        return tr("P95 after");
    }
    return {};
}

} // namespace breadcrumb::gui
