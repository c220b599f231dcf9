#include "RunSummaries.h"

#include "SqliteStatement.h"
#include "TextLimits.h"

namespace breadcrumb {

namespace {

bool plausible(const StoredFunctionSummary& s)
{
    // A run cannot hold more than 2^40 calls nor last 2^62 ns; the bounds keep sums from overflowing.
    constexpr std::int64_t kMaxCalls = std::int64_t(1) << 40;
    constexpr Nanos kMaxNs = Nanos(1) << 62;
    return s.calls >= 1 && s.calls <= kMaxCalls && s.self >= 0 && s.self <= s.total && s.total <= kMaxNs &&
           s.max >= 0 && s.max <= s.durationSum && s.durationSum <= kMaxNs && s.exceptions >= 0 &&
           s.exceptions <= s.calls;
}

} // namespace

std::optional<std::vector<StoredFunctionSummary>> RunSummaries::read(const TraceDatabase& db,
                                                                     std::int64_t runId)
{
    std::optional<std::vector<StoredFunctionSummary>> result;
    db.readSnapshot([&] {
        {
            SqliteStatement table(db.handle(), "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND "
                                               "name = 'function_summaries'");
            if (!table.step())
                return;
        }
        SqliteStatement s(
            db.handle(),
            "SELECT s.function_id, f.name, f.module, f.file, f.line, f.kind, s.calls, s.self_ns, "
            "s.inclusive_ns, s.duration_sum_ns, s.max_duration_ns, s.exceptions, "
            "f.function_id IS NULL FROM main.function_summaries s LEFT JOIN main.functions f "
            "ON f.function_id = s.function_id WHERE s.run_id = ? ORDER BY s.function_id");
        s.bind(1, runId);
        std::vector<StoredFunctionSummary> rows;
        while (s.step()) {
            if (s.int64(12) != 0)
                return; // a function the file does not name
            StoredFunctionSummary row;
            row.function = {s.int64(0),
                            capped(s.textView(1), kMaxNameBytes),
                            capped(s.textView(2), kMaxNameBytes),
                            capped(s.textView(3), kMaxPathBytes),
                            static_cast<int>(s.int64(4)),
                            capped(s.textView(5), kMaxNameBytes)};
            row.calls = s.int64(6);
            row.self = s.int64(7);
            row.total = s.int64(8);
            row.durationSum = s.int64(9);
            row.max = s.int64(10);
            row.exceptions = s.int64(11);
            if (!plausible(row))
                return;
            rows.push_back(std::move(row));
        }
        if (!rows.empty())
            result = std::move(rows);
    });
    return result;
}

RunCounts RunSummaries::counts(const TraceDatabase& db, std::int64_t runId)
{
    RunCounts counts;
    db.readSnapshot([&] {
        SqliteStatement threads(db.handle(),
                                "SELECT count(*) FROM (SELECT thread_id FROM main.threads WHERE run_id = ?1 "
                                "UNION SELECT thread_id FROM main.call_chunks WHERE run_id = ?1 "
                                "UNION SELECT thread_id FROM main.exceptions WHERE run_id = ?1)");
        threads.bind(1, runId);
        counts.threads = threads.step() ? threads.int64(0) : 0;
        SqliteStatement exceptions(db.handle(), "SELECT count(*), COALESCE(SUM(escaped != 0), 0) FROM "
                                                "main.exceptions WHERE run_id = ? AND " +
                                                    notCleanSystemExitSql());
        exceptions.bind(1, runId);
        if (exceptions.step()) {
            counts.exceptions = exceptions.int64(0);
            counts.escaped = exceptions.int64(1);
        }
    });
    return counts;
}

} // namespace breadcrumb
