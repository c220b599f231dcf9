#include "CallTreePage.h"

#include "CallTreeModel.h"
#include "CostBarDelegate.h"
#include "Format.h"
#include "ModelRoles.h"
#include "ThreadFilterBox.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace breadcrumb::gui {

CallTreePage::CallTreePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_threads(new ThreadFilterBox(this)), m_model(new CallTreeModel(this)),
      m_view(new QTreeView(this)), m_direction(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_matchLabel(new QLabel(this)), m_hotButton(new QToolButton(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_bar(new QHBoxLayout), m_searchRow(new QHBoxLayout)
{
    m_direction->setObjectName(QStringLiteral("treeDirection"));
    m_direction->setSizeAdjustPolicy(QComboBox::AdjustToContents); // narrower with the short names
    m_direction->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* hotButton = m_hotButton;
    auto* hotAction = new QAction(tr("Expand hot path"), this);
    hotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    hotAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    hotAction->setToolTip(tr("Expand the hottest path below the selected node (* or Ctrl+H)"));
    hotButton->setDefaultAction(hotAction);
    hotButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction(hotAction);
    connect(hotAction, &QAction::triggered, this, &CallTreePage::expandHotPath);

    m_search->setObjectName(QStringLiteral("treeSearch"));
    m_search->setPlaceholderText(tr("Find function… (F3 next, Shift+F3 previous)"));
    m_search->setClearButtonEnabled(true);
    auto* previous = m_previous;
    auto* previousAction = new QAction(tr("Previous"), this);
    previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    previous->setDefaultAction(previousAction);
    addAction(previousAction);
    auto* next = m_next;
    auto* nextAction = new QAction(tr("Next"), this);
    nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    next->setDefaultAction(nextAction);
    addAction(nextAction);
    connect(previousAction, &QAction::triggered, this, &CallTreePage::findPrevious);
    connect(nextAction, &QAction::triggered, this, &CallTreePage::findNext);
    connect(m_search, &QLineEdit::returnPressed, this, &CallTreePage::findNext);
    auto* findAction = new QAction(tr("Find function"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_view->setObjectName(QStringLiteral("callTreeView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // keeps huge expanded trees fast
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CallTreeModel::Inclusive, Qt::DescendingOrder);
    // The share of the traced time as a bar behind the figure: the heavy paths stand out at a glance.
    m_view->setItemDelegateForColumn(CallTreeModel::Percent, new CostBarDelegate(SortRole, m_view));
    m_view->header()->resizeSection(CallTreeModel::Percent, m_view->fontMetrics().averageCharWidth() * 18);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CallTreeModel::Name, QHeaderView::Stretch);
    // Figure columns at least as wide as their titles, which translations make longer ("% de l'exécution").
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (column != CallTreeModel::Name)
            m_view->header()->resizeSection(column, std::max(m_view->header()->sectionSize(column),
                                                             m_view->header()->sectionSizeHint(column)));
    m_view->installEventFilter(this);

    previousAction->setToolTip(tr("Previous match (Shift+F3)"));
    nextAction->setToolTip(tr("Next match (F3)"));
    m_bar->addWidget(m_direction);
    m_bar->addWidget(m_threads);
    m_bar->addWidget(hotButton);
    m_bar->addSpacing(12);
    m_bar->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_bar);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_view, 1);
    setCompact(false);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_compact)
            m_direction->setToolTip(m_direction->itemData(index, Qt::ToolTipRole).toString());
        setBottomUp(index == 1);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const int function = current.data(FunctionRole).toInt();
                if (current.isValid() && function >= 0)
                    this->selection()->select(function);
            });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_matches.clear();
        m_matchPos = -1;
        m_matchLabel->clear();
    });
    connect(selection, &FunctionSelection::currentChanged, this, &CallTreePage::onSelectionChanged);
    connect(m_threads, &ThreadFilterBox::threadChanged, this, &CallTreePage::onThreadChanged);
    connect(&m_watcher, &QFutureWatcher<Trees>::finished, this, [this] {
        if (m_watcher.isCanceled() || !m_building)
            return;
        Trees trees = m_watcher.result();
        if (!trees.first || trees.first->thread() != m_threads->thread())
            return; // cancelled, or a newer choice replaced this build
        m_building.reset();
        m_trees = std::move(trees);
        setBottomUp(isBottomUp());
    });
}

