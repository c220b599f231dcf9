#include "CallersPage.h"

#include "CalleesModel.h"
#include "CallersModel.h"
#include "Format.h"
#include "ModelRoles.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

CallersPage::CallersPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_title(new QLabel(this)), m_callers(new CallersModel(this)),
      m_callees(new CalleesModel(this))
{
    auto* callersProxy = new QSortFilterProxyModel(this);
    callersProxy->setSourceModel(m_callers);
    auto* calleesProxy = new QSortFilterProxyModel(this);
    calleesProxy->setSourceModel(m_callees);
    m_callersView = makeTable(QStringLiteral("callersTable"), callersProxy);
    m_calleesView = makeTable(QStringLiteral("calleesTable"), calleesProxy);

    const auto emptyLabel = [this](const QString& objectName) {
        auto* label = new QLabel(this);
        label->setObjectName(objectName);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->hide();
        return label;
    };
    m_callersEmpty = emptyLabel(QStringLiteral("callersEmpty"));
    m_calleesEmpty = emptyLabel(QStringLiteral("calleesEmpty"));
    auto* callersBox = new QGroupBox(tr("Callers — who calls it"), this);
    auto* callersLayout = new QVBoxLayout(callersBox);
    callersLayout->addWidget(m_callersView);
    callersLayout->addWidget(m_callersEmpty);
    auto* calleesBox = new QGroupBox(tr("Callees — what it calls"), this);
    auto* calleesLayout = new QVBoxLayout(calleesBox);
    calleesLayout->addWidget(m_calleesView);
    calleesLayout->addWidget(m_calleesEmpty);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("callersSplitter"));
    splitter->addWidget(callersBox);
    splitter->addWidget(calleesBox);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(selection, &FunctionSelection::currentChanged, this, &CallersPage::showFunction);
    showFunction(-1);
}

QTableView* CallersPage::makeTable(const QString& objectName, QSortFilterProxyModel* proxy)
{
    proxy->setSortRole(SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(CallerCalleeModel::Total, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(CallerCalleeModel::Name, QHeaderView::Stretch);
    view->setToolTip(tr("Double-click to go to that function (Alt+Left comes back)"));
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const int function = index.data(FunctionRole).toInt();
        if (function >= 0)
            this->selection()->select(function);
    });
    return view;
}

void CallersPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    showFunction(selection()->current());
}

void CallersPage::showFunction(int function)
{
    if (!m_trace || function < 0 || std::size_t(function) >= m_trace->main->data->functions.size()) {
        m_callers->clear();
        m_callees->clear();
        m_title->setText(tr("Select a function to see its callers and callees"));
        for (QWidget* w : {static_cast<QWidget*>(m_callersView), static_cast<QWidget*>(m_calleesView)})
            w->setVisible(true);
        m_callersEmpty->hide();
        m_calleesEmpty->hide();
        return;
    }
    const auto& run = m_trace->main->data;
    const CallerCalleeIndex* edges = m_trace->main->edges.get();
    m_callers->setFunction(run, std::uint32_t(function), edges);
    m_callees->setFunction(run, std::uint32_t(function), edges);
    const QString name = functionName(*run, function);
    m_title->setText(name);
    // An empty table looks broken; say why there is nothing to list.
    const bool noCallers = m_callers->rowCount() == 0;
    const bool noCallees = m_callees->rowCount() == 0;
    m_callersView->setVisible(!noCallers);
    m_callersEmpty->setVisible(noCallers);
    m_callersEmpty->setText(tr("No traced function calls %1.").arg(name));
    m_calleesView->setVisible(!noCallees);
    m_calleesEmpty->setVisible(noCallees);
    m_calleesEmpty->setText(tr("%1 calls no traced function: all of its time is its own (self), spent in its "
                               "own code or in code the tracer does not record (the standard library, C "
                               "extensions).")
                                .arg(name));
}

} // namespace breadcrumb::gui
