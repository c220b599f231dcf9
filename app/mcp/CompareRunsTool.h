#pragma once
// breadcrumb__compare_runs: what got faster or slower between two runs (of one trace or of two traces).

#include "Tool.h"

namespace breadcrumb::mcp {

class CompareRunsTool : public Tool
{
public:
    std::string name() const override { return "breadcrumb__compare_runs"; }
    std::string title() const override { return "Compare two runs"; }
    std::string description() const override;
    nlohmann::json inputSchema() const override;
    nlohmann::json outputSchema() const override;
    ToolResult call(const nlohmann::json& args, TraceSession& session) override;
};

} // namespace breadcrumb::mcp
