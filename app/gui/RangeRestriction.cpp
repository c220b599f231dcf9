#include "RangeRestriction.h"

#include "TimeWindow.h"

#include <QtConcurrent/QtConcurrentRun>

namespace breadcrumb::gui {

RangeRestriction::RangeRestriction(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        Result result = m_watcher.result();
        if (result.generation != m_generation)
            return; // a newer range, a cleared one or another trace replaced this one
        m_parts = std::move(result.parts);
        m_restricted = std::move(result.trace);
        m_sourceCalls = std::move(result.sourceCalls);
        Q_EMIT restrictedChanged(m_restricted);
    });
}

RangeRestriction::~RangeRestriction()
{
    m_watcher.waitForFinished(); // the job holds shared pointers only, but must not outlive the watcher
}

void RangeRestriction::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    ++m_generation;
    m_trace = std::move(trace);
    m_parts.reset();
    const bool wasActive = isActive();
    m_restricted.reset();
    m_sourceCalls.clear();
    if (wasActive)
        Q_EMIT restrictedChanged(nullptr);
}

void RangeRestriction::clear()
{
    ++m_generation;
    const bool wasActive = isActive();
    m_restricted.reset();
    m_sourceCalls.clear();
    if (wasActive)
        Q_EMIT restrictedChanged(nullptr);
}

void RangeRestriction::setRange(Nanos from, Nanos to)
{
    if (!m_trace)
        return;
    const std::uint64_t generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([trace = m_trace, parts = m_parts, from, to, generation]() mutable {
        const RunData& data = *trace->main->data;
        if (!parts)
            parts = std::make_shared<const RunningParts>(RunningParts::compute(data));
        TimeWindow::Clipped clipped = TimeWindow(from, to).clip(data, *parts);
        auto run = std::make_shared<LoadedRun>(*trace->main);
        run->data = clipped.run;
        run->pool.reset(); // the range is of the timeline's run, the one `data` held
        run->summaries = FunctionStats::summarize(*clipped.run, SortKey::Total);
        run->topDown =
            std::make_shared<const CallTree>(CallTree::build(*clipped.run, CallTree::Direction::TopDown));
        run->bottomUp.reset(); // the call tree page keeps the whole run: no page a range restricts reads it
        run->edges =
            std::make_shared<const CallerCalleeIndex>(*clipped.run); // the Callers page's, of the range
        auto restricted = std::make_shared<LoadedTrace>(*trace);
        restricted->main = std::move(run);
        return Result{generation, std::move(parts), std::move(restricted), std::move(clipped.sourceCalls)};
    }));
}

std::uint32_t RangeRestriction::sourceCall(std::uint32_t call) const
{
    return call < m_sourceCalls.size() ? m_sourceCalls[call] : call;
}

} // namespace breadcrumb::gui
