#include "ComparePage.h"

#include "ComparisonModel.h"
#include "ComparisonTreeView.h"
#include "DifferentialFlameGraph.h"
#include "Format.h"
#include "ModelRoles.h"

#include <ComparisonBarChart.h>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

QString runLabel(const LoadedRun& run)
{
    return QObject::tr("%1 (run %2)").arg(QFileInfo(run.path).fileName()).arg(run.data->run.id);
}

} // namespace

ComparePage::ComparePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_model(new ComparisonModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_chart(new ComparisonBarChart(this)), m_tree(new ComparisonTreeView(this)),
      m_flame(new DifferentialFlameGraph(this)), m_views(new QTabWidget(this)), m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setToolTip(
        tr("Click to select the function; double-click a new function to open it in the after run"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setMinimumWidth(320);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_views->setObjectName(QStringLiteral("compareViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(splitter, tr("Functions"));
    m_views->addTab(m_tree, tr("Call tree"));
    m_views->addTab(m_flame, tr("Differential flame graph"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_views, 1);

    connect(m_chart, &ComparisonBarChart::rowClicked, this, [this](int row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    });
    // A single click selects, as in every other panel (the selection is of the before run the tabs show).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const int function = index.siblingAtColumn(0).data(FunctionRole).toInt();
                if (!m_following && index.isValid() && function >= 0)
                    this->selection()->select(function);
                // A new function has no before side: it is selected on the after side.
                const int after = index.siblingAtColumn(0).data(ComparisonModel::AfterFunctionRole).toInt();
                if (!m_following && index.isValid() && function < 0 && after >= 0)
                    Q_EMIT afterFunctionPicked(after);
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        const int before = first.data(FunctionRole).toInt();
        const int after = first.data(ComparisonModel::AfterFunctionRole).toInt();
        if (before >= 0)
            this->selection()->select(before);
        else if (after >= 0)
            Q_EMIT openInAfterRunRequested(after);
    });
    // The chart shows the table's rows in the table's order.
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, &ComparePage::updateChart);
    connect(m_tree, &ComparisonTreeView::functionClicked, selection, &FunctionSelection::select);
    connect(m_tree, &ComparisonTreeView::newFunctionActivated, this, &ComparePage::openInAfterRunRequested);
    connect(m_flame, &DifferentialFlameGraph::functionClicked, selection, &FunctionSelection::select);
    connect(selection, &FunctionSelection::currentChanged, this, &ComparePage::followSelection);
}

void ComparePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = trace && trace->isComparison() ? trace : nullptr;
    m_tree->setTrace(m_trace);
    m_flame->setTrace(m_trace);
    if (!m_trace) {
        m_model->setRows({});
        m_chart->clear();
        m_summary->clear();
        return;
    }
    m_model->setRows(m_trace->comparison);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep compare()'s order: biggest change first
    m_table->resizeColumnsToContents();
    m_chart->setRunLabels(runLabel(*m_trace->main), runLabel(*m_trace->after));
    updateChart();
    m_summary->setToolTip(
        tr("Traced time: the threads' traced time summed. Verdicts: a Mann–Whitney test on the "
           "per-call times (p < 0.01) and a noise floor of 0.1 ms and 1% of the run"));
    m_summary->setText(summaryHtml(*m_trace));
}

QString ComparePage::summaryHtml(const LoadedTrace& trace) const
{
    const ComparisonSummary& s = trace.summary;
    auto side = [](const QString& label, const LoadedRun& run, const std::string& command, Nanos total) {
        QString text =
            QStringLiteral("<b>%1</b> %2 — %3").arg(label, runLabel(run).toHtmlEscaped(), msText(total));
        if (!command.empty())
            text += QStringLiteral(" — <code>%1</code>").arg(toQString(command).toHtmlEscaped());
        return text;
    };
    QString html = side(tr("Before:"), *trace.main, s.commandBefore, s.totalBefore) + QStringLiteral("<br>") +
                   side(tr("After:"), *trace.after, s.commandAfter, s.totalAfter) + QStringLiteral("<br>");
    html += tr("<b>Change:</b> %1 (%2) — %3 faster, %4 slower, %5 new, %6 gone")
                .arg(signedMsText(s.delta),
                     s.deltaPercent ? QString::asprintf("%+.1f%%", *s.deltaPercent) : tr("n/a"))
                .arg(s.faster)
                .arg(s.slower)
                .arg(s.added)
                .arg(s.gone);
    if (!s.explaining.empty()) {
        QStringList names;
        for (std::size_t i : s.explaining) {
            const ComparisonRow& row = trace.comparison[i];
            names << tr("%1 (self %2)").arg(toQString(row.name).toHtmlEscaped(), signedMsText(row.deltaSelf));
        }
        html += QStringLiteral(" — ") + tr("mostly %1").arg(names.join(QStringLiteral(", ")));
    }
    if (s.differentPrograms)
        html +=
            QStringLiteral("<br><span style=\"color:#c62828\"><b>%1</b> %2</span>")
                .arg(
                    tr("Warning:"),
                    tr("these runs do not look like the same program: only %1% of the before run's functions "
                       "and %2% of the after run's are in both, so the deltas compare different code.")
                        .arg(qRound(s.commonShareBefore * 100))
                        .arg(qRound(s.commonShareAfter * 100)));
    return html;
}

void ComparePage::updateChart()
{
    if (!m_trace) {
        m_chart->clear();
        return;
    }
    std::vector<int> order;
    order.reserve(std::size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.push_back(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    m_chart->setComparison(m_trace->comparison, order);
}

void ComparePage::followSelection(int function)
{
    m_flame->setSelectedFunction(function);
    if (!m_trace || function < 0)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(FunctionRole).toInt() != function)
            continue;
        if (m_table->currentIndex().row() != row) {
            m_following = true;
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            m_following = false;
        }
        return;
    }
}

QStringList ComparePage::viewNames()
{
    return {QStringLiteral("functions"), QStringLiteral("tree"), QStringLiteral("flame")};
}

bool ComparePage::showView(const QString& name)
{
    const int index = int(viewNames().indexOf(name));
    if (index < 0)
        return false;
    m_views->setCurrentIndex(index);
    return true;
}

QString ComparePage::summaryText() const
{
    return m_summary->text();
}

} // namespace breadcrumb::gui
