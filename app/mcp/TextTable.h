#pragma once
// An aligned plain-text table in the seed's layout ("a | b" over "- | -"), for tool text output.

#include <string>
#include <vector>

namespace breadcrumb::mcp {

class TextTable
{
public:
    explicit TextTable(std::vector<std::string> columns, std::size_t maxCellWidth = 80);

    void addRow(std::vector<std::string> cells);
    std::size_t rowCount() const { return m_rows.size(); }
    std::string render() const;

private:
    std::vector<std::string> m_columns;
    std::vector<std::vector<std::string>> m_rows;
    std::size_t m_maxCellWidth;
};

} // namespace breadcrumb::mcp
