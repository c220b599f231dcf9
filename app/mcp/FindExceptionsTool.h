#pragma once
// breadcrumb__find_exceptions: the exceptions raised since a point in time (1h, 2d, an ISO date), newest
// first, with where they were raised, whether they escaped and the end of their traceback.

#include "Tool.h"

#include <optional>

namespace breadcrumb::mcp {

class FindExceptionsTool : public Tool
{
public:
    std::string name() const override { return "breadcrumb__find_exceptions"; }
    std::string title() const override { return "Find exceptions"; }
    std::string description() const override;
    nlohmann::json inputSchema() const override;
    nlohmann::json outputSchema() const override;
    ToolResult call(const nlohmann::json& args, TraceSession& session) override;

    // "30m", "1h", "2d", "1w", "45s" before `nowNs`, or an ISO 8601 date/time (UTC unless it has an offset).
};

} // namespace breadcrumb::mcp
