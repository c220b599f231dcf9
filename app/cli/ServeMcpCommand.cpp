// `breadcrumb serve-mcp`: parses the command line like every other command, then hands the trace and
// the allowed files to the MCP server (app/mcp), which serves stdin/stdout until EOF.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "McpServer.h"
#include "TraceOptions.h"

#include <string>
#include <vector>

namespace breadcrumb::cli {

int serveMcpCommand(const Args& args)
{
    CLI::App app("Serve the Model Context Protocol over stdin/stdout (JSON-RPC 2.0, one message per line) so "
                 "an AI assistant can analyse Breadcrumb traces.",
                 "serve-mcp");
    HelpFormatter& help = setUpCommand(app, "[--trace FILE] [--allow FILE]...");
    help.setDescription(
        "Tools: breadcrumb__analyze_performance, breadcrumb__query_traces, breadcrumb__get_trace, "
        "breadcrumb__find_exceptions, breadcrumb__compare_runs. The trace is opened read-only and may not "
        "exist yet; logs go to stderr. The tools read the served trace and the --allow files only, whatever "
        "paths they are sent.");
    const TraceOptions options(app, 0);
    std::vector<std::string> allowed;
    app.add_option("--allow", allowed,
                   "Another trace the tools may read (compare_runs' before_trace, after_trace).")
        ->type_name("FILE")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check([](const std::string& file) { return file.empty() ? "needs a file name" : std::string{}; });
    help.addExample("breadcrumb serve-mcp -t /home/me/proj/.breadcrumb/traces.db",
                    "Serves one trace; an MCP client starts it, as in Claude Desktop's "
                    "claude_desktop_config.json:");
    help.addExample("\"mcpServers\": {\"breadcrumb\": {\"command\": \"/usr/local/bin/breadcrumb\",\n"
                    "                  \"args\": [\"serve-mcp\", \"--trace\", "
                    "\"/home/me/proj/.breadcrumb/traces.db\"]}}",
                    {});
    if (!parseCommandLine(app, args))
        return kExitOk;
    return mcp::serveMcp(options.path(), allowed);
}

} // namespace breadcrumb::cli
