#pragma once
// Everything the viewer shows about one opened trace, computed once off the GUI thread by TraceLoader and
// shared read-only by every page afterwards.

#include "CallerCalleeIndex.h"
#include "CallTree.h"
#include "ComparisonSummary.h"
#include "ComparisonTree.h"
#include "FunctionMatch.h"
#include "FunctionStats.h"
#include "RunComparison.h"
#include "RunData.h"
#include "RunPool.h"
#include "TraceReader.h"

#include <memory>
#include <QString>
#include <vector>

namespace breadcrumb::gui {

struct LoadedRun
{
    QString path;
    std::shared_ptr<TraceReader> reader; // keeps the read-only connection the SQL console queries
    std::shared_ptr<const RunData> data;
    std::vector<FunctionSummary> summaries; // slowest by total first
    std::shared_ptr<const CallTree> topDown;
    std::shared_ptr<const CallTree> bottomUp;
    // Every function's callers and callees of `data`, for the Callers page (null in a preview).
    std::shared_ptr<const CallerCalleeIndex> edges;
    int runCount = 1;          // runs in the file (the title says "run 3 of 5")
    std::vector<RunInfo> runs; // every run of the file, newest first (the run switcher)
    // Several runs pooled into one side of a comparison ("FILE:1-5"): their ids, oldest first, and the
    // text the run labels show ("1-5", also for "all"); data then holds the runs' calls pooled. Empty for one
    // run.
    std::vector<std::int64_t> pooledRuns;
    QString pooledText;
    // Those runs' calls as one RunData, which the Function page's figures, histogram and call list show (the
    // last run's functions keep their indices in it); the other pages show `data`. Null for one run.
    std::shared_ptr<const RunPool> pool;
    // A preview (TraceLoader::previewReady): `data` names the functions and holds no call, `summaries` come
    // from the run's stored summaries without the figures that need every call (min, percentiles), the
    // call trees are null, and the counts below stand for data->calls and data->threads.
    bool preview = false;
    std::int64_t previewCalls = 0;
    std::int64_t previewThreads = 0;
    std::int64_t callCount() const { return preview ? previewCalls : std::int64_t(data->calls.size()); }
    std::int64_t threadCount() const { return preview ? previewThreads : std::int64_t(data->threads.size()); }
    // What a page that pools shows: the pooled calls, or the one run's.
    std::shared_ptr<const RunData> pooledData() const { return pool ? pool->data() : data; }
};

struct LoadedTrace
{
    std::shared_ptr<const LoadedRun> main;  // what every page shows
    std::shared_ptr<const LoadedRun> after; // set when comparing: main is "before", this is "after"
    std::vector<ComparisonRow> comparison;
    ComparisonSummary summary;                            // when comparing
    std::shared_ptr<const ComparisonTree> compareTopDown; // when comparing: the call trees merged by path
    std::shared_ptr<const ComparisonTree> compareBottomUp;
    std::shared_ptr<const FunctionMatch> match; // when comparing: first = main (before), second = after
    bool isComparison() const { return after != nullptr; }
    bool isPreview() const { return main && main->preview; }
};

} // namespace breadcrumb::gui
