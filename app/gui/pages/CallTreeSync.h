#pragma once
// Keeps the call trees of a comparison's two runs in step when they are shown side by side: expanding or
// collapsing a call path, and scrolling, on one side does the same on the other where the other run has
// that call path (function by function, FunctionMatch). The selection follows through SelectionMirror.

#include "FunctionMatch.h"

#include <memory>
#include <QObject>

class QModelIndex;

namespace breadcrumb::gui {

class CallTreePage;

class CallTreeSync : public QObject
{
    Q_OBJECT

public:
    CallTreeSync(CallTreePage* before, CallTreePage* after, QObject* parent = nullptr);

    void setMatch(std::shared_ptr<const FunctionMatch> match); // nullptr: not comparing, nothing follows

private:
    void connectSide(CallTreePage* from, CallTreePage* to, bool fromBefore);
    // The index of `to` with the call path of `index` of `from`; invalid when `to` has none.
    QModelIndex counterpart(const CallTreePage* from, const QModelIndex& index, const CallTreePage* to,
                            bool fromBefore) const;

    CallTreePage* m_before;
    CallTreePage* m_after;
    std::shared_ptr<const FunctionMatch> m_match;
    bool m_following = false; // a change being copied: the copy's own signals are not copied back
};

} // namespace breadcrumb::gui
