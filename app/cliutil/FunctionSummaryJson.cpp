#include "FunctionSummaryJson.h"

#include "TextFormat.h"

#include <cmath>

namespace breadcrumb {

double summaryMs(double ns, MsPrecision precision)
{
    if (precision == MsPrecision::Microsecond)
        return std::round(ns / 1e3) / 1e3;
    return roundTo(ns / 1e6, 6);
}

void to_json(nlohmann::ordered_json& json, const FunctionSummary& summary)
{
    json = nlohmann::ordered_json::object();
    addFunctionSummary(json, summary, MsPrecision::Nanosecond);
}

void to_json(nlohmann::json& json, const FunctionSummary& summary)
{
    json = nlohmann::json::object();
    addFunctionSummary(json, summary, MsPrecision::Nanosecond);
}

} // namespace breadcrumb
