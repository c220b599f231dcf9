#pragma once
// Keeps the flame graphs of a comparison's two runs in step when they are shown side by side: zooming into
// (focusing on) a frame on one side zooms the other into the frame with the same call path, function by
// function (FunctionMatch), when that run has it; zooming out to the root follows too.

#include "FunctionMatch.h"

#include <memory>
#include <QObject>

namespace breadcrumb::gui {

class FlameGraphPage;

class FlameGraphSync : public QObject
{
    Q_OBJECT

public:
    FlameGraphSync(FlameGraphPage* before, FlameGraphPage* after, QObject* parent = nullptr);

    void setMatch(std::shared_ptr<const FunctionMatch> match); // nullptr: not comparing, nothing follows

private:
    void follow(FlameGraphPage* from, FlameGraphPage* to, bool fromBefore, std::uint32_t node);

    std::shared_ptr<const FunctionMatch> m_match;
    bool m_following = false; // a zoom being copied: the copy's own signal is not copied back
};

} // namespace breadcrumb::gui
