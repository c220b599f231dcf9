#include "FunctionsPage.h"

#include "FunctionStatsModel.h"
#include "ModelRoles.h"
#include "ThreadFilterBox.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace breadcrumb::gui {

FunctionsPage::FunctionsPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_threads(new ThreadFilterBox(this)),
      m_model(new FunctionStatsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, module and file all match
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by function, module or file…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("functionsFilter"));

    m_table->setObjectName(QStringLiteral("functionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FunctionStatsModel::Total, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000.0ms")));
    m_table->setColumnWidth(FunctionStatsModel::Name, 260);
    m_table->setColumnWidth(FunctionStatsModel::Module, 140);
    // No title cut off either: translations make some longer than the figures ("Temps propre", "Tiempo
    // propio").
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column),
                                                 m_table->horizontalHeader()->sectionSizeHint(column)));

    auto* top = new QHBoxLayout;
    top->addWidget(m_threads);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    this->selection()->select(current.data(FunctionRole).toInt());
            });
    connect(selection, &FunctionSelection::currentChanged, this, &FunctionsPage::showSelection);
    connect(m_threads, &ThreadFilterBox::threadChanged, this, &FunctionsPage::onThreadChanged);
    connect(&m_watcher, &QFutureWatcher<ThreadSummaries>::finished, this, [this] {
        if (m_watcher.isCanceled() || !m_trace)
            return;
        ThreadSummaries result = m_watcher.result();
        if (result.run != m_trace->main->data.get() || result.thread != m_threads->thread())
            return; // a newer choice replaced this one
        m_model->setRun(m_trace->main->data, std::move(result.summaries));
        updateCount();
        showSelection(this->selection()->current());
    });
}

void FunctionsPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    // A preview has no call to filter by thread, nor a traced time, until the run has loaded.
    m_threads->setRun(m_trace && !m_trace->isPreview() ? m_trace->main->data : nullptr);
    m_threads->setVisible(!m_trace || !m_trace->isPreview());
    if (m_trace)
        m_model->setRun(m_trace->main->data, m_trace->main->summaries, !m_trace->isPreview());
    else
        m_model->clear();
    updateCount();
    showSelection(selection()->current()); // the table may be new (a time range set or cleared)
}

void FunctionsPage::onThreadChanged(std::int32_t thread)
{
    if (!m_trace || m_trace->isPreview())
        return;
    if (thread == kAllThreads) {
        m_model->setRun(m_trace->main->data, m_trace->main->summaries);
        updateCount();
        showSelection(selection()->current());
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([data = m_trace->main->data, thread] {
        return ThreadSummaries{data.get(), thread, FunctionStats::summarize(*data, SortKey::Total, thread)};
    }));
}

void FunctionsPage::showSelection(int function)
{
    if (function < 0) {
        m_table->clearSelection();
        return;
    }
    const int row = m_model->rowOfFunction(std::uint32_t(function));
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: drop the filter so the selection stays visible
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (m_table->currentIndex().row() != index.row() ||
        !m_table->selectionModel()->isRowSelected(index.row()))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void FunctionsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n function(s)", nullptr, total)
                                    : tr("%1 of %n function(s)", nullptr, total).arg(shown));
}

} // namespace breadcrumb::gui
