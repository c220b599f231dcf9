#include "RunComparison.h"

#include "RankTest.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace breadcrumb {

namespace {

using Key = std::pair<std::string, std::string>; // (module, qualified name)

// One side's view of a function: its summary per run it appears in and the per-call inclusive times.
struct SideEntry
{
    std::vector<FunctionSummary> perRun;
    std::vector<double> samples;  // on-stack time of every call, ns
    std::vector<Nanos> durations; // duration of every call (latency figures when pooling)
};

std::map<Key, SideEntry> collect(std::span<const RunData* const> runs)
{
    std::map<Key, SideEntry> out;
    for (const RunData* run : runs) {
        for (const auto& s : FunctionStats::summarize(*run)) {
            const auto& f = run->functions[s.function];
            auto& entry = out[{f.module, f.name}];
            entry.perRun.push_back(s);
            for (std::uint32_t call : run->callsOf(s.function)) {
                entry.samples.push_back(static_cast<double>(run->calls[call].onStackNs));
                entry.durations.push_back(run->calls[call].durationNs);
            }
        }
    }
    return out;
}

// Several runs' summaries of one function as one: latency over the pooled calls, time per run.
FunctionSummary pool(std::span<const RunData* const> runs, const SideEntry& entry)
{
    if (runs.size() == 1 && entry.perRun.size() == 1)
        return entry.perRun.front(); // exactly the single run's figures
    FunctionSummary s = entry.perRun.front();
    Nanos total = 0, self = 0, durationSum = 0;
    s.calls = 0;
    s.exceptions = 0;
    for (const auto& r : entry.perRun) {
        total += r.total;
        self += r.self;
        durationSum += r.durationSum;
        s.calls += r.calls;
        s.exceptions += r.exceptions;
        s.min = std::min(s.min, r.min);
        s.max = std::max(s.max, r.max);
    }
    const auto n = static_cast<Nanos>(runs.size());
    s.total = total / n;
    s.self = self / n;
    s.durationSum = durationSum / n;
    std::vector<Nanos> durations = entry.durations;
    if (!durations.empty()) {
        double sum = 0;
        for (Nanos d : durations)
            sum += static_cast<double>(d);
        s.avg = sum / static_cast<double>(durations.size());
        double m2 = 0;
        for (Nanos d : durations)
            m2 += (static_cast<double>(d) - s.avg) * (static_cast<double>(d) - s.avg);
        s.stddev = durations.size() > 1 ? std::sqrt(m2 / static_cast<double>(durations.size() - 1)) : 0.0;
        std::sort(durations.begin(), durations.end());
        s.median = FunctionStats::percentile(durations, 50);
        s.p95 = FunctionStats::percentile(durations, 95);
        s.p99 = FunctionStats::percentile(durations, 99);
    }
    return s;
}

void judge(ComparisonRow& row, const std::vector<double>& before, const std::vector<double>& after,
           Nanos floor, const ComparisonOptions& options)
{
    if (row.status == ComparisonRow::Status::New) {
        row.verdict = ComparisonRow::Verdict::New;
        return;
    }
    if (row.status == ComparisonRow::Status::Vanished) {
        row.verdict = ComparisonRow::Verdict::Gone;
        return;
    }
    const auto direction =
        row.deltaTotal > 0 ? ComparisonRow::Verdict::Slower : ComparisonRow::Verdict::Faster;
    const bool testable = row.before->calls >= options.minCalls && row.after->calls >= options.minCalls;
    if (testable) {
        const RankTestResult test = RankTest::mannWhitney(before, after);
        row.pValue = test.pValue;
        row.cliffsDelta = test.cliffsDelta;
    }
    if (std::llabs(row.deltaTotal) < floor) {
        row.verdict = ComparisonRow::Verdict::Unchanged;
        row.basis = ComparisonRow::Basis::BelowNoiseFloor;
        return;
    }
    if (!testable) {
        row.verdict = direction;
        row.basis = ComparisonRow::Basis::TooFewCalls;
        return;
    }
    if (*row.pValue < options.alpha) {
        row.verdict = direction;
        row.basis = ComparisonRow::Basis::RankTest;
        return;
    }
    // The calls themselves did not change, but their number may have: that is no timing noise.
    const double perCall = static_cast<double>(row.before->total) / static_cast<double>(row.before->calls);
    const double countEffect = static_cast<double>(row.after->calls - row.before->calls) * perCall;
    if (std::fabs(countEffect) >= static_cast<double>(floor) && (countEffect > 0) == (row.deltaTotal > 0)) {
        row.verdict = direction;
        row.basis = ComparisonRow::Basis::CallCount;
        return;
    }
    row.verdict = ComparisonRow::Verdict::Unchanged;
    row.basis = ComparisonRow::Basis::RankTest;
}

} // namespace

