#include "FunctionRegistry.h"

#include <algorithm>

namespace breadcrumb {

std::string FunctionRegistry::keyOf(const FunctionRow &row) {
    std::string key;
    key.reserve(row.name.size() + row.module.size() + row.file.size() + 24);
    key.append(row.name).push_back('\0');
    key.append(row.module).push_back('\0');
    key.append(row.file).push_back('\0');
    key.append(std::to_string(row.line));
    return key;
}

void FunctionRegistry::load(std::vector<FunctionRow> existing) {
    ids_.clear();
    nextId_ = 1;
    for (const FunctionRow &row : existing) {
        ids_.emplace(keyOf(row), row.functionId);
        nextId_ = std::max(nextId_, row.functionId + 1);
    }
}

int64_t FunctionRegistry::intern(const FunctionRow &row, bool &isNew) {
    auto [it, inserted] = ids_.try_emplace(keyOf(row), nextId_);
    isNew = inserted;
    if (inserted)
        ++nextId_;
    return it->second;
}

} // namespace breadcrumb
