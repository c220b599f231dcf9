#include "ExceptionsPage.h"

#include "ExceptionGroupsModel.h"
#include "ExceptionsModel.h"
#include "Format.h"
#include "LoadedTrace.h"
#include "ModelRoles.h"

#include <algorithm>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

void setUpTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
}

} // namespace

ExceptionsPage::ExceptionsPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_model(new ExceptionsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_groups(new ExceptionGroupsModel(this)),
      m_groupsProxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_groupsTable(new QTableView(this)), m_filter(new QLineEdit(this)), m_grouping(new QComboBox(this)),
      m_summary(new QLabel(this)), m_traceback(new QPlainTextEdit(this))
{
    m_filter->setObjectName(QStringLiteral("exceptionsFilter"));
    m_filter->setPlaceholderText(tr("Filter by type, message or function…"));
    m_filter->setClearButtonEnabled(true);
    m_grouping->setObjectName(QStringLiteral("exceptionsGrouping"));
    m_grouping->addItem(tr("No grouping"));
    m_grouping->addItem(tr("Group by type"));
    m_grouping->addItem(tr("Group by raise site"));
    m_grouping->setToolTip(tr("Group the exceptions by type or by the function that raised them; "
                              "pick a group to list its exceptions"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    setUpTable(m_table, m_proxy);
    m_table->sortByColumn(ExceptionsModel::Time, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(ExceptionsModel::Message, QHeaderView::Stretch);
    // The message column stretches; give qualified type names and function names room to be read.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ExceptionsModel::Type, charWidth * 30);
    m_table->setColumnWidth(ExceptionsModel::Function, charWidth * 24);
    m_table->setToolTip(tr("Double-click to show the raising call in the call tree"));

    m_groupsProxy->setSourceModel(m_groups);
    m_groupsProxy->setSortRole(SortRole);
    m_groupsTable->setObjectName(QStringLiteral("exceptionGroupsTable"));
    setUpTable(m_groupsTable, m_groupsProxy);
    m_groupsTable->sortByColumn(ExceptionGroupsModel::Count, Qt::DescendingOrder);
    m_groupsTable->horizontalHeader()->setSectionResizeMode(ExceptionGroupsModel::Group,
                                                            QHeaderView::Stretch);
    m_groupsTable->hide();

    m_traceback->setReadOnly(true);
    m_traceback->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceback->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_traceback->setPlaceholderText(tr("Select an exception to see its traceback"));

    auto* lists = m_lists = new QSplitter(Qt::Horizontal, this);
    lists->setObjectName(QStringLiteral("exceptionGroupsSplitter"));
    lists->addWidget(m_groupsTable);
    lists->addWidget(m_table);
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 5);
    lists->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("exceptionsSplitter"));
    splitter->addWidget(lists);
    splitter->addWidget(m_traceback);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_grouping);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsPage::showDetails);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const int function = index.data(FunctionRole).toInt();
        if (function >= 0)
            this->selection()->select(function);
        const int call = index.data(CallRole).toInt();
        if (call >= 0)
            emit showCallRequested(std::uint32_t(call));
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilterText(text);
        regroup();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { regroup(); });
    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const ExceptionGroup* group = m_groups->groupAt(m_groupsProxy->mapToSource(current).row());
                m_model->setOnly(group ? std::optional(group->members) : std::nullopt);
                m_traceback->clear();
                updateSummary();
            });
}

void ExceptionsPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    m_model->setRun(m_trace ? m_trace->main->data : nullptr);
    m_traceback->clear();
    regroup();
}

void ExceptionsPage::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(int(grouping)); // regroups through currentIndexChanged
}

void ExceptionsPage::regroup()
{
    const auto grouping = Grouping(m_grouping->currentIndex());
    m_groupsTable->setVisible(grouping != Grouping::None);
    m_model->setOnly(std::nullopt);
    if (grouping == Grouping::None || !m_trace) {
        m_groups->clear();
    } else {
        const ExceptionGrouping by =
            grouping == Grouping::Type ? ExceptionGrouping::Type : ExceptionGrouping::RaiseSite;
        const RunData& run = *m_trace->main->data;
        m_groups->setGroups(m_trace->main->data,
                            groupExceptions(run, m_model->matching(), m_model->outcomes(), by), by);
        // The groups table as wide as its columns need (type names read whole), at most a third.
        int width =
            2 * m_groupsTable->frameWidth() + m_groupsTable->verticalScrollBar()->sizeHint().width() + 24;
        int names = m_groupsTable->horizontalHeader()->sectionSizeHint(ExceptionGroupsModel::Group);
        for (int row = 0; row < m_groups->rowCount(); ++row)
            names = std::max(names, m_groupsTable->fontMetrics().horizontalAdvance(
                                        m_groups->index(row, ExceptionGroupsModel::Group).data().toString()));
        width += names + m_groupsTable->horizontalHeader()->sectionSize(ExceptionGroupsModel::Count) +
                 m_groupsTable->horizontalHeader()->sectionSize(ExceptionGroupsModel::Uncaught);
        const int total = m_lists->width();
        width = std::min(width, total / 3);
        if (width > 0)
            m_lists->setSizes({width, total - width});
    }
    m_traceback->clear();
    updateSummary();
}

void ExceptionsPage::updateSummary()
{
    const int total =
        m_trace ? int(std::count_if(
                      m_trace->main->data->exceptions.begin(), m_trace->main->data->exceptions.end(),
                      [](const ExceptionRecord& e) { return !isCleanSystemExit(e.type, e.message); }))
                : 0;
    if (total == 0) {
        m_summary->setText(tr("No exceptions were raised in this run."));
        return;
    }
    const int shown = m_model->rowCount();
    const int uncaught = m_model->uncaughtCount();
    QString text = tr("%n exception(s) in the run", nullptr, total);
    if (shown != total)
        text += tr("; %1 shown").arg(shown);
    text += tr(", %1 uncaught (ended the run or a thread)").arg(uncaught);
    m_summary->setText(text);
}

QString ExceptionsPage::summaryText() const
{
    return m_summary->text();
}

QString ExceptionsPage::tracebackText() const
{
    return m_traceback->toPlainText();
}

void ExceptionsPage::showDetails(const QModelIndex& index)
{
    const ExceptionRecord* e = m_model->exceptionAt(m_proxy->mapToSource(index).row());
    if (!e) {
        m_traceback->clear();
        return;
    }
    QString text = toQString(e->type) + QStringLiteral(": ") + toQString(e->message) + QStringLiteral("\n\n");
    text += e->traceback.empty() ? tr("(no traceback recorded)") : toQString(e->traceback);
    m_traceback->setPlainText(text);
    if (e->function >= 0)
        selection()->select(e->function);
}

} // namespace breadcrumb::gui
