#include "ExceptionsPage.h"

#include "ExceptionsModel.h"
#include "Format.h"
#include "ModelRoles.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

ExceptionsPage::ExceptionsPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_model(new ExceptionsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)), m_traceback(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExceptionsModel::Time, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(ExceptionsModel::Message, QHeaderView::Stretch);
    // The message column stretches; give qualified type names and function names room to be read.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ExceptionsModel::Type, charWidth * 30);
    m_table->setColumnWidth(ExceptionsModel::Function, charWidth * 24);
    m_table->setToolTip(tr("Double-click to show the raising call in the call tree"));

    m_traceback->setReadOnly(true);
    m_traceback->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceback->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_traceback->setPlaceholderText(tr("Select an exception to see its traceback"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("exceptionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_traceback);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExceptionsPage::showDetails);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const int function = index.data(FunctionRole).toInt();
        if (function >= 0)
            this->selection()->select(function);
        const int call = index.data(CallRole).toInt();
        if (call >= 0)
            emit showCallRequested(std::uint32_t(call));
    });
}

void ExceptionsPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_model->setRun(trace ? trace->main->data : nullptr);
    m_traceback->clear();
    const int count = m_model->rowCount();
    int escaped = 0;
    for (int row = 0; row < count; ++row)
        escaped += m_model->exceptionAt(row)->escaped ? 1 : 0;
    m_summary->setText(
        count == 0 ? tr("No exceptions were raised in this run.")
                   : tr("%n exception(s), %1 escaped from the raising call", nullptr, count).arg(escaped));
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
