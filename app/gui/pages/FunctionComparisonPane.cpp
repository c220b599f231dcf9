#include "FunctionComparisonPane.h"

#include "Format.h"

#include <algorithm>
#include <FunctionStats.h>
#include <OverlaidHistogram.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

enum Row
{
    Calls,
    P50,
    P90,
    P95,
    P99,
    Max,
    Mean,
    RowCount
};

} // namespace

FunctionComparisonPane::FunctionComparisonPane(FunctionSelection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_title(new QLabel(this)),
      m_histogram(new OverlaidHistogram(this)),
      m_normalised(new QCheckBox(tr("&Normalised (share of calls)"), this)),
      m_table(new QTableWidget(RowCount, 3, this))
{
    setObjectName(QStringLiteral("functionComparison"));
    m_normalised->setObjectName(QStringLiteral("normalisedToggle"));
    m_normalised->setToolTip(
        tr("Bars as the fraction of each run's calls, so runs with different call counts "
           "compare by shape"));
    m_table->setObjectName(QStringLiteral("percentileComparison"));
    m_table->setHorizontalHeaderLabels({tr("Before"), tr("After"), tr("Δ")});
    m_table->setVerticalHeaderLabels(
        {tr("Calls"), tr("P50"), tr("P90"), tr("P95"), tr("P99"), tr("Max"), tr("Mean")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(300);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto* left = new QVBoxLayout;
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_normalised);
    left->addLayout(header);
    left->addWidget(m_histogram, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left, 3);
    layout->addWidget(m_table, 1);

    connect(m_normalised, &QCheckBox::toggled, m_histogram, &OverlaidHistogram::setNormalised);
    connect(selection, &FunctionSelection::currentChanged, this, &FunctionComparisonPane::showFunction);
}

void FunctionComparisonPane::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = trace && trace->isComparison() ? std::move(trace) : nullptr;
    showFunction(m_selection->current());
}

void FunctionComparisonPane::showFunction(int function)
{
    for (int row = 0; row < RowCount; ++row)
        for (int column = 0; column < 3; ++column)
            m_table->setItem(row, column, nullptr);
    if (!m_trace || function < 0 || std::size_t(function) >= m_trace->main->data->functions.size()) {
        m_title->clear();
        m_histogram->clear();
        return;
    }
    // Pooled sides: every pooled run's calls (the shown runs' function indices hold in the pools).
    const RunData& before = *m_trace->main->pooledData();
    const RunData& after = *m_trace->after->pooledData();
    const int afterFunction = m_trace->match ? m_trace->match->toSecond(function) : -1;
    m_title->setText(tr("%1: before and after").arg(functionName(before, function)));
    std::vector<Nanos> beforeDurations = FunctionStats::durations(before, std::uint32_t(function));
    std::vector<Nanos> afterDurations = afterFunction >= 0
                                            ? FunctionStats::durations(after, std::uint32_t(afterFunction))
                                            : std::vector<Nanos>{};
    std::sort(beforeDurations.begin(), beforeDurations.end());
    std::sort(afterDurations.begin(), afterDurations.end());

    const auto figure = [](const std::vector<Nanos>& sorted, int row) -> double {
        switch (row) {
        case Calls:
            return double(sorted.size());
        case P50:
            return FunctionStats::percentile(sorted, 50);
        case P90:
            return FunctionStats::percentile(sorted, 90);
        case P95:
            return FunctionStats::percentile(sorted, 95);
        case P99:
            return FunctionStats::percentile(sorted, 99);
        case Max:
            return double(sorted.back());
        default: {
            double sum = 0;
            for (const Nanos d : sorted)
                sum += double(d);
            return sum / double(sorted.size());
        }
        }
    };
    const auto text = [](int row, double value) {
        return row == Calls ? QStringLiteral("%L1").arg(qlonglong(value)) : msText(value);
    };
    for (int row = 0; row < RowCount; ++row) {
        const bool hasBefore = !beforeDurations.empty();
        const bool hasAfter = !afterDurations.empty();
        const double b = hasBefore ? figure(beforeDurations, row) : 0;
        const double a = hasAfter ? figure(afterDurations, row) : 0;
        m_table->setItem(row, 0, new QTableWidgetItem(hasBefore ? text(row, b) : tr("—")));
        m_table->setItem(row, 1, new QTableWidgetItem(hasAfter ? text(row, a) : tr("—")));
        QString delta = tr("—");
        if (hasBefore && hasAfter)
            delta = row == Calls ? QStringLiteral("%1%L2")
                                       .arg(a >= b ? QStringLiteral("+") : QString())
                                       .arg(qlonglong(a - b))
                                 : signedMsText(Nanos(std::llround(a - b)));
        m_table->setItem(row, 2, new QTableWidgetItem(delta));
        for (int column = 0; column < 3; ++column)
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_histogram->setDurations(std::move(beforeDurations), std::move(afterDurations));
}

} // namespace breadcrumb::gui
