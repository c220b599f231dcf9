#include "SlowestFunctions.h"

#include <algorithm>
#include <cstddef>

namespace breadcrumb {

std::vector<SlowFunction> SlowestFunctions::slowest(const std::vector<FunctionTotals>& totals,
                                                    size_t count) const
{
    std::vector<SlowFunction> result;
    for (const auto& [id, name] : m_names)
        if (size_t(id) < totals.size() && totals[size_t(id)].calls)
            result.push_back({name, totals[size_t(id)].calls, totals[size_t(id)].totalNs});
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
