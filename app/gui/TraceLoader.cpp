#include "TraceLoader.h"

#include "StoredFunctionStats.h"

#include <chrono>
#include <future>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <thread>

namespace breadcrumb::gui {

namespace {

using Outcome = TraceLoader::Outcome;
using Job = TraceLoader::Job;

struct ChooseRun
{
    std::vector<RunInfo> runs;
};

// The worker's side of a load: progress goes out through the promise (0..100, the stage as its text) and
// reaches the GUI thread as QFutureWatcher::progressValueChanged; the core's loops poll job.cancel.
struct Work
{
    QPromise<Outcome>& promise;
    Job& job;
    bool wantsPreview = false; // one run shown alone: its stored summaries may show before its calls
    void report(int percent, TraceLoader::Stage stage) const
    {
        promise.setProgressValueAndText(percent, TraceLoader::stageText(stage));
    }
    bool canceled() const { return job.cancel.load(); }
};

// The run from its stored summaries, without reading a call; nullptr when it has none that can be used
// (an older file, a crashed run, rows that cannot be true), as for the CLI's run report.
std::shared_ptr<const LoadedTrace> previewOf(const LoadedRun& loaded, std::int64_t runId)
{
    const RunInfo run = loaded.reader->run(runId);
    if (run.endNs <= run.startNs)
        return nullptr; // its duration is the last call's end: only the calls know it
    std::optional<std::vector<StoredFunctionSummary>> stored;
    RunCounts counts;
    try {
        stored = RunSummaries::read(loaded.reader->database(), runId);
        if (!stored)
            return nullptr;
        counts = RunSummaries::counts(loaded.reader->database(), runId);
    } catch (const TraceError&) {
        return nullptr; // a damaged summary table: the calls may still be readable
    }
    auto preview = std::make_shared<LoadedRun>();
    preview->path = loaded.path;
    preview->runCount = loaded.runCount;
    preview->runs = loaded.runs;
    preview->data = std::make_shared<const RunData>(StoredFunctionStats::names(run, *stored));
    preview->summaries = StoredFunctionStats::summarize(*stored);
    preview->preview = true;
    for (const auto& s : *stored)
        preview->previewCalls += s.calls;
    preview->previewThreads = counts.threads;
    auto trace = std::make_shared<LoadedTrace>();
    trace->main = std::move(preview);
    return trace;
}

// Loads one run of one file; `first`..`last` is this file's share of the progress bar.
std::shared_ptr<LoadedRun> loadOne(const QString& path, std::optional<std::int64_t> runId, bool askForRun,
                                   const Work& work, int first, int last)
{
    Job& job = work.job;
    work.report(first, TraceLoader::Stage::Opening);
    auto loaded = std::make_shared<LoadedRun>();
    loaded->path = path;
    loaded->reader = std::make_shared<TraceReader>(QFile::encodeName(path).toStdString());
    const std::vector<RunInfo> runs = loaded->reader->runs();
    if (runs.empty())
        throw TraceError(TraceError::Kind::NoSuchRun, QObject::tr("the file holds no run").toStdString());
    loaded->runCount = int(runs.size());
    loaded->runs = runs;
    if (!runId && runs.size() > 1 && askForRun)
        throw ChooseRun{runs};
    const std::int64_t id = runId ? *runId : runs.front().id; // runs() is newest first

    // A progress value only goes out when it grows: the new stage shows one point further on. Before the
    // preview, which then says the calls are on their way.
    work.report(first + 1, TraceLoader::Stage::ReadingCalls);
    if (work.wantsPreview) {
        if (auto preview = previewOf(*loaded, id)) {
            Outcome outcome;
            outcome.kind = Outcome::Kind::Preview;
            outcome.trace = std::move(preview);
            work.promise.addResult(std::move(outcome));
            while (job.hold && !job.cancel) // a test looks at the preview meanwhile
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    const int span = last - first;
    auto data = loaded->reader->loadRun(id, [&work, first, span](std::int64_t done, std::int64_t total) {
        if (total > 0)
            work.report(first + int(double(span) * 0.7 * double(done) / double(total)),
                        TraceLoader::Stage::ReadingCalls);
        return !work.canceled();
    });
    if (job.cancel)
        throw TraceError(TraceError::Kind::Interrupted, "canceled");
    if (data->calls.empty())
        throw TraceError(TraceError::Kind::EmptyRun,
                         QObject::tr("run %1 holds no calls (nothing traced ran)").arg(id).toStdString());
    loaded->data = data;

    // The statistics and the bottom-up tree run on a second thread while this one builds the top-down
    // tree: on two cores that takes the slower of the two instead of their sum.
    work.report(first + span * 75 / 100, TraceLoader::Stage::Statistics);
    auto side = std::async(std::launch::async, [&job, data] {
        auto summaries = FunctionStats::summarize(*data, SortKey::Total);
        auto bottomUp = std::make_shared<const CallTree>(
            CallTree::build(*data, CallTree::Direction::BottomUp, &job.cancel));
        auto edges = std::make_shared<const CallerCalleeIndex>(*data);
        return std::make_tuple(std::move(summaries), std::move(bottomUp), std::move(edges));
    });
    std::shared_ptr<const CallTree> topDown;
    try {
        topDown = std::make_shared<const CallTree>(
            CallTree::build(*data, CallTree::Direction::TopDown, &job.cancel));
    } catch (...) {
        job.cancel = true; // stop the side thread early; get() below rethrows its own error, if any
        side.wait();
        throw;
    }
    work.report(first + span * 90 / 100, TraceLoader::Stage::CallTree);
    auto [summaries, bottomUp, edges] = side.get();
    loaded->summaries = std::move(summaries);
    loaded->edges = std::move(edges);
    loaded->topDown = std::move(topDown);
    loaded->bottomUp = std::move(bottomUp);
    if (job.cancel)
        throw TraceError(TraceError::Kind::Interrupted, "canceled");
    work.report(last, TraceLoader::Stage::CallTree);
    return loaded;
}

// One side of a comparison: one run, or several pooled (the pages show the newest, the Function page all of
// them; `pooled` gets them all).
std::shared_ptr<const LoadedRun> loadSide(const QString& path, std::optional<std::int64_t> runId,
                                          const std::optional<RunRef>& pool, bool askForRun, const Work& work,
                                          int first, int last,
                                          std::vector<std::shared_ptr<const RunData>>& pooled)
{
    if (!pool || !pool->isSeveral()) {
        auto loaded = loadOne(path, runId, askForRun, work, first, last);
        pooled = {loaded->data};
        return loaded;
    }
    const std::vector<std::int64_t> ids =
        pool->resolve(TraceReader(QFile::encodeName(path).toStdString())); // oldest first
    auto loaded = loadOne(path, ids.back(), false, work, first, last);
    Job& job = work.job;
    pooled.clear();
    for (const std::int64_t id : ids) {
        if (id == ids.back()) {
            pooled.push_back(loaded->data);
            continue;
        }
        pooled.push_back(
            loaded->reader->loadRun(id, [&job](std::int64_t, std::int64_t) { return !job.cancel.load(); }));
        if (job.cancel)
            throw TraceError(TraceError::Kind::Interrupted, "canceled");
    }
    loaded->pooledRuns = ids;
    loaded->pool = std::make_shared<const RunPool>(pooled); // oldest first: the shown run last
    // The runs resolved, whether named as a range or as "all".
    loaded->pooledText = QStringLiteral("%1-%2").arg(ids.front()).arg(ids.back());
    return loaded;
}

// The core's messages already name the file and say what is wrong in one line.
QString describe(const QString& path, const TraceError& error)
{
    Q_UNUSED(path);
    return QString::fromUtf8(error.what());
}

QString describe(const QString& path, const std::exception& error)
{
    return QObject::tr("cannot open %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(error.what()));
}

Outcome run(const LoadRequest& request, const Work& work)
{
    Outcome outcome;
    QString current = request.path;
    try {
        const bool comparing = !request.afterPath.isEmpty();
        auto trace = std::make_shared<LoadedTrace>();
        std::vector<std::shared_ptr<const RunData>> beforeRuns, afterRuns;
        Work side = work;
        side.wantsPreview = !comparing;
        trace->main = loadSide(request.path, request.run, comparing ? request.pool : std::nullopt,
                               request.askForRun, side, 0, comparing ? 48 : 100, beforeRuns);
        if (comparing) {
            current = request.afterPath;
            trace->after = loadSide(request.afterPath, request.afterRun, request.afterPool, request.askForRun,
                                    work, 48, 96, afterRuns);
            work.report(97, TraceLoader::Stage::Comparing);
            if (beforeRuns.size() > 1 || afterRuns.size() > 1) {
                // Pooled: the verdicts rest on every run's calls (the call trees stay those of the shown
                // runs).
                std::vector<const RunData*> before, after;
                for (const auto& run : beforeRuns)
                    before.push_back(run.get());
                for (const auto& run : afterRuns)
                    after.push_back(run.get());
                trace->comparison = RunComparison::compare(before, after);
            } else {
                trace->comparison = RunComparison::compare(*trace->main->data, *trace->after->data);
            }
            trace->summary =
                ComparisonSummary::summarize(trace->comparison, *trace->main->data, *trace->after->data);
            trace->match = std::make_shared<const FunctionMatch>(*trace->main->data, *trace->after->data);
            trace->compareTopDown = std::make_shared<const ComparisonTree>(ComparisonTree::build(
                *trace->main->data, *trace->main->topDown, *trace->after->data, *trace->after->topDown));
            trace->compareBottomUp = std::make_shared<const ComparisonTree>(ComparisonTree::build(
                *trace->main->data, *trace->main->bottomUp, *trace->after->data, *trace->after->bottomUp));
            work.report(100, TraceLoader::Stage::Comparing);
        }
        outcome.kind = Outcome::Kind::Loaded;
        outcome.trace = std::move(trace);
    } catch (const ChooseRun& choose) {
        outcome.kind = Outcome::Kind::ChooseRun;
        outcome.runs = choose.runs;
    } catch (const TraceError& error) {
        if (error.kind() == TraceError::Kind::Interrupted && work.canceled()) {
            outcome.kind = Outcome::Kind::Canceled;
        } else {
            outcome.kind = Outcome::Kind::Failed;
            outcome.error = describe(current, error);
        }
    } catch (const std::bad_alloc&) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.error = QObject::tr("cannot open %1: not enough memory").arg(QFileInfo(current).fileName());
    } catch (const std::exception& error) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.error = describe(current, error);
    }
    return outcome;
}

} // namespace

TraceLoader::TraceLoader(QObject* parent) : QObject(parent) {}

TraceLoader::~TraceLoader()
{
    if (m_job)
        m_job->cancel = true;
    if (m_watcher)
        m_watcher->waitForFinished();
}

QString TraceLoader::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Opening:
        return tr("Opening the trace…");
    case Stage::ReadingCalls:
        return tr("Reading calls…");
    case Stage::Statistics:
        return tr("Computing statistics…");
    case Stage::CallTree:
        return tr("Building the call tree…");
    case Stage::Comparing:
        return tr("Comparing runs…");
    }
    return {};
}

