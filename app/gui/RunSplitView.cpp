#include "RunSplitView.h"

#include "Format.h"
#include "LoadingPlaceholder.h"
#include "TracePage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

QWidget* pane(QLabel* label, TracePage* page, QWidget* parent)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    label->setContentsMargins(6, 2, 6, 2);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    layout->addWidget(page, 1);
    // Two pages side by side must fit a laptop screen: each side may be narrower than its toolbar wants.
    widget->setMinimumWidth(240);
    return widget;
}

} // namespace

RunSplitView::RunSplitView(TracePage* before, TracePage* after, bool canShowBoth, QWidget* parent)
    : QWidget(parent), m_before(before), m_after(after), m_bar(new RunChoiceBar(canShowBoth && after, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_outer(new QSplitter(Qt::Vertical, this)),
      m_beforeLabel(new QLabel(this)), m_loading(new LoadingPlaceholder(this))
{
    m_beforeLabel->setObjectName(QStringLiteral("beforeRunLabel"));
    m_beforePane = pane(m_beforeLabel, before, m_splitter);
    m_splitter->addWidget(m_beforePane);
    if (after) {
        m_afterLabel = new QLabel(this);
        m_afterLabel->setObjectName(QStringLiteral("afterRunLabel"));
        m_afterPane = pane(m_afterLabel, after, m_splitter);
        m_splitter->addWidget(m_afterPane);
    }
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    m_outer->addWidget(m_splitter);
    m_outer->setChildrenCollapsible(false);
    layout->addWidget(m_outer, 1);
    layout->addWidget(m_loading, 1);
    m_loading->hide();
    if (!after)
        m_bar->setEnabled(false);
    connect(m_bar, &RunChoiceBar::sideChosen, this, &RunSplitView::setSide);
    updateSides();
}

QString RunSplitView::runText(const LoadedRun& run, bool pageShowsPool)
{
    const QString file = QFileInfo(run.path).fileName();
    if (run.pooledRuns.size() > 1 && pageShowsPool)
        return tr("%1 · runs %2 pooled").arg(file, run.pooledText);
    if (run.pooledRuns.size() > 1)
        // A call tree, a timeline or a flame graph of several runs would mix them: the last one, said so.
        return tr("%1 · runs %2 pooled; this tab shows run %3 only")
            .arg(file, run.pooledText)
            .arg(run.data->run.id);
    return tr("%1 · run %2").arg(file).arg(run.data->run.id);
}

void RunSplitView::setBothWidget(QWidget* widget)
{
    m_bothWidget = widget;
    m_outer->insertWidget(0, widget);
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 3);
    updateSides();
}

void RunSplitView::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    m_afterTrace.reset();
    m_afterFed = false;
    if (m_trace && m_trace->isComparison() && m_after) {
        auto after = std::make_shared<LoadedTrace>();
        after->main = m_trace->after;
        m_afterTrace = std::move(after);
    }
    if (m_after)
        m_after->setTrace(nullptr); // forget the last after run; updateSides() gives the new one when shown
    m_before->setTrace(m_trace);
    const auto label = [this](QLabel* label, const QString& side, const LoadedRun& run) {
        label->setText(tr("%1: %2").arg(side, runText(run, m_showsPool)));
        const QString command = toQString(run.data->run.commandLine);
        label->setToolTip(command.isEmpty() ? tr("(no command line recorded)") : command);
    };
    if (m_afterTrace) {
        label(m_beforeLabel, tr("Before"), *m_trace->main);
        label(m_afterLabel, tr("After"), *m_trace->after);
    }
    updateSides();
}

void RunSplitView::setLoading(bool loading)
{
    m_loading->setVisible(loading);
    m_outer->setVisible(!loading);
}

bool RunSplitView::isLoading() const
{
    return !m_loading->isHidden();
}

void RunSplitView::setSide(RunSide side)
{
    if (!m_after)
        side = RunSide::Before;
    m_bar->setSide(side);
    if (side == m_side)
        return;
    m_side = side;
    updateSides();
    emit sideChanged(m_side);
}

void RunSplitView::updateSides()
{
    const bool comparing = m_afterTrace != nullptr;
    const RunSide side = comparing ? m_side : RunSide::Before;
    m_bar->setVisible(comparing);
    m_beforeLabel->setVisible(comparing);
    // Compact before shown: a page shown at its full width first would grow the window to fit it.
    m_before->setCompact(side == RunSide::Both);
    if (m_after)
        m_after->setCompact(side == RunSide::Both);
    // Lay the pages out at their new size now: a layout above that read a page's old minimum (its plots
    // shown) while the overlaid histogram appears would grow the window past the screen, for good.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_beforePane->setVisible(side != RunSide::After);
    if (m_bothWidget)
        m_bothWidget->setVisible(side == RunSide::Both);
    if (!m_afterPane)
        return;
    m_afterPane->setVisible(side != RunSide::Before);
    // The after page computes its run's data only once someone looks at it.
    if (side != RunSide::Before && !m_afterFed) {
        m_afterFed = true;
        m_after->setTrace(m_afterTrace);
    }
    if (side == RunSide::Both) {
        const int half = std::max(1, m_splitter->width() / 2);
        m_splitter->setSizes({half, half});
    }
}

} // namespace breadcrumb::gui
