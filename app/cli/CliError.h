#pragma once
// An error the CLI reports as one line on stderr ("breadcrumb: <message>") with a given exit code:
// 1 for errors, 2 when a command found nothing to show.

#include <stdexcept>
#include <string>

namespace breadcrumb::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitNoResults = 2;

class CliError : public std::runtime_error
{
public:
    explicit CliError(const std::string& message, int exitCode = kExitError)
        : std::runtime_error(message), m_exitCode(exitCode)
    {
    }
    int exitCode() const { return m_exitCode; }

private:
    int m_exitCode;
};

// "No results" is not a failure of the tool, but scripts need to tell it apart: exit status 2.
class NoResults : public CliError
{
public:
    explicit NoResults(const std::string& message) : CliError(message, kExitNoResults) {}
};

} // namespace breadcrumb::cli
