#pragma once
// One MCP tool: its name, description, JSON schemas and how it answers a call.

#include "TraceTypes.h"

#include <nlohmann/json.hpp>
#include <string>

namespace breadcrumb::mcp {

class TraceSession;

// What a tool call returns: text a model reads, plus the same facts as structured content.
struct ToolResult
{
    std::string text;
    nlohmann::json structured; // an object, or null when there is none
    bool isError = false;

    static ToolResult failure(std::string message) { return {std::move(message), nullptr, true}; }
    nlohmann::json toJson() const; // the MCP CallToolResult
};

class Tool
{
public:
    virtual ~Tool() = default;

    virtual std::string name() const = 0;
    virtual std::string title() const = 0;
    virtual std::string description() const = 0;
    virtual nlohmann::json inputSchema() const = 0;
    virtual nlohmann::json outputSchema() const { return nullptr; }

    // `args` already conforms to inputSchema(). Throws TraceError for trace problems; the server turns
    // them (and any other exception) into isError results.
    virtual ToolResult call(const nlohmann::json& args, TraceSession& session) = 0;

    nlohmann::json descriptor() const; // the entry of tools/list

protected:
    // Milliseconds rounded to microseconds: what structured content carries.
    static double toMs(double ns);
    // Caps text at `limit` bytes on a line boundary, with a note saying how much was cut.
    static std::string boundText(std::string text, std::size_t limit = kTextLimit);
    // The run's identity and size, for structured content and for the first line of text answers.
    static nlohmann::json runJson(const RunInfo& run);
    static std::string runHeadline(const RunInfo& run);
    // "1.3s" / "250.0ms" / "<0.1ms": durations in the unit a reader takes in at a glance.
    static std::string formatDuration(Nanos ns);
    // "42%"; "<1%" for small non-zero shares.
    static std::string formatShare(double share);

    static constexpr std::size_t kTextLimit = 60000;
};

} // namespace breadcrumb::mcp