void CallTreePage::setCompact(bool compact)
{
    m_compact = compact;
    {
        const QSignalBlocker blocker(m_direction);
        const int current = std::max(0, m_direction->currentIndex());
        m_direction->clear();
        m_direction->addItem(compact ? tr("Top-down") : tr("Top-down (callers → callees)"));
        m_direction->addItem(compact ? tr("Bottom-up") : tr("Bottom-up (functions ← their callers)"));
        m_direction->setItemData(0, tr("Top-down: from the roots to the functions they call"),
                                 Qt::ToolTipRole);
        m_direction->setItemData(1, tr("Bottom-up: each function with the calls that led to it"),
                                 Qt::ToolTipRole);
        m_direction->setCurrentIndex(current);
    }
    m_direction->setToolTip(
        compact ? m_direction->itemData(m_direction->currentIndex(), Qt::ToolTipRole).toString() : QString());
    m_hotButton->defaultAction()->setText(compact ? tr("Hot path") : tr("Expand hot path"));
    m_previous->defaultAction()->setText(compact ? QStringLiteral("▲") : tr("Previous"));
    m_next->defaultAction()->setText(compact ? QStringLiteral("▼") : tr("Next"));
    // Measured by its texts' length: QComboBox would keep the width of the long ones it has seen.
    int longest = 0;
    for (int i = 0; i < m_direction->count(); ++i)
        longest = std::max(longest, int(m_direction->itemText(i).size()));
    m_direction->setMinimumContentsLength(compact ? longest : 0);
    m_direction->setSizeAdjustPolicy(compact ? QComboBox::AdjustToMinimumContentsLengthWithIcon
                                             : QComboBox::AdjustToContents);
    // Its minimum size hint stays that of the long texts: a maximum width lets the layout narrow it.
    m_direction->setMaximumWidth(compact ? m_direction->sizeHint().width() : QWIDGETSIZE_MAX);
    m_threads->setCompact(compact);
    // The search goes on a row of its own rather than being squeezed to a few letters.
    QHBoxLayout* row = compact ? m_searchRow : m_bar;
    for (QWidget* widget : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_previous),
                            static_cast<QWidget*>(m_next), static_cast<QWidget*>(m_matchLabel)}) {
        m_bar->removeWidget(widget);
        m_searchRow->removeWidget(widget);
        if (compact)
            row->addWidget(widget, widget == m_search ? 1 : 0);
        else // before the bar's closing stretch
            row->insertWidget(row->count() - 1, widget, widget == m_search ? 1 : 0);
    }
}

void CallTreePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    m_trace = std::move(trace);
    m_threads->setRun(m_trace ? m_trace->main->data : nullptr);
    m_trees = m_trace ? Trees{m_trace->main->topDown, m_trace->main->bottomUp} : Trees{};
    m_matches.clear();
    m_matchPos = -1;
    m_matchLabel->clear();
    setBottomUp(isBottomUp());
}

bool CallTreePage::isBottomUp() const
{
    return m_direction->currentIndex() == 1;
}

std::uint32_t CallTreePage::currentNode() const
{
    return m_model->nodeOf(m_view->currentIndex());
}

void CallTreePage::setBottomUp(bool bottomUp)
{
    if (m_direction->currentIndex() != (bottomUp ? 1 : 0)) {
        m_direction->setCurrentIndex(bottomUp ? 1 : 0); // re-enters through currentIndexChanged
        return;
    }
    m_matches.clear();
    m_matchPos = -1;
    m_hottestNode.clear();
    if (!m_trace) {
        m_model->clear();
        return;
    }
    m_model->setTree(m_trace->main->data, bottomUp ? m_trees.second : m_trees.first);
    // Inverted, the functions that burn the time come first (hotspot, the Firefox Profiler): order by self.
    // Top-down, by inclusive. A column the user clicked stays until the direction changes.
    if (m_shownBottomUp != bottomUp)
        m_view->sortByColumn(bottomUp ? CallTreeModel::Self : CallTreeModel::Inclusive, Qt::DescendingOrder);
    m_shownBottomUp = bottomUp;
    // Open the first level so the view does not start as a single collapsed line.
    if (m_model->rowCount() > 0 && m_model->rowCount() <= 20)
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->expand(m_model->index(row, 0));
    m_view->resizeColumnToContents(CallTreeModel::Inclusive);
    onSelectionChanged(selection()->current());
}

