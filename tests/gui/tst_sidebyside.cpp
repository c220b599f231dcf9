// A comparison's tabs over the before run, the after run or both side by side, driven like a user does:
// the run buttons switch what a tab shows, and with both runs on screen a pick, an expanded call path or a
// flame-graph zoom on one side is followed on the other (functions matched by module + name, not by id).

#include "CallListModel.h"
#include "CallTreeModel.h"
#include "CallTreePage.h"
#include "CommandLineOptions.h"
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "FlameGraphPage.h"
#include "FunctionComparisonPane.h"
#include "FunctionPage.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RunChoiceBar.h"
#include "RunSplitView.h"
#include "TestTraces.h"
#include "TracePage.h"

#include <ElidedLabel.h>
#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <FunctionStats.h>
#include <OverlaidHistogram.h>
#include <PercentilePanel.h>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <TraceReader.h>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestSideBySide : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;

    bool open(const QString& before, const QString& after)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openComparison(tracePath(before), tracePath(after));
        return loaded.wait(30000);
    }

    RunSplitView* currentRunView() const
    {
        return qobject_cast<RunSplitView*>(m_window->tabs()->currentWidget());
    }

    int beforeFn(const char* name) const { return functionIndex(*m_window->trace()->main->data, name); }
    int afterFn(const char* name) const { return functionIndex(*m_window->trace()->after->data, name); }

    static QModelIndex find(const QAbstractItemModel& model, const QStringList& path)
    {
        QModelIndex parent;
        for (const QString& name : path) {
            QModelIndex found;
            for (int row = 0; row < model.rowCount(parent) && !found.isValid(); ++row)
                if (model.index(row, 0, parent).data().toString() == name)
                    found = model.index(row, 0, parent);
            if (!found.isValid())
                return {};
            parent = found;
        }
        return parent;
    }

    // Opens a comparison from run references as the command line gives them ("recorded.db:1-2").
    bool openRefs(const QString& before, const QString& after)
    {
        const CommandLineOptions options = CommandLineOptions::parse(
            {QStringLiteral("breadcrumb-gui"), tracePath(before), tracePath(after)});
        if (!options.error.isEmpty())
            return false;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openComparison(options.traceRef, options.afterRef);
        return loaded.wait(30000);
    }

    // The first row named `name`, depth first.
    static QModelIndex findNamed(const QAbstractItemModel& model, const QString& name,
                                 const QModelIndex& parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == name)
                return index;
            if (const QModelIndex found = findNamed(model, name, index); found.isValid())
                return found;
        }
        return {};
    }

    static std::uint32_t flameNode(FlameGraphPage* page, int function)
    {
        const CallTree* tree = page->flameGraph()->view()->tree();
        for (std::uint32_t n = 0; tree && n < tree->size(); ++n)
            if (tree->node(n).function == function)
                return n;
        return UINT32_MAX;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sidebyside"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void cleanup() { m_window.reset(); }

    void runChoiceOnlyWhileComparing()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(tracePath(QStringLiteral("seed.db")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(m_window->setView(QStringLiteral("tree")));
        QVERIFY(!currentRunView()->choiceBar()->isVisible());
        QVERIFY(!m_window->setSide(QStringLiteral("both")));
    }

    // The Function tab's call count is the shown run's: 13 calls of slow_function before, 4 after.
    void switchingTheRunChangesTheContent_data()
    {
        QTest::addColumn<QString>("side");
        QTest::addColumn<int>("beforeCalls"); // -1: the before page is hidden
        QTest::addColumn<int>("afterCalls");
        QTest::addColumn<QString>("label");
        QTest::newRow("before") << QStringLiteral("before") << 13 << -1 << QStringLiteral("seed.db");
        QTest::newRow("after") << QStringLiteral("after") << -1 << 4 << QStringLiteral("optimized.db");
        QTest::newRow("both") << QStringLiteral("both") << 13 << 4 << QStringLiteral("optimized.db");
    }

    void switchingTheRunChangesTheContent()
    {
        QFETCH(QString, side);
        QFETCH(int, beforeCalls);
        QFETCH(int, afterCalls);
        QFETCH(QString, label);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(QStringLiteral("function")));
        m_window->selection()->select(beforeFn("slow_function"));
        RunSplitView* view = currentRunView();
        QVERIFY(view->choiceBar()->isVisible());
        // The user's click on the run button, the way the tab is switched.
        QTest::mouseClick(view->choiceBar()->button(RunSide(MainWindow::sideNames().indexOf(side))),
                          Qt::LeftButton);
        QCOMPARE(view->beforePage()->isVisible(), beforeCalls >= 0);
        QCOMPARE(view->afterPage()->isVisible(), afterCalls >= 0);
        if (beforeCalls >= 0)
            QCOMPARE(int(m_window->functionPage()->callModel()->totalCalls()), beforeCalls);
        if (afterCalls >= 0) {
            QCOMPARE(int(m_window->afterFunctionPage()->callModel()->totalCalls()), afterCalls);
            QCOMPARE(m_window->afterFunctionPage()->callModel()->rowCount(), afterCalls);
        }
        QVERIFY(view->runLabel(side == QLatin1String("before") ? RunSide::Before : RunSide::After)
                    ->text()
                    .contains(label));
    }

    // A pick on either side selects the same function (by name, ids differ) on the other.
    void pickingOnOneSideSelectsOnTheOther_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("onAfterSide");
        for (const char* view : {"tree", "flame", "function"})
            for (const bool after : {false, true})
                QTest::addRow("%s, picked %s", view, after ? "after" : "before")
                    << QString::fromLatin1(view) << after;
    }

    void pickingOnOneSideSelectsOnTheOther()
    {
        QFETCH(QString, view);
        QFETCH(bool, onAfterSide);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(view));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        // The two runs number their functions apart: the match must not be by index.
        QVERIFY(beforeFn("very_slow_function") >= 0 && afterFn("very_slow_function") >= 0);
        FunctionSelection* afterSelection = m_window->selectionMirror()->afterSelection();
        FunctionSelection* from = onAfterSide ? afterSelection : m_window->selection();
        const int picked = onAfterSide ? afterFn("very_slow_function") : beforeFn("very_slow_function");

        if (view == QLatin1String("tree")) {
            CallTreePage* page = onAfterSide ? m_window->afterCallTreePage() : m_window->callTreePage();
            QTRY_VERIFY(!page->isBuilding() && page->model()->tree());
            QAbstractItemModelTester tester(page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const QModelIndex row =
                find(*page->model(), {QStringLiteral("main"), QStringLiteral("very_slow_function")});
            QVERIFY(row.isValid());
            page->treeView()->scrollTo(row);
            QTest::mouseClick(page->treeView()->viewport(), Qt::LeftButton, {},
                              page->treeView()->visualRect(row).center());
        } else if (view == QLatin1String("flame")) {
            FlameGraphPage* page = onAfterSide ? m_window->afterFlameGraphPage() : m_window->flameGraphPage();
            QTRY_VERIFY(!page->isBuilding() && page->flameGraph()->view()->tree());
            const std::uint32_t node = flameNode(page, picked);
            QVERIFY(node != UINT32_MAX);
            FlameGraphView* flame = page->flameGraph()->view();
            QTest::mouseClick(flame, Qt::LeftButton, {}, flame->frameRect(node).center().toPoint());
        } else {
            // The Function page has no picker of its own: it follows whichever side picked.
            from->select(picked);
        }
        QCOMPARE(from->current(), picked);
        QCOMPARE(m_window->selection()->current(), beforeFn("very_slow_function"));
        QCOMPARE(afterSelection->current(), afterFn("very_slow_function"));
        if (view == QLatin1String("function")) {
            // Both Function pages show it, each with its own run's calls.
            QCOMPARE(int(m_window->functionPage()->callModel()->totalCalls()), 1);
            QCOMPARE(int(m_window->afterFunctionPage()->callModel()->totalCalls()), 1);
            QCOMPARE(m_window->functionPage()->callModel()->index(0, 1).data(SortRole).toLongLong() >
                         m_window->afterFunctionPage()->callModel()->index(0, 1).data(SortRole).toLongLong(),
                     true); // 500 ms before, 250 ms after
        }
    }

    // Expanding or collapsing a call path on one side does it on the other where that path exists.
    void callTreeExpansionFollows_data()
    {
        QTest::addColumn<bool>("onAfterSide");
        QTest::newRow("expanded before") << false;
        QTest::newRow("expanded after") << true;
    }

    void callTreeExpansionFollows()
    {
        QFETCH(bool, onAfterSide);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(QStringLiteral("tree")));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        CallTreePage* from = onAfterSide ? m_window->afterCallTreePage() : m_window->callTreePage();
        CallTreePage* to = onAfterSide ? m_window->callTreePage() : m_window->afterCallTreePage();
        QTRY_VERIFY(!from->isBuilding() && from->model()->tree() && !to->isBuilding() && to->model()->tree());
        const QStringList path{QStringLiteral("main"), QStringLiteral("process_data")};
        const QModelIndex here = find(*from->model(), path);
        const QModelIndex there = find(*to->model(), path);
        QVERIFY(here.isValid() && there.isValid());
        from->treeView()->collapse(here);
        QVERIFY(!to->treeView()->isExpanded(there));
        from->treeView()->expand(here);
        QVERIFY(to->treeView()->isExpanded(there));
        from->treeView()->collapse(here);
        QVERIFY(!to->treeView()->isExpanded(there));
    }

    // Both runs' durations in one histogram: 13 calls before, 4 after; normalised, each run sums to 1.
    void overlaidHistogramsAndPercentiles_data()
    {
        QTest::addColumn<bool>("normalised");
        QTest::addColumn<double>("beforeSum");
        QTest::addColumn<double>("afterSum");
        QTest::newRow("counts") << false << 13.0 << 4.0;
        QTest::newRow("normalised") << true << 1.0 << 1.0;
    }

    void overlaidHistogramsAndPercentiles()
    {
        QFETCH(bool, normalised);
        QFETCH(double, beforeSum);
        QFETCH(double, afterSum);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(QStringLiteral("function")));
        FunctionComparisonPane* pane = m_window->functionComparison();
        QVERIFY(!pane->isVisible()); // only with both runs shown
        QTest::mouseClick(currentRunView()->choiceBar()->button(RunSide::Both), Qt::LeftButton);
        QVERIFY(pane->isVisible());
        m_window->selection()->select(beforeFn("slow_function"));
        if (normalised)
            QTest::mouseClick(pane->normalisedToggle(), Qt::LeftButton, {},
                              QPoint(4, pane->normalisedToggle()->height() / 2));
        QCOMPARE(pane->histogram()->isNormalised(), normalised);
        const auto sum = [&](bool after) {
            double total = 0;
            for (const double h : pane->histogram()->heights(after))
                total += h;
            return total;
        };
        QVERIFY(qAbs(sum(false) - beforeSum) < 1e-9);
        QVERIFY(qAbs(sum(true) - afterSum) < 1e-9);
        QCOMPARE(pane->histogram()->legend->itemCount(), 2);
        // The percentile table: calls before, after and their change.
        QTableWidget* table = pane->percentileTable();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("13"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("-9"));
        QCOMPARE(table->verticalHeaderItem(2)->text(), QStringLiteral("P90"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A function the after run lacks: its side is empty, not another function's.
        m_window->selection()->select(beforeFn("redundant_computation"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("—"));
        QCOMPARE(sum(true), 0.0);
    }

    // `breadcrumb-gui two_runs.db:1-2 AFTER` pools the before side, by core's RunRef parser, as compare does;
    // the Compare tab's call counts are then the sums over the pooled runs, the labels say so.
    void pooledCommandLine_data()
    {
        QTest::addColumn<QString>("beforeArg");
        QTest::addColumn<QString>("afterArg");
        QTest::addColumn<QString>("label");
        QTest::newRow("range") << QStringLiteral("two_runs.db:1-2") << QStringLiteral("seed.db")
                               << QStringLiteral("runs 1-2 pooled");
        QTest::newRow("all") << QStringLiteral("two_runs.db:all") << QStringLiteral("seed.db:1")
                             << QStringLiteral("runs 1-2 pooled");
    }

    void pooledCommandLine()
    {
        QFETCH(QString, beforeArg);
        QFETCH(QString, afterArg);
        QFETCH(QString, label);
        const CommandLineOptions options = CommandLineOptions::parse(
            {QStringLiteral("breadcrumb-gui"), tracePath(beforeArg), tracePath(afterArg)});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.traceRef.isSeveral());
        QVERIFY(!options.afterRef.isSeveral());
        QCOMPARE(options.trace, tracePath(QStringLiteral("two_runs.db")));

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openComparison(options.traceRef, options.afterRef);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_window->currentView(), QStringLiteral("compare"));

        // The sums over the pooled runs, read from each run on its own.
        std::int64_t pooledCalls = 0;
        for (const std::int64_t run : {1, 2}) {
            TraceReader reader(QFile::encodeName(tracePath(QStringLiteral("two_runs.db"))).toStdString());
            const auto data = reader.loadRun(run, {});
            pooledCalls += FunctionStats::summarize(*data, *data->findFunction("slow_function")).calls;
        }
        QCOMPARE(pooledCalls, 13 + 4);
        ComparisonModel* model = m_window->comparePage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ComparisonModel::Name).data().toString() != QLatin1String("slow_function"))
                continue;
            found = true;
            QCOMPARE(model->index(row, ComparisonModel::CallsBefore).data(SortRole).toLongLong(),
                     pooledCalls);
            QCOMPARE(model->index(row, ComparisonModel::CallsAfter).data(SortRole).toLongLong(), 13);
        }
        QVERIFY(found);
        QVERIFY(m_window->setView(QStringLiteral("tree")));
        QVERIFY(currentRunView()->runLabel(RunSide::Before)->text().contains(label));
        QVERIFY(m_window->windowTitle().contains(label));
    }

    void poolingNeedsAComparison()
    {
        const CommandLineOptions options = CommandLineOptions::parse(
            {QStringLiteral("breadcrumb-gui"), tracePath(QStringLiteral("two_runs.db:1-2"))});
        QVERIFY(options.error.contains(QLatin1String("pooling")));
    }

    // Side by side each page has half the window: its toolbar must still read whole (short labels, the
    // search on a row of its own), at a small laptop's width and a common one.
    void toolbarsFitSideBySide_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        for (const char* view : {"tree", "flame", "function"})
            for (const QSize size : {QSize(1024, 640), QSize(1280, 800)})
                QTest::addRow("%s at %dx%d", view, size.width(), size.height())
                    << QString::fromLatin1(view) << size;
    }

    void toolbarsFitSideBySide()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        m_window->resize(size);
        QVERIFY(m_window->setView(view));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        m_window->selection()->select(beforeFn("slow_function"));
        QTest::qWait(300); // the after page's figures arrive from a worker thread
        // Two runs fit the window the user chose: none of it grows past the screen.
        QCOMPARE(m_window->size(), size);
        if (view == QLatin1String("function")) {
            // Without its plots the figures panel gives the calls every spare pixel: no empty band.
            for (TracePage* page : {currentRunView()->beforePage(), currentRunView()->afterPage()}) {
                const auto* panel = page->findChild<PercentilePanel*>();
                const auto* tabs = page->findChild<QTabWidget*>();
                QVERIFY(panel && tabs);
                const int panelBottom = panel->mapTo(page, QPoint(0, panel->height())).y();
                const int gap = tabs->mapTo(page, QPoint(0, 0)).y() - panelBottom;
                QVERIFY2(gap <= 12, qPrintable(QStringLiteral("%1 px between figures and calls").arg(gap)));
                // The title keeps its start and its file name, the whole of it in the tooltip.
                const auto* title = panel->findChild<ElidedLabel*>();
                QVERIFY(title);
                QCOMPARE(title->toolTip(), panel->title());
                QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());
            }
        }
        QStringList cut;
        for (TracePage* page : {currentRunView()->beforePage(), currentRunView()->afterPage()}) {
            QVERIFY(page->isVisible());
            for (QLabel* label : page->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
                    label->textFormat() == Qt::RichText)
                    continue;
                // An Ignored policy is a label meant to be cut.
                if (label->width() + 1 < label->fontMetrics().horizontalAdvance(
                                             label->text().split(QLatin1Char('\n')).first()) &&
                    label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
                    cut << label->text();
            }
            for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
                if (button->isVisible() && !button->text().isEmpty() &&
                    button->width() < button->minimumSizeHint().width())
                    cut << button->text();
            for (QComboBox* combo : page->findChildren<QComboBox*>())
                if (combo->isVisible() && combo->width() < combo->sizeHint().width())
                    cut << combo->currentText();
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
        // Back to one run: the long labels again.
        QVERIFY(m_window->setSide(QStringLiteral("before")));
        if (view == QLatin1String("tree"))
            QCOMPARE(m_window->callTreePage()
                         ->findChild<QComboBox*>(QStringLiteral("treeDirection"))
                         ->currentText(),
                     QStringLiteral("Top-down (callers → callees)"));
    }

    // The status bar speaks of the run(s) on screen: the before run, the after run, or both as a change.
    void statusBarFollowsTheSide_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("calls");
        QTest::addColumn<bool>("optimizedCommand");
        QTest::newRow("before") << "tree"
                                << "before" << QStringLiteral("Calls: 28") << false;
        QTest::newRow("after") << "tree"
                               << "after" << QStringLiteral("Calls: 19") << true;
        QTest::newRow("both") << "flame"
                              << "both" << QStringLiteral("Calls: 28 → 19") << true;
        QTest::newRow("compare tab") << "compare"
                                     << "" << QStringLiteral("Calls: 28 → 19") << true;
    }

    void statusBarFollowsTheSide()
    {
        QFETCH(QString, view);
        QFETCH(QString, side);
        QFETCH(QString, calls);
        QFETCH(bool, optimizedCommand);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(view));
        if (!side.isEmpty())
            QTest::mouseClick(
                currentRunView()->choiceBar()->button(RunSide(MainWindow::sideNames().indexOf(side))),
                Qt::LeftButton);
        const QString status = m_window->statusSummary();
        QVERIFY2(status.contains(calls), qPrintable(status));
        QCOMPARE(status.contains(QLatin1String("--optimized")), optimizedCommand);
        QCOMPARE(status.contains(QLatin1String("Before: python main.py")), side != QLatin1String("after"));
    }

    // cached_computation only runs after the change: picking it in the Compare table selects it on the
    // after side, where the Function tab shows its calls, and the comparison stays open.
    void afterOnlyFunctionOnTheAfterSide_data()
    {
        QTest::addColumn<bool>("doubleClick");
        QTest::newRow("click") << false;
        QTest::newRow("double-click") << true;
    }

    void afterOnlyFunctionOnTheAfterSide()
    {
        QFETCH(bool, doubleClick);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(beforeFn("cached_computation") < 0 && afterFn("cached_computation") >= 0);
        QTableView* table = m_window->comparePage()->table();
        QModelIndex row;
        for (int r = 0; r < table->model()->rowCount() && !row.isValid(); ++r)
            if (table->model()->index(r, 0).data().toString() == QLatin1String("cached_computation"))
                row = table->model()->index(r, 0);
        QVERIFY(row.isValid());
        table->scrollTo(row);
        const QPoint at = table->visualRect(row).center();
        if (doubleClick) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        } else {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        }
        QCOMPARE(m_window->selectionMirror()->afterSelection()->current(), afterFn("cached_computation"));
        QVERIFY(m_window->trace()->isComparison());
        if (!doubleClick) {
            QVERIFY(m_window->setView(QStringLiteral("function")));
            QVERIFY(m_window->setSide(QStringLiteral("both")));
        }
        QCOMPARE(m_window->currentView(), QStringLiteral("function"));
        QVERIFY(m_window->afterFunctionPage()->isVisible());
        QCOMPARE(int(m_window->afterFunctionPage()->callModel()->totalCalls()), 1);
    }

    // recorded.db is recorded by the real tracer: pipeline.py as is (runs 1-2), then --changed (runs 3-4:
    // transform slower, cache_lookup instead of recompute), 6 transform calls a run. A pooled side's
    // Function page and overlaid histograms count every pooled run's calls; the tree says it shows one run.
    void pooledSidesOnRecordedRuns_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("beforeCalls");
        QTest::addColumn<int>("afterCalls"); // -1: the after runs lack it
        QTest::newRow("two runs a side") << "recorded.db:1-2"
                                         << "recorded.db:3-4"
                                         << "transform" << 12 << 12;
        QTest::newRow("one run before") << "recorded.db:1"
                                        << "recorded.db:3-4"
                                        << "transform" << 6 << 12;
        QTest::newRow("all runs before") << "recorded.db:all"
                                         << "recorded.db:4"
                                         << "transform" << 24 << 6;
        QTest::newRow("gone after") << "recorded.db:1-2"
                                    << "recorded.db:3-4"
                                    << "recompute" << 2 << -1;
    }

    void pooledSidesOnRecordedRuns()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, function);
        QFETCH(int, beforeCalls);
        QFETCH(int, afterCalls);
        QVERIFY(openRefs(before, after));
        QVERIFY(m_window->setView(QStringLiteral("function")));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        const int picked = functionIndex(*m_window->trace()->main->data, function.toUtf8().constData());
        QVERIFY(picked >= 0);
        m_window->selection()->select(picked);
        QCOMPARE(int(m_window->functionPage()->callModel()->totalCalls()), beforeCalls);
        QCOMPARE(m_window->functionPage()->callModel()->rowCount(), beforeCalls);
        QCOMPARE(int(m_window->afterFunctionPage()->callModel()->totalCalls()), std::max(0, afterCalls));
        QAbstractItemModelTester tester(m_window->functionPage()->callModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The overlaid histograms and the percentile table: the same pooled calls.
        FunctionComparisonPane* pane = m_window->functionComparison();
        QCOMPARE(pane->percentileTable()->item(0, 0)->text(), QString::number(beforeCalls));
        QCOMPARE(pane->percentileTable()->item(0, 1)->text(),
                 afterCalls < 0 ? QStringLiteral("—") : QString::number(afterCalls));
        double beforeSum = 0;
        for (const double h : pane->histogram()->heights(false))
            beforeSum += h;
        QCOMPARE(int(std::lround(beforeSum)), beforeCalls);
        // The Function tab says it pools; the call tree that it shows one run.
        const bool pooled = before.contains(QLatin1Char('-')) || before.endsWith(QLatin1String("all"));
        const QString label = currentRunView()->runLabel(RunSide::Before)->text();
        QCOMPARE(label.contains(QLatin1String("pooled")), pooled);
        QVERIFY(!label.contains(QLatin1String("only")));
        QVERIFY(m_window->setView(QStringLiteral("tree")));
        QCOMPARE(currentRunView()->runLabel(RunSide::Before)->text().contains(QLatin1String("shows run")),
                 pooled);
    }

    // The side-by-side tree and flame graph on the real tracer's runs: a pick on either side selects the
    // function on both, and a function only the after run has stays selected on the after side.
    void recordedRunsSideBySide_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("function");
        QTest::addColumn<bool>("onlyAfter");
        for (const char* view : {"tree", "flame"}) {
            QTest::addRow("%s: transform", view) << QString::fromLatin1(view) << "transform" << false;
            QTest::addRow("%s: cache_lookup", view) << QString::fromLatin1(view) << "cache_lookup" << true;
        }
    }

    void recordedRunsSideBySide()
    {
        QFETCH(QString, view);
        QFETCH(QString, function);
        QFETCH(bool, onlyAfter);
        QVERIFY(openRefs(QStringLiteral("recorded.db:2"), QStringLiteral("recorded.db:4")));
        QVERIFY(m_window->setView(view));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        const QByteArray name = function.toUtf8();
        const int inBefore = beforeFn(name.constData());
        const int inAfter = afterFn(name.constData());
        QCOMPARE(inBefore < 0, onlyAfter);
        QVERIFY(inAfter >= 0);
        const int previous = beforeFn("pipeline");
        m_window->selection()->select(previous);
        // Picked on the after side, as a user clicks it there.
        if (view == QLatin1String("tree")) {
            CallTreePage* page = m_window->afterCallTreePage();
            QTRY_VERIFY(!page->isBuilding() && page->model()->tree());
            const QModelIndex row = findNamed(*page->model(), function);
            QVERIFY(row.isValid());
            page->treeView()->scrollTo(row);
            QTest::mouseClick(page->treeView()->viewport(), Qt::LeftButton, {},
                              page->treeView()->visualRect(row).center());
        } else {
            FlameGraphPage* page = m_window->afterFlameGraphPage();
            QTRY_VERIFY(!page->isBuilding() && page->flameGraph()->view()->tree());
            const std::uint32_t node = flameNode(page, inAfter);
            QVERIFY(node != UINT32_MAX);
            FlameGraphView* flame = page->flameGraph()->view();
            // A fast function of a recorded run may be too narrow to draw at half the window: zoom in on
            // it, as a user would, to click it.
            if (flame->frameRect(node).width() < 4)
                flame->zoomToNode(node);
            QTest::mouseClick(flame, Qt::LeftButton, {}, flame->frameRect(node).center().toPoint());
        }
        QCOMPARE(m_window->selectionMirror()->afterSelection()->current(), inAfter);
        // The before side follows where it has the function, and keeps its own pick where it has none.
        QCOMPARE(m_window->selection()->current(), onlyAfter ? previous : inBefore);
        QVERIFY(m_window->setView(QStringLiteral("function")));
        QVERIFY(m_window->setSide(QStringLiteral("after")));
        QCOMPARE(int(m_window->afterFunctionPage()->callModel()->totalCalls()), onlyAfter ? 1 : 6);
    }

    // Zooming into a frame on one side zooms the other into the frame with the same call path.
    void flameZoomFollows()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QVERIFY(m_window->setView(QStringLiteral("flame")));
        QVERIFY(m_window->setSide(QStringLiteral("both")));
        FlameGraphPage* before = m_window->flameGraphPage();
        FlameGraphPage* after = m_window->afterFlameGraphPage();
        QTRY_VERIFY(!before->isBuilding() && before->flameGraph()->view()->tree() && !after->isBuilding() &&
                    after->flameGraph()->view()->tree());
        const std::uint32_t node = flameNode(before, beforeFn("process_data"));
        QVERIFY(node != UINT32_MAX);
        before->flameGraph()->zoomToNode(node);
        const CallTree* afterTree = after->flameGraph()->view()->tree();
        QCOMPARE(afterTree->node(after->flameGraph()->zoomNode()).function, afterFn("process_data"));
        // And back: the after side's zoom out to the root is followed.
        after->flameGraph()->resetZoom();
        QCOMPARE(before->flameGraph()->zoomNode(), 0u);
    }
};

QTEST_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
