// Development driver: runs the MCP server without the `breadcrumb` CLI's dispatcher.
#include "McpServer.h"

#include <string>
#include <vector>

int main(int argc, char** argv)
{
    return breadcrumb::mcp::serveMcp(std::vector<std::string>(argv + 1, argv + argc));
}
