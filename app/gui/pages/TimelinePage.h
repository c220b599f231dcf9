#pragma once
// Per-thread timeline of every call; the selected function's calls are highlighted. A time range selected
// in it (Shift+drag, or a drag on the time axis) is shown above it with a button that clears it.

#include "TracePage.h"

class QLabel;
class QPushButton;

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
    QLabel* rangeLabel() const { return m_rangeLabel; }
    QPushButton* clearRangeButton() const { return m_clearRange; }

Q_SIGNALS:
    void showCallRequested(std::uint32_t callIndex);
    // The range selected in the timeline, in epoch ns.
    void rangeSelected(breadcrumb::Nanos from, breadcrumb::Nanos to);
    void rangeCleared();

private:
    void updateRangeLabel();

    std::shared_ptr<const LoadedTrace> m_trace;
    TimelineWidget* m_timeline;
    QLabel* m_rangeLabel;
    QPushButton* m_clearRange;
};

} // namespace breadcrumb::gui