Nanos RunComparison::totalTime(const RunData& run)
{
    return run.tracedNs();
}

Nanos RunComparison::totalTime(std::span<const RunData* const> runs)
{
    if (runs.empty())
        return 0;
    Nanos sum = 0;
    for (const RunData* run : runs)
        sum += run->tracedNs();
    return sum / static_cast<Nanos>(runs.size());
}

Nanos RunComparison::noiseFloor(Nanos totalBefore, Nanos totalAfter, const ComparisonOptions& options)
{
    const double share = options.floorShare * static_cast<double>(std::max(totalBefore, totalAfter));
    return std::max(options.floorNs, static_cast<Nanos>(std::ceil(share)));
}

std::vector<ComparisonRow> RunComparison::compare(const RunData& before, const RunData& after,
                                                  const ComparisonOptions& options)
{
    const RunData* b[] = {&before};
    const RunData* a[] = {&after};
    return compare(std::span<const RunData* const>(b), std::span<const RunData* const>(a), options);
}

std::vector<ComparisonRow> RunComparison::compare(std::span<const RunData* const> before,
                                                  std::span<const RunData* const> after,
                                                  const ComparisonOptions& options)
{
    // Functions are matched by (module, qualified name): ids differ between files, lines move with edits.
    const auto beforeEntries = collect(before);
    const auto afterEntries = collect(after);
    std::map<Key, ComparisonRow> rows;
    for (const auto& [key, entry] : beforeEntries) {
        auto& row = rows[key];
        row.module = key.first;
        row.name = key.second;
        row.before = pool(before, entry);
    }
    for (const auto& [key, entry] : afterEntries) {
        auto& row = rows[key];
        row.module = key.first;
        row.name = key.second;
        row.after = pool(after, entry);
    }
    const Nanos floor = noiseFloor(totalTime(before), totalTime(after), options);
    static const std::vector<double> none;
    std::vector<ComparisonRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) {
        const Nanos beforeTotal = row.before ? row.before->total : 0;
        const Nanos afterTotal = row.after ? row.after->total : 0;
        row.status = !row.before  ? ComparisonRow::Status::New
                     : !row.after ? ComparisonRow::Status::Vanished
                                  : ComparisonRow::Status::Changed;
        row.deltaTotal = afterTotal - beforeTotal;
        row.deltaSelf = (row.after ? row.after->self : 0) - (row.before ? row.before->self : 0);
        if (row.before && beforeTotal > 0)
            row.deltaPercent = 100.0 * static_cast<double>(row.deltaTotal) / static_cast<double>(beforeTotal);
        row.deltaAvg = (row.after ? row.after->avg : 0.0) - (row.before ? row.before->avg : 0.0);
        const auto b = beforeEntries.find(key);
        const auto a = afterEntries.find(key);
        judge(row, b != beforeEntries.end() ? b->second.samples : none,
              a != afterEntries.end() ? a->second.samples : none, floor, options);
        out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
        const Nanos da = a.deltaTotal < 0 ? -a.deltaTotal : a.deltaTotal;
        const Nanos db = b.deltaTotal < 0 ? -b.deltaTotal : b.deltaTotal;
        return da > db;
    });
    return out;
}

const char* RunComparison::verdictName(ComparisonRow::Verdict verdict)
{
    switch (verdict) {
    case ComparisonRow::Verdict::Unchanged:
        return "unchanged";
    case ComparisonRow::Verdict::Slower:
        return "slower";
    case ComparisonRow::Verdict::Faster:
        return "faster";
    case ComparisonRow::Verdict::New:
        return "new";
    case ComparisonRow::Verdict::Gone:
        return "gone";
    }
    return "";
}

const char* RunComparison::basisName(ComparisonRow::Basis basis)
{
    switch (basis) {
    case ComparisonRow::Basis::None:
        return "";
    case ComparisonRow::Basis::RankTest:
        return "rank test";
    case ComparisonRow::Basis::CallCount:
        return "call count";
    case ComparisonRow::Basis::TooFewCalls:
        return "too few calls";
    case ComparisonRow::Basis::BelowNoiseFloor:
        return "noise floor";
    }
    return "";
}

} // namespace breadcrumb
