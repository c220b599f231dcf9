#include "TextTable.h"

#include <algorithm>

namespace breadcrumb::mcp {

namespace {

// Display width in code points (good enough for aligning ASCII-dominated trace data).
std::size_t width(const std::string& s)
{
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string clip(std::string s, std::size_t maxWidth)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    if (width(s) <= maxWidth)
        return s;
    std::size_t bytes = 0, seen = 0;
    while (bytes < s.size() && seen < maxWidth - 1) {
        ++bytes;
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80)
            ++bytes;
        ++seen;
    }
    return s.substr(0, bytes) + "\u2026";
}

} // namespace

TextTable::TextTable(std::vector<std::string> columns, std::size_t maxCellWidth)
    : m_columns(std::move(columns)), m_maxCellWidth(maxCellWidth)
{
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_columns.size());
    for (auto& c : cells)
        c = clip(std::move(c), m_maxCellWidth);
    m_rows.push_back(std::move(cells));
}

std::string TextTable::render() const
{
    std::vector<std::size_t> widths;
    for (const auto& c : m_columns)
        widths.push_back(width(c));
    for (const auto& row : m_rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], width(row[i]));

    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += " | ";
            out += cells[i];
            if (i + 1 < cells.size())
                out.append(widths[i] - width(cells[i]), ' ');
        }
        out += '\n';
    };
    line(m_columns);
    std::vector<std::string> rule;
    for (auto w : widths)
        rule.emplace_back(w, '-');
    line(rule);
    for (const auto& row : m_rows)
        line(row);
    return out;
}

} // namespace breadcrumb::mcp
