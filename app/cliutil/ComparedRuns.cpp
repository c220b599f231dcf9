#include "ComparedRuns.h"

#include <filesystem>

namespace breadcrumb {

namespace {

std::vector<const RunData*> pointers(const ComparedSide& side)
{
    std::vector<const RunData*> out;
    for (const auto& run : side.runs)
        out.push_back(run.get());
    return out;
}

} // namespace

ComparedSide ComparedSide::load(const RunRef& ref, const TraceReader& reader, const RunLoader& load)
{
    ComparedSide side{ref.file, {}};
    for (std::int64_t id : ref.resolve(reader))
        side.runs.push_back(load(id));
    return side;
}

std::vector<std::int64_t> ComparedSide::runIds() const
{
    std::vector<std::int64_t> ids;
    for (const auto& run : runs)
        ids.push_back(run->run.id);
    return ids;
}

std::string ComparedSide::describe() const
{
    const std::string name = std::filesystem::path(file).filename().string();
    if (runs.size() == 1)
        return "run " + std::to_string(runs.front()->run.id) + " of " + name;
    return std::to_string(runs.size()) + " runs (" + std::to_string(runs.front()->run.id) + "-" +
           std::to_string(runs.back()->run.id) + ") of " + name + ", calls pooled";
}

ComparedRuns ComparedRuns::compare(ComparedSide before, ComparedSide after)
{
    const auto beforeRuns = pointers(before);
    const auto afterRuns = pointers(after);
    auto rows = RunComparison::compare(beforeRuns, afterRuns);
    auto summary = ComparisonSummary::summarize(rows, beforeRuns, afterRuns);
    return {std::move(before), std::move(after), std::move(rows), std::move(summary)};
}

bool ComparedRuns::sameRuns() const
{
    std::error_code ec;
    const bool sameFile =
        before.file == after.file || std::filesystem::equivalent(before.file, after.file, ec);
    return sameFile && before.runIds() == after.runIds();
}

} // namespace breadcrumb
