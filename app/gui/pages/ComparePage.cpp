#include "ComparePage.h"

#include "ComparisonModel.h"
#include "Format.h"
#include "ModelRoles.h"

#include <ComparisonBarChart.h>

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

QString runLabel(const LoadedRun& run)
{
    return QObject::tr("%1 (run %2)").arg(QFileInfo(run.path).fileName()).arg(run.data->run.id);
}

} // namespace

ComparePage::ComparePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_model(new ComparisonModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_chart(new ComparisonBarChart(this)), m_summary(new QLabel(this))
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
    m_table->setToolTip(tr("Double-click to select the function in the before run"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setMinimumWidth(320);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_chart, &ComparisonBarChart::rowClicked, this, [this](int row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const int function = index.data(FunctionRole).toInt();
        if (function >= 0)
            this->selection()->select(function);
    });
}

void ComparePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    if (!trace || !trace->isComparison()) {
        m_model->setRows({});
        m_chart->clear();
        m_summary->clear();
        return;
    }
    m_model->setRows(trace->comparison);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep compare()'s order: biggest change first
    m_table->resizeColumnsToContents();
    const QString before = runLabel(*trace->main);
    const QString after = runLabel(*trace->after);
    m_chart->setRunLabels(before, after);
    m_chart->setComparison(trace->comparison);
    const Nanos totalBefore = RunComparison::totalTime(*trace->main->data);
    const Nanos totalAfter = RunComparison::totalTime(*trace->after->data);
    const double change = totalBefore > 0 ? 100.0 * double(totalAfter - totalBefore) / double(totalBefore) : 0.0;
    m_summary->setToolTip(tr("Traced time: the threads' traced time summed"));
    m_summary->setText(tr("<b>Before:</b> %1 — %2 &nbsp;&nbsp; <b>After:</b> %3 — %4 &nbsp;&nbsp; <b>Change:</b> %5")
                           .arg(before.toHtmlEscaped(), msText(totalBefore), after.toHtmlEscaped(), msText(totalAfter),
                                QString::asprintf("%+.1f%%", change)));
}

QString ComparePage::summaryText() const
{
    return m_summary->text();
}

} // namespace breadcrumb::gui
