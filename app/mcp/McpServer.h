#pragma once
// `breadcrumb serve-mcp`: a Model Context Protocol server over stdio (JSON-RPC 2.0, one message per line)
// that lets an AI assistant analyse Breadcrumb traces. Read-only: nothing it is sent can change a trace.

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace breadcrumb::mcp {

// Serves `tracePath` (which may not exist yet) and lets the tools read the `allowed` traces too, on
// stdin/stdout until EOF; returns the process exit code. The command line is app/cli's ServeMcpCommand.
int serveMcp(std::string tracePath, const std::vector<std::string>& allowed);

class McpServer
{
public:
    // Serves `tracePath`; tools may read it and the `allowed` traces, nothing else (see TraceSession).
    explicit McpServer(std::string tracePath, std::vector<std::string> allowed = {});
    ~McpServer();
    McpServer(const McpServer&) = delete;
    McpServer& operator=(const McpServer&) = delete;

    // Answers one line of input (a message or a batch); returns the reply line without its newline,
    // or an empty string when there is nothing to send (notifications, responses, blank lines).
    std::string handleLine(std::string_view line);
    // Reads lines until EOF, writing each reply followed by '\n'. Returns 0.
    int serve(std::istream& in, std::ostream& out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace breadcrumb::mcp
