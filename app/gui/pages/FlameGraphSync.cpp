#include "FlameGraphSync.h"

#include "FlameGraphPage.h"

#include <FlameGraphView.h>
#include <FlameGraphWidget.h>

namespace breadcrumb::gui {

FlameGraphSync::FlameGraphSync(FlameGraphPage* before, FlameGraphPage* after, QObject* parent)
    : QObject(parent)
{
    connect(before->flameGraph(), &FlameGraphWidget::zoomChanged, this,
            [=, this](std::uint32_t node) { follow(before, after, true, node); });
    connect(after->flameGraph(), &FlameGraphWidget::zoomChanged, this,
            [=, this](std::uint32_t node) { follow(after, before, false, node); });
}

void FlameGraphSync::setMatch(std::shared_ptr<const FunctionMatch> match)
{
    m_match = std::move(match);
}

void FlameGraphSync::follow(FlameGraphPage* from, FlameGraphPage* to, bool fromBefore, std::uint32_t node)
{
    // Only while both sides are on screen: a hidden side is not being compared.
    if (m_following || !m_match || !from->isVisible() || !to->isVisible())
        return;
    const CallTree* source = from->flameGraph()->view()->tree();
    const CallTree* target = to->flameGraph()->view()->tree();
    if (!source || !target)
        return;
    const auto other =
        fromBefore ? m_match->secondNode(*source, node, *target) : m_match->firstNode(*source, node, *target);
    if (!other || *other == to->flameGraph()->zoomNode())
        return;
    m_following = true;
    to->flameGraph()->zoomToNode(*other);
    m_following = false;
}

} // namespace breadcrumb::gui
