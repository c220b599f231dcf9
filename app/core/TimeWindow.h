#pragma once
// A time range of a run ([from, to) in epoch ns) and the run restricted to it: what the viewer's Functions
// table, Function page and flame graph show while a range is selected in the timeline.
//
// The clip rule (tracer/FORMAT.md, "Time"): a call is in the window when it overlaps it (it starts before
// the window's end and ends after its start; a call of zero duration when it starts inside), and it counts
// only with its part inside the window: its duration is clipped to the window and its self time is the part
// of its self parts inside it (RunningParts::selfWithin: for a plain call, the time inside the window not
// spent in its children); its on-stack time is then its self plus its children's, as always. A call
// overlapping an edge counts once, with that part. So windows that split a run split every self and
// inclusive time exactly. Since children end within their parents, a call's callers are in the window
// whenever it is.

#include "RunData.h"
#include "RunningParts.h"

#include <memory>
#include <vector>

namespace breadcrumb {

class TimeWindow
{
public:
    TimeWindow(Nanos from, Nanos to);

    Nanos from() const { return m_from; }
    Nanos to() const { return m_to; }
    Nanos length() const { return m_to - m_from; }
    bool overlaps(const CallRecord& call) const;
    // The call's part inside the window (0 when outside).
    Nanos clippedDuration(const CallRecord& call) const;

    struct Clipped
    {
        std::shared_ptr<const RunData> run; // the calls in the window, clipped; same functions and threads
        std::vector<std::uint32_t> sourceCalls; // per call of `run`: its index in the full run
    };
    // `parts` must come from RunningParts::compute(run).
    Clipped clip(const RunData& run, const RunningParts& parts) const;

private:
    Nanos m_from;
    Nanos m_to;
};

} // namespace breadcrumb
