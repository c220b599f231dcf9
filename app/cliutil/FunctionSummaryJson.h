#pragma once
// The one writer of a FunctionSummary's figures as JSON (the keys `performance --function --format json`
// and the MCP analyze_performance tool give): calls, total_ms, avg_ms, median_ms, p95_ms, p99_ms, min_ms,
// max_ms, stddev_ms, self_ms, exceptions, duration_sum_ms, in that order.

#include "FunctionStats.h"

#include <nlohmann/json.hpp>

namespace breadcrumb {

enum class MsPrecision
{
    Nanosecond, // the CLI: a figure as exact as the trace
    Microsecond // the MCP server: enough for a model, fewer digits to read
};

enum class SummaryFields
{
    All,
    Brief // calls, total, avg, p95, max, self, exceptions: the columns of a ranked list
};

double summaryMs(double ns, MsPrecision precision);

// Adds the figures to `object` (nlohmann::json or ordered_json), after the keys it already holds.
template <class JsonObject>
void addFunctionSummary(JsonObject& object, const FunctionSummary& s, MsPrecision precision,
                        SummaryFields fields = SummaryFields::All)
{
    const bool all = fields == SummaryFields::All;
    auto ms = [precision](double ns) { return summaryMs(ns, precision); };
    object["calls"] = s.calls;
    object["total_ms"] = ms(static_cast<double>(s.total));
    object["avg_ms"] = ms(s.avg);
    if (all)
        object["median_ms"] = ms(s.median);
    object["p95_ms"] = ms(s.p95);
    if (all) {
        object["p99_ms"] = ms(s.p99);
        object["min_ms"] = ms(static_cast<double>(s.min));
    }
    object["max_ms"] = ms(static_cast<double>(s.max));
    if (all)
        object["stddev_ms"] = ms(s.stddev);
    object["self_ms"] = ms(static_cast<double>(s.self));
    object["exceptions"] = s.exceptions;
    if (all)
        object["duration_sum_ms"] = ms(static_cast<double>(s.durationSum));
}

// nlohmann's hook (found by ADL): Json(summary) gives every figure to the nanosecond.
void to_json(nlohmann::ordered_json& json, const FunctionSummary& summary);
void to_json(nlohmann::json& json, const FunctionSummary& summary);

} // namespace breadcrumb
