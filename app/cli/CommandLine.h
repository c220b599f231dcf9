#pragma once
// Every sub-command parses its words with CLI11, set up the same way: the last of a repeated option
// wins, -h/--help prints the HelpFormatter page, and a usage error becomes one CliError line that names
// the command and points at its --help (exit status 1, as before CLI11).

#include "Commands.h"
#include "HelpFormatter.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace breadcrumb::cli {

// Applies the conventions to `app` (named after the command, its description the one-line summary)
// and returns the formatter of its help page, for the usage line, paragraphs and examples.
HelpFormatter& setUpCommand(CLI::App& app, std::string usage = {});

// Parses `args` (the words after the command's name). Returns false after printing the help for
// -h/--help. Throws CliError for usage errors.
bool parseCommandLine(CLI::App& app, const Args& args);

// A usage error found after parsing ("give SQL or one of --call, ...").
[[noreturn]] void usageError(const CLI::App& app, const std::string& message);

// Checks an option's value with the messages users see: "expects a whole number, not 'x'", "must be
// between 0 and 100".
CLI::Validator wholeNumber(std::int64_t min, std::int64_t max);
CLI::Validator number(double min, double max);

} // namespace breadcrumb::cli
