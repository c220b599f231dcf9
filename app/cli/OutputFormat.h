#pragma once
// How a command prints tabular results: the seed's aligned text, JSON or CSV.

#include <string>

namespace breadcrumb::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv
};

// Throws CliError for anything but table|json|csv (`extra` adds more names to the message).
OutputFormat parseOutputFormat(const std::string& text);

} // namespace breadcrumb::cli
