#include "MainWindow.h"

#include "CallersPage.h"
#include "CallTreePage.h"
#include "CallTreeSync.h"
#include "ComparePage.h"
#include "ExceptionsPage.h"
#include "FlameGraphPage.h"
#include "FlameGraphSync.h"
#include "Format.h"
#include "FunctionComparisonPane.h"
#include "FunctionPage.h"
#include "FunctionsPage.h"
#include "KeyReferenceDialog.h"
#include "LoadingPlaceholder.h"
#include "NewRunBar.h"
#include "RangeRestriction.h"
#include "RunPickerDialog.h"
#include "RunSplitView.h"
#include "RunSwitcher.h"
#include "SqlConsolePage.h"
#include "TimelinePage.h"
#include "TraceFileDialog.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <TimelineWidget.h>

// Resources of a static library must be registered by hand (outside any namespace).
static void initBreadcrumbResources()
{
    Q_INIT_RESOURCE(breadcrumb);
}

namespace breadcrumb::gui {

namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

} // namespace

MainWindow::MainWindow(Mode mode, QWidget* parent) : QMainWindow(parent), m_mode(mode)
{
    initBreadcrumbResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/breadcrumb.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    createPages();
    createActions();
    createStatusBar();

    connect(&m_loader, &TraceLoader::progressChanged, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        m_progress->setFormat(stage + QStringLiteral(" %p%"));
        for (RunSplitView* view : std::as_const(m_runViews))
            view->loadingPlaceholder()->setProgress(percent, stage);
    });
    connect(&m_loader, &TraceLoader::previewReady, this, &MainWindow::onPreview);
    connect(&m_loader, &TraceLoader::loaded, this, &MainWindow::onLoaded);
    connect(&m_loader, &TraceLoader::failed, this, &MainWindow::onFailed);
    connect(&m_loader, &TraceLoader::runChoiceNeeded, this, &MainWindow::onRunChoiceNeeded);
    connect(&m_loader, &TraceLoader::canceled, this, [this] {
        statusBar()->showMessage(tr("Loading canceled."), 4000);
        showLoadFailure(tr("Loading canceled."));
        emit loadCanceled();
    });
    connect(&m_loader, &TraceLoader::finished, this, [this] { setLoadingUi(false); });
    connect(&m_selection, &FunctionSelection::historyChanged, this, [this] {
        m_backAction->setEnabled(m_selection.canGoBack());
        m_forwardAction->setEnabled(m_selection.canGoForward());
    });

    updateTitle();
    updateStatusBar();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("functions"),  QStringLiteral("function"), QStringLiteral("callers"),
            QStringLiteral("tree"),       QStringLiteral("flame"),    QStringLiteral("timeline"),
            QStringLiteral("exceptions"), QStringLiteral("sql"),      QStringLiteral("compare")};
}

