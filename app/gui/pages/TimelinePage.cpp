#include "TimelinePage.h"

#include <TimelineWidget.h>

#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace breadcrumb::gui {

TimelinePage::TimelinePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_timeline(new TimelineWidget(this))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    auto* reset = new QPushButton(tr("Reset zoom"), this);
    auto* hint = new QLabel(tr("Wheel zooms, drag pans, double-click shows the call in the call tree"), this);
    hint->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(reset);
    bar->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);

    connect(reset, &QPushButton::clicked, m_timeline, &TimelineWidget::resetZoom);
    connect(m_timeline, &TimelineWidget::callClicked, this, [this](std::uint32_t call) {
        if (m_trace && call < m_trace->main->data->calls.size())
            this->selection()->select(int(m_trace->main->data->calls[call].function));
    });
    connect(m_timeline, &TimelineWidget::callDoubleClicked, this, &TimelinePage::showCallRequested);
    connect(selection, &FunctionSelection::currentChanged, m_timeline, &TimelineWidget::setSelectedFunction);
}

void TimelinePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = std::move(trace);
    if (!m_trace) {
        m_timeline->clear();
        return;
    }
    m_timeline->setRun(m_trace->main->data);
    m_timeline->setSelectedFunction(selection()->current());
}

} // namespace breadcrumb::gui
