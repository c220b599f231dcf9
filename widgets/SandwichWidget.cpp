#include "SandwichWidget.h"

#include "DurationFormat.h"
#include "FlameGraphView.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace breadcrumb {

namespace {

QScrollArea* scrollFor(FlameGraphView* view, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(view);
    return scroll;
}

} // namespace

SandwichWidget::SandwichWidget(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)),
      m_callersTitle(new QLabel(tr("Callers (merged over all call sites)"), this)),
      m_calleesTitle(new QLabel(tr("Callees (merged over all call sites)"), this)),
      m_callers(new FlameGraphView), m_callees(new FlameGraphView)
{
    m_header->setObjectName(QStringLiteral("sandwichHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_callersTitle->setEnabled(false);
    m_calleesTitle->setEnabled(false);
    m_callers->setInverted(true);
    m_callers->setObjectName(QStringLiteral("sandwichCallers"));
    m_callees->setObjectName(QStringLiteral("sandwichCallees"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_callersTitle);
    m_callersScroll = scrollFor(m_callers, top);
    topLayout->addWidget(m_callersScroll, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    bottomLayout->addWidget(m_calleesTitle);
    bottomLayout->addWidget(scrollFor(m_callees, bottom), 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    for (FlameGraphView* view : {m_callers, m_callees})
        connect(view, &FlameGraphView::functionClicked, this, &SandwichWidget::functionClicked);
    // The callers read upwards from the function at the bottom: keep the bottom in sight.
    connect(m_callersScroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int max) { m_callersScroll->verticalScrollBar()->setValue(max); });
    rebuild();
}

void SandwichWidget::setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    m_run = std::move(run);
    m_tree = std::move(tree);
    rebuild();
}

void SandwichWidget::clear()
{
    m_run.reset();
    m_tree.reset();
    rebuild();
}

void SandwichWidget::setFunction(int function)
{
    if (function == m_function)
        return;
    m_function = function;
    rebuild();
}

QString SandwichWidget::headerText() const
{
    return m_header->text();
}

void SandwichWidget::rebuild()
{
    const bool valid =
        m_run && m_tree && m_function >= 0 && static_cast<std::size_t>(m_function) < m_run->functions.size();
    if (!valid) {
        m_sandwich.reset();
        m_callers->clear();
        m_callees->clear();
        m_header->setText(m_run ? tr("Select a function to see its callers and callees.") : QString());
        return;
    }
    m_sandwich = std::make_shared<const FunctionSandwich>(FunctionSandwich::build(*m_tree, m_function));
    const QString name = QString::fromStdString(m_run->displayName(static_cast<std::uint32_t>(m_function)));
    if (m_sandwich->calls() == 0) {
        m_callers->clear();
        m_callees->clear();
        m_header->setText(tr("%1 has no calls in this view.").arg(name));
        return;
    }
    // Aliasing shared_ptrs: the views hold the sandwich alive through its trees.
    m_callers->setCallTree(m_run, std::shared_ptr<const CallTree>(m_sandwich, &m_sandwich->callers()));
    m_callees->setCallTree(m_run, std::shared_ptr<const CallTree>(m_sandwich, &m_sandwich->callees()));
    m_callers->setSelectedFunction(m_function);
    m_callees->setSelectedFunction(m_function);
    const double share = m_tree->total() > 0 ? static_cast<double>(m_sandwich->inclusive()) /
                                                   static_cast<double>(m_tree->total())
                                             : 0;
    m_header->setText(tr("%1: %2 inclusive (%3), calls: %4")
                          .arg(name, formatDuration(m_sandwich->inclusive()), formatPercent(share),
                               QLocale().toString(static_cast<qlonglong>(m_sandwich->calls()))));
}

} // namespace breadcrumb
