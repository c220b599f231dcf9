#pragma once
// The viewer's window: one tab per view over the loaded trace, a shared FunctionSelection with back/forward,
// loading through TraceLoader with progress and cancel, recent files, drag-and-drop and persisted layout.

#include "FunctionSelection.h"
#include "LoadedTrace.h"
#include "SelectionMirror.h"
#include "TraceLoader.h"

#include <memory>
#include <optional>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace breadcrumb::gui {

class CallersPage;
class NewRunBar;
class RunSwitcher;
class CallTreePage;
class CallTreeSync;
class FlameGraphSync;
class FunctionComparisonPane;
class ComparePage;
class ExceptionsPage;
class FlameGraphPage;
class FunctionPage;
class FunctionsPage;
class RangeRestriction;
class RunSplitView;
class SqlConsolePage;
class TimelinePage;
class TracePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Mode
    {
        Interactive,
        Screenshot
    }; // Screenshot: no dialogs, no settings read or written
    explicit MainWindow(Mode mode = Mode::Interactive, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The names --view accepts, in tab order.
    static QStringList viewNames();
    bool setView(const QString& name); // false for an unknown name or a view that is not available
    QString currentView() const;
    // before, after, both: which run(s) the current tab shows while a comparison is open.
    static QStringList sideNames();
    bool setSide(const QString& name); // false when not comparing, or the tab cannot show that side

    std::shared_ptr<const LoadedTrace> trace() const { return m_trace; }
    FunctionSelection* selection() { return &m_selection; }
    TraceLoader* loader() { return &m_loader; }
    bool isLoading() const { return m_loader.isLoading(); }
    QTabWidget* tabs() const { return m_tabs; }
    QString statusSummary() const; // the status bar's texts joined, for tests

    FunctionsPage* functionsPage() const { return m_functions; }
    FunctionPage* functionPage() const { return m_function; }
    CallersPage* callersPage() const { return m_callers; }
    CallTreePage* callTreePage() const { return m_callTree; }
    FlameGraphPage* flameGraphPage() const { return m_flame; }
    TimelinePage* timelinePage() const { return m_timeline; }
    ExceptionsPage* exceptionsPage() const { return m_exceptions; }
    SqlConsolePage* sqlConsolePage() const { return m_sql; }
    ComparePage* comparePage() const { return m_compare; }
    RangeRestriction* rangeRestriction() const { return m_range; }
    // When comparing, the twins of the pages above over the after run, and the tab holding a page.
    SelectionMirror* selectionMirror() { return &m_mirror; }
    FunctionPage* afterFunctionPage() const { return m_afterFunction; }
    CallTreePage* afterCallTreePage() const { return m_afterCallTree; }
    FlameGraphPage* afterFlameGraphPage() const { return m_afterFlame; }
    FunctionsPage* afterFunctionsPage() const { return m_afterFunctions; }
    FunctionComparisonPane* functionComparison() const { return m_functionComparison; }
    RunSplitView* runView(const TracePage* page) const; // nullptr for the Compare page

    QAction* backAction() const { return m_backAction; }
    QAction* reloadAction() const { return m_reloadAction; }
    QAction* keysAction() const { return m_keysAction; }
    RunSwitcher* runSwitcher() const { return m_runSwitcher; }
    NewRunBar* newRunBar() const { return m_newRunBar; }
    QProgressBar* progressBar() const { return m_progress; }
    QAction* forwardAction() const { return m_forwardAction; }

public Q_SLOTS:
    // Opens a trace; with several runs and no run given the user picks one (Screenshot mode: the newest).
    void openTrace(const QString& path, std::optional<std::int64_t> run = std::nullopt);
    // Opens `before` and `after` and shows their comparison (the pages show `before`).
    void openComparison(const QString& before, const QString& after,
                        std::optional<std::int64_t> beforeRun = {},
                        std::optional<std::int64_t> afterRun = {});
    // The same with run references as `breadcrumb compare` takes them: a side may pool several runs.
    void openComparison(const breadcrumb::RunRef& before, const breadcrumb::RunRef& after);
    void openFileDialog();
    void compareWithDialog();
    void reload(); // the same run(s) again; a run appended since is offered in the new-run bar
    void showKeyReference();
    void showRun(std::int64_t run); // another run of the open file (the "before" one when comparing)
    void cancelLoading();

Q_SIGNALS:
    void traceLoaded();
    // The Functions table shows the run from its stored summaries; traceLoaded() follows with its calls.
    void previewShown();
    void loadFailed(const QString& message);
    void loadCanceled();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createPages();
    void createStatusBar();
    void startLoad(const LoadRequest& request);
    void onPreview(std::shared_ptr<const LoadedTrace> trace);
    void onLoaded(std::shared_ptr<const LoadedTrace> trace);
    void showLoadFailure(const QString& message); // in the placeholders, when a preview is open
    void onFailed(const QString& message);
    void onRunChoiceNeeded(const LoadRequest& request, const std::vector<RunInfo>& runs);
    void showCall(std::uint32_t callIndex);
    void showAfterCall(std::uint32_t callIndex); // a call of the after run, in the after call tree
    void showPage(TracePage* page);              // its tab
    void showInAfterRun(int afterFunction);
    void showRestricted(std::shared_ptr<const LoadedTrace> restricted);
    void setLoadingUi(bool loading);
    void updateStatusBar();
    void updateTitle();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void saveLayout() const;
    void restoreLayout();

    Mode m_mode;
    FunctionSelection m_selection;
    SelectionMirror m_mirror{&m_selection};
    TraceLoader m_loader;
    std::shared_ptr<const LoadedTrace> m_trace;
    LoadRequest m_lastRequest;
    bool m_reloading = false;          // the load in progress was asked for by reload()
    std::int64_t m_knownNewestRun = 0; // the newest run of the file when it was last loaded

    QTabWidget* m_tabs = nullptr;
    FunctionsPage* m_functions = nullptr;
    FunctionPage* m_function = nullptr;
    CallersPage* m_callers = nullptr;
    CallTreePage* m_callTree = nullptr;
    FlameGraphPage* m_flame = nullptr;
    TimelinePage* m_timeline = nullptr;
    ExceptionsPage* m_exceptions = nullptr;
    SqlConsolePage* m_sql = nullptr;
    ComparePage* m_compare = nullptr;
    QList<TracePage*> m_pages;
    FunctionsPage* m_afterFunctions = nullptr;
    FunctionPage* m_afterFunction = nullptr;
    CallTreePage* m_afterCallTree = nullptr;
    FlameGraphPage* m_afterFlame = nullptr;
    CallTreeSync* m_callTreeSync = nullptr;
    FlameGraphSync* m_flameSync = nullptr;
    FunctionComparisonPane* m_functionComparison = nullptr;
    QList<RunSplitView*> m_runViews; // one per tab but Compare, in tab order
    RangeRestriction* m_range = nullptr;
    QLabel* m_rangeStatus = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_keysAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    RunSwitcher* m_runSwitcher = nullptr;
    NewRunBar* m_newRunBar = nullptr;
    QWidget* m_viewArea = nullptr; // the new-run bar above the tabs

    QLabel* m_commandLabel = nullptr;
    QLabel* m_durationLabel = nullptr;
    QLabel* m_callsLabel = nullptr;
    QLabel* m_threadsLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace breadcrumb::gui
