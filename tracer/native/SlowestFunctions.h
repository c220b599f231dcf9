#pragma once
// The run report's slowest functions: the names of the traced functions (module bodies left out),
// joined at stop() with the totals the writer kept, so the report needs no query of the trace.
// Cold: filled once per function when its code is first resolved. Under the GIL.
#include "Rows.h"

#include <cstdint>
#include <string>
#include <string_view>
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
    // The first name noted for an id is its name. Appended to one buffer: a hash map's node and a
    // string per function cost every first call fresh memory (issue 11); duplicates go at slowest().
    void noteName(int64_t functionId, std::string_view name)
    {
        m_names.push_back({functionId, m_text.size(), name.size()});
        m_text.append(name);
    }
    // The `count` slowest by total time (ties by name), from the writer's totals indexed by function id.
    std::vector<SlowFunction> slowest(const std::vector<FunctionTotals>& totals, size_t count) const;
    void clear()
    {
        m_names = {};
        m_text = {};
    }

private:
    struct Noted
    {
        int64_t functionId;
        size_t offset, length; // in m_text
    };
    std::vector<Noted> m_names;
    std::string m_text;
};

} // namespace breadcrumb
