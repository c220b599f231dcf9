#include "FunctionPage.h"

#include "CallListModel.h"
#include "Format.h"
#include "ModelRoles.h"
#include "SourceView.h"

#include <algorithm>
#include <CallTimelinePlot.h>
#include <HistogramPlot.h>
#include <PercentilePanel.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace breadcrumb::gui {

FunctionPage::FunctionPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_panel(new PercentilePanel(this)), m_callModel(new CallListModel(this)),
      m_calls(new QTableView(this)), m_filterLabel(new QLabel(this)),
      m_clearFilter(new QPushButton(tr("Show all calls"), this)), m_source(new SourceView(this)),
      m_bottomTabs(new QTabWidget(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_calls->setObjectName(QStringLiteral("callListTable"));
    m_calls->setModel(m_callModel); // it sorts itself, only once the user clicks a header
    m_calls->setSortingEnabled(true);
    // The model is already in start order; sorting a million rows on every selection would cost more than
    // everything else.
    m_calls->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setAlternatingRowColors(true);
    m_calls->verticalHeader()->hide();
    m_calls->verticalHeader()->setDefaultSectionSize(m_calls->fontMetrics().height() + 6);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->setToolTip(tr("Double-click a call to show it in the call tree"));
    m_clearFilter->setEnabled(false);
    m_clearFilter->setObjectName(QStringLiteral("showAllCalls"));

    auto* callsPane = new QWidget(this);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel, 1);
    filterRow->addWidget(m_clearFilter);
    auto* callsLayout = new QVBoxLayout(callsPane);
    callsLayout->setContentsMargins(0, 4, 0, 0);
    callsLayout->addLayout(filterRow);
    callsLayout->addWidget(m_calls, 1);
    m_bottomTabs->addTab(callsPane, tr("Calls"));
    m_bottomTabs->addTab(m_source, tr("Source"));

    m_splitter->setObjectName(QStringLiteral("functionSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_bottomTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_panel, &PercentilePanel::rangeSelected, this, [this](Nanos lo, Nanos hi) {
        m_callModel->setDurationRange(lo, hi);
        updateFilterLabel();
    });
    connect(m_panel, &PercentilePanel::rangeCleared, this, [this] {
        m_callModel->clearDurationRange();
        updateFilterLabel();
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_panel->histogram()->clearSelection();
        m_callModel->clearDurationRange();
        updateFilterLabel();
    });
    connect(m_panel, &PercentilePanel::callActivated, this, &FunctionPage::selectCallRow);
    connect(m_panel, &PercentilePanel::callDoubleClicked, this, &FunctionPage::requestCall);
    connect(m_calls, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const int call = index.data(CallRole).toInt();
        if (call >= 0)
            requestCall(std::uint32_t(call));
    });
    connect(selection, &FunctionSelection::currentChanged, this, &FunctionPage::showFunction);
    updateFilterLabel();
}

void FunctionPage::setCompact(bool compact)
{
    // The overlaid histograms above show both runs' durations: each side keeps its figures and calls.
    m_panel->setPlotsVisible(!compact);
    // Without its plots the panel needs only its figures' height; the calls get the rest. A splitter keeps
    // the slot it gave a widget that has since been capped (an empty band), so the sizes are set again.
    m_panel->layout()->invalidate(); // the hidden plots leave its minimum height only now
    const int figures = m_panel->minimumSizeHint().height();
    m_panel->setMaximumHeight(compact ? figures : QWIDGETSIZE_MAX);
    m_splitter->setStretchFactor(0, compact ? 0 : 3);
    const int height = std::max(m_splitter->height(), 500);
    m_splitter->setSizes(compact ? QList<int>{figures, height - figures}
                                 : QList<int>{height * 3 / 5, height * 2 / 5});
}

void FunctionPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    showFunction(selection()->current());
}

void FunctionPage::showFunction(int function)
{
    // A pooled side shows every pooled run's calls; the selection's index is the shown run's, which the pool
    // keeps.
    const auto run = m_trace ? m_trace->main->pooledData() : nullptr;
    if (!run || function < 0 || std::size_t(function) >= m_trace->main->data->functions.size()) {
        m_panel->clear();
        m_callModel->clear();
        m_source->clear();
        updateFilterLabel();
        return;
    }
    // The figures of the Functions table are this function's over the same calls when one run is shown
    // whole: the panel takes them instead of computing them again (seconds at 10 M calls).
    const FunctionSummary* summary = nullptr;
    if (!m_trace->main->pool && !m_trace->main->preview)
        for (const FunctionSummary& s : m_trace->main->summaries)
            if (s.function == std::uint32_t(function))
                summary = &s;
    m_panel->setFunction(run, std::uint32_t(function), summary);
    m_callModel->setFunction(run, std::uint32_t(function));
    m_source->showFunction(run->functions[std::size_t(function)]);
    updateFilterLabel();
}

void FunctionPage::requestCall(std::uint32_t callIndex)
{
    // The call tree shows the last run of a pool: a call of another run has no place in it.
    if (m_trace && m_trace->main->pool) {
        const std::int32_t shown = m_trace->main->pool->toLast(callIndex);
        if (shown < 0)
            return;
        callIndex = std::uint32_t(shown);
    }
    emit showCallRequested(callIndex);
}

void FunctionPage::updateFilterLabel()
{
    const std::size_t total = m_callModel->totalCalls();
    if (m_callModel->hasDurationRange()) {
        m_filterLabel->setText(
            tr("%1 of %n call(s) in the range selected in the histogram", nullptr, int(total))
                .arg(m_callModel->rowCount()));
    } else {
        m_filterLabel->setText(
            total == 0   ? QString()
            : total == 1 ? tr("1 call")
                         : tr("%n call(s) — drag across the histogram to filter them", nullptr, int(total)));
    }
    m_clearFilter->setEnabled(m_callModel->hasDurationRange());
}

void FunctionPage::selectCallRow(std::uint32_t callIndex)
{
    int row = m_callModel->rowOfCall(callIndex);
    if (row < 0 && m_callModel->hasDurationRange()) {
        m_panel->histogram()->clearSelection();
        m_callModel->clearDurationRange();
        updateFilterLabel();
        row = m_callModel->rowOfCall(callIndex);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_callModel->index(row, 0);
    m_bottomTabs->setCurrentIndex(0);
    m_calls->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_calls->scrollTo(index);
}

} // namespace breadcrumb::gui