void CallTreePage::revealNode(std::uint32_t node)
{
    const CallTree* tree = m_model->tree();
    if (!tree || node == 0 || node >= tree->size())
        return;
    const std::vector<std::uint32_t> path = tree->pathTo(node);
    for (std::uint32_t n : path)
        if (n != 0 && n != node)
            m_view->expand(m_model->indexOfNode(n));
    const QModelIndex index = m_model->indexOfNode(node);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void CallTreePage::expandHotPath()
{
    const CallTree* tree = m_model->tree();
    if (!tree || tree->size() <= 1)
        return;
    const std::vector<std::uint32_t> path = tree->hotPath(currentNode());
    for (std::uint32_t n : path)
        if (n != 0)
            m_view->expand(m_model->indexOfNode(n));
    if (!path.empty() && path.back() != 0)
        revealNode(path.back());
}

void CallTreePage::findNext()
{
    search(+1);
}

void CallTreePage::findPrevious()
{
    search(-1);
}

void CallTreePage::search(int step)
{
    const CallTree* tree = m_model->tree();
    const QString text = m_search->text().trimmed();
    if (!tree || !m_trace || text.isEmpty())
        return;
    if (text != m_matchText || m_matches.empty()) {
        m_matchText = text;
        m_matches = tree->find(*m_trace->main->data, text.toStdString());
        m_matchPos = step > 0 ? -1 : 0;
    }
    if (m_matches.empty()) {
        m_matchLabel->setText(tr("no match"));
        return;
    }
    const int n = int(m_matches.size());
    m_matchPos = ((m_matchPos + step) % n + n) % n;
    m_matchLabel->setText(tr("%1 of %2").arg(m_matchPos + 1).arg(n));
    revealNode(m_matches[std::size_t(m_matchPos)]);
}

void CallTreePage::showCall(std::uint32_t callIndex)
{
    if (!m_trace)
        return;
    const RunData& run = *m_trace->main->data;
    if (callIndex >= run.calls.size())
        return;
    if (m_threads->thread() != kAllThreads &&
        m_threads->thread() != std::int32_t(run.calls[callIndex].thread))
        m_threads->setThread(kAllThreads); // the call is on another thread: show them all
    setBottomUp(false);
    if (!m_trees.first)
        return;
    // The functions from the call's root down to the call, then the same path through the tree.
    std::vector<std::uint32_t> functions;
    for (std::int32_t c = std::int32_t(callIndex); c >= 0; c = run.calls[std::size_t(c)].parent)
        functions.push_back(run.calls[std::size_t(c)].function);
    std::reverse(functions.begin(), functions.end());
    const CallTree& tree = *m_trees.first;
    std::uint32_t node = 0;
    for (std::uint32_t function : functions) {
        const auto& children = tree.node(node).children;
        const auto it = std::find_if(children.begin(), children.end(), [&](std::uint32_t child) {
            return tree.node(child).function == std::int32_t(function);
        });
        if (it == children.end())
            break;
        node = *it;
    }
    revealNode(node);
}

void CallTreePage::onSelectionChanged(int function)
{
    const CallTree* tree = m_model->tree();
    if (!tree || function < 0)
        return;
    if (m_view->currentIndex().isValid() && m_view->currentIndex().data(FunctionRole).toInt() == function)
        return;
    // Show the hottest place where the function appears (the first of equals).
    if (m_hottestNode.empty()) {
        m_hottestNode.assign(m_trace ? m_trace->main->data->functions.size() : 0, 0);
        for (std::uint32_t n = 1; n < tree->size(); ++n) {
            const std::int32_t f = tree->node(n).function;
            if (f < 0 || std::size_t(f) >= m_hottestNode.size())
                continue;
            std::uint32_t& best = m_hottestNode[std::size_t(f)];
            if (best == 0 || tree->node(n).inclusive > tree->node(best).inclusive)
                best = n;
        }
    }
    const std::uint32_t best =
        std::size_t(function) < m_hottestNode.size() ? m_hottestNode[std::size_t(function)] : 0;
    if (best != 0)
        revealNode(best);
}

void CallTreePage::onThreadChanged(std::int32_t thread)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    if (!m_trace)
        return;
    if (thread == kAllThreads) {
        m_trees = {m_trace->main->topDown, m_trace->main->bottomUp};
        setBottomUp(isBottomUp());
        return;
    }
    // A thread's trees are built off the GUI thread; the view shows the previous ones until they are done.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_building = cancel;
    m_watcher.setFuture(QtConcurrent::run([data = m_trace->main->data, cancel, thread]() -> Trees {
        try {
            auto topDown = std::make_shared<const CallTree>(
                CallTree::build(*data, CallTree::Direction::TopDown, cancel.get(), thread));
            auto bottomUp = std::make_shared<const CallTree>(
                CallTree::build(*data, CallTree::Direction::BottomUp, cancel.get(), thread));
            return {std::move(topDown), std::move(bottomUp)};
        } catch (const TraceError&) {
            return {}; // cancelled
        }
    }));
}

bool CallTreePage::eventFilter(QObject* watched, QEvent* event)
{
    // QTreeView expands the whole subtree on '*', which can be millions of rows: expand the hot path instead.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Asterisk) {
            expandHotPath();
            return true;
        }
    }
    return TracePage::eventFilter(watched, event);
}

} // namespace breadcrumb::gui
