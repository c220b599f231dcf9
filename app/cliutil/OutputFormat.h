#pragma once
// How a command prints tabular results: the seed's aligned text, JSON or CSV.

namespace breadcrumb {

enum class OutputFormat
{
    Table,
    Json,
    Csv
};

} // namespace breadcrumb
