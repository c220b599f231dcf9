#pragma once
// Every sub-command parses its words with CLI11, set up the same way: the last of a repeated option
// wins, -h/--help prints the HelpFormatter page, and a usage error becomes one CliError line that names
// the command and points at its --help (exit status 1, as before CLI11).

#include "Commands.h"
#include "HelpFormatter.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <string>

namespace breadcrumb::cli {

// Applies the conventions to `app` (named after the command, its description the one-line summary)
// and returns the formatter of its help page, for the usage line, paragraphs and examples.
HelpFormatter& setUpCommand(CLI::App& app, std::string usage = {});

// Parses `args` (the words after the command's name). Returns false after printing the help for
// -h/--help. Throws CliError for usage errors.
bool parseCommandLine(CLI::App& app, const Args& args);

// One option word of a command line, read as CLI11 reads it: `--name=value`, `--name value`, `-xVALUE`,
// `-x VALUE`, or a flag. `option` is null for a name the command does not know.
struct OptionWord
{
    std::size_t index = 0;    // of the word in the command line
    std::string name;         // `--limit`, `-o`
    bool inlineValue = false; // `--limit=5`, `-o5`: the value is in this word
    const CLI::Option* option = nullptr;
    bool takesValue() const { return option && option->get_items_expected_max() > 0; }
};

// Calls `visit` for each option word of `args`, from `start` up to the first positional word, skipping an
// option's value as CLI11 takes it; `-5` and `-` are positionals, `--` ends the options. Returns the index of
// the first word that is not an option or an option's value (args.size() when there is none). `visit` returns
// false to stop early; the index of that word is returned then. One walk for the checks that must see the
// words before CLI11 does (`--force=`, where `run -m MODULE`'s own words start).
std::size_t walkOptionWords(const CLI::App& app, const Args& args, std::size_t start,
                            const std::function<bool(const OptionWord&)>& visit);

// A usage error found after parsing ("give SQL or one of --call, ...").
[[noreturn]] void usageError(const CLI::App& app, const std::string& message);

// Checks an option's value with the messages users see: "expects a whole number, not 'x'", "must be
// between 0 and 100".
CLI::Validator wholeNumber(std::int64_t min, std::int64_t max);
CLI::Validator number(double min, double max);

} // namespace breadcrumb::cli