void MainWindow::createPages()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_functions = new FunctionsPage(&m_selection, m_tabs);
    m_function = new FunctionPage(&m_selection, m_tabs);
    m_callers = new CallersPage(&m_selection, m_tabs);
    m_callTree = new CallTreePage(&m_selection, m_tabs);
    m_flame = new FlameGraphPage(&m_selection, m_tabs);
    m_timeline = new TimelinePage(&m_selection, m_tabs);
    m_exceptions = new ExceptionsPage(&m_selection, m_tabs);
    m_sql = new SqlConsolePage(&m_selection, m_tabs);
    m_compare = new ComparePage(&m_selection, m_tabs);
    m_pages = {m_functions, m_function,   m_callers, m_callTree, m_flame,
               m_timeline,  m_exceptions, m_sql,     m_compare};
    // Their twins over the after run of a comparison, on the mirrored selection.
    FunctionSelection* after = m_mirror.afterSelection();
    m_afterFunctions = new FunctionsPage(after, m_tabs);
    m_afterFunction = new FunctionPage(after, m_tabs);
    m_afterCallTree = new CallTreePage(after, m_tabs);
    m_afterFlame = new FlameGraphPage(after, m_tabs);
    auto* afterCallers = new CallersPage(after, m_tabs);
    auto* afterTimeline = new TimelinePage(after, m_tabs);
    auto* afterExceptions = new ExceptionsPage(after, m_tabs);
    auto* afterSql = new SqlConsolePage(after, m_tabs);
    const QList<TracePage*> afterPages = {m_afterFunctions, m_afterFunction, afterCallers,    m_afterCallTree,
                                          m_afterFlame,     afterTimeline,   afterExceptions, afterSql};
    const QStringList titles = {tr("Functions"),  tr("Function"),    tr("Callers / Callees"),
                                tr("Call Tree"),  tr("Flame Graph"), tr("Timeline"),
                                tr("Exceptions"), tr("SQL"),         tr("Compare")};
    const QStringList names = viewNames();
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pages[i]->setObjectName(names[i] + QStringLiteral("Page"));
        if (m_pages[i] == m_compare) {
            m_tabs->addTab(m_pages[i], titles[i]);
            continue;
        }
        afterPages[i]->setObjectName(names[i] + QStringLiteral("AfterPage"));
        // Side by side where two runs read well next to each other.
        const bool both = m_pages[i] == m_function || m_pages[i] == m_callTree || m_pages[i] == m_flame;
        auto* view = new RunSplitView(m_pages[i], afterPages[i], both, m_tabs);
        view->setShowsPool(m_pages[i] == m_function); // the others show a pool's last run
        view->setObjectName(names[i] + QStringLiteral("RunView"));
        m_runViews.append(view);
        connect(view, &RunSplitView::sideChanged, this, &MainWindow::updateStatusBar);
        if (m_pages[i] == m_function) {
            m_functionComparison = new FunctionComparisonPane(&m_selection, view);
            view->setBothWidget(m_functionComparison);
        }
        m_tabs->addTab(view, titles[i]);
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_compare), false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusBar);

    // The Function page may show the run restricted to the timeline's range: its calls are numbered apart.
    connect(m_function, &FunctionPage::showCallRequested, this,
            [this](std::uint32_t call) { showCall(m_range->sourceCall(call)); });
    connect(m_exceptions, &ExceptionsPage::showCallRequested, this, &MainWindow::showCall);
    connect(m_timeline, &TimelinePage::showCallRequested, this, &MainWindow::showCall);
    // The flame graph's context menu has selected the function already; only the tab changes.
    connect(m_flame, &FlameGraphPage::showInCallTreeRequested, this,
            [this] { setView(QStringLiteral("tree")); });
    connect(m_flame, &FlameGraphPage::showFunctionPageRequested, this,
            [this] { setView(QStringLiteral("function")); });
    connect(m_compare, &ComparePage::openInAfterRunRequested, this, &MainWindow::showInAfterRun);
    connect(m_compare, &ComparePage::afterFunctionPicked, m_mirror.afterSelection(),
            &FunctionSelection::select);
    m_callTreeSync = new CallTreeSync(m_callTree, m_afterCallTree, this);
    m_flameSync = new FlameGraphSync(m_flame, m_afterFlame, this);
    connect(m_afterFunction, &FunctionPage::showCallRequested, this, &MainWindow::showAfterCall);
    connect(afterExceptions, &ExceptionsPage::showCallRequested, this, &MainWindow::showAfterCall);
    connect(afterTimeline, &TimelinePage::showCallRequested, this, &MainWindow::showAfterCall);
    connect(m_afterFlame, &FlameGraphPage::showInCallTreeRequested, this,
            [this] { setView(QStringLiteral("tree")); });
    connect(m_afterFlame, &FlameGraphPage::showFunctionPageRequested, this,
            [this] { setView(QStringLiteral("function")); });
    m_range = new RangeRestriction(this);
    connect(m_timeline, &TimelinePage::rangeSelected, m_range, &RangeRestriction::setRange);
    connect(m_timeline, &TimelinePage::rangeCleared, m_range, &RangeRestriction::clear);
    connect(m_range, &RangeRestriction::restrictedChanged, this, &MainWindow::showRestricted);
    // Says which pages count only the range, wherever the user is.
    m_rangeStatus = new QLabel(this);
    m_rangeStatus->setObjectName(QStringLiteral("statusRange"));
    m_rangeStatus->setVisible(false);
    statusBar()->insertPermanentWidget(0, m_rangeStatus);

    m_placeholder = new QLabel(tr("<h2>Breadcrumb</h2><p>Open a trace with <b>File → Open</b> (Ctrl+O) "
                                  "or drop a trace file here.</p>"
                                  "<p>Record one with <code>breadcrumb run script.py</code>.</p>"),
                               this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_viewArea = new QWidget(this);
    m_newRunBar = new NewRunBar(m_viewArea);
    connect(m_newRunBar, &NewRunBar::switchRequested, this, &MainWindow::showRun);
    auto* viewLayout = new QVBoxLayout(m_viewArea);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->setSpacing(0);
    viewLayout->addWidget(m_newRunBar);
    viewLayout->addWidget(m_tabs, 1);
    auto* stack = new QStackedWidget(this);
    stack->setObjectName(QStringLiteral("centralStack"));
    stack->addWidget(m_placeholder);
    stack->addWidget(m_viewArea);
    setCentralWidget(stack);
}

