#pragma once
// breadcrumb__query_traces: read-only SQL over a trace (the `events` view and the raw tables), with a row
// limit, a time limit and a warning when the result was cut.

#include "Tool.h"

namespace breadcrumb::mcp {

class QueryTracesTool : public Tool
{
public:
    std::string name() const override { return "breadcrumb__query_traces"; }
    std::string title() const override { return "Query traces with SQL"; }
    std::string description() const override;
    nlohmann::json inputSchema() const override;
    nlohmann::json outputSchema() const override;
    ToolResult call(const nlohmann::json& args, TraceSession& session) override;
};

} // namespace breadcrumb::mcp
