#include "Table.h"

#include "TextFormat.h"

#include <ostream>
#include <sstream>

namespace breadcrumb {

Cell Cell::number(std::int64_t value)
{
    return Cell(std::to_string(value), value);
}

Cell Cell::ms(std::int64_t ns)
{
    return Cell(formatDuration(ns), nsToMs(ns));
}

Cell Cell::msValue(double ms)
{
    return Cell(formatMsValue(ms), ms);
}

Cell Cell::null(std::string shown)
{
    return Cell(std::move(shown), nullptr);
}

Table::Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}

Table Table::withHeaders(const std::vector<std::string>& headers)
{
    std::vector<Column> columns;
    for (const auto& header : headers)
        columns.push_back({header, header, false});
    return Table(std::move(columns));
}

void Table::addRow(std::vector<Cell> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

void Table::print(std::ostream& out, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Table:
        printAligned(out);
        break;
    case OutputFormat::Csv:
        printCsv(out);
        break;
    case OutputFormat::Json:
        out << dumpJson(toJson()) << '\n';
        break;
    }
}

void Table::printAligned(std::ostream& out, const std::string& indent) const
{
    // Trace strings reach the terminal here: escaped once, before the widths are measured.
    std::vector<std::string> headers;
    for (const auto& column : m_columns)
        headers.push_back(oneLine(column.header));
    std::vector<std::vector<std::string>> cells;
    cells.reserve(m_rows.size());
    for (const auto& row : m_rows) {
        std::vector<std::string>& texts = cells.emplace_back();
        for (const auto& cell : row)
            texts.push_back(m_maxCellWidth ? ellipsize(oneLine(cell.text), m_maxCellWidth)
                                           : oneLine(cell.text));
    }
    std::vector<std::size_t> widths;
    for (const auto& header : headers)
        widths.push_back(displayWidth(header));
    for (const auto& row : cells)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));

    // The last column is not padded, so lines carry no trailing blanks.
    auto line = [&](auto cellText) {
        std::string text = indent;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const std::string cell = cellText(c);
            const bool last = c + 1 == m_columns.size();
            const std::size_t pad = widths[c] - displayWidth(cell);
            if (m_columns[c].alignRight)
                text += std::string(pad, ' ') + cell;
            else
                text += last ? cell : cell + std::string(pad, ' ');
            if (!last)
                text += " | ";
        }
        out << text << '\n';
    };
    line([&](std::size_t c) { return headers[c]; });
    line([&](std::size_t c) { return std::string(widths[c], '-'); });
    for (const auto& row : cells)
        line([&](std::size_t c) { return row[c]; });
}

std::string Table::aligned(const std::string& indent) const
{
    std::ostringstream out;
    printAligned(out, indent);
    return out.str();
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char ch : text) {
        if (ch == '"')
            quoted += '"';
        quoted += ch;
    }
    return quoted + '"';
}

std::string csvValue(const Json& value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return value.get<std::string>();
    return value.dump();
}

void Table::printCsv(std::ostream& out) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        out << (c ? "," : "") << csvField(m_columns[c].key);
    out << '\n';
    for (const auto& row : m_rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            out << (c ? "," : "") << csvField(csvValue(row[c].value));
        out << '\n';
    }
}

Json Table::toJson() const
{
    auto array = Json::array();
    for (const auto& row : m_rows) {
        Json object = Json::object();
        for (std::size_t c = 0; c < row.size(); ++c)
            object[m_columns[c].key] = row[c].value;
        array.push_back(std::move(object));
    }
    return array;
}

} // namespace breadcrumb

namespace breadcrumb {

std::string dumpJson(const Json& value)
{
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace breadcrumb
