#include "TimelinePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <TimelineWidget.h>

namespace breadcrumb::gui {

TimelinePage::TimelinePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_timeline(new TimelineWidget(this)), m_rangeLabel(new QLabel(this)),
      m_clearRange(new QPushButton(tr("Clear range"), this))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_rangeLabel->setObjectName(QStringLiteral("timelineRange"));
    m_clearRange->setObjectName(QStringLiteral("clearTimelineRange"));
    m_clearRange->setToolTip(
        tr("Show the whole run again in the Functions table, the Function page and the flame "
           "graph (Esc)"));
    auto* reset = new QPushButton(tr("Reset zoom"), this);
    auto* hint =
        new QLabel(tr("Wheel or W/S zoom, drag or A/D pan, Shift+drag selects a time range, double-click "
                      "shows the call in the call tree"),
                   this);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(reset);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_clearRange);
    bar->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);

    connect(reset, &QPushButton::clicked, m_timeline, &TimelineWidget::resetZoom);
    connect(m_clearRange, &QPushButton::clicked, m_timeline, &TimelineWidget::clearSelectedRange);
    connect(m_timeline, &TimelineWidget::callClicked, this, [this](std::uint32_t call) {
        if (m_trace && call < m_trace->main->data->calls.size())
            this->selection()->select(int(m_trace->main->data->calls[call].function));
    });
    connect(m_timeline, &TimelineWidget::callDoubleClicked, this, &TimelinePage::showCallRequested);
    connect(m_timeline, &TimelineWidget::selectedRangeChanged, this, [this](Nanos from, Nanos to) {
        updateRangeLabel();
        emit rangeSelected(m_timeline->timeOrigin() + from, m_timeline->timeOrigin() + to);
    });
    connect(m_timeline, &TimelineWidget::selectedRangeCleared, this, [this] {
        updateRangeLabel();
        emit rangeCleared();
    });
    connect(selection, &FunctionSelection::currentChanged, m_timeline, &TimelineWidget::setSelectedFunction);
    updateRangeLabel();
}

void TimelinePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    if (!m_trace)
        m_timeline->clear();
    else
        m_timeline->setRun(m_trace->main->data);
    if (m_trace)
        m_timeline->setSelectedFunction(selection()->current());
    updateRangeLabel();
}

void TimelinePage::updateRangeLabel()
{
    const bool active = m_timeline->hasSelectedRange();
    m_rangeLabel->setText(active ? tr("Range: %1").arg(m_timeline->selectedRangeText()) : QString());
    m_rangeLabel->setVisible(active);
    m_clearRange->setVisible(active);
}

} // namespace breadcrumb::gui
