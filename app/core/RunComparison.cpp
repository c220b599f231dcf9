#include "RunComparison.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace breadcrumb {

Nanos RunComparison::totalTime(const RunData& run)
{
    return run.tracedNs();
}

std::vector<ComparisonRow> RunComparison::compare(const RunData& before, const RunData& after)
{
    // Functions are matched by (module, qualified name): ids differ between files, lines move with edits.
    using Key = std::pair<std::string, std::string>;
    std::map<Key, ComparisonRow> rows;
    for (const auto& s : FunctionStats::summarize(before)) {
        const auto& f = before.functions[s.function];
        auto& row = rows[{f.module, f.name}];
        row.name = f.name;
        row.module = f.module;
        row.before = s;
    }
    for (const auto& s : FunctionStats::summarize(after)) {
        const auto& f = after.functions[s.function];
        auto& row = rows[{f.module, f.name}];
        row.name = f.name;
        row.module = f.module;
        row.after = s;
    }
    std::vector<ComparisonRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) {
        const Nanos beforeTotal = row.before ? row.before->total : 0;
        const Nanos afterTotal = row.after ? row.after->total : 0;
        row.status = !row.before ? ComparisonRow::Status::New
                     : !row.after ? ComparisonRow::Status::Vanished
                                  : ComparisonRow::Status::Changed;
        row.deltaTotal = afterTotal - beforeTotal;
        if (row.before && beforeTotal > 0)
            row.deltaPercent = 100.0 * static_cast<double>(row.deltaTotal) / static_cast<double>(beforeTotal);
        row.deltaAvg = (row.after ? row.after->avg : 0.0) - (row.before ? row.before->avg : 0.0);
        out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
        const Nanos da = a.deltaTotal < 0 ? -a.deltaTotal : a.deltaTotal;
        const Nanos db = b.deltaTotal < 0 ? -b.deltaTotal : b.deltaTotal;
        return da > db;
    });
    return out;
}

} // namespace breadcrumb
