#include "FlameGraphPage.h"

#include "ThreadFilterBox.h"

#include <FlameGraphWidget.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace breadcrumb::gui {

FlameGraphPage::FlameGraphPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_flame(new FlameGraphWidget(this)), m_search(new QLineEdit(this)),
      m_threads(new ThreadFilterBox(this))
{
    m_flame->setObjectName(QStringLiteral("flameGraph"));
    m_search->setPlaceholderText(tr("Highlight functions matching…"));
    m_search->setClearButtonEnabled(true);
    auto* hint = new QLabel(tr("Click selects, double-click zooms in, Backspace zooms out"), this);
    hint->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_threads);
    bar->addWidget(m_search, 1);
    bar->addWidget(hint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_flame, 1);

    connect(m_search, &QLineEdit::textChanged, m_flame, &FlameGraphWidget::setSearchText);
    connect(m_flame, &FlameGraphWidget::functionClicked, this, [this](std::int32_t function) {
        if (function >= 0)
            this->selection()->select(function);
    });
    connect(selection, &FunctionSelection::currentChanged, m_flame, &FlameGraphWidget::setSelectedFunction);
    connect(m_threads, &ThreadFilterBox::threadChanged, this, &FlameGraphPage::onThreadChanged);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const CallTree>>::finished, this, [this] {
        if (m_watcher.isCanceled() || !m_building || !m_trace)
            return;
        auto tree = m_watcher.result();
        if (!tree || tree->thread() != m_threads->thread())
            return; // cancelled, or a newer choice replaced this build
        m_building.reset();
        m_flame->setCallTree(m_trace->main->data, std::move(tree));
        m_flame->setSelectedFunction(this->selection()->current());
    });
}

void FlameGraphPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    m_trace = std::move(trace);
    m_threads->setRun(m_trace ? m_trace->main->data : nullptr);
    if (!m_trace) {
        m_flame->clear();
        return;
    }
    m_flame->setCallTree(m_trace->main->data, m_trace->main->topDown);
    m_flame->setSelectedFunction(selection()->current());
}

void FlameGraphPage::onThreadChanged(std::int32_t thread)
{
    if (m_building)
        *m_building = true;
    m_building.reset();
    if (!m_trace)
        return;
    if (thread == kAllThreads) {
        m_flame->setCallTree(m_trace->main->data, m_trace->main->topDown);
        m_flame->setSelectedFunction(selection()->current());
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_building = cancel;
    m_watcher.setFuture(QtConcurrent::run([data = m_trace->main->data, cancel, thread]() {
        try {
            return std::make_shared<const CallTree>(
                CallTree::build(*data, CallTree::Direction::TopDown, cancel.get(), thread));
        } catch (const TraceError&) {
            return std::shared_ptr<const CallTree>(); // cancelled
        }
    }));
}

} // namespace breadcrumb::gui
