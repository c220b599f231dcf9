#include "FlameGraphPage.h"

#include "ThreadFilterBox.h"

#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
      m_export(new QToolButton(this))
{
    m_flame->setObjectName(QStringLiteral("flameGraph"));
    m_sandwich->setObjectName(QStringLiteral("sandwich"));
    m_search->setPlaceholderText(tr("Highlight functions matching…"));
    m_search->setClearButtonEnabled(true);
    m_colorMode->setObjectName(QStringLiteral("flameColorMode"));
    m_colorMode->addItem(tr("Colour by module"), int(FrameColors::Mode::Module));
    m_colorMode->addItem(tr("Colour by package"), int(FrameColors::Mode::Package));
    m_colorMode->addItem(tr("Colour by self time"), int(FrameColors::Mode::SelfTime));
    m_colorMode->addItem(tr("Colour by function"), int(FrameColors::Mode::Function));
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
    auto* hint = new QLabel(tr("Right-click for more"), this);
    hint->setEnabled(false);
    hint->setToolTip(
        tr("Wheel or +/-: zoom at the cursor; Shift+wheel or arrows: pan; double-click: zoom to a "
           "frame; right-click: focus, merge, collapse, export; Backspace/Esc: back"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_threads);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_colorMode);
    bar->addWidget(m_sandwichToggle);
    bar->addWidget(m_export);
    bar->addWidget(hint);
    m_stack->addWidget(m_flame);
    m_stack->addWidget(m_sandwich);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

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
