#pragma once
// Opens a trace and computes everything the pages show (TraceReader, loadRun, FunctionStats, both call
// trees, the comparison) on a QtConcurrent worker, reporting progress; the GUI thread never waits for it.

#include "LoadedTrace.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <vector>

namespace breadcrumb::gui {

struct LoadRequest
{
    QString path;
    std::optional<std::int64_t> run;      // nullopt: the newest run (or ask when askForRun)
    QString afterPath;                    // non-empty: compare path (before) with this (after)
    std::optional<std::int64_t> afterRun; // nullopt: the newest run of afterPath
    bool askForRun = false;               // several runs and no run given => runChoiceNeeded()
    // A side of a comparison that pools several runs ("FILE:1-5", "FILE:all"; RunRef::isSeveral()): the
    // comparison pools their calls, the pages show the newest of them. `run` / `afterRun` are then unused.
    std::optional<RunRef> pool;
    std::optional<RunRef> afterPool;
};

class TraceLoader : public QObject
{
    Q_OBJECT

public:
    explicit TraceLoader(QObject* parent = nullptr);
    ~TraceLoader() override; // cancels a running load and waits for the worker to stop

    void load(const LoadRequest& request); // cancels (and forgets) any load in progress
    void cancel();
    // For tests: once the preview is out, the worker waits before reading the calls until this is false.
    void setHoldAfterPreview(bool hold);
    bool isLoading() const { return m_job != nullptr; }

Q_SIGNALS:
    void started();
    // 0 on start, then rising as the worker reports (QPromise progress); 100 once everything is computed.
    void progressChanged(int percent, const QString& stage);
    // The file holds several runs and the request did not say which: ask, then load() again with run set.
    void runChoiceNeeded(const breadcrumb::gui::LoadRequest& request,
                         const std::vector<breadcrumb::RunInfo>& runs);
    // A run with stored summaries (format 1.3, ended cleanly) shows its Functions table before its calls
    // are read: a LoadedTrace with LoadedRun::preview set, at most once per load and before loaded().
    // Not for comparisons. The load goes on; loaded() brings the whole run.
    void previewReady(std::shared_ptr<const breadcrumb::gui::LoadedTrace> trace);
    void loaded(std::shared_ptr<const breadcrumb::gui::LoadedTrace> trace);
    void failed(const QString& message);
    void canceled();
    void finished(); // after each of the four outcomes above

public:
    enum class Stage
    {
        Opening,
        ReadingCalls,
        Statistics,
        CallTree,
        Comparing
    };
    struct Job
    {
        std::atomic_bool cancel{false}; // polled by the core's loops (loadRun, CallTree::build)
        std::atomic_bool hold{false};   // setHoldAfterPreview()
    };
    struct Outcome
    {
        enum class Kind
        {
            Loaded,
            Preview, // a result before the last one: the run from its stored summaries
            Failed,
            Canceled,
            ChooseRun
        } kind = Kind::Failed;
        std::shared_ptr<const LoadedTrace> trace;
        QString error;
        std::vector<RunInfo> runs;
    };
    static QString stageText(Stage stage);

private:
    void onFinished();
    void onResultReady(int index);

    std::shared_ptr<Job> m_job;
    LoadRequest m_request;
    std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
    bool m_hold = false;
};

} // namespace breadcrumb::gui
