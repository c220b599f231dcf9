#pragma once
// Mann–Whitney U test of two samples (normal approximation with tie and continuity correction) and
// Cliff's delta, the effect size that goes with it. Rank based: no assumption about the shape of the
// durations, which are skewed and heavy-tailed, and one outlier call cannot swing the verdict.

#include <vector>

namespace breadcrumb {

struct RankTestResult
{
    double u = 0;           // U of the second sample: pairs (a, b) with b > a, ties counted half
    double z = 0;           // standardised U; > 0 when the second sample tends to be larger
    double pValue = 1;      // two-sided
    double cliffsDelta = 0; // P(b > a) - P(b < a), in -1..1; > 0: the second sample is larger
};

class RankTest
{
public:
    // Either sample empty: p = 1, delta = 0. Both samples made of one repeated value: p = 1.
    static RankTestResult mannWhitney(const std::vector<double>& first, const std::vector<double>& second);
};

} // namespace breadcrumb
