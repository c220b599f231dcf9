// `breadcrumb run SCRIPT|-m MODULE`: runs the program under the tracer in a child Python process
// (`python -m breadcrumb run --quiet --run-id-file F ...`, started through -c), forwards signals to
// it, then prints the run report and exits with the program's exit status.

#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "RunReport.h"
#include "TraceReader.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

#ifndef BREADCRUMB_PYTHON_EXECUTABLE
#define BREADCRUMB_PYTHON_EXECUTABLE "python3"
#endif
#ifndef BREADCRUMB_BUILD_DIR
#define BREADCRUMB_BUILD_DIR ""
#endif
#ifndef BREADCRUMB_PYTHON_DIR
#define BREADCRUMB_PYTHON_DIR ""
#endif
#ifndef BREADCRUMB_PYTHON_INSTALL_DIR
#define BREADCRUMB_PYTHON_INSTALL_DIR "lib/breadcrumb/python"
#endif
#ifndef BREADCRUMB_INSTALL_PREFIX
#define BREADCRUMB_INSTALL_PREFIX "/usr/local"
#endif

namespace breadcrumb::cli {

namespace {

namespace fs = std::filesystem;

volatile std::sig_atomic_t g_child = 0;

// A signal sent to us alone (kill, systemd, a supervisor) is passed on to the program. One generated
// by the terminal (Ctrl-C) already reached the program, which is in our process group: not again.
void forwardSignal(int signal, siginfo_t* info, void*)
{
    if (g_child > 0 && info && info->si_code != SI_KERNEL)
        ::kill(static_cast<pid_t>(g_child), signal);
}

// The package directory: the build tree's when this binary runs from it, else the installed one
// (relative to the binary first, so an installed tree can be moved).
std::string packageDirectory()
{
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    const std::string buildDir = BREADCRUMB_BUILD_DIR;
    if (!error && !buildDir.empty()) {
        const std::string exePath = exe.string();
        if (exePath.rfind(buildDir + "/", 0) == 0 &&
            fs::exists(fs::path(BREADCRUMB_PYTHON_DIR) / "breadcrumb"))
            return BREADCRUMB_PYTHON_DIR;
    }
    if (!error) {
        const fs::path relative = exe.parent_path().parent_path() / BREADCRUMB_PYTHON_INSTALL_DIR;
        if (fs::exists(relative / "breadcrumb", error))
            return relative.lexically_normal().string();
    }
    const fs::path installed = fs::path(BREADCRUMB_INSTALL_PREFIX) / BREADCRUMB_PYTHON_INSTALL_DIR;
    if (fs::exists(installed / "breadcrumb", error))
        return installed.string();
    if (!std::string(BREADCRUMB_PYTHON_DIR).empty() &&
        fs::exists(fs::path(BREADCRUMB_PYTHON_DIR) / "breadcrumb", error))
        return BREADCRUMB_PYTHON_DIR;
    return {};
}

// mkstemp'd file removed when the command ends.
class TempFile
{
public:
    TempFile()
    {
        const char* dir = std::getenv("TMPDIR");
        std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/breadcrumb-run-XXXXXX";
        std::vector<char> buffer(pattern.begin(), pattern.end());
        buffer.push_back('\0');
        const int fd = ::mkstemp(buffer.data());
        if (fd < 0)
            throw CliError(std::string("run: cannot create a temporary file: ") + std::strerror(errno));
        ::close(fd);
        m_path = buffer.data();
    }
    ~TempFile() { ::unlink(m_path.c_str()); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::optional<std::int64_t> readRunId(const std::string& path)
{
    std::ifstream in(path);
    std::int64_t id = 0;
    if (in >> id && id > 0)
        return id;
    return std::nullopt;
}

// fork + exec with the exec error reported back through a close-on-exec pipe; returns the child's pid.
pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env)
{
    std::vector<char*> cArgs, cEnv;
    for (const auto& arg : argv)
        cArgs.push_back(const_cast<char*>(arg.c_str()));
    cArgs.push_back(nullptr);
    for (const auto& entry : env)
        cEnv.push_back(const_cast<char*>(entry.c_str()));
    cEnv.push_back(nullptr);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        throw CliError(std::string("run: cannot create a pipe: ") + std::strerror(errno));
    std::cout.flush();
    std::cerr.flush();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        throw CliError(std::string("run: cannot start a process: ") + std::strerror(errno));
    }
    if (pid == 0) {
        ::close(pipeFds[0]);
        ::execvpe(cArgs[0], cArgs.data(), cEnv.data());
        const int error = errno;
        [[maybe_unused]] auto written = ::write(pipeFds[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    int childErrno = 0;
    ssize_t got;
    do
        got = ::read(pipeFds[0], &childErrno, sizeof childErrno);
    while (got < 0 && errno == EINTR);
    ::close(pipeFds[0]);
    if (got == static_cast<ssize_t>(sizeof childErrno)) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        throw CliError("run: cannot start " + argv[0] + ": " + std::strerror(childErrno) +
                       " (choose the interpreter with --python)");
    }
    return pid;
}

struct ChildEnd
{
    int code = 0;   // exit status, or 128 + signal
    int signal = 0; // the signal that ended it, if it died by one
};

ChildEnd waitForChild(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            throw CliError(std::string("run: lost the program's process: ") + std::strerror(errno));
    }
    if (WIFEXITED(status))
        return {WEXITSTATUS(status), 0};
    if (WIFSIGNALED(status))
        return {128 + WTERMSIG(status), WTERMSIG(status)};
    return {kExitError, 0};
}

// A program that ended by Ctrl-C, SIGTERM or SIGHUP (python dies by SIGINT after an unhandled
// KeyboardInterrupt; the runner ends the others in order, then by the signal) makes us end the same
// way, so a shell or a supervisor sees what it would see running python itself. Other signals (a
// crash) are reported as 128 + n: dying by SIGSEGV ourselves would look like our own crash.
int endLikeTheProgram(const ChildEnd& end)
{
    if (end.signal == SIGINT || end.signal == SIGTERM || end.signal == SIGHUP) {
        std::cout.flush();
        std::cerr.flush();
        std::signal(end.signal, SIG_DFL);
        ::raise(end.signal);
    }
    return end.code;
}

// Where the module's own words start: `run -q -m pkg -v` passes -v to pkg. CLI11 stops at a script by
// itself (prefix_command) but knows no option that ends parsing, so the words after -m MODULE are split
// off before it parses; an option's value is skipped as CLI11 would take it.
std::size_t moduleArgumentsStart(const CLI::App& app, const Args& args)
{
    std::size_t end = args.size();
    walkOptionWords(app, args, 0, [&](const OptionWord& word) {
        if (word.name != "-m" && word.name != "--module")
            return true;
        end = std::min(args.size(), word.index + (word.inlineValue ? 1 : 2));
        return false;
    });
    return end; // without -m, the script stops CLI11 by itself (prefix_command)
}

} // namespace

int runCommand(const Args& args)
{
    CLI::App app("Run a Python program under the tracer, then print its run report.", "run");
    HelpFormatter& help = setUpCommand(app, "[options] (SCRIPT [ARGS...] | -m MODULE [ARGS...])");
    help.setDescription(
        "Runs SCRIPT (or -m MODULE) with the interpreter the tracer was built for, exactly as python would, "
        "recording every call of your own code (not the standard library or site-packages; --include and "
        "--exclude change that) into the trace file, a new run each time. The program's output and exit "
        "status pass through; the run report follows on stdout. Ctrl-C, SIGTERM and SIGHUP reach the program "
        "and end it in order (its finally blocks and atexit handlers run, the trace is complete; a second "
        "SIGTERM kills at once), then this command ends by the same signal, as python would. If the trace "
        "cannot be written the program still runs, untraced, with a warning. Forked children and "
        "multiprocessing workers are traced as runs of their own (see list); programs started with "
        "subprocess are not. Everything after SCRIPT belongs to the program.");
    std::optional<std::string> output;
    app.add_option("-o,--output", output, "Trace file (default: $BREADCRUMB_DB, else .breadcrumb/traces.db).")
        ->type_name("TRACE");
    std::optional<std::string> trace;
    app.add_option("-t,--trace", trace, "Same as -o (so 'breadcrumb -t FILE run ...' works too).")
        ->type_name("TRACE");
    std::vector<std::string> includes;
    app.add_option("--include", includes, "Also trace modules matching GLOB ('*' traces everything).")
        ->type_name("GLOB")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false); // one GLOB each time: the next word may be the script
    std::vector<std::string> excludes;
    app.add_option("--exclude", excludes, "Do not trace modules matching GLOB (wins over --include).")
        ->type_name("GLOB")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false);
    bool captureValues = false;
    app.add_flag("--capture-values", captureValues,
                 "Record repr() of arguments and return values (secrets are redacted).");
    std::optional<std::string> maxValueLength;
    app.add_option("--max-value-length", maxValueLength,
                   "Truncate captured values to N characters (default 2000).")
        ->type_name("N");
    std::optional<std::string> timeout;
    app.add_option("--timeout", timeout, "Interrupt the program after this many seconds.")
        ->type_name("SECONDS");
    std::string python = BREADCRUMB_PYTHON_EXECUTABLE;
    app.add_option("--python", python,
                   std::string("Python interpreter to run (default: ") + BREADCRUMB_PYTHON_EXECUTABLE + ").")
        ->type_name("EXE");
    std::optional<std::string> module;
    app.add_option("-m,--module", module, "Run a module, as python -m MODULE does.")->type_name("MODULE");
    std::size_t top = 5;
    app.add_option("--top", top, "Functions listed in the report.")
        ->type_name("N")
        ->capture_default_str()
        ->check(wholeNumber(0, 1000));
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "No report; only the program's own output and exit status.");
    app.prefix_command(); // the script and everything after it are the program's, unparsed
    help.addExample("breadcrumb run main.py --size 100",
                    "Trace main.py (its own option --size passes through).");
    help.addExample("breadcrumb run -o perf.db --capture-values -m mypkg.cli serve",
                    "A module, with arguments captured.");
    help.addExample("breadcrumb run --include 'requests.*' fetch.py", "Trace the requests library too.");
    const std::size_t split = moduleArgumentsStart(app, args);
    if (!parseCommandLine(app, Args(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(split))))
        return kExitOk;
    // The script and its arguments, or the module's arguments.
    Args program = app.remaining();
    if (!program.empty() && program.front() == "--")
        program.erase(program.begin());
    else if (!program.empty() && program.front().size() > 1 && program.front()[0] == '-' &&
             !std::isdigit(static_cast<unsigned char>(program.front()[1])))
        usageError(app, "unknown option '" + program.front().substr(0, program.front().find('=')) + "'");
    program.insert(program.end(), args.begin() + static_cast<std::ptrdiff_t>(split), args.end());
    if (!module && program.empty())
        usageError(app, "missing SCRIPT or -m MODULE");

    const std::string packageDir = packageDirectory();
    if (packageDir.empty())
        throw CliError("run: cannot find the breadcrumb Python package (looked in " +
                       std::string(BREADCRUMB_PYTHON_DIR) + " and " + BREADCRUMB_INSTALL_PREFIX + "/" +
                       BREADCRUMB_PYTHON_INSTALL_DIR + ")");
    const bool traceGiven = output || trace;
    const std::string tracePath = output ? *output : trace ? *trace : defaultTracePath();

    TempFile runIdFile;
    // `python -m breadcrumb run` without -m: runpy's imports, done before the program, would hide the
    // program's own imports of those modules from its trace (breadcrumb/_runner.py, LAUNCH)
    std::vector<std::string> argv = {
        python,          "-c",      "from breadcrumb._runner import launch; launch()",
        "run",           "--quiet", "--run-id-file",
        runIdFile.path()};
    if (traceGiven)
        argv.insert(argv.end(), {"-o", tracePath});
    for (const auto& glob : includes)
        argv.insert(argv.end(), {"--include", glob});
    for (const auto& glob : excludes)
        argv.insert(argv.end(), {"--exclude", glob});
    if (captureValues)
        argv.push_back("--capture-values");
    if (maxValueLength)
        argv.insert(argv.end(), {"--max-value-length", *maxValueLength});
    if (timeout)
        argv.insert(argv.end(), {"--timeout", *timeout});
    if (module) {
        argv.insert(argv.end(), {"-m", *module});
    } else {
        argv.push_back("--");
    }
    argv.insert(argv.end(), program.begin(), program.end());

    std::vector<std::string> env;
    bool havePythonPath = false;
    for (char** entry = environ; *entry; ++entry) {
        std::string text = *entry;
        if (text.rfind("PYTHONPATH=", 0) == 0) {
            const std::string old = text.substr(11);
            text = "PYTHONPATH=" + packageDir + (old.empty() ? "" : ":" + old);
            havePythonPath = true;
        }
        env.push_back(std::move(text));
    }
    if (!havePythonPath)
        env.push_back("PYTHONPATH=" + packageDir);

    // Handlers first: a signal arriving between fork and the assignment is then at worst not forwarded.
    struct sigaction action
    {
    };
    action.sa_sigaction = forwardSignal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    std::array<struct sigaction, 3> previous{};
    const std::array<int, 3> forwarded = {SIGINT, SIGTERM, SIGHUP};
    for (std::size_t i = 0; i < forwarded.size(); ++i)
        ::sigaction(forwarded[i], &action, &previous[i]);
    ChildEnd end;
    try {
        const pid_t pid = spawn(argv, env);
        g_child = pid;
        end = waitForChild(pid);
        g_child = 0;
    } catch (...) {
        for (std::size_t i = 0; i < forwarded.size(); ++i)
            ::sigaction(forwarded[i], &previous[i], nullptr);
        throw;
    }
    for (std::size_t i = 0; i < forwarded.size(); ++i)
        ::sigaction(forwarded[i], &previous[i], nullptr);

    const int code = end.code;
    if (quiet)
        return endLikeTheProgram(end);
    const auto runId = readRunId(runIdFile.path());
    if (!runId) {
        // The runner said why (an unwritable trace, say) and ran the program untraced: its exit
        // status is still the program's, not a failure of ours.
        std::cerr << "breadcrumb: no run was recorded"
                  << (code ? " (the program exited with status " + std::to_string(code) + ")" : std::string{})
                  << '\n';
        return endLikeTheProgram(end);
    }
    try {
        TraceReader reader(tracePath);
        const auto figures = runReportFigures(reader, *runId, static_cast<std::size_t>(top));
        std::cout << '\n';
        printRunReport(std::cout, figures, {static_cast<std::size_t>(top), tracePath});
    } catch (const TraceError& error) {
        std::cerr << "breadcrumb: the program ran, but its trace cannot be read: " << error.what() << '\n';
        return code ? code : kExitError;
    }
    return endLikeTheProgram(end);
}

} // namespace breadcrumb::cli
