#pragma once
// Per-thread timeline of every call; the selected function's calls are highlighted.

#include "TracePage.h"

namespace breadcrumb {
class TimelineWidget;
}

namespace breadcrumb::gui {

class TimelinePage : public TracePage
{
    Q_OBJECT

public:
    explicit TimelinePage(FunctionSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;
    TimelineWidget* timeline() const { return m_timeline; }

Q_SIGNALS:
    void showCallRequested(std::uint32_t callIndex);

private:
    std::shared_ptr<const LoadedTrace> m_trace;
    TimelineWidget* m_timeline;
};

} // namespace breadcrumb::gui
