#pragma once
// breadcrumb__analyze_performance: the bottlenecks of a run (where the time goes, who causes it and what
// to do about it), or one function's statistics with its callers and callees.

#include "RunAnalysis.h"
#include "Tool.h"
#include "TraceDatabase.h"

namespace breadcrumb::mcp {

class AnalyzePerformanceTool : public Tool
{
public:
    std::string name() const override { return "breadcrumb__analyze_performance"; }
    std::string title() const override { return "Analyze performance"; }
    std::string description() const override;
    nlohmann::json inputSchema() const override;
    nlohmann::json outputSchema() const override;
    ToolResult call(const nlohmann::json& args, TraceSession& session) override;
    // The answer to `args` (run_id aside) about the run `analysis` is of, stored in `db`.
    ToolResult analyze(const RunAnalysis& analysis, TraceDatabase& db, const nlohmann::json& args) const;

private:
    ToolResult bottlenecks(const RunAnalysis& analysis, TraceDatabase& db, std::size_t limit) const;
    ToolResult function(const RunAnalysis& analysis, TraceDatabase& db, std::uint32_t fn) const;

    // A plain-language suggestion for `fn` derived from its figures, callers and (if captured) arguments.
    std::string recommend(const RunAnalysis& analysis, TraceDatabase& db, std::uint32_t fn,
                          const FunctionSummary& s, const std::vector<CallerCalleeEntry>& callers) const;
    nlohmann::json callerCalleeJson(const RunData& run, const std::vector<CallerCalleeEntry>& entries,
                                    std::size_t max) const;
    std::string callerCalleeText(const RunData& run, const std::vector<CallerCalleeEntry>& entries,
                                 std::size_t max) const;
};

} // namespace breadcrumb::mcp
