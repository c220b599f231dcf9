#pragma once
// Entry points of the sub-commands, one file each. `args` are the words after the command name;
// the return value is the process exit status. Errors are thrown (CliError, TraceError) and reported
// by the dispatcher in main.cpp.

#include <string>
#include <vector>

namespace breadcrumb::cli {

using Args = std::vector<std::string>;

int performanceCommand(const Args& args);
int queryCommand(const Args& args);
int listCommand(const Args& args);
int getCommand(const Args& args);
int exceptionsCommand(const Args& args);
int topCommand(const Args& args);
int reportCommand(const Args& args);
int clearCommand(const Args& args);
int compareCommand(const Args& args);
int exportCommand(const Args& args);
int runCommand(const Args& args);
int serveMcpCommand(const Args& args);

} // namespace breadcrumb::cli
