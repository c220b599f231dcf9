#include "CallTreeSync.h"

#include "CallTreeModel.h"
#include "CallTreePage.h"

#include <QScrollBar>
#include <QTreeView>

namespace breadcrumb::gui {

CallTreeSync::CallTreeSync(CallTreePage* before, CallTreePage* after, QObject* parent)
    : QObject(parent), m_before(before), m_after(after)
{
    connectSide(before, after, true);
    connectSide(after, before, false);
}

void CallTreeSync::setMatch(std::shared_ptr<const FunctionMatch> match)
{
    m_match = std::move(match);
}

void CallTreeSync::connectSide(CallTreePage* from, CallTreePage* to, bool fromBefore)
{
    // Only while both sides are on screen: a hidden side is not being compared.
    const auto follow = [this, from, to](auto&& apply) {
        if (m_following || !m_match || !from->isVisible() || !to->isVisible())
            return;
        m_following = true;
        apply();
        m_following = false;
    };
    QTreeView* view = from->treeView();
    connect(view, &QTreeView::expanded, this, [=, this](const QModelIndex& index) {
        follow([&] {
            if (const QModelIndex other = counterpart(from, index, to, fromBefore); other.isValid())
                to->treeView()->expand(other);
        });
    });
    connect(view, &QTreeView::collapsed, this, [=, this](const QModelIndex& index) {
        follow([&] {
            if (const QModelIndex other = counterpart(from, index, to, fromBefore); other.isValid())
                to->treeView()->collapse(other);
        });
    });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [=, this] {
        follow([&] {
            const QModelIndex top = from->treeView()->indexAt(QPoint(1, 1));
            if (const QModelIndex other = counterpart(from, top, to, fromBefore); other.isValid())
                to->treeView()->scrollTo(other, QAbstractItemView::PositionAtTop);
        });
    });
}

QModelIndex CallTreeSync::counterpart(const CallTreePage* from, const QModelIndex& index,
                                      const CallTreePage* to, bool fromBefore) const
{
    const CallTree* source = from->model()->tree();
    const CallTree* target = to->model()->tree();
    if (!index.isValid() || !source || !target || !m_match)
        return {};
    const std::uint32_t node = from->model()->nodeOf(index);
    const auto other =
        fromBefore ? m_match->secondNode(*source, node, *target) : m_match->firstNode(*source, node, *target);
    return other && *other != 0 ? to->model()->indexOfNode(*other) : QModelIndex();
}

} // namespace breadcrumb::gui
