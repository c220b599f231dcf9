#pragma once
// breadcrumb__get_trace: a run's call tree aggregated by call path, the heaviest paths first, bounded in
// size so a model can read it whole.

#include "CallTree.h"
#include "Tool.h"

namespace breadcrumb::mcp {

class GetTraceTool : public Tool
{
public:
    std::string name() const override { return "breadcrumb__get_trace"; }
    std::string title() const override { return "Get a run's call tree"; }
    std::string description() const override;
    nlohmann::json inputSchema() const override;
    nlohmann::json outputSchema() const override;
    ToolResult call(const nlohmann::json& args, TraceSession& session) override;
};

} // namespace breadcrumb::mcp
