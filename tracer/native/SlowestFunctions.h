#pragma once
// The run report's slowest functions: the names of the traced functions (module bodies left out),
// joined at stop() with the totals the writer kept, so the report needs no query of the trace.
// Cold: filled once per function when its code is first resolved. Under the GIL.
#include "Rows.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

struct SlowFunction
{
    std::string name;
    int64_t calls, totalNs;
};

class SlowestFunctions
{
public:
    void noteName(int64_t functionId, const std::string& name) { m_names.try_emplace(functionId, name); }
    // The `count` slowest by total time (ties by name), from the writer's totals indexed by function id.
    std::vector<SlowFunction> slowest(const std::vector<FunctionTotals>& totals, size_t count) const;
    void clear() { m_names.clear(); }

private:
    std::unordered_map<int64_t, std::string> m_names;
};

} // namespace breadcrumb
