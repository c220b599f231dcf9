#pragma once
// A whole run held in memory in a compact form (40 bytes per call, indexes included: CallList and the
// children and calls-of indexes), with the indexes the analyses need. Built by TraceReader::loadRun();
// immutable afterwards and safe to share between threads.

#include "CallList.h"
#include "KeyIndex.h"
#include "TraceTypes.h"

#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace breadcrumb {

// Time, defined once here and in tracer/FORMAT.md ("Time: self, on-stack, inclusive"); every view and
// command takes its figures from these:
// - self of a call (CallRecord::selfNs): the time it was its thread's running traced frame. Over one
//   thread the self times add up to the thread's traced time, whatever overlaps.
// - on-stack time of a call (CallRecord::onStackNs): its self time plus the on-stack time of its child
//   calls. A plain call's on-stack time is its duration; a generator or coroutine counts only the time
//   it ran, not its suspensions.
// - a thread's traced time (tracedNs(thread)): its calls' self times, which is its roots' on-stack time;
//   the run's 100% is tracedNs(), the sum over the threads.
// - a function's inclusive time: the on-stack time of its outermost calls (CallRecord::outermost: no
//   call of the same function above it), so recursion counts once (FunctionStats).
// - a call's duration (CallRecord::durationNs): start to end, suspensions included. Histograms,
//   percentiles and call lists show it, as latency.
// - when a suspended call ran, and a run restricted to a time range: RunningParts.h, TimeWindow.h.
// buildIndexes() drops a call's parent on another thread (the tracer writes none) and, in RunData built by
// hand, parent links that loop (TraceReader refuses such files), so the time of each thread adds up.

inline constexpr std::int32_t kAllThreads = -1; // a thread filter that keeps every thread

class RunData
{
public:
    RunInfo run;
    std::vector<FunctionInfo> functions; // only the functions that appear in this run
    std::vector<ThreadInfo> threads;
    CallList calls;                          // ordered by (startNs, id)
    std::vector<ExceptionRecord> exceptions; // ordered by timestampNs
    // (call, exception): each call an exception escaped from, with that exception (indices into `calls` and
    // `exceptions`). Few calls have one: kept here instead of in every CallRecord. Any order;
    // buildIndexes() sorts it by call.
    std::vector<std::pair<std::uint32_t, std::int32_t>> callExceptions;

    // Builds children/roots/callsOf from `calls`. TraceReader calls it; tests that fill RunData by
    // hand call it too.
    void buildIndexes();

    // The call tree the time figures use: roots are calls without a parent on their own thread.
    std::span<const std::uint32_t> roots() const;                         // ordered by start
    std::span<const std::uint32_t> children(std::uint32_t call) const;    // ordered by start
    std::span<const std::uint32_t> callsOf(std::uint32_t function) const; // ordered by start
    // Every call's children lie side by side in one array: where children(call) starts there, in
    // [0, childSlots()), for side tables that keep a value per child in sibling order (TimelineLayout's).
    std::size_t childSlot(std::uint32_t call) const { return m_children.positionOf(children(call)); }
    std::size_t childSlots() const { return m_children.positions(); }

    // Resolves what a user typed: exact qualified name ("Square.area"), "module:name" or
    // "module.name"; nullopt when unknown or ambiguous (see isAmbiguous()).
    std::optional<std::uint32_t> findFunction(std::string_view name) const;
    bool isAmbiguous(std::string_view name) const;
    // Close names for "did you mean": edit distance and substring matches, best first.
    std::vector<std::uint32_t> suggestFunctions(std::string_view name, std::size_t max = 5) const;
    // The thread a user named: its name (MainThread, worker-1), its OS thread id or its Python ident;
    // nullopt when none or several match.
    std::optional<std::int32_t> findThread(std::string_view text) const;
    // Name shown to users: the qualified name, or "module:name" when two functions share it.
    std::string displayName(std::uint32_t function) const;
    // The rule behind it, for readers that stream a run instead of loading it (RunExportSource): which of
    // a run's functions share their name with another, and the name shown for one.
    static std::vector<bool> sharedNames(std::span<const FunctionInfo> functions);
    static std::string displayName(const FunctionInfo& function, bool nameShared);

    Nanos lastEndNs() const; // max end of any call (as of buildIndexes()), or run.startNs

    // The run's 100%: the threads' traced time summed. tracedNs(thread) for one index into `threads`.
    Nanos tracedNs() const { return m_tracedNs; }
    Nanos tracedNs(std::int32_t thread) const;
    // The exception that escaped `call` (an index into `exceptions`), or -1 (as of buildIndexes()).
    std::int32_t exceptionOf(std::uint32_t call) const;

    // Whether a call passes a thread filter (kAllThreads or an index into `threads`).
    bool inThread(std::uint32_t call, std::int32_t thread) const
    {
        return thread == kAllThreads || calls.thread(call) == static_cast<std::uint32_t>(thread);
    }

private:
    KeyIndex m_children; // calls by parent index
    std::vector<std::uint32_t> m_roots;
    KeyIndex m_callsOf;             // calls by function index
    std::vector<bool> m_nameShared; // per function: another function has the same name
    Nanos m_lastCallEndNs = std::numeric_limits<Nanos>::min();
    std::vector<Nanos> m_threadTracedNs; // per thread index
    Nanos m_tracedNs = 0;
};

} // namespace breadcrumb
