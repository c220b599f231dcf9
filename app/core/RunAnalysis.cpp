#include "RunAnalysis.h"

#include "RunComparison.h"

#include <algorithm>
#include <map>

namespace breadcrumb {

RunAnalysis::RunAnalysis(TraceReader& reader, std::int64_t runId, const TraceReader::Progress& progress,
                         const LoadOptions& options)
{
    RunProfile profile(reader, runId, options);
    profile.collectCallGraph(kFirstCalls);
    m_functions = profile.summarize(SortKey::Self, kAllThreads, progress);
    m_loaded = profile.loadedRun();
    if (m_loaded) { // not a run that streams: the figures are the loaded run's
        m_tracedNs = RunComparison::totalTime(*m_loaded);
    } else {
        m_run = profile.run();
        m_tracedNs = profile.tracedNs();
        m_graph = *profile.callGraph();
        m_firstCalls.resize(m_run.functions.size());
        for (std::uint32_t f = 0; f < m_run.functions.size(); ++f) {
            const auto first = profile.firstCalls(f);
            m_firstCalls[f].assign(first.begin(), first.end());
        }
    }
    rank();
}

RunAnalysis::RunAnalysis(std::shared_ptr<const RunData> loaded) : m_loaded(std::move(loaded))
{
    m_functions = FunctionStats::summarize(*m_loaded, SortKey::Self);
    m_tracedNs = RunComparison::totalTime(*m_loaded);
    rank();
}

void RunAnalysis::rank()
{
    m_rank.assign(run().functions.size(), 0);
    for (std::size_t i = 0; i < m_functions.size(); ++i)
        m_rank[m_functions[i].function] = static_cast<std::uint32_t>(i);
}

std::vector<CallerCalleeEntry> RunAnalysis::callers(std::uint32_t function) const
{
    return m_loaded ? CallerCallee::callers(*m_loaded, function) : m_graph.callers(function, m_run.functions);
}

std::vector<CallerCalleeEntry> RunAnalysis::callees(std::uint32_t function) const
{
    return m_loaded ? CallerCallee::callees(*m_loaded, function) : m_graph.callees(function, m_run.functions);
}

std::int64_t RunAnalysis::mostCallsFromOneCall(std::uint32_t caller, std::uint32_t function) const
{
    if (!m_loaded)
        return m_graph.mostCallsFromOneCall(caller, function);
    const RunData& run = *m_loaded;
    std::map<std::int32_t, std::int64_t> perCallerCall;
    for (auto c : run.callsOf(function)) {
        const auto parent = run.calls[c].parent;
        if (parent >= 0 && run.calls[static_cast<std::size_t>(parent)].function == caller)
            ++perCallerCall[parent];
    }
    std::int64_t most = 0;
    for (const auto& [_, n] : perCallerCall)
        most = std::max(most, n);
    return most;
}

std::vector<CallTiming> RunAnalysis::firstCalls(std::uint32_t function) const
{
    if (!m_loaded)
        return m_firstCalls[function];
    std::vector<CallTiming> out;
    for (std::uint32_t c : m_loaded->callsOf(function)) {
        if (out.size() == kFirstCalls)
            break;
        const CallRecord& call = m_loaded->calls[c];
        out.push_back({call.startNs, call.durationNs, call.id});
    }
    return out;
}

} // namespace breadcrumb
