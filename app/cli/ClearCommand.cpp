// `breadcrumb clear`: deletes a trace file (and its -wal/-shm/-journal companions). The only command
// that writes anything; it asks first unless -f, and deletes nothing that is not a Breadcrumb trace.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "TraceOptions.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace breadcrumb::cli {

int clearCommand(const Args& args)
{
    CLI::App app("Delete a trace file and everything recorded in it.", "clear");
    HelpFormatter& help = setUpCommand(app);
    help.setDescription(
        "Deletes the trace file (default: $BREADCRUMB_DB, else .breadcrumb/traces.db) together with its "
        "SQLite companions (-wal, -shm, -journal); nothing else. The file must be a Breadcrumb trace. Asks "
        "for "
        "confirmation; without a terminal to ask on, it refuses unless -f is given.");
    bool force = false;
    app.add_flag("-f,--force", force, "Delete without asking.");
    const TraceOptions options(app, 0);
    help.addExample("breadcrumb clear", "Asks, then deletes .breadcrumb/traces.db.");
    help.addExample("breadcrumb clear -t old.db -f", "Deletes old.db without asking.");
    if (!parseCommandLine(app, args))
        return kExitOk;
    const std::string path = options.path();

    std::size_t runCount = 0;
    {
        // Validates that it is a trace (throws otherwise) and closes it again before deleting.
        auto reader = options.open();
        runCount = reader->runs().size();
    }
    if (!force) {
        if (!isatty(STDIN_FILENO))
            throw CliError("clear: not deleting " + path +
                           " without confirmation (no terminal to ask on); use -f");
        std::cerr << "Delete " << path << " (" << runCount << (runCount == 1 ? " run" : " runs")
                  << ")? [y/N] " << std::flush;
        std::string answer;
        if (!std::getline(std::cin, answer) || (answer != "y" && answer != "Y" && answer != "yes")) {
            std::cerr << "Nothing deleted.\n";
            return kExitError;
        }
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const std::string file = path + suffix;
        std::error_code error;
        if (!std::filesystem::remove(file, error) && error)
            throw CliError("clear: cannot delete " + file + ": " + error.message());
    }
    std::cout << "Deleted " << path << " (" << runCount << (runCount == 1 ? " run" : " runs") << ").\n";
    return kExitOk;
}

} // namespace breadcrumb::cli
