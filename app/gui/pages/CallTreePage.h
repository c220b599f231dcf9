#pragma once
// The call tree aggregated by call path, top-down (by inclusive time) or bottom-up (by self time), sortable
// by any column, with cost bars, the hot path one key away and a name search (Ctrl+F) that steps through
// the matches (F3 / Shift+F3).

#include "TracePage.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <utility>
#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace breadcrumb::gui {

class CallTreeModel;
class ThreadFilterBox;

class CallTreePage : public TracePage
{
    Q_OBJECT

public:
    explicit CallTreePage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    void setCompact(bool compact) override; // short direction names, the search on a row of its own

    QTreeView* treeView() const { return m_view; }
    CallTreeModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    ThreadFilterBox* threadFilter() const { return m_threads; }
    // Whether the trees of the chosen thread are still being built.
    bool isBuilding() const { return m_building != nullptr; }
    bool isBottomUp() const;
    std::uint32_t currentNode() const; // 0 when nothing is selected

public Q_SLOTS:
    void setBottomUp(bool bottomUp);
    void expandHotPath(); // from the current node (or the root) down the hottest children
    void findNext();
    void findPrevious();
    void showCall(std::uint32_t callIndex); // the node of the top-down tree that aggregates this call

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void revealNode(std::uint32_t node);
    void onSelectionChanged(int function);
    void search(int step);
    void onThreadChanged(std::int32_t thread);

    using Trees =
        std::pair<std::shared_ptr<const CallTree>, std::shared_ptr<const CallTree>>; // top-down, bottom-up
    std::shared_ptr<const LoadedTrace> m_trace;
    Trees m_trees; // of the chosen thread (or all)
    QFutureWatcher<Trees> m_watcher;
    std::shared_ptr<std::atomic_bool> m_building; // cancel flag of the build in progress
    ThreadFilterBox* m_threads;
    CallTreeModel* m_model;
    QTreeView* m_view;
    QComboBox* m_direction;
    QLineEdit* m_search;
    QLabel* m_matchLabel;
    QToolButton* m_hotButton;
    QToolButton* m_previous;
    QToolButton* m_next;
    QHBoxLayout* m_bar;
    QHBoxLayout* m_searchRow; // holds the search while compact
    bool m_compact = false;
    std::vector<std::uint32_t> m_matches;
    QString m_matchText;
    int m_matchPos = -1;
    std::optional<bool> m_shownBottomUp; // the direction whose default order the view has
    // Per function of the shown tree: its node with the most inclusive time (0: none), found in one pass over
    // the nodes at the first selection, not one per selection. Emptied when the tree changes.
    std::vector<std::uint32_t> m_hottestNode;
};

} // namespace breadcrumb::gui
