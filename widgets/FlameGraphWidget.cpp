#include "FlameGraphWidget.h"

#include "FlameGraphLegend.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace breadcrumb {

namespace {

constexpr int kMaxCrumbTextPx = 180;
constexpr int kGestureMs = 800; // wheel notches or key repeats closer than this are one step back
constexpr std::size_t kMaxHistory = 200;

} // namespace

FlameGraphWidget::FlameGraphWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_back = new QToolButton(this);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back (Backspace or Escape)"));
    m_back->setAutoRaise(true);
    bar->addWidget(m_back);
    m_crumbBar = new QWidget(this);
    m_crumbLayout = new QHBoxLayout(m_crumbBar);
    m_crumbLayout->setContentsMargins(0, 0, 0, 0);
    m_crumbLayout->setSpacing(0);
    bar->addWidget(m_crumbBar, 1);
    m_legend = new FlameGraphLegend(this);
    bar->addWidget(m_legend);
    m_info = new QLabel(this);
    bar->addWidget(m_info);
    layout->addLayout(bar);

    m_transformsBar = new QWidget(this);
    m_transformsLayout = new QHBoxLayout(m_transformsBar);
    m_transformsLayout->setContentsMargins(4, 0, 4, 0);
    m_transformsLayout->setSpacing(4);
    m_transformsBar->setVisible(false);
    layout->addWidget(m_transformsBar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_view = new FlameGraphView; // the scroll area takes ownership
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_view);

    connect(m_back, &QToolButton::clicked, this, &FlameGraphWidget::back);
    connect(m_view, &FlameGraphView::functionClicked, this, &FlameGraphWidget::functionClicked);
    connect(m_view, &FlameGraphView::zoomChanged, this, [this](std::uint32_t node) {
        rebuildBreadcrumbs();
        Q_EMIT zoomChanged(node);
    });
    connect(m_view, &FlameGraphView::aboutToNavigate, this, &FlameGraphWidget::record);
    connect(m_view, &FlameGraphView::colorsChanged, this, &FlameGraphWidget::updateLegend);
    connect(m_view, &FlameGraphView::frameContextMenuRequested, this,
            [this](std::int64_t node, const QPoint& globalPos) {
                QMenu* menu = createContextMenu(node, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    rebuildBreadcrumbs();
}

FlameGraphWidget::~FlameGraphWidget() = default;

void FlameGraphWidget::setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    if (!run || !tree) {
        clear();
        return;
    }
    // History entries hold the old trees: going back to one would contradict the thread filter.
    m_history.clear();
    if (run != m_run)
        m_transforms.clear();
    m_run = std::move(run);
    m_source = std::move(tree);
    showTransformed();
}

void FlameGraphWidget::clear()
{
    m_run.reset();
    m_source.reset();
    m_transforms.clear();
    m_history.clear();
    m_view->clear();
    rebuildBreadcrumbs();
    rebuildTransformsBar();
    updateLegend();
}

void FlameGraphWidget::showTransformed()
{
    auto tree = m_transforms.empty()
                    ? m_source
                    : std::make_shared<const CallTree>(CallTreeTransform::apply(*m_source, m_transforms));
    m_view->setCallTree(m_run, std::move(tree));
    rebuildBreadcrumbs();
    rebuildTransformsBar();
    updateLegend();
}

std::uint32_t FlameGraphWidget::zoomNode() const
{
    return m_view->zoomNode();
}

int FlameGraphWidget::breadcrumbCount() const
{
    return m_view->tree() ? static_cast<int>(m_view->tree()->pathTo(m_view->zoomNode()).size()) : 0;
}

void FlameGraphWidget::setSearchText(const QString& text)
{
    m_view->setSearchText(text);
    if (text.isEmpty() || !m_view->tree())
        m_info->clear();
    else
        m_info->setText(tr("%n matching frame(s)", nullptr, static_cast<int>(m_view->matchCount())));
}

void FlameGraphWidget::setSelectedFunction(int function)
{
    m_view->setSelectedFunction(function);
}

void FlameGraphWidget::record(bool continuous)
{
    if (!m_view->tree())
        return;
    if (continuous && m_lastContinuous.isValid() && m_lastContinuous.elapsed() < kGestureMs) {
        m_lastContinuous.restart();
        return;
    }
    if (continuous)
        m_lastContinuous.restart();
    else
        m_lastContinuous.invalidate();
    HistoryEntry entry{m_view->treePtr(), m_transforms, m_view->viewState()};
    if (!m_history.empty() && m_history.back().tree == entry.tree && m_history.back().view == entry.view)
        return;
    m_history.push_back(std::move(entry));
    if (m_history.size() > kMaxHistory)
        m_history.erase(m_history.begin());
    m_back->setEnabled(true);
}

bool FlameGraphWidget::back()
{
    m_lastContinuous.invalidate();
    if (m_history.empty()) {
        // Nothing recorded (zoomed by a caller): going back still means going up.
        if (m_view->zoomNode() == 0)
            return false;
        zoomOut();
        return true;
    }
    HistoryEntry entry = std::move(m_history.back());
    m_history.pop_back();
    if (entry.tree != m_view->treePtr()) {
        m_transforms = std::move(entry.transforms);
        m_view->setCallTree(m_run, entry.tree);
        rebuildTransformsBar();
        updateLegend();
    }
    m_view->setViewState(entry.view);
    rebuildBreadcrumbs();
    return true;
}

void FlameGraphWidget::zoomToNode(std::uint32_t node)
{
    record(false);
    m_view->zoomToNode(node);
}

void FlameGraphWidget::zoomOut()
{
    const CallTree* tree = m_view->tree();
    if (!tree || m_view->zoomNode() == 0)
        return;
    const std::int32_t parent = tree->node(m_view->zoomNode()).parent;
    m_view->zoomToNode(parent < 0 ? 0 : static_cast<std::uint32_t>(parent));
}

void FlameGraphWidget::resetZoom()
{
    record(false);
    m_view->setViewState({});
}

void FlameGraphWidget::addTransform(const CallTreeTransform& transform)
{
    if (!m_source)
        return;
    record(false);
    m_transforms.push_back(transform);
    showTransformed();
    Q_EMIT transformsChanged();
}

void FlameGraphWidget::removeTransform(int index)
{
    if (index < 0 || index >= static_cast<int>(m_transforms.size()))
        return;
    record(false);
    m_transforms.erase(m_transforms.begin() + index, m_transforms.end());
    showTransformed();
    Q_EMIT transformsChanged();
}

QString FlameGraphWidget::transformLabel(const CallTreeTransform& transform) const
{
    const std::int32_t f = transform.function();
    const QString name = m_run && f >= 0 && static_cast<std::size_t>(f) < m_run->functions.size()
                             ? QString::fromStdString(m_run->displayName(static_cast<std::uint32_t>(f)))
                             : tr("(unknown)");
    switch (transform.kind()) {
    case CallTreeTransform::Kind::FocusFunction:
        return tr("Focus: %1").arg(name);
    case CallTreeTransform::Kind::FocusSubtree:
        return tr("Subtree: %1").arg(name);
    case CallTreeTransform::Kind::MergeRecursion:
        return tr("Merged recursion: %1").arg(name);
    case CallTreeTransform::Kind::CollapseFrame:
        return tr("Collapsed: %1").arg(name);
    }
    return name;
}

QMenu* FlameGraphWidget::createContextMenu(std::int64_t node, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("flameGraphMenu"));
    const CallTree* tree = m_view->tree();
    const auto add = [menu](const QString& objectName, const QString& text, auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(objectName);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    if (tree && node >= 0 && static_cast<std::size_t>(node) < tree->size()) {
        const auto n = static_cast<std::uint32_t>(node);
        const std::int32_t f = tree->node(n).function;
        if (f >= 0) {
            const QString name = QString::fromStdString(m_run->displayName(static_cast<std::uint32_t>(f)));
            const QString shortName = menu->fontMetrics().elidedText(name, Qt::ElideMiddle, 240);
            add(QStringLiteral("focusFunction"), tr("Focus on function %1 (all call sites)").arg(shortName),
                [this, f] { addTransform(CallTreeTransform::focusFunction(f)); });
            add(QStringLiteral("focusSubtree"), tr("Focus on this subtree"),
                [this, n] { addTransform(CallTreeTransform::focusSubtree(*m_view->tree(), n)); });
            add(QStringLiteral("mergeRecursion"), tr("Merge recursion of %1").arg(shortName),
                [this, f] { addTransform(CallTreeTransform::mergeRecursion(f)); });
            QAction* collapse =
                add(QStringLiteral("collapseFrame"), tr("Collapse this frame (fold its callees into it)"),
                    [this, n] { addTransform(CallTreeTransform::collapseFrame(*m_view->tree(), n)); });
            collapse->setEnabled(!tree->node(n).children.empty());
            menu->addSeparator();
            add(QStringLiteral("zoomFrame"), tr("Zoom to this frame"), [this, n] { zoomToNode(n); });
            add(QStringLiteral("copyName"), tr("Copy function name"),
                [name] { QGuiApplication::clipboard()->setText(name); });
            add(QStringLiteral("showSandwich"), tr("Show sandwich (callers and callees)"),
                [this, f] { Q_EMIT sandwichRequested(f); });
            add(QStringLiteral("showInCallTree"), tr("Show in call tree"),
                [this, f] { Q_EMIT showInCallTreeRequested(f); });
            add(QStringLiteral("showFunctionPage"), tr("Show function page"),
                [this, f] { Q_EMIT showFunctionPageRequested(f); });
            menu->addSeparator();
        }
    }
    if (!m_transforms.empty())
        add(QStringLiteral("removeTransforms"), tr("Remove all transforms"), [this] { removeTransform(0); });
    QAction* backAction = add(QStringLiteral("back"), tr("Back"), [this] { back(); });
    backAction->setShortcut(QKeySequence(Qt::Key_Backspace));
    backAction->setEnabled(!m_history.empty() || m_view->zoomNode() != 0);
    menu->addSeparator();
    add(QStringLiteral("exportSvg"), tr("Export view as SVG…"),
        [this] { exportWithDialog(QStringLiteral("svg")); });
    add(QStringLiteral("exportPng"), tr("Export view as PNG…"),
        [this] { exportWithDialog(QStringLiteral("png")); });
    for (QAction* action : menu->actions())
        if (action->objectName().startsWith(QLatin1String("export")))
            action->setEnabled(canExport());
    return menu;
}

bool FlameGraphWidget::canExport() const
{
    // While a big run's first tree is coloured on a worker thread its frames are placeholders: an image
    // of them would be grey boxes.
    return m_view->tree() && !m_view->isBuilding();
}

void FlameGraphWidget::exportWithDialog(const QString& format)
{
    if (!canExport())
        return;
    const bool svg = format == QLatin1String("svg");
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export flame graph as SVG") : tr("Export flame graph as PNG"),
        svg ? QStringLiteral("flamegraph.svg") : QStringLiteral("flamegraph.png"),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_view->exportTo(path))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

void FlameGraphWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape) {
        if (back()) {
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void FlameGraphWidget::updateLegend()
{
    m_legend->setEntries(m_view->tree() ? m_view->legend() : std::vector<FrameColors::LegendEntry>{});
}

void FlameGraphWidget::rebuildTransformsBar()
{
    while (QLayoutItem* item = m_transformsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_transformsBar->setVisible(!m_transforms.empty());
    if (m_transforms.empty())
        return;
    auto* title = new QLabel(tr("Transforms:"), m_transformsBar);
    m_transformsLayout->addWidget(title);
    for (std::size_t i = 0; i < m_transforms.size(); ++i) {
        auto* button = new QToolButton(m_transformsBar);
        button->setObjectName(QStringLiteral("transform%1").arg(i));
        button->setText(fontMetrics().elidedText(transformLabel(m_transforms[i]), Qt::ElideMiddle, 260) +
                        QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this transform and the ones after it"));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, i] { removeTransform(static_cast<int>(i)); });
        m_transformsLayout->addWidget(button);
    }
    m_transformsLayout->addStretch(1);
}

void FlameGraphWidget::rebuildBreadcrumbs()
{
    // Rebuilt on every zoom change: a handful of buttons, cheap. deleteLater because the clicked
    // button may be the one emitting.
    while (QLayoutItem* item = m_crumbLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const CallTree* tree = m_view->tree();
    const RunData* run = m_view->run();
    m_back->setEnabled(tree && (m_view->zoomNode() != 0 || !m_history.empty()));
    if (!tree || !run) {
        m_crumbLayout->addStretch(1);
        return;
    }
    const std::vector<std::uint32_t> path = tree->pathTo(m_view->zoomNode());
    for (std::size_t i = 0; i < path.size(); ++i) {
        const std::uint32_t node = path[i];
        const std::int32_t function = tree->node(node).function;
        const QString name = function < 0 ? tr("All") : QString::fromStdString(run->displayName(function));
        if (i > 0) {
            auto* sep = new QLabel(QStringLiteral("›"), m_crumbBar);
            sep->setContentsMargins(3, 0, 3, 0);
            sep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
            m_crumbLayout->addWidget(sep);
            sep->show();
        }
        auto* button = new QToolButton(m_crumbBar);
        button->setAutoRaise(true);
        button->setText(fontMetrics().elidedText(name, Qt::ElideMiddle, kMaxCrumbTextPx));
        button->setToolTip(name);
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        button->setChecked(i + 1 == path.size());
        connect(button, &QToolButton::clicked, this, [this, node] { zoomToNode(node); });
        m_crumbLayout->addWidget(button);
        button->show();
    }
    m_crumbLayout->addStretch(1);
}

} // namespace breadcrumb
