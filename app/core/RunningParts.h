#pragma once
// When each call that was suspended (a coroutine awaiting, a generator between yields) actually ran.
//
// The trace keeps a coroutine as one call from its first start to its end, with its self time (the time it
// ran) but not the moments of each resume (tracer/FORMAT.md, "A coroutine ... is one call"). Its running
// parts are rebuilt from what the trace does place in time:
// 1. its children's running parts (a plain call runs from its start to its end) are running time of it;
// 2. its self time (its own code between awaits) lies in the gaps between them: each gap gets the same share
//    of it, at the gap's start — a coroutine runs from its start, or from a child's return, until its next
//    await. These are its self parts; for a plain call they are exactly the gaps between its children.
// So a coroutine that awaits `asyncio.sleep(1)` has a sliver of running time at its start and 1 s awaiting;
// one that computes in its own body without awaiting is running throughout. The parts lie within the call
// and add up to its on-stack time (RunData.h) wherever its children's parts do not overlap.

#include "RunData.h"

#include <cstdint>
#include <span>
#include <vector>

namespace breadcrumb {

// [start, end) in epoch ns.
struct TimeSpan
{
    Nanos start = 0;
    Nanos end = 0;
    Nanos length() const { return end - start; }
    bool operator==(const TimeSpan&) const = default;
};

class RunningParts
{
public:
    RunningParts() = default;
    // Linear in the run's calls, plus the children of the suspended calls.
    static RunningParts compute(const RunData& run);

    // A call was suspended when its on-stack time is below its duration.
    static bool wasSuspended(const CallRecord& call) { return call.onStackNs < call.durationNs; }

    // The running parts of a suspended call, sorted and disjoint; empty for any other call (it ran
    // throughout: [start, end)).
    std::span<const TimeSpan> of(std::uint32_t call) const;
    // How long the call ran inside [from, to) (for a call that was never suspended: its overlap).
    Nanos runningWithin(const RunData& run, std::uint32_t call, Nanos from, Nanos to) const;
    // How much of the call's self time lies inside [from, to): the measure of its self parts there. Summed
    // over windows that split a run, it gives each call's self time exactly. Linear in the call's children.
    Nanos selfWithin(const RunData& run, std::uint32_t call, Nanos from, Nanos to) const;
    std::size_t suspendedCalls() const { return m_calls.size(); }

private:
    std::vector<std::uint32_t> m_calls;   // the suspended calls, ascending
    std::vector<std::uint32_t> m_offsets; // m_calls.size() + 1 offsets into m_spans
    std::vector<TimeSpan> m_spans;
};

} // namespace breadcrumb
