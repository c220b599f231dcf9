#pragma once
// The loaded trace restricted to the time range selected in the timeline, computed off the GUI thread: a
// LoadedTrace whose main run holds only the calls in the range, clipped to it (TimeWindow's rule), with its
// own summaries and call trees. The Functions table, the Function page and the flame graph show it while a
// range is set; the timeline, the call tree and the other pages keep the whole run.

#include "LoadedTrace.h"
#include "RunningParts.h"

#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <vector>

namespace breadcrumb::gui {

class RangeRestriction : public QObject
{
    Q_OBJECT

public:
    explicit RangeRestriction(QObject* parent = nullptr);
    ~RangeRestriction() override;

    // A new trace: no range.
    void setTrace(std::shared_ptr<const LoadedTrace> trace);
    // [from, to) in epoch ns; restrictedChanged follows once computed (a newer range supersedes it).
    void setRange(Nanos from, Nanos to);
    void clear();
    bool isActive() const { return m_restricted != nullptr; }
    bool isComputing() const { return m_watcher.isRunning(); }
    // The restricted trace, or nullptr when no range is set.
    std::shared_ptr<const LoadedTrace> restricted() const { return m_restricted; }
    // A call index of the restricted run as an index of the whole run (the same index without a range).
    std::uint32_t sourceCall(std::uint32_t call) const;

Q_SIGNALS:
    // nullptr: back to the whole trace.
    void restrictedChanged(std::shared_ptr<const breadcrumb::gui::LoadedTrace> trace);

private:
    struct Result
    {
        std::uint64_t generation = 0;
        std::shared_ptr<const RunningParts> parts;
        std::shared_ptr<const LoadedTrace> trace;
        std::vector<std::uint32_t> sourceCalls;
    };

    std::shared_ptr<const LoadedTrace> m_trace;
    std::shared_ptr<const RunningParts> m_parts; // computed with the first range, kept for the next ones
    std::shared_ptr<const LoadedTrace> m_restricted;
    std::vector<std::uint32_t> m_sourceCalls;
    std::uint64_t m_generation = 0;
    QFutureWatcher<Result> m_watcher;
};

} // namespace breadcrumb::gui
