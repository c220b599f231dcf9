#include "TimeWindow.h"

#include <algorithm>
#include <optional>

namespace breadcrumb {

TimeWindow::TimeWindow(Nanos from, Nanos to) : m_from(std::min(from, to)), m_to(std::max(from, to)) {}

bool TimeWindow::overlaps(const CallRecord& call) const
{
    if (call.durationNs <= 0)
        return call.startNs >= m_from && call.startNs < m_to;
    return call.startNs < m_to && call.endNs() > m_from;
}

Nanos TimeWindow::clippedDuration(const CallRecord& call) const
{
    if (!overlaps(call))
        return 0;
    return std::max<Nanos>(0, std::min(m_to, call.endNs()) - std::max(m_from, call.startNs));
}

TimeWindow::Clipped TimeWindow::clip(const RunData& run, const RunningParts& parts) const
{
    auto out = std::make_shared<RunData>();
    out->run = run.run;
    out->functions = run.functions;
    out->threads = run.threads;
    Clipped result;
    // Calls are in start order: the ones in the window start before its end.
    const auto last = std::lower_bound(run.calls.begin(), run.calls.end(), m_to,
                                       [](const CallRecord& c, Nanos t) { return c.startNs < t; });
    const std::size_t n = static_cast<std::size_t>(last - run.calls.begin());
    std::vector<std::int32_t> newIndex(n, -1);
    // Counted first so that the calls are allocated once: grown by doubling, a third of a 10 M-call run
    // held up to twice its size while it grew. And CallList keeps an id beside its call (a hash map entry)
    // unless it is the list's first id plus the call's index: the calls that started before the window (the
    // first ones) have scattered ids, the ones after them started in it and are consecutive. Counting the
    // first id from those keeps the range's list as compact as the run's (a third of a 10 M-call run: 186 ->
    // 80 MB, when the first id was the outermost caller's and every other id lay beside).
    std::size_t inside = 0;
    std::optional<std::int64_t> firstId;
    for (std::size_t i = 0; i < n; ++i) {
        if (!overlaps(run.calls[i]))
            continue;
        if (!firstId && run.calls.startNs(i) >= m_from)
            firstId = run.calls[i].id - static_cast<std::int64_t>(inside);
        ++inside;
    }
    out->calls.assign(inside, firstId.value_or(0)); // none started in it: a few ancestors, kept beside
    result.sourceCalls.reserve(inside);
    for (std::size_t i = 0; i < n; ++i) {
        const CallRecord& c = run.calls[i];
        if (!overlaps(c))
            continue;
        newIndex[i] = static_cast<std::int32_t>(result.sourceCalls.size());
        result.sourceCalls.push_back(static_cast<std::uint32_t>(i));
        CallRecord clipped = c;
        clipped.startNs = std::max(m_from, c.startNs);
        clipped.durationNs = clippedDuration(c);
        clipped.parent = c.parent >= 0 && static_cast<std::size_t>(c.parent) < n ? newIndex[c.parent] : -1;
        clipped.selfNs = parts.selfWithin(run, static_cast<std::uint32_t>(i), m_from, m_to);
        out->calls.set(static_cast<std::size_t>(newIndex[i]), clipped);
    }
    // Exceptions raised inside the window, and those that ended a call inside it.
    std::vector<std::int32_t> newException(run.exceptions.size(), -1);
    std::vector<bool> keep(run.exceptions.size(), false);
    for (std::size_t e = 0; e < run.exceptions.size(); ++e)
        keep[e] = run.exceptions[e].timestampNs >= m_from && run.exceptions[e].timestampNs < m_to;
    for (const auto& [call, exception] : run.callExceptions) {
        if (call >= n || newIndex[call] < 0 || exception < 0 ||
            static_cast<std::size_t>(exception) >= keep.size())
            continue;
        if (run.calls[call].endNs() <= m_to) { // else it raised after the window
            keep[static_cast<std::size_t>(exception)] = true;
            out->callExceptions.emplace_back(static_cast<std::uint32_t>(newIndex[call]), exception);
        }
    }
    for (std::size_t e = 0; e < run.exceptions.size(); ++e) {
        if (!keep[e])
            continue;
        ExceptionRecord x = run.exceptions[e];
        x.call = x.call >= 0 && static_cast<std::size_t>(x.call) < n ? newIndex[x.call] : -1;
        newException[e] = static_cast<std::int32_t>(out->exceptions.size());
        out->exceptions.push_back(std::move(x));
    }
    for (auto& [call, exception] : out->callExceptions)
        exception = newException[static_cast<std::size_t>(exception)];

    out->run.callCount = static_cast<std::int64_t>(out->calls.size());
    std::int64_t counted = 0;
    for (const ExceptionRecord& x : out->exceptions)
        counted += isCleanSystemExit(x.type, x.message) ? 0 : 1;
    out->run.exceptionCount = counted;
    // Clipping moved starts to the window's start: keep the order RunData promises, (start, id). Ids follow
    // starts, so the calls clipped at the window's start are nearly always in order already; only when not
    // does sorting take a second copy of them.
    const auto byStart = [](const CallRecord& x, const CallRecord& y) {
        return x.startNs != y.startNs ? x.startNs < y.startNs : x.id < y.id;
    };
    if (std::is_sorted(out->calls.begin(), out->calls.end(), byStart)) {
        out->buildIndexes();
        result.run = std::move(out);
        return result;
    }
    std::vector<std::uint32_t> order(out->calls.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return byStart(out->calls[a], out->calls[b]); });
    std::vector<std::int32_t> position(order.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        position[order[k]] = static_cast<std::int32_t>(k);
    CallList sorted;
    sorted.reserve(order.size());
    std::vector<std::uint32_t> sortedSource(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        CallRecord c = out->calls[order[k]];
        if (c.parent >= 0)
            c.parent = position[static_cast<std::size_t>(c.parent)];
        sorted.push_back(c);
        sortedSource[k] = result.sourceCalls[order[k]];
    }
    for (ExceptionRecord& x : out->exceptions)
        if (x.call >= 0)
            x.call = position[static_cast<std::size_t>(x.call)];
    for (auto& [call, exception] : out->callExceptions)
        call = static_cast<std::uint32_t>(position[call]);
    out->calls = std::move(sorted);
    result.sourceCalls = std::move(sortedSource);
    out->buildIndexes();
    result.run = std::move(out);
    return result;
}

} // namespace breadcrumb