void TraceLoader::load(const LoadRequest& request)
{
    if (m_job) {
        // The old worker keeps its own Job and notices the flag; its watcher is dropped with its result.
        m_job->cancel = true;
        if (m_watcher) {
            m_watcher->disconnect(this);
            if (m_watcher->isFinished()) {
                m_watcher.reset();
            } else {
                // Let the abandoned worker finish in the background instead of blocking the GUI thread.
                QFutureWatcher<Outcome>* old = m_watcher.release();
                connect(old, &QFutureWatcherBase::finished, old, &QObject::deleteLater);
            }
        }
    }
    m_request = request;
    m_job = std::make_shared<Job>();
    m_job->hold = m_hold;
    m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &TraceLoader::onFinished);
    connect(m_watcher.get(), &QFutureWatcherBase::resultReadyAt, this, &TraceLoader::onResultReady);
    QFutureWatcher<Outcome>* watcher = m_watcher.get();
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int percent) {
        // setFuture() replays the future's state, which has no text until the worker reports: the
        // 0% of load() below stands for it
        if (const QString stage = watcher->progressText(); !stage.isEmpty())
            emit progressChanged(percent, stage);
    });
    auto job = m_job;
    m_watcher->setFuture(QtConcurrent::run([request, job](QPromise<Outcome>& promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(run(request, Work{promise, *job}));
    }));
    emit started();
    emit progressChanged(0, stageText(Stage::Opening));
}

void TraceLoader::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void TraceLoader::setHoldAfterPreview(bool hold)
{
    m_hold = hold;
    if (m_job)
        m_job->hold = hold;
}

void TraceLoader::onResultReady(int index)
{
    // Every result but the last is a preview; the last one also arrives here, and onFinished() takes it.
    const Outcome outcome = m_watcher->resultAt(index);
    if (outcome.kind == Outcome::Kind::Preview)
        emit previewReady(outcome.trace);
}

void TraceLoader::onFinished()
{
    const QFuture<Outcome> future = m_watcher->future();
    // The last result is the outcome; a preview may come before it.
    const Outcome outcome = future.resultAt(future.resultCount() - 1);
    m_job.reset();
    switch (outcome.kind) {
    case Outcome::Kind::Loaded:
        emit loaded(outcome.trace);
        break;
    case Outcome::Kind::Preview: // never the last result: run() always adds its outcome after one
        break;
    case Outcome::Kind::Failed:
        emit failed(outcome.error);
        break;
    case Outcome::Kind::Canceled:
        emit canceled();
        break;
    case Outcome::Kind::ChooseRun:
        emit runChoiceNeeded(m_request, outcome.runs);
        break;
    }
    emit finished();
}

} // namespace breadcrumb::gui
