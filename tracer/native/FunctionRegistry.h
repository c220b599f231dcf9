#pragma once
// Interns functions (name, module, file, line) to function ids shared by every run in the file.
// Called under the GIL, once per code object per run: the hot path keeps the id in the code object.
#include "Rows.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class FunctionRegistry
{
public:
    void load(std::vector<FunctionRow> existing);
    // Returns the id; `isNew` tells the caller to hand the row to the writer.
    int64_t intern(const FunctionRow& row, bool& isNew);

private:
    static std::string keyOf(const FunctionRow& row);
    std::unordered_map<std::string, int64_t> m_ids;
    int64_t m_nextId = 1;
};

} // namespace breadcrumb
