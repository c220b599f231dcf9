#include "RankTest.h"

#include <algorithm>
#include <cmath>

namespace breadcrumb {

RankTestResult RankTest::mannWhitney(const std::vector<double>& first, const std::vector<double>& second)
{
    RankTestResult r;
    const double n1 = static_cast<double>(first.size());
    const double n2 = static_cast<double>(second.size());
    if (first.empty() || second.empty())
        return r;

    // Pool, sort, give tied values their average rank, and sum the second sample's ranks.
    struct Value
    {
        double value;
        bool second;
    };
    std::vector<Value> all;
    all.reserve(first.size() + second.size());
    for (double v : first)
        all.push_back({v, false});
    for (double v : second)
        all.push_back({v, true});
    std::sort(all.begin(), all.end(), [](const Value& a, const Value& b) { return a.value < b.value; });
    double rankSum2 = 0;
    double tieTerm = 0; // sum of t^3 - t over the groups of ties
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        while (j < all.size() && all[j].value == all[i].value)
            ++j;
        const double t = static_cast<double>(j - i);
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            if (all[k].second)
                rankSum2 += rank;
        tieTerm += t * t * t - t;
        i = j;
    }
    const double n = n1 + n2;
    r.u = rankSum2 - n2 * (n2 + 1) / 2.0;
    r.cliffsDelta = 2.0 * r.u / (n1 * n2) - 1.0;
    const double mean = n1 * n2 / 2.0;
    const double variance = n1 * n2 / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return r; // every value the same: nothing to tell apart
    const double diff = r.u - mean;
    // Continuity correction: U moves in steps of 0.5 at least, the normal curve does not.
    const double corrected = std::max(0.0, std::fabs(diff) - 0.5);
    r.z = std::copysign(corrected / std::sqrt(variance), diff);
    r.pValue = std::min(1.0, std::erfc(std::fabs(r.z) / std::sqrt(2.0)));
    return r;
}

} // namespace breadcrumb
