#pragma once
// JSON-RPC 2.0 error codes and message builders used by the MCP server.

#include <nlohmann/json.hpp>
#include <string>

namespace breadcrumb::mcp::jsonrpc {

inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;

inline nlohmann::json result(const nlohmann::json& id, nlohmann::json value)
{
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(value)}};
}

inline nlohmann::json error(const nlohmann::json& id, int code, const std::string& message)
{
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

// Thrown by a method handler to answer with a JSON-RPC error instead of a result.
struct Error
{
    int code;
    std::string message;
};

} // namespace breadcrumb::mcp::jsonrpc
