#include "ExceptionAnalysis.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace breadcrumb {

std::vector<ExceptionOutcome> exceptionOutcomes(const RunData& run)
{
    std::vector<ExceptionOutcome> outcomes(run.exceptions.size());
    // Handled where raised unless it left the raising call.
    for (std::size_t e = 0; e < run.exceptions.size(); ++e)
        if (!run.exceptions[e].escaped)
            outcomes[e].handler = run.exceptions[e].call;
    // The calls an exception ended form a chain from the raising call up; its top's parent caught it, and
    // a top without a parent means nothing did.
    for (const auto& [c, exception] : run.callExceptions) { // in call order
        if (c >= run.calls.size() || exception < 0 || std::size_t(exception) >= outcomes.size())
            continue;
        const CallRecord& call = run.calls[c];
        const bool top = call.parent < 0 || run.exceptionOf(std::uint32_t(call.parent)) != exception;
        if (!top)
            continue;
        ExceptionOutcome& outcome = outcomes[std::size_t(exception)];
        if (call.parent < 0)
            outcome = {true, -1};
        else if (!outcome.uncaught)
            outcome.handler = call.parent;
    }
    return outcomes;
}

std::vector<ExceptionGroup> groupExceptions(const RunData& run, std::span<const std::uint32_t> exceptions,
                                            const std::vector<ExceptionOutcome>& outcomes,
                                            ExceptionGrouping grouping)
{
    std::map<std::tuple<std::string, std::int32_t>, ExceptionGroup> byKey;
    for (const std::uint32_t index : exceptions) {
        if (index >= run.exceptions.size())
            continue;
        const ExceptionRecord& e = run.exceptions[index];
        const auto key = grouping == ExceptionGrouping::Type ? std::tuple(e.type, std::int32_t(-1))
                                                             : std::tuple(std::string(), e.function);
        auto [it, inserted] = byKey.try_emplace(key);
        ExceptionGroup& group = it->second;
        if (inserted) {
            group.type = std::get<0>(key);
            group.function = std::get<1>(key);
            group.firstNs = e.timestampNs;
            group.lastNs = e.timestampNs;
        }
        group.members.push_back(index);
        group.firstNs = std::min(group.firstNs, e.timestampNs);
        group.lastNs = std::max(group.lastNs, e.timestampNs);
        if (index < outcomes.size() && outcomes[index].uncaught)
            ++group.uncaught;
    }
    std::vector<ExceptionGroup> groups;
    groups.reserve(byKey.size());
    for (auto& [key, group] : byKey)
        groups.push_back(std::move(group));
    // The map already orders by key; a stable sort by size keeps that order among equal sizes.
    std::stable_sort(groups.begin(), groups.end(), [](const ExceptionGroup& a, const ExceptionGroup& b) {
        return a.members.size() > b.members.size();
    });
    return groups;
}

} // namespace breadcrumb
