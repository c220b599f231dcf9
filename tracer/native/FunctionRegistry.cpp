#include "FunctionRegistry.h"

#include <algorithm>

namespace breadcrumb {

std::string FunctionRegistry::keyOf(const FunctionRow& row)
{
    std::string key;
    key.reserve(row.name.size() + row.module.size() + row.file.size() + 24);
    key.append(row.name).push_back('\0');
    key.append(row.module).push_back('\0');
    key.append(row.file).push_back('\0');
    key.append(std::to_string(row.line));
    return key;
}

void FunctionRegistry::load(std::vector<FunctionRow> existing)
{
    m_ids.clear();
    m_nextId = 1;
    for (const FunctionRow& row : existing) {
        m_ids.emplace(keyOf(row), row.functionId);
        m_nextId = std::max(m_nextId, row.functionId + 1);
    }
}

int64_t FunctionRegistry::intern(const FunctionRow& row, bool& isNew)
{
    auto [it, inserted] = m_ids.try_emplace(keyOf(row), m_nextId);
    isNew = inserted;
    if (inserted)
        ++m_nextId;
    return it->second;
}

} // namespace breadcrumb
