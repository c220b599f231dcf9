#pragma once
// The per-function figures of one run (FunctionStats::summarize's, bit for bit) without loading the run:
// the `performance` ranking and the MCP server's first analysis on runs of tens of millions of calls.
// The run's call chunks stream through on every core (ParallelChunkReader), keeping per function its
// call durations (8 bytes a call, for exact percentiles) and running sums; inclusive time comes from the
// run's stored function_summaries when they agree with the calls, else from the calls with the tracer's
// own RunSummaryBuilder (the definitions of RunData.h), fed each thread's chunks in the order they were
// written. A run that does not fit those rules (a 1.0 file, chunks not in finish order, ids out of
// place, anything damaged) is loaded instead, which also reports damage exactly as loadRun does.

#include "CallGraph.h"
#include "FunctionStats.h"
#include "TraceReader.h"

#include <memory>
#include <optional>
#include <vector>

namespace breadcrumb {

// When a call started and how long it took (RunProfile::firstCalls).
struct CallTiming
{
    Nanos startNs = 0;
    Nanos durationNs = 0;
    std::int64_t callId = 0;
};

class RunProfile
{
public:
    // Reads the run's row and threads. Throws TraceError as TraceReader::run does (NoSuchRun, ...).
    // `options.splitFromCalls`: from how many calls the chunks are decoded on more than one thread.
    RunProfile(TraceReader& reader, std::int64_t runId, const LoadOptions& options = {});

    // The run's row and threads (to resolve a --thread, RunData::findThread) and, once summarize() has
    // run, its functions in function id order (what FunctionSummary::function indexes); no calls.
    const RunData& run() const { return m_run; }

    // FunctionStats::summarize(run, key, thread) for `thread`, an index into run().threads or
    // kAllThreads. Throws TraceError as TraceReader::loadRun does (EmptyRun, Corrupt, Interrupted).
    std::vector<FunctionSummary> summarize(SortKey key, std::int32_t thread = kAllThreads,
                                           const TraceReader::Progress& progress = {});

    // Makes the next summarize() of the whole run also gather who calls whom (callGraph(), with the
    // inclusive times the figures then take) and each function's first `firstCalls` calls in start order
    // (firstCalls()): all the MCP server's analysis needs, at a few bytes per pair of functions.
    void collectCallGraph(std::size_t firstCalls)
    {
        m_wantGraph = true;
        m_firstCallCount = firstCalls;
    }
    // After summarize() with collectCallGraph(), when it streamed; indexes as FunctionSummary::function.
    const CallGraph* callGraph() const { return m_graph ? &*m_graph : nullptr; }
    // The same: the function's first calls by (start, call id), at most `firstCalls`.
    std::span<const CallTiming> firstCalls(std::uint32_t function) const;
    // The run as summarize() loaded it, when it did not stream (nullptr otherwise).
    const std::shared_ptr<const RunData>& loadedRun() const { return m_loaded; }

    // The run's traced time over the threads summarize() counted (RunData::tracedNs).
    Nanos tracedNs() const { return m_tracedNs; }
    // False when summarize() loaded the run instead of streaming it (for tests and benchmarks).
    bool streamed() const { return m_streamed; }

private:
    // nullopt when the run does not fit the streaming rules.
    std::optional<std::vector<FunctionSummary>> stream(std::int32_t thread,
                                                       const TraceReader::Progress& progress);
    std::vector<FunctionSummary> load(std::int32_t thread, const TraceReader::Progress& progress);

    TraceReader& m_reader;
    LoadOptions m_options;
    RunData m_run;
    Nanos m_tracedNs = 0;
    bool m_streamed = false;
    bool m_wantGraph = false;
    std::size_t m_firstCallCount = 0;
    std::optional<CallGraph> m_graph;
    std::vector<std::vector<CallTiming>> m_firstCalls; // by function index
    std::shared_ptr<const RunData> m_loaded;
};

} // namespace breadcrumb
