#include "TraceLoader.h"

#include <future>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace breadcrumb::gui {

namespace {

using Outcome = TraceLoader::Outcome;
using Job = TraceLoader::Job;

struct ChooseRun
{
    std::vector<RunInfo> runs;
};

// Loads one run of one file; `first`..`last` is this file's share of the progress bar.
std::shared_ptr<LoadedRun> loadOne(const QString& path, std::optional<std::int64_t> runId, bool askForRun,
                                   Job& job, int first, int last)
{
    job.stage = TraceLoader::Stage::Opening;
    job.percent = first;
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

    const int span = last - first;
    job.stage = TraceLoader::Stage::ReadingCalls;
    auto data = loaded->reader->loadRun(id, [&job, first, span](std::int64_t done, std::int64_t total) {
        if (total > 0)
            job.percent = first + int(double(span) * 0.7 * double(done) / double(total));
        return !job.cancel.load();
    });
    if (job.cancel)
        throw TraceError(TraceError::Kind::Interrupted, "canceled");
    if (data->calls.empty())
        throw TraceError(TraceError::Kind::EmptyRun,
                         QObject::tr("run %1 holds no calls (nothing traced ran)").arg(id).toStdString());
    loaded->data = data;

    // The statistics and the bottom-up tree run on a second thread while this one builds the top-down
    // tree: on two cores that takes the slower of the two instead of their sum.
    job.stage = TraceLoader::Stage::Statistics;
    job.percent = first + span * 75 / 100;
    auto side = std::async(std::launch::async, [&job, data] {
        auto summaries = FunctionStats::summarize(*data, SortKey::Total);
        auto bottomUp = std::make_shared<const CallTree>(
            CallTree::build(*data, CallTree::Direction::BottomUp, &job.cancel));
        return std::make_pair(std::move(summaries), std::move(bottomUp));
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
    job.stage = TraceLoader::Stage::CallTree;
    job.percent = first + span * 90 / 100;
    auto [summaries, bottomUp] = side.get();
    loaded->summaries = std::move(summaries);
    loaded->topDown = std::move(topDown);
    loaded->bottomUp = std::move(bottomUp);
    if (job.cancel)
        throw TraceError(TraceError::Kind::Interrupted, "canceled");
    job.percent = last;
    return loaded;
}

// One side of a comparison: one run, or several pooled (the pages show the newest, the Function page all of
// them; `pooled` gets them all).
std::shared_ptr<const LoadedRun> loadSide(const QString& path, std::optional<std::int64_t> runId,
                                          const std::optional<RunRef>& pool, bool askForRun, Job& job,
                                          int first, int last,
                                          std::vector<std::shared_ptr<const RunData>>& pooled)
{
    if (!pool || !pool->isSeveral()) {
        auto loaded = loadOne(path, runId, askForRun, job, first, last);
        pooled = {loaded->data};
        return loaded;
    }
    const std::vector<std::int64_t> ids =
        pool->resolve(TraceReader(QFile::encodeName(path).toStdString())); // oldest first
    auto loaded = loadOne(path, ids.back(), false, job, first, last);
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

Outcome run(const LoadRequest& request, const std::shared_ptr<Job>& job)
{
    Outcome outcome;
    QString current = request.path;
    try {
        const bool comparing = !request.afterPath.isEmpty();
        auto trace = std::make_shared<LoadedTrace>();
        std::vector<std::shared_ptr<const RunData>> beforeRuns, afterRuns;
        trace->main = loadSide(request.path, request.run, comparing ? request.pool : std::nullopt,
                               request.askForRun, *job, 0, comparing ? 48 : 100, beforeRuns);
        if (comparing) {
            current = request.afterPath;
            trace->after = loadSide(request.afterPath, request.afterRun, request.afterPool, request.askForRun,
                                    *job, 48, 96, afterRuns);
            job->stage = TraceLoader::Stage::Comparing;
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
            job->percent = 100;
        }
        outcome.kind = Outcome::Kind::Loaded;
        outcome.trace = std::move(trace);
    } catch (const ChooseRun& choose) {
        outcome.kind = Outcome::Kind::ChooseRun;
        outcome.runs = choose.runs;
    } catch (const TraceError& error) {
        if (error.kind() == TraceError::Kind::Interrupted && job->cancel) {
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

TraceLoader::TraceLoader(QObject* parent) : QObject(parent)
{
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, &TraceLoader::pollProgress);
}

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
    m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &TraceLoader::onFinished);
    auto job = m_job;
    m_watcher->setFuture(QtConcurrent::run([request, job] { return run(request, job); }));
    m_progressTimer.start();
    emit started();
    emit progressChanged(0, stageText(Stage::Opening));
}

void TraceLoader::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void TraceLoader::pollProgress()
{
    if (m_job)
        emit progressChanged(m_job->percent, stageText(m_job->stage));
}

void TraceLoader::onFinished()
{
    m_progressTimer.stop();
    const Outcome outcome = m_watcher->result();
    m_job.reset();
    switch (outcome.kind) {
    case Outcome::Kind::Loaded:
        emit loaded(outcome.trace);
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
