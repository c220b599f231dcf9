#include "SlowestFunctions.h"

#include <algorithm>
#include <cstddef>

namespace breadcrumb {

std::vector<SlowFunction> SlowestFunctions::slowest(const std::vector<FunctionTotals>& totals,
                                                    size_t count) const
{
    std::vector<SlowFunction> result;
    std::vector<bool> seen(totals.size());
    for (const Noted& n : m_names) {
        const auto id = size_t(n.functionId);
        if (id < totals.size() && totals[id].calls && !seen[id]) {
            seen[id] = true;
            result.push_back({m_text.substr(n.offset, n.length), totals[id].calls, totals[id].totalNs});
        }
    }
    const auto slower = [](const SlowFunction& a, const SlowFunction& b) {
        return a.totalNs != b.totalNs ? a.totalNs > b.totalNs : a.name < b.name;
    };
    if (result.size() > count) {
        std::partial_sort(result.begin(), result.begin() + std::ptrdiff_t(count), result.end(), slower);
        result.resize(count);
    } else {
        std::sort(result.begin(), result.end(), slower);
    }
    return result;
}

} // namespace breadcrumb
