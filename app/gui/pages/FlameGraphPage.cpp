#include "FlameGraphPage.h"

#include "ThreadFilterBox.h"

#include <algorithm>
#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QVBoxLayout>
#include <SandwichWidget.h>

namespace breadcrumb::gui {

FlameGraphPage::FlameGraphPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_flame(new FlameGraphWidget(this)), m_sandwich(new SandwichWidget(this)),
      m_stack(new QStackedWidget(this)), m_search(new QLineEdit(this)), m_threads(new ThreadFilterBox(this)),
      m_colorMode(new QComboBox(this)), m_sandwichToggle(new QToolButton(this)),
      m_export(new QToolButton(this)), m_hint(new QLabel(tr("Right-click for more"), this)),
      m_bar(new QHBoxLayout), m_searchRow(new QHBoxLayout)
{
    m_flame->setObjectName(QStringLiteral("flameGraph"));
    m_sandwich->setObjectName(QStringLiteral("sandwich"));
    m_search->setPlaceholderText(tr("Highlight functions matching…"));
    m_search->setClearButtonEnabled(true);
    m_colorMode->setObjectName(QStringLiteral("flameColorMode"));
    m_colorMode->setSizeAdjustPolicy(QComboBox::AdjustToContents); // narrower with the short names
    m_colorMode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_colorMode->setToolTip(tr("What the frames' colours show; the legend above the graph explains them"));
    m_sandwichToggle->setObjectName(QStringLiteral("sandwichToggle"));
    m_sandwichToggle->setText(tr("Sandwich"));
    m_sandwichToggle->setCheckable(true);
    m_sandwichToggle->setToolTip(tr(
        "Show the selected function's callers above it and its callees below, merged over all call sites"));
    m_export->setObjectName(QStringLiteral("flameExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Export view as SVG…"), m_flame,
                          [this] { m_flame->exportWithDialog(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Export view as PNG…"), m_flame,
                          [this] { m_flame->exportWithDialog(QStringLiteral("png")); });
    m_export->setMenu(exportMenu);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        for (QAction* action : exportMenu->actions())
            action->setEnabled(m_flame->canExport());
    });
    auto* hint = m_hint;
    hint->setEnabled(false);
    hint->setToolTip(
        tr("Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a "
           "frame; right-click: focus, merge, collapse, export; Backspace/Esc: back"));

    m_bar->addWidget(m_threads);
    m_bar->addWidget(m_search, 1);
    m_bar->addWidget(m_colorMode);
    m_bar->addWidget(m_sandwichToggle);
    m_bar->addWidget(m_export);
    m_bar->addWidget(hint);
    m_bar->addStretch(0);
    m_stack->addWidget(m_flame);
    m_stack->addWidget(m_sandwich);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_bar);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_stack, 1);
    setCompact(false); // the colour choices

    connect(m_search, &QLineEdit::textChanged, m_flame, &FlameGraphWidget::setSearchText);
    connect(m_colorMode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = FrameColors::Mode(m_colorMode->currentData().toInt());
        for (FlameGraphView* view : {m_flame->view(), m_sandwich->callersView(), m_sandwich->calleesView()})
            view->setColorMode(mode);
    });
    connect(m_sandwichToggle, &QToolButton::toggled, this, &FlameGraphPage::showSandwich);
    const auto select = [this](std::int32_t function) {
        if (function >= 0)
            this->selection()->select(function);
    };
    connect(m_flame, &FlameGraphWidget::functionClicked, this, select);
    connect(m_sandwich, &SandwichWidget::functionClicked, this, select);
    connect(m_flame, &FlameGraphWidget::sandwichRequested, this, [this, select](std::int32_t function) {
        select(function);
        showSandwich(true);
    });
    connect(m_flame, &FlameGraphWidget::showInCallTreeRequested, this, [this, select](std::int32_t function) {
        select(function);
        Q_EMIT showInCallTreeRequested(function);
    });
    connect(m_flame, &FlameGraphWidget::showFunctionPageRequested, this,
            [this, select](std::int32_t function) {
                select(function);
                Q_EMIT showFunctionPageRequested(function);
            });
    // The sandwich is cut from what the flame graph shows (thread, transforms).
    connect(m_flame->view(), &FlameGraphView::treeChanged, this, &FlameGraphPage::updateSandwichTree);
    connect(selection, &FunctionSelection::currentChanged, m_flame, &FlameGraphWidget::setSelectedFunction);
    connect(selection, &FunctionSelection::currentChanged, m_sandwich, &SandwichWidget::setFunction);
    connect(m_threads, &ThreadFilterBox::threadChanged, this, &FlameGraphPage::onThreadChanged);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const CallTree>>::finished, this, [this] {
        if (m_watcher.isCanceled() || !m_building || !m_trace)
            return;
        auto tree = m_watcher.result();
        if (!tree || tree->thread() != m_threads->thread())
            return; // cancelled, or a newer choice replaced this build
        m_building.reset();
        m_flame->setCallTree(m_trace->main->data, std::move(tree));
        m_flame->setSelectedFunction(this->selection()->current());
    });
}

