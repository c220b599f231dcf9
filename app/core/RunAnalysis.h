#pragma once
// What the MCP server's performance analysis reads from a run: every function's figures ranked by self
// time, the run's traced time, each function's callers and callees, how many calls of a function one call
// of its caller made, and a function's first calls. Streamed (RunProfile with its call graph: no call is
// kept, the figures take a few bytes per function and per pair of functions), or taken from a loaded run
// with FunctionStats and CallerCallee: for a run that does not stream (RunProfile loads it), and as the
// reference the streamed figures are checked against (tests/mcp/tst_mcp_analysis.cpp).

#include "CallGraph.h"
#include "RunProfile.h"

#include <memory>
#include <vector>

namespace breadcrumb {

class RunAnalysis
{
public:
    static constexpr std::size_t kFirstCalls = 20;

    // Streams the run. Throws TraceError as RunProfile::summarize does.
    RunAnalysis(TraceReader& reader, std::int64_t runId, const TraceReader::Progress& progress = {},
                const LoadOptions& options = {});
    // From a run already loaded.
    explicit RunAnalysis(std::shared_ptr<const RunData> loaded);

    // The run's row, functions and threads (its calls only when it was loaded).
    const RunData& run() const { return m_loaded ? *m_loaded : m_run; }
    // FunctionStats::summarize(run, SortKey::Self).
    const std::vector<FunctionSummary>& functions() const { return m_functions; }
    const FunctionSummary& summary(std::uint32_t function) const { return m_functions[m_rank[function]]; }
    Nanos tracedNs() const { return m_tracedNs; }

    std::vector<CallerCalleeEntry> callers(std::uint32_t function) const;
    std::vector<CallerCalleeEntry> callees(std::uint32_t function) const;
    // The most calls of `function` one call of `caller` made.
    std::int64_t mostCallsFromOneCall(std::uint32_t caller, std::uint32_t function) const;
    // Its calls in start order, at most kFirstCalls.
    std::vector<CallTiming> firstCalls(std::uint32_t function) const;

    bool streamed() const { return !m_loaded; }

private:
    void rank();

    std::shared_ptr<const RunData> m_loaded; // null when streamed
    RunData m_run;                           // streamed: no calls
    std::vector<FunctionSummary> m_functions;
    std::vector<std::uint32_t> m_rank; // function index -> position in m_functions
    Nanos m_tracedNs = 0;
    CallGraph m_graph;
    std::vector<std::vector<CallTiming>> m_firstCalls;
};

} // namespace breadcrumb
