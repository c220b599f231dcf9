#pragma once
// Rows of cells printed (by the CLI and the MCP server) as the seed's aligned table ("a | b" over "- | -"),
// CSV or JSON. Each cell carries the text shown in the table and the raw value that JSON and CSV get (100.0
// rather than "100.0ms"), so one table feeds all three formats.

#include "OutputFormat.h"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace breadcrumb {

// Keys keep the order they were added in (columns print left to right).
using Json = nlohmann::ordered_json;

struct Cell
{
    std::string text; // as shown in the table
    Json value;       // as written to JSON/CSV (null, number or string)

    Cell() = default;
    Cell(std::string text, Json value) : text(std::move(text)), value(std::move(value)) {}
    Cell(const char* text) : text(text), value(text) {}
    Cell(std::string text) : text(text), value(std::move(text)) {}
    static Cell number(std::int64_t value);
    static Cell ms(std::int64_t ns); // "100.0ms" / 100.0
    static Cell msValue(double ms);  // "100.0ms" / ms (query results)
    static Cell null(std::string shown = "");
};

struct Column
{
    std::string header; // table heading
    std::string key;    // JSON key and CSV heading
    bool alignRight = false;
};

class Table
{
public:
    explicit Table(std::vector<Column> columns);
    // Columns named by one string each, used as both heading and key.
    static Table withHeaders(const std::vector<std::string>& headers);

    void addRow(std::vector<Cell> cells);
    std::size_t rowCount() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }

    // Cells wider than `width` characters end in "..." in the aligned text (0 = never cut; JSON/CSV
    // keep the whole value). The MCP server cuts, so one long SQL value cannot flood a model's context.
    void setMaxCellWidth(std::size_t width) { m_maxCellWidth = width; }

    void print(std::ostream& out, OutputFormat format) const;
    void printAligned(std::ostream& out, const std::string& indent = {}) const;
    std::string aligned(const std::string& indent = {}) const; // printAligned() as a string
    void printCsv(std::ostream& out) const;
    Json toJson() const; // array of objects keyed by Column::key

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<Cell>> m_rows;
    std::size_t m_maxCellWidth = 0;
};

// Pretty JSON; invalid UTF-8 in trace strings is replaced rather than failing.
std::string dumpJson(const Json& value);
// CSV field quoting (RFC 4180).
std::string csvField(const std::string& text);
// Text of a JSON scalar for CSV: strings bare, null empty, numbers as JSON writes them.
std::string csvValue(const Json& value);

} // namespace breadcrumb