void FlameGraphPage::setCompact(bool compact)
{
    const QStringList full = {tr("Colour by module"), tr("Colour by package"), tr("Colour by self time"),
                              tr("Colour by function")};
    const QStringList brief = {tr("Module"), tr("Package"), tr("Self time"), tr("Function")};
    {
        const QSignalBlocker blocker(m_colorMode);
        const int current = std::max(0, m_colorMode->currentIndex());
        m_colorMode->clear();
        const FrameColors::Mode modes[] = {FrameColors::Mode::Module, FrameColors::Mode::Package,
                                           FrameColors::Mode::SelfTime, FrameColors::Mode::Function};
        for (int i = 0; i < 4; ++i) {
            m_colorMode->addItem(compact ? brief[i] : full[i], int(modes[i]));
            m_colorMode->setItemData(i, full[i], Qt::ToolTipRole);
        }
        m_colorMode->setCurrentIndex(current);
    }
    // Measured by its texts' length: QComboBox would keep the width of the long ones it has seen.
    int longest = 0;
    for (int i = 0; i < m_colorMode->count(); ++i)
        longest = std::max(longest, int(m_colorMode->itemText(i).size()));
    m_colorMode->setMinimumContentsLength(compact ? longest : 0);
    m_colorMode->setSizeAdjustPolicy(compact ? QComboBox::AdjustToMinimumContentsLengthWithIcon
                                             : QComboBox::AdjustToContents);
    // Its minimum size hint stays that of the long texts: a maximum width lets the layout narrow it.
    m_colorMode->setMaximumWidth(compact ? m_colorMode->sizeHint().width() : QWIDGETSIZE_MAX);
    m_threads->setCompact(compact);
    // The search and the hint go on a row of their own rather than being squeezed to a few letters.
    for (QWidget* widget : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_hint)}) {
        m_bar->removeWidget(widget);
        m_searchRow->removeWidget(widget);
    }
    if (compact) {
        m_searchRow->addWidget(m_search, 1);
        m_searchRow->addWidget(m_hint);
    } else {
        m_bar->insertWidget(1, m_search, 1);
        m_bar->insertWidget(m_bar->count() - 1, m_hint);
    }
}

bool FlameGraphPage::isBuilding() const
{
    return m_building != nullptr || m_flame->view()->isBuilding();
}

bool FlameGraphPage::isSandwichShown() const
{
    return m_stack->currentWidget() == m_sandwich;
}

void FlameGraphPage::showSandwich(bool shown)
{
    m_sandwichToggle->setChecked(shown); // re-enters once with the same value: harmless
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(m_sandwich) : m_flame);
    m_export->setEnabled(!shown);
    if (shown)
        updateSandwichTree();
}

void FlameGraphPage::updateSandwichTree()
{
    // Cutting a sandwich walks the whole tree: only while it is on screen.
    if (!isSandwichShown())
        return;
    m_sandwich->setFunction(selection()->current());
    if (m_flame->view()->tree())
        m_sandwich->setCallTree(m_trace ? m_trace->main->data : nullptr, m_flame->view()->treePtr());
    else
        m_sandwich->clear();
}

void FlameGraphPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    m_trace = std::move(trace);
    m_threads->setRun(m_trace ? m_trace->main->data : nullptr);
    if (!m_trace) {
        m_flame->clear();
        return;
    }
    m_flame->setCallTree(m_trace->main->data, m_trace->main->topDown);
    m_flame->setSelectedFunction(selection()->current());
}

void FlameGraphPage::onThreadChanged(std::int32_t thread)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    if (!m_trace)
        return;
    if (thread == kAllThreads) {
        m_flame->setCallTree(m_trace->main->data, m_trace->main->topDown);
        m_flame->setSelectedFunction(selection()->current());
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_building = cancel;
    m_watcher.setFuture(QtConcurrent::run([data = m_trace->main->data, cancel, thread]() {
        try {
            return std::make_shared<const CallTree>(
                CallTree::build(*data, CallTree::Direction::TopDown, cancel.get(), thread));
        } catch (const TraceError&) {
            return std::shared_ptr<const CallTree>(); // cancelled
        }
    }));
}

} // namespace breadcrumb::gui
