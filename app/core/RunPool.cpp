#include "RunPool.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <utility>

namespace breadcrumb {

RunPool::RunPool(const std::vector<std::shared_ptr<const RunData>>& runs)
{
    auto pooled = std::make_shared<RunData>();
    if (runs.empty()) {
        m_data = std::move(pooled);
        return;
    }
    const RunData& last = *runs.back();
    pooled->run = last.run;
    pooled->run.callCount = 0;
    pooled->run.exceptionCount = 0;

    // The last run first: its indices stay what they are.
    std::vector<const RunData*> order{&last};
    for (std::size_t r = 0; r + 1 < runs.size(); ++r)
        order.push_back(runs[r].get());

    std::map<std::pair<std::string_view, std::string_view>, std::uint32_t> functionIndex;
    std::map<std::string_view, std::uint32_t> threadIndex;
    std::vector<std::vector<std::uint32_t>> functionMap(order.size()), threadMap(order.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
        const RunData& run = *order[r];
        for (const FunctionInfo& function : run.functions) {
            const auto [it, added] = functionIndex.emplace(
                std::pair{std::string_view(function.module), std::string_view(function.name)},
                std::uint32_t(pooled->functions.size()));
            if (added)
                pooled->functions.push_back(function);
            functionMap[r].push_back(it->second);
        }
        for (const ThreadInfo& thread : run.threads) {
            const auto [it, added] = threadIndex.emplace(thread.name, std::uint32_t(pooled->threads.size()));
            if (added)
                pooled->threads.push_back(thread);
            threadMap[r].push_back(it->second);
        }
        pooled->run.startNs = std::min(pooled->run.startNs, run.run.startNs);
        pooled->run.endNs =
            pooled->run.endNs == 0 || run.run.endNs == 0 ? 0 : std::max(pooled->run.endNs, run.run.endNs);
        pooled->run.callCount += run.run.callCount;
        pooled->run.exceptionCount += run.run.exceptionCount;
    }
    // The string_views above point into the runs' own strings, which outlive the maps.

    // Calls and exceptions of every run, indices shifted, then put in the order RunData keeps.
    std::vector<CallRecord> calls;
    std::vector<ExceptionRecord> exceptions;
    std::vector<std::pair<std::uint32_t, std::int32_t>> callExceptions;
    std::size_t lastCalls = last.calls.size();
    for (std::size_t r = 0; r < order.size(); ++r) {
        const RunData& run = *order[r];
        const auto callBase = std::int32_t(calls.size());
        const auto exceptionBase = std::int32_t(exceptions.size());
        for (CallRecord call : run.calls) {
            call.function = functionMap[r][call.function];
            call.thread = threadMap[r][call.thread];
            if (call.parent >= 0)
                call.parent += callBase;
            calls.push_back(call);
        }
        for (const auto& [call, exception] : run.callExceptions)
            callExceptions.emplace_back(std::uint32_t(callBase) + call, exception + exceptionBase);
        for (ExceptionRecord exception : run.exceptions) {
            if (exception.call >= 0)
                exception.call += callBase;
            if (exception.function >= 0)
                exception.function = std::int32_t(functionMap[r][std::size_t(exception.function)]);
            exception.thread = threadMap[r][exception.thread];
            exceptions.push_back(std::move(exception));
        }
    }
    std::vector<std::uint32_t> callOrder(calls.size());
    std::iota(callOrder.begin(), callOrder.end(), 0u);
    std::stable_sort(callOrder.begin(), callOrder.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::pair(calls[a].startNs, calls[a].id) < std::pair(calls[b].startNs, calls[b].id);
    });
    std::vector<std::uint32_t> newCall(calls.size());
    for (std::size_t i = 0; i < callOrder.size(); ++i)
        newCall[callOrder[i]] = std::uint32_t(i);
    std::vector<std::uint32_t> exceptionOrder(exceptions.size());
    std::iota(exceptionOrder.begin(), exceptionOrder.end(), 0u);
    std::stable_sort(exceptionOrder.begin(), exceptionOrder.end(), [&](std::uint32_t a, std::uint32_t b) {
        return exceptions[a].timestampNs < exceptions[b].timestampNs;
    });
    std::vector<std::int32_t> newException(exceptions.size());
    for (std::size_t i = 0; i < exceptionOrder.size(); ++i)
        newException[exceptionOrder[i]] = std::int32_t(i);

    pooled->calls.reserve(calls.size());
    for (const std::uint32_t i : callOrder) {
        CallRecord call = calls[i];
        if (call.parent >= 0)
            call.parent = std::int32_t(newCall[std::size_t(call.parent)]);
        pooled->calls.push_back(call);
    }
    pooled->callExceptions.reserve(callExceptions.size());
    for (const auto& [call, exception] : callExceptions)
        pooled->callExceptions.emplace_back(newCall[call], newException[std::size_t(exception)]);
    pooled->exceptions.reserve(exceptions.size());
    for (const std::uint32_t i : exceptionOrder) {
        ExceptionRecord exception = std::move(exceptions[i]);
        if (exception.call >= 0)
            exception.call = std::int32_t(newCall[std::size_t(exception.call)]);
        pooled->exceptions.push_back(std::move(exception));
    }
    pooled->buildIndexes();

    // The last run's calls were put first, at 0 .. lastCalls - 1.
    m_fromLast.assign(newCall.begin(), newCall.begin() + std::ptrdiff_t(lastCalls));
    m_toLast.assign(pooled->calls.size(), -1);
    for (std::size_t i = 0; i < lastCalls; ++i)
        m_toLast[m_fromLast[i]] = std::int32_t(i);
    m_data = std::move(pooled);
}

} // namespace breadcrumb