void MainWindow::createActions()
{
    // Our icons are SVG; without Qt's SVG plugin (libqt6svg6) fall back to the style's standard icons.
    const bool svg = QImageReader::supportedImageFormats().contains("svg");
    const auto icon = [this, svg](const char* name, QStyle::StandardPixmap fallback) {
        return svg ? QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)))
                   : style()->standardIcon(fallback);
    };

    m_openAction = new QAction(icon("open", QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a trace file (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_compareAction =
        new QAction(icon("compare", QStyle::SP_FileDialogContentsView), tr("&Compare with…"), this);
    m_compareAction->setToolTip(tr("Compare the open run with another run (before → after)"));
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWithDialog);

    m_reloadAction = new QAction(icon("reload", QStyle::SP_BrowserReload), tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(
        tr("Read the trace again (F5); a run appended since is offered above the views"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(icon("back", QStyle::SP_ArrowBack), tr("&Back"), this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setToolTip(tr("Previous function (Alt+Left)"));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, &m_selection, &FunctionSelection::back);

    m_forwardAction = new QAction(icon("forward", QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setToolTip(tr("Next function (Alt+Right)"));
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, &m_selection, &FunctionSelection::forward);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_compareAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(quitAction);
    rebuildRecentMenu();

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* action = view->addAction(m_tabs->tabText(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (m_tabs->isTabVisible(i))
                m_tabs->setCurrentIndex(i);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_keysAction = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showKeyReference);
    m_keysAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Breadcrumb"), this, [this] {
        QMessageBox::about(
            this, tr("About Breadcrumb"),
            tr("<h3>Breadcrumb %1</h3><p>A viewer for Python execution traces: slowest functions, "
               "percentiles, callers, call trees, flame graphs and run comparisons.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_compareAction);
    toolbar->addSeparator();
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    m_runSwitcher = new RunSwitcher(toolbar);
    toolbar->addWidget(m_runSwitcher);
    connect(m_runSwitcher, &RunSwitcher::runChosen, this, &MainWindow::showRun);
}

void MainWindow::createStatusBar()
{
    m_commandLabel = new QLabel(this);
    m_commandLabel->setObjectName(QStringLiteral("statusCommand"));
    m_commandLabel->setMinimumWidth(120);
    m_commandLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_durationLabel = new QLabel(this);
    m_callsLabel = new QLabel(this);
    m_threadsLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    // Wide enough for the longest stage text at 100% (translations are longer), so it is never cut.
    int textWidth = 0;
    for (const TraceLoader::Stage stage :
         {TraceLoader::Stage::Opening, TraceLoader::Stage::ReadingCalls, TraceLoader::Stage::Statistics,
          TraceLoader::Stage::CallTree, TraceLoader::Stage::Comparing})
        textWidth = std::max(textWidth, m_progress->fontMetrics().horizontalAdvance(
                                            TraceLoader::stageText(stage) + QStringLiteral(" 100%")));
    m_progress->setMinimumWidth(textWidth + 3 * m_progress->fontMetrics().averageCharWidth());
    m_progress->setMaximumWidth(std::max(320, m_progress->minimumWidth()));
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading the trace"));
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addWidget(m_commandLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_durationLabel);
    statusBar()->addPermanentWidget(m_callsLabel);
    statusBar()->addPermanentWidget(m_threadsLabel);
    setLoadingUi(false);
}

bool MainWindow::setView(const QString& name)
{
    // "compare-tree": the Compare tab, on its call tree (ComparePage::viewNames()).
    if (name.startsWith(QLatin1String("compare-")))
        return setView(QStringLiteral("compare")) && m_compare->showView(name.mid(8).toLower());
    const int index = int(viewNames().indexOf(name.toLower()));
    if (index < 0 || !m_tabs->isTabVisible(index))
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

QStringList MainWindow::sideNames()
{
    return {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("both")};
}

bool MainWindow::setSide(const QString& name)
{
    const int index = int(sideNames().indexOf(name.toLower()));
    auto* view = qobject_cast<RunSplitView*>(m_tabs->currentWidget());
    if (index < 0 || !view || !m_trace || !m_trace->isComparison() ||
        !view->choiceBar()->button(RunSide(index)))
        return false;
    view->setSide(RunSide(index));
    return true;
}

QString MainWindow::currentView() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < viewNames().size() ? viewNames()[index] : QString();
}

QString MainWindow::statusSummary() const
{
    return QStringList{m_commandLabel->text(), m_durationLabel->text(), m_callsLabel->text(),
                       m_threadsLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::openTrace(const QString& path, std::optional<std::int64_t> run)
{
    LoadRequest request;
    request.path = path;
    request.run = run;
    request.askForRun = m_mode == Mode::Interactive;
    startLoad(request);
}

void MainWindow::openComparison(const QString& before, const QString& after,
                                std::optional<std::int64_t> beforeRun, std::optional<std::int64_t> afterRun)
{
    LoadRequest request;
    request.path = before;
    request.run = beforeRun;
    request.afterPath = after;
    request.afterRun = afterRun;
    request.askForRun = m_mode == Mode::Interactive;
    startLoad(request);
}

void MainWindow::openComparison(const RunRef& before, const RunRef& after)
{
    LoadRequest request;
    request.path = QFile::decodeName(before.file.c_str());
    request.afterPath = QFile::decodeName(after.file.c_str());
    if (before.isSeveral())
        request.pool = before;
    else
        request.run = before.run;
    if (after.isSeveral())
        request.afterPool = after;
    else
        request.afterRun = after.run;
    request.askForRun = m_mode == Mode::Interactive;
    startLoad(request);
}

void MainWindow::startLoad(const LoadRequest& request)
{
    m_lastRequest = request;
    m_reloading = false;
    setLoadingUi(true);
    m_loader.load(request);
}

void MainWindow::openFileDialog()
{
    QString dir;
    if (m_trace)
        dir = QFileInfo(m_trace->main->path).absolutePath();
    const QString path = TraceFileDialog::getOpenFileName(this, tr("Open Trace"), dir);
    if (!path.isEmpty())
        openTrace(path);
}

void MainWindow::compareWithDialog()
{
    if (!m_trace)
        return;
    const QString path = TraceFileDialog::getOpenFileName(this, tr("Compare With (after)"),
                                                          QFileInfo(m_trace->main->path).absolutePath());
    if (path.isEmpty())
        return;
    LoadRequest request;
    request.path = m_trace->main->path;
    request.run = m_trace->main->data->run.id;
    request.afterPath = path;
    request.askForRun = m_mode == Mode::Interactive;
    // When the file has several runs the picker chooses the "after" run (handled in onRunChoiceNeeded).
    startLoad(request);
}

void MainWindow::reload()
{
    if (m_lastRequest.path.isEmpty())
        return;
    LoadRequest request = m_lastRequest;
    // Stay on the run(s) shown: a run appended since must not move the view (nor ask which run to show).
    if (m_trace && m_trace->main->path == request.path) {
        request.run = m_trace->main->data->run.id;
        if (m_trace->after)
            request.afterRun = m_trace->after->data->run.id;
    }
    startLoad(request);
    m_reloading = true;
}

void MainWindow::showRun(std::int64_t run)
{
    if (!m_trace || run == m_trace->main->data->run.id)
        return;
    if (m_trace->isComparison())
        openComparison(m_trace->main->path, m_trace->after->path, run, m_trace->after->data->run.id);
    else
        openTrace(m_trace->main->path, run);
}

void MainWindow::showKeyReference()
{
    auto* dialog = findChild<KeyReferenceDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new KeyReferenceDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::cancelLoading()
{
    m_loader.cancel();
}

void MainWindow::onRunChoiceNeeded(const LoadRequest& request, const std::vector<RunInfo>& runs)
{
    // The loader only asks about the run that was not given: the main one, or for "Compare with…" the after
    // one.
    const bool forAfter = request.run.has_value() && !request.afterPath.isEmpty() && !request.afterRun;
    const QString file = QFileInfo(forAfter ? request.afterPath : request.path).fileName();
    auto* dialog = new RunPickerDialog(file, runs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, request, forAfter] {
        LoadRequest next = request;
        if (forAfter)
            next.afterRun = dialog->selectedRun();
        else
            next.run = dialog->selectedRun();
        next.askForRun = false;
        startLoad(next);
    });
    dialog->open();
}

void MainWindow::onPreview(std::shared_ptr<const LoadedTrace> trace)
{
    // Only the Functions table can show a run without its calls; the other tabs wait behind a placeholder,
    // their pages cleared so the last trace's memory goes before the new calls arrive.
    m_trace = std::move(trace);
    m_selection.reset();
    m_mirror.setMatch(nullptr);
    m_callTreeSync->setMatch(nullptr);
    m_flameSync->setMatch(nullptr);
    m_range->setTrace(nullptr);
    for (RunSplitView* view : std::as_const(m_runViews)) {
        const bool functions = view->beforePage() == m_functions;
        view->setTrace(functions ? m_trace : nullptr);
        view->setLoading(!functions);
    }
    m_compare->setTrace(nullptr);
    m_functionComparison->setTrace(nullptr);
    const int compareIndex = m_tabs->indexOf(m_compare);
    if (m_tabs->currentIndex() == compareIndex)
        showPage(m_functions);
    m_tabs->setTabVisible(compareIndex, false);
    static_cast<QStackedWidget*>(centralWidget())->setCurrentWidget(m_viewArea);
    m_runSwitcher->setRuns(m_trace->main->runs, m_trace->main->data->run.id);
    m_compareAction->setEnabled(false); // a comparison needs the calls
    // The slowest function, as the table sorts it (the stored rows come in function order).
    const QModelIndex top = m_functions->table()->model()->index(0, 0);
    if (top.isValid())
        m_functions->table()->setCurrentIndex(top);
    updateTitle();
    updateStatusBar();
    emit previewShown();
}

void MainWindow::showLoadFailure(const QString& message)
{
    if (!m_trace || !m_trace->isPreview())
        return;
    for (RunSplitView* view : std::as_const(m_runViews))
        view->loadingPlaceholder()->setFailure(message);
}

void MainWindow::onLoaded(std::shared_ptr<const LoadedTrace> trace)
{
    const bool sameFile = m_trace && m_trace->main->path == trace->main->path;
    const bool reloaded = m_reloading && sameFile;
    m_reloading = false;
    // After the preview of this very run: the function the user chose there stays selected (by id: the
    // loaded run numbers its functions the same way, but nothing needs to rely on it).
    std::optional<std::int64_t> keptFunction;
    if (m_trace && m_trace->isPreview() && sameFile && !trace->isComparison() &&
        m_trace->main->data->run.id == trace->main->data->run.id && m_selection.current() >= 0)
        keptFunction = m_trace->main->data->functions[std::size_t(m_selection.current())].id;
    m_trace = std::move(trace);
    m_selection.reset();
    for (RunSplitView* view : std::as_const(m_runViews))
        view->setLoading(false);
    m_mirror.setMatch(m_trace->match);
    m_callTreeSync->setMatch(m_trace->match);
    m_flameSync->setMatch(m_trace->match);
    m_range->setTrace(m_trace);
    for (RunSplitView* view : std::as_const(m_runViews))
        view->setTrace(m_trace);
    m_compare->setTrace(m_trace);
    m_functionComparison->setTrace(m_trace);
    const int compareIndex = m_tabs->indexOf(m_compare);
    // Hiding the current tab moves the view to a neighbour (the SQL tab): decide before hiding it.
    const bool wasOnCompare = m_tabs->currentIndex() == compareIndex;
    if (m_trace->isComparison()) {
        m_tabs->setTabVisible(compareIndex, true);
        m_tabs->setCurrentIndex(compareIndex);
    } else {
        if (wasOnCompare)
            showPage(m_functions);
        m_tabs->setTabVisible(compareIndex, false);
    }
    static_cast<QStackedWidget*>(centralWidget())->setCurrentWidget(m_viewArea);

    // Runs: the switcher lists them; a reload that finds a newer run than before offers it.
    const auto& runs = m_trace->main->runs;
    const std::int64_t newest = runs.empty() ? m_trace->main->data->run.id : runs.front().id;
    m_runSwitcher->setRuns(runs, m_trace->main->data->run.id);
    if (reloaded && newest > m_knownNewestRun && newest != m_trace->main->data->run.id)
        m_newRunBar->showRun(runs.front());
    else if (!reloaded || newest == m_trace->main->data->run.id)
        m_newRunBar->hide();
    m_knownNewestRun = sameFile ? std::max(m_knownNewestRun, newest) : newest;
    m_compareAction->setEnabled(true);
    m_reloadAction->setEnabled(true);
    // Start where a profiler user looks first: the slowest function.
    const auto& functions = m_trace->main->data->functions;
    const auto kept = keptFunction
                          ? std::find_if(functions.begin(), functions.end(),
                                         [&](const FunctionInfo& f) { return f.id == *keptFunction; })
                          : functions.end();
    if (kept != functions.end())
        m_selection.select(int(kept - functions.begin()));
    else if (!m_trace->main->summaries.empty())
        m_selection.select(int(m_trace->main->summaries.front().function));
    addRecentFile(m_trace->main->path);
    updateTitle();
    updateStatusBar();
    emit traceLoaded();
}

void MainWindow::onFailed(const QString& message)
{
    showLoadFailure(message);
    emit loadFailed(message);
    if (m_mode == Mode::Screenshot)
        return;
    statusBar()->showMessage(message, 8000);
    auto* box =
        new QMessageBox(QMessageBox::Critical, tr("Cannot open the trace"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, the event loop keeps running
}

// A function only the after run has: select it on the after side, which the Function tab then shows
// (next to the before run when both are on screen).
void MainWindow::showInAfterRun(int afterFunction)
{
    if (!m_trace || !m_trace->isComparison())
        return;
    m_mirror.afterSelection()->select(afterFunction);
    showPage(m_function);
    RunSplitView* view = runView(m_function);
    if (view->side() == RunSide::Before)
        view->setSide(RunSide::After);
}

void MainWindow::showRestricted(std::shared_ptr<const LoadedTrace> restricted)
{
    // The pages a time range restricts; the others keep the whole run.
    m_rangeStatus->setVisible(restricted != nullptr);
    m_rangeStatus->setText(restricted ? tr("Range %1 (Functions, Function, Flame Graph)")
                                            .arg(m_timeline->timeline()->selectedRangeText())
                                      : QString());
    const auto shown = restricted ? std::move(restricted) : m_trace;
    for (TracePage* page : std::initializer_list<TracePage*>{m_functions, m_function, m_flame})
        page->setTrace(shown);
}

void MainWindow::showCall(std::uint32_t callIndex)
{
    if (!m_trace || callIndex >= m_trace->main->data->calls.size())
        return;
    m_selection.select(int(m_trace->main->data->calls[callIndex].function));
    showPage(m_callTree);
    RunSplitView* view = runView(m_callTree);
    if (view->side() == RunSide::After)
        view->setSide(RunSide::Before);
    m_callTree->showCall(callIndex);
}

void MainWindow::showAfterCall(std::uint32_t callIndex)
{
    if (!m_trace || !m_trace->after || callIndex >= m_trace->after->data->calls.size())
        return;
    m_mirror.afterSelection()->select(int(m_trace->after->data->calls[callIndex].function));
    showPage(m_callTree);
    RunSplitView* view = runView(m_callTree);
    if (view->side() == RunSide::Before)
        view->setSide(RunSide::After);
    m_afterCallTree->showCall(callIndex);
}

void MainWindow::showPage(TracePage* page)
{
    if (RunSplitView* view = runView(page))
        m_tabs->setCurrentWidget(view);
    else
        m_tabs->setCurrentWidget(page);
}

RunSplitView* MainWindow::runView(const TracePage* page) const
{
    for (RunSplitView* view : m_runViews)
        if (view->beforePage() == page || view->afterPage() == page)
            return view;
    return nullptr;
}

void MainWindow::setLoadingUi(bool loading)
{
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    if (loading) {
        m_progress->setValue(0);
        m_progress->setFormat(TraceLoader::stageText(TraceLoader::Stage::Opening));
    }
    m_openAction->setEnabled(true); // opening another file cancels the current load
}

void MainWindow::updateStatusBar()
{
    if (!m_commandLabel)
        return; // the tabs are made before the status bar
    if (!m_trace) {
        m_commandLabel->setText(tr("No trace loaded"));
        m_commandLabel->setToolTip(QString());
        m_durationLabel->clear();
        m_callsLabel->clear();
        m_threadsLabel->clear();
        return;
    }
    // The run(s) the current tab shows: the Compare tab and "Both" show two.
    std::vector<std::pair<QString, const LoadedRun*>> shown;
    if (!m_trace->isComparison()) {
        shown.emplace_back(QString(), m_trace->main.get());
    } else {
        const auto* view = qobject_cast<const RunSplitView*>(m_tabs->currentWidget());
        const RunSide side = view ? view->side() : RunSide::Both;
        if (side != RunSide::After)
            shown.emplace_back(tr("Before"), m_trace->main.get());
        if (side != RunSide::Before)
            shown.emplace_back(tr("After"), m_trace->after.get());
    }
    QStringList commands, tips, durations, calls, threads;
    for (const auto& [side, loaded] : shown) {
        const RunData* run = loaded->data.get();
        QString command = toQString(run->run.commandLine);
        const QString tip =
            tr("%1\nPython %2\n%3").arg(command, toQString(run->run.pythonVersion), toQString(run->run.cwd));
        if (command.isEmpty())
            command = tr("(no command line recorded)");
        commands << (side.isEmpty() ? command : tr("%1: %2").arg(side, command));
        tips << (side.isEmpty() ? tip : tr("%1: %2").arg(side, tip));
        const Nanos duration =
            run->run.durationNs() > 0 ? run->run.durationNs() : run->lastEndNs() - run->run.startNs;
        durations << msText(duration);
        calls << QStringLiteral("%L1").arg(qlonglong(loaded->callCount()));
        threads << QString::number(loaded->threadCount());
    }
    // Two runs read as a change: "Calls: 28 → 19".
    const QString arrow = QStringLiteral(" → ");
    m_commandLabel->setText(commands.join(QStringLiteral("  ·  ")));
    m_commandLabel->setToolTip(tips.join(QStringLiteral("\n\n")));
    m_durationLabel->setText(tr("Duration: %1").arg(durations.join(arrow)));
    m_callsLabel->setText(tr("Calls: %1").arg(calls.join(arrow)));
    m_threadsLabel->setText(tr("Threads: %1").arg(threads.join(arrow)));
}

void MainWindow::updateTitle()
{
    if (!m_trace) {
        setWindowTitle(tr("Breadcrumb"));
        return;
    }
    const auto& main = *m_trace->main;
    QString title = tr("%1 — run %2").arg(QFileInfo(main.path).fileName()).arg(main.data->run.id);
    if (m_trace->isComparison())
        title = tr("%1 vs %2").arg(RunSplitView::runText(main), RunSplitView::runText(*m_trace->after));
    setWindowTitle(tr("%1 — Breadcrumb").arg(title));
}

void MainWindow::addRecentFile(const QString& path)
{
    if (m_mode == Mode::Screenshot)
        return;
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files =
        m_mode == Mode::Screenshot ? QStringList() : QSettings().value(kRecentKey).toStringList();
    for (const QString& file : files) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(file).fileName() + QStringLiteral("  —  ") + file);
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { openTrace(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::saveLayout() const
{
    if (m_mode == Mode::Screenshot)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QTableView* view : findChildren<QTableView*>())
        if (!view->objectName().isEmpty() && view->objectName() != QLatin1String("sqlResults"))
            settings.setValue(QStringLiteral("headers/") + view->objectName(),
                              view->horizontalHeader()->saveState());
    for (const QTreeView* view : findChildren<QTreeView*>())
        if (!view->objectName().isEmpty())
            settings.setValue(QStringLiteral("headers/") + view->objectName(), view->header()->saveState());
    for (const QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
}

void MainWindow::restoreLayout()
{
    if (m_mode == Mode::Screenshot)
        return;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QTableView* view : findChildren<QTableView*>())
        if (const QVariant state = settings.value(QStringLiteral("headers/") + view->objectName());
            state.isValid())
            view->horizontalHeader()->restoreState(state.toByteArray());
    for (QTreeView* view : findChildren<QTreeView*>())
        if (const QVariant state = settings.value(QStringLiteral("headers/") + view->objectName());
            state.isValid())
            view->header()->restoreState(state.toByteArray());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (const QVariant state = settings.value(QStringLiteral("splitters/") + splitter->objectName());
            state.isValid())
            splitter->restoreState(state.toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_loader.cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty() &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Two dropped files compare the first (before) with the second (after).
    if (urls.size() >= 2 && urls[1].isLocalFile())
        openComparison(urls[0].toLocalFile(), urls[1].toLocalFile());
    else
        openTrace(urls.first().toLocalFile());
}

} // namespace breadcrumb::gui
