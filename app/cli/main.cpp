// The `breadcrumb` command: dispatches to one sub-command and turns every error into one line on
// stderr ("breadcrumb: ...") with exit status 1, or 2 when there was nothing to show.

#include "CliError.h"
#include "Commands.h"
#include "TextFormat.h"
#include "TraceTypes.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#ifndef BREADCRUMB_VERSION
#define BREADCRUMB_VERSION "0.0.0"
#endif

using namespace breadcrumb::cli;

namespace {

struct CommandEntry
{
    const char* name;
    const char* summary;
    std::function<int(const Args&)> run;
};

const std::vector<CommandEntry>& commands()
{
    static const std::vector<CommandEntry> list = {
        {"run", "Run a Python script or module under the tracer and print its run report", runCommand},
        {"performance", "Slowest functions, or one function's statistics, callers, callees and timeline",
         performanceCommand},
        {"query", "Read-only SQL over the trace (events view), or --call/--flow/--gaps/--fuzzy",
         queryCommand},
        {"list", "Runs in the trace: id, start, duration, status, calls, exceptions", listCommand},
        {"get", "The call tree of a run, collapsed to the hot paths for big runs", getCommand},
        {"exceptions", "Exceptions raised, newest first", exceptionsCommand},
        {"top", "Most-called functions", topCommand},
        {"report", "Print a run's report again", reportCommand},
        {"compare", "Compare two runs function by function (before/after)", compareCommand},
        {"export", "Write a run as Chrome trace-event or speedscope JSON, or a Perfetto trace",
         exportCommand},
        {"clear", "Delete the trace file (asks first)", clearCommand},
        {"serve-mcp", "Serve the traces to an AI assistant (Model Context Protocol over stdio)",
         serveMcpCommand},
    };
    return list;
}

void printUsage(std::ostream& out)
{
    out << "Usage: breadcrumb COMMAND [options]\n\n"
           "Breadcrumb traces every Python call into a SQLite file and analyses it.\n\n"
           "Commands:\n";
    for (const auto& command : commands())
        out << "  " << command.name << std::string(14 - std::strlen(command.name), ' ') << command.summary
            << '\n';
    out << "\nCommon options: -t/--trace FILE (default $BREADCRUMB_DB, else .breadcrumb/traces.db), --run "
           "ID\n"
           "(default: the newest run), --format table|json|csv. Exit status: 0 ok, 1 error, 2 no results.\n\n"
           "Examples:\n"
           "  breadcrumb run main.py\n"
           "  breadcrumb performance --sort duration --limit 10\n"
           "  breadcrumb performance slow_function\n"
           "  breadcrumb query \"SELECT function_name, COUNT(*) FROM events GROUP BY 1\"\n\n"
           "Run 'breadcrumb COMMAND --help' for a command's options and examples.\n";
}

int dispatch(std::vector<std::string> args)
{
    // Options given before the command apply to it: `breadcrumb -t x.db performance`.
    std::vector<std::string> leading;
    while (args.size() >= 2 && (args[0] == "-t" || args[0] == "--trace" || args[0] == "--run")) {
        leading.insert(leading.end(), args.begin(), args.begin() + 2);
        args.erase(args.begin(), args.begin() + 2);
    }
    if (args.empty()) {
        printUsage(std::cerr);
        return kExitError;
    }
    const std::string name = args[0];
    if (name == "-h" || name == "--help") {
        printUsage(std::cout);
        return kExitOk;
    }
    if (name == "-V" || name == "--version" || name == "version") {
        std::cout << "breadcrumb " << BREADCRUMB_VERSION << " (trace format " << breadcrumb::kFormatMajor
                  << "." << breadcrumb::kFormatMinor << ")\n";
        return kExitOk;
    }
    if (name == "help") {
        if (args.size() < 2) {
            printUsage(std::cout);
            return kExitOk;
        }
        args = {args[1], "--help"};
        return dispatch(args);
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    rest.insert(rest.begin(), leading.begin(), leading.end());
    for (const auto& command : commands())
        if (name == command.name) {
            // A full disk or a closed output stops the command at the first failed write (errno still
            // says why); the MCP server handles its own output.
            if (name != "serve-mcp")
                std::cout.exceptions(std::ios::badbit);
            return command.run(rest);
        }

    std::string message = "unknown command '" + name + "'";
    std::string best;
    std::size_t bestDistance = 3;
    for (const auto& command : commands()) {
        const std::size_t distance = breadcrumb::editDistance(name, command.name);
        if (distance < bestDistance || std::string(command.name).rfind(name, 0) == 0) {
            best = command.name;
            bestDistance = std::min(distance, bestDistance);
        }
    }
    if (!best.empty())
        message += " (did you mean '" + best + "'?)";
    throw CliError(message + "; see 'breadcrumb --help'");
}

// Everything a command printed must have reached stdout: a full disk or a closed pipe is an error, not
// a silent success (`breadcrumb performance > /dev/full` used to exit 0).
bool flushOutput()
{
    errno = 0;
    std::cout.flush(); // fflush(stdout) underneath: the first failure sets errno, a second one would not
    const int error = errno;
    const bool ok = std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!errno)
        errno = error;
    if (!ok)
        std::cerr << "breadcrumb: cannot write the output: " << (errno ? std::strerror(errno) : "write error")
                  << '\n';
    return ok;
}

// From here on only the error message counts: std::cerr is tied to std::cout and flushes it first, which
// must not throw again.
void quietOutput()
{
    std::cout.exceptions(std::ios::goodbit);
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        const int status = dispatch(std::move(args));
        return flushOutput() ? status : kExitError;
    } catch (const std::ios_base::failure&) {
        const int error = errno;
        quietOutput();
        std::cerr << "breadcrumb: cannot write the output: " << (error ? std::strerror(error) : "write error")
                  << '\n';
        return kExitError;
    } catch (const CliError& error) {
        quietOutput();
        std::cout.flush(); // the error is the message that matters; a failed flush would only repeat it
        std::fflush(stdout);
        std::cerr << "breadcrumb: " << breadcrumb::oneLine(error.what())
                  << '\n'; // messages quote names from the trace
        return error.exitCode();
    } catch (const breadcrumb::TraceError& error) {
        quietOutput();
        std::cout.flush(); // the error is the message that matters; a failed flush would only repeat it
        std::fflush(stdout);
        std::cerr << "breadcrumb: " << breadcrumb::oneLine(error.what()) << '\n';
        return error.kind() == breadcrumb::TraceError::Kind::EmptyRun ? kExitNoResults : kExitError;
    } catch (const std::bad_alloc&) {
        quietOutput();
        std::cerr << "breadcrumb: out of memory\n";
        return kExitError;
    } catch (const std::exception& error) {
        quietOutput();
        std::cerr << "breadcrumb: internal error: " << breadcrumb::oneLine(error.what()) << '\n';
        return kExitError;
    }
}
