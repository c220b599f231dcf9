#pragma once
// Calls into untraced code (library functions, the standard library) made by traced functions:
// counted and timed per (caller, callee name) for the run's untraced table, never recorded one by one.
// Cold: reached on untraced frames only, never on the traced call's inline path. Under the GIL.
#include "Rows.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class UntracedCalls
{
public:
    // The id of "module.qualname" (new or a recent one with the same name, from another code object).
    int64_t nameId(std::string callee);
    void countCall(int64_t callerFunctionId, int64_t nameId)
    {
        ++m_totals[key(callerFunctionId, nameId)].calls;
    }
    void addTime(int64_t callerFunctionId, int64_t nameId, int64_t ns)
    {
        m_totals[key(callerFunctionId, nameId)].totalNs += ns;
    }
    std::vector<UntracedRow> rows() const;
    void clear();

private:
    static uint64_t key(int64_t caller, int64_t nameId)
    {
        return (uint64_t(caller) << 24) | uint64_t(nameId);
    }
    struct Totals
    {
        int64_t calls = 0, totalNs = 0;
    };
    std::vector<std::string> m_names;              // "module.qualname", by name id
    std::unordered_map<uint64_t, Totals> m_totals; // (caller function id << 24 | name id)
};

} // namespace breadcrumb
