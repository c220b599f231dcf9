// QTest drives a real MainWindow over real trace files: select a function and every panel follows, navigate
// through callers and back, expand the hot path, search the tree, run SQL, compare, pick a run, bad files.

#include "CalleesModel.h"
#include "CallersModel.h"
#include "CallersPage.h"
#include "CallListModel.h"
#include "CallTreeModel.h"
#include "CallTreePage.h"
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "ComparisonTreeModel.h"
#include "ComparisonTreeView.h"
#include "DifferentialFlameGraph.h"
#include "EnglishPlurals.h"
#include "ExceptionsPage.h"
#include "FunctionPage.h"
#include "FunctionsPage.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "QueryResultModel.h"
#include "RunPickerDialog.h"
#include "SourceView.h"
#include "SqlConsolePage.h"
#include "TestTraces.h"
#include "ThemeColors.h"

#include <ComparisonBarChart.h>
#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <HistogramPlot.h>
#include <PercentilePanel.h>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    breadcrumb::gui::EnglishPlurals m_english;
    std::unique_ptr<MainWindow> m_window;

    MainWindow& window() { return *m_window; }

    // Opens a trace in a fresh window and waits until every page shows it.
    bool open(const QString& name, const QString& after = {})
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        if (after.isEmpty())
            m_window->openTrace(tracePath(name));
        else
            m_window->openComparison(tracePath(name), tracePath(after));
        return loaded.wait(30000);
    }

    int fn(const char* name) const { return functionIndex(*m_window->trace()->main->data, name); }

    // The visual rectangle of the row showing `text` in column 0 of a table view.
    static QRect rowRect(QTableView* view, const QString& text)
    {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data().toString() == text) {
                view->scrollTo(index);
                return view->visualRect(index);
            }
        }
        return {};
    }

    // A user's double-click: the first click selects, the second (a double-click event) activates.
    static void doubleClick(QAbstractItemView* view, const QPoint& pos)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static QByteArray fileHash(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // As main.cpp does: counts read "1 row", "2 rows".
        QCoreApplication::installTranslator(&m_english);
    }

    void cleanup() { m_window.reset(); }

    void opensAndShowsRunInStatusBar()
    {
        const QByteArray before = fileHash(tracePath("seed.db"));
        QVERIFY(open(QStringLiteral("seed.db")));
        const QString status = window().statusSummary();
        QVERIFY2(status.contains(QStringLiteral("python main.py")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Calls: 28")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Threads: 2")), qPrintable(status));
        QVERIFY(window().windowTitle().contains(QStringLiteral("seed.db")));
        // The slowest function is selected from the start so every panel has something to show.
        QCOMPARE(window().selection()->current(), fn("main"));
        QCOMPARE(window().functionsPage()->table()->model()->rowCount(), 10);
        m_window.reset();
        QCOMPARE(fileHash(tracePath("seed.db")), before); // viewing never writes
    }

    void selectingAFunctionUpdatesEveryPanel()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        QTableView* table = window().functionsPage()->table();
        const QRect rect = rowRect(table, QStringLiteral("slow_function"));
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        const int slow = fn("slow_function");
        QCOMPARE(window().selection()->current(), slow);

        // Function page: statistics, histogram/timeline, call list and source.
        PercentilePanel* panel = window().functionPage()->panel();
        QCOMPARE(panel->statisticText(PercentilePanel::Statistic::Calls), QStringLiteral("13"));
        QVERIFY(panel->title().contains(QStringLiteral("slow_function")));
        QCOMPARE(window().functionPage()->callModel()->rowCount(), 13);
        QVERIFY(window().functionPage()->sourceView()->hasSource());
        QVERIFY(window().functionPage()->sourceView()->text().contains(QStringLiteral("def slow_function")));
        // Callers and callees.
        QCOMPARE(window().callersPage()->callersModel()->rowCount(), 2);
        QCOMPARE(window().callersPage()->calleesModel()->rowCount(), 0);
        // The call tree shows the hottest place of the function.
        const QModelIndex current = window().callTreePage()->treeView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(FunctionRole).toInt(), slow);
        QCOMPARE(current.parent().data().toString(), QStringLiteral("redundant_computation"));

        // The filter keeps the selection; the count follows.
        QTest::keyClicks(window().functionsPage()->filterEdit(), QStringLiteral("loop"));
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void doubleClickOnCallerNavigatesAndAltLeftGoesBack()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        window().selection()->select(fn("slow_function"));
        QVERIFY(window().setView(QStringLiteral("callers")));
        QTableView* callers = window().callersPage()->callersTable();
        const QRect rect = rowRect(callers, QStringLiteral("redundant_computation"));
        QVERIFY(rect.isValid());
        doubleClick(callers, rect.center());
        QCOMPARE(window().selection()->current(), fn("redundant_computation"));
        QCOMPARE(window().callersPage()->calleesModel()->rowCount(), 1);
        QVERIFY(window().backAction()->isEnabled());

        activate();
        QTest::keyClick(&window(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window().selection()->current(), fn("slow_function"));
        QVERIFY(window().forwardAction()->isEnabled());
        QTest::keyClick(&window(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window().selection()->current(), fn("redundant_computation"));
        // Back twice reaches the first selection (the slowest function).
        window().backAction()->trigger();
        window().backAction()->trigger();
        QCOMPARE(window().selection()->current(), fn("main"));
        QVERIFY(!window().backAction()->isEnabled());
    }

    void hotPathExpandsWithOneKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("asterisk") << int(Qt::Key_Asterisk) << int(Qt::NoModifier);
        QTest::newRow("ctrl+h") << int(Qt::Key_H) << int(Qt::ControlModifier);
    }

    void hotPathExpandsWithOneKey()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QVERIFY(open(QStringLiteral("seed.db")));
        QVERIFY(window().setView(QStringLiteral("tree")));
        QTreeView* tree = window().callTreePage()->treeView();
        tree->collapseAll();
        tree->setCurrentIndex({});
        tree->setFocus();
        QApplication::setActiveWindow(&window());
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QTest::keyClick(tree, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        // main → redundant_computation (1000 ms of main's 1.9 s) → slow_function.
        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data().toString(), QStringLiteral("slow_function"));
        QCOMPARE(current.parent().data().toString(), QStringLiteral("redundant_computation"));
        QVERIFY(tree->isExpanded(current.parent()));
        QVERIFY(tree->isExpanded(current.parent().parent()));
        QCOMPARE(window().selection()->current(), fn("slow_function"));
    }

    void treeSearchStepsThroughMatches()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        QVERIFY(window().setView(QStringLiteral("tree")));
        activate();
        CallTreePage* page = window().callTreePage();
        page->searchEdit()->setFocus();
        QTest::keyClicks(page->searchEdit(), QStringLiteral("fast_"));
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        QTreeView* tree = page->treeView();
        const QModelIndex first = tree->currentIndex();
        QCOMPARE(first.data().toString(), QStringLiteral("fast_function"));
        // fast_function appears under main and under worker_task.
        QTest::keyClick(page->searchEdit(), Qt::Key_F3);
        const QModelIndex second = tree->currentIndex();
        QCOMPARE(second.data().toString(), QStringLiteral("fast_function"));
        QVERIFY(second.parent() != first.parent());
        QTest::keyClick(page->searchEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(tree->currentIndex(), first);

        page->setBottomUp(true);
        QVERIFY(page->isBottomUp());
        QCOMPARE(page->model()->tree()->direction(), CallTree::Direction::BottomUp);
        QCOMPARE(tree->currentIndex().data(FunctionRole).toInt(), fn("fast_function"));
    }

    void histogramRangeFiltersTheCallList()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        window().selection()->select(fn("slow_function"));
        QVERIFY(window().setView(QStringLiteral("function")));
        HistogramPlot* histogram = window().functionPage()->panel()->histogram();
        QTRY_VERIFY(histogram->isVisible() && histogram->width() > 100);
        histogram->replot();
        // Drag across the 100.2 ms bar only: four of the thirteen calls.
        const int y = histogram->height() / 2;
        const QPoint from(int(histogram->pixelForMs(100.1)), y);
        const QPoint to(int(histogram->pixelForMs(100.3)), y);
        QTest::mousePress(histogram, Qt::LeftButton, {}, from);
        QTest::mouseMove(histogram, (from + to) / 2);
        QTest::mouseMove(histogram, to);
        QTest::mouseRelease(histogram, Qt::LeftButton, {}, to);
        QVERIFY(histogram->hasSelection());
        CallListModel* calls = window().functionPage()->callModel();
        QCOMPARE(calls->rowCount(), 4);
        for (int row = 0; row < calls->rowCount(); ++row)
            QCOMPARE(calls->index(row, CallListModel::Duration).data().toString(), QStringLiteral("100.2ms"));
        // "Show all calls" drops the filter.
        auto* showAll = window().functionPage()->findChild<QPushButton*>(QStringLiteral("showAllCalls"));
        QVERIFY(showAll && showAll->isEnabled());
        showAll->click();
        QCOMPARE(calls->rowCount(), 13);
    }

    void doubleClickOnCallShowsItInTheTree()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        window().selection()->select(fn("slow_function"));
        QVERIFY(window().setView(QStringLiteral("function")));
        QTableView* calls = window().functionPage()->callTable();
        // The first call in start order comes from process_data.
        const QRect rect = calls->visualRect(calls->model()->index(0, 0));
        doubleClick(calls, rect.center());
        QCOMPARE(window().currentView(), QStringLiteral("tree"));
        const QModelIndex current = window().callTreePage()->treeView()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("slow_function"));
        QCOMPARE(current.parent().data().toString(), QStringLiteral("process_data"));
    }

    void exceptionsListAndJump()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        QVERIFY(window().setView(QStringLiteral("exceptions")));
        QTableView* table = window().exceptionsPage()->table();
        QCOMPARE(table->model()->rowCount(), 1);
        const QRect rect = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(window().exceptionsPage()->tracebackText().contains(QStringLiteral("ValueError")));
        QCOMPARE(window().selection()->current(), fn("parse_value"));
        doubleClick(table, rect.center());
        QCOMPARE(window().currentView(), QStringLiteral("tree"));
        QCOMPARE(window().callTreePage()->treeView()->currentIndex().data().toString(),
                 QStringLiteral("parse_value"));
    }

    void sqlConsole_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("status");
        QTest::newRow("seed's callers query")
            << "SELECT caller_function, COUNT(*) as call_count, SUM(duration_ms) as total_time FROM events "
               "WHERE function_name = 'slow_function' AND event_type = 'call' GROUP BY caller_function "
               "ORDER BY total_time DESC"
            << 2 << "2 rows in";
        QTest::newRow("syntax error") << "SELEC nothing" << 0 << "Error";
        QTest::newRow("write refused") << "DELETE FROM calls" << 0 << "refusing";
        QTest::newRow("unknown column") << "SELECT no_such_column FROM events" << 0 << "no such column";
        QTest::newRow("sandboxed function")
            << "SELECT fts3_tokenizer('simple')" << 0 << "fts3_tokenizer() is not available in trace queries";
        QTest::newRow("pragma table")
            << "SELECT name FROM pragma_database_list WHERE name = 'main'" << 1 << "1 row in";
    }

    void sqlConsole()
    {
        QFETCH(QString, sql);
        QFETCH(int, rows);
        QFETCH(QString, status);
        const QByteArray before = fileHash(tracePath("seed.db"));
        QVERIFY(open(QStringLiteral("seed.db")));
        QVERIFY(window().setView(QStringLiteral("sql")));
        SqlConsolePage* page = window().sqlConsolePage();
        QSignalSpy finished(page, &SqlConsolePage::queryFinished);
        page->editor()->setPlainText(sql);
        page->editor()->setFocus();
        QTest::keyClick(page->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(page->resultModel()->rowCount(), rows);
        if (rows == 2) // the table keeps the query's ORDER BY total_time DESC
            QCOMPARE(page->resultTable()->model()->index(0, 0).data().toString(),
                     QStringLiteral("redundant_computation"));
        QVERIFY2(page->statusText().contains(status), qPrintable(page->statusText()));
        QCOMPARE(page->history().value(0), sql.trimmed());
        QVERIFY(page->runButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isEnabled());
        m_window.reset();
        QCOMPARE(fileHash(tracePath("seed.db")), before);
    }

    void sqlConsoleCancel()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        SqlConsolePage* page = window().sqlConsolePage();
        QSignalSpy finished(page, &SqlConsolePage::queryFinished);
        // A query that runs for minutes: a recursive counter.
        page->editor()->setPlainText(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT MAX(i) FROM n"));
        page->runButton()->click();
        QVERIFY(page->isRunning());
        QVERIFY(page->cancelButton()->isEnabled());
        QTest::qWait(200);
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(page->statusText().contains(QStringLiteral("Canceled")), qPrintable(page->statusText()));
    }

    void compareShowsBeforeAndAfter()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        QCOMPARE(window().currentView(), QStringLiteral("compare"));
        ComparePage* page = window().comparePage();
        QVERIFY(page->model()->rowCount() >= 10);
        QCOMPARE(page->table()->model()->index(1, ComparisonModel::Name).data().toString(),
                 QStringLiteral("redundant_computation"));
        QVERIFY(page->summaryText().contains(QStringLiteral("optimized.db")));
        // Double-click selects the function in the before run.
        const QRect rect = rowRect(page->table(), QStringLiteral("very_slow_function"));
        doubleClick(page->table(), rect.center());
        QCOMPARE(window().selection()->current(), fn("very_slow_function"));
    }

    // The desktop switching between light and dark while every page (QCustomPlot charts included) shows
    // a comparison: each view repaints in the new palette, and nothing breaks (this swap once corrupted
    // the heap; the suite runs it under valgrind when asked).
    void paletteSwitchesWithEveryPageAlive()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        const QPalette original = QApplication::palette();
        for (int i = 0; i < 4; ++i) {
            const bool dark = i % 2 == 0;
            QApplication::setPalette(dark ? breadcrumb::ThemeColors::darkPalette()
                                          : breadcrumb::ThemeColors::lightPalette());
            for (const QString& view : MainWindow::viewNames()) {
                QVERIFY(window().setView(view));
                QCoreApplication::processEvents();
                const QImage image = window().grab().toImage();
                int darkPixels = 0, samples = 0;
                for (int y = 0; y < image.height(); y += 9)
                    for (int x = 0; x < image.width(); x += 9, ++samples)
                        darkPixels += qGray(image.pixel(x, y)) < 80;
                const double share = double(darkPixels) / samples;
                QVERIFY2(dark ? share > 0.6 : share < 0.2,
                         qPrintable(view + QStringLiteral(": ") + QString::number(share)));
            }
        }
        QApplication::setPalette(original);
    }

    void compareSingleClickSelects()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        ComparePage* page = window().comparePage();
        // The summary: both command lines, the counts, what explains the change.
        const QString summary = page->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("faster")) && summary.contains(QStringLiteral("gone")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("--optimized")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("mostly")), qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("Warning")));
        // One click selects, as in every other panel.
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                          rowRect(page->table(), QStringLiteral("slow_function")).center());
        QCOMPARE(window().selection()->current(), fn("slow_function"));
        // ...and a selection made elsewhere selects the row.
        window().selection()->select(fn("very_slow_function"));
        QCOMPARE(page->table()->currentIndex().siblingAtColumn(0).data().toString(),
                 QStringLiteral("very_slow_function"));
        QCOMPARE(window().selection()->current(), fn("very_slow_function"));
    }

    void compareWarnsAboutDifferentPrograms()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("big.db")));
        const QString summary = window().comparePage()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("do not look like the same program")), qPrintable(summary));
        QVERIFY(window().trace()->summary.differentPrograms);
    }

    void compareSortingReordersTheChart_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("name ascending") << int(ComparisonModel::Name) << int(Qt::AscendingOrder);
        QTest::newRow("total before descending")
            << int(ComparisonModel::TotalBefore) << int(Qt::DescendingOrder);
        QTest::newRow("delta ascending") << int(ComparisonModel::DeltaTotal) << int(Qt::AscendingOrder);
    }
    void compareSortingReordersTheChart()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        ComparePage* page = window().comparePage();
        // A click on the header sorts the table like a user's (twice for descending).
        QHeaderView* header = page->table()->horizontalHeader();
        const QPoint headerPos(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                               header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPos);
        if (header->sortIndicatorOrder() != Qt::SortOrder(order))
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPos);
        QCOMPARE(header->sortIndicatorSection(), column);
        const auto shown = page->chart()->shownRows();
        QVERIFY(!shown.empty());
        auto* proxy = static_cast<QSortFilterProxyModel*>(page->table()->model());
        for (std::size_t i = 0; i < shown.size(); ++i)
            QCOMPARE(proxy->mapToSource(proxy->index(int(i), 0)).row(), shown[i]);
    }

    // A new function has no before side: the comparison stays open and the Function tab shows it on the
    // after side.
    void compareDoubleClickOnNewOpensTheAfterRun()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        const auto trace = window().trace();
        ComparePage* page = window().comparePage();
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        doubleClick(page->table(), rowRect(page->table(), QStringLiteral("cached_computation")).center());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(window().trace(), trace);
        const auto after = trace->after->data->findFunction("cached_computation");
        QVERIFY(after);
        QCOMPARE(window().selectionMirror()->afterSelection()->current(), int(*after));
        QCOMPARE(window().currentView(), QStringLiteral("function"));
        QVERIFY(window().afterFunctionPage()->isVisible());
    }

    void compareTreeFollowsTheChange()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        ComparePage* page = window().comparePage();
        QVERIFY(page->showView(QStringLiteral("tree")));
        ComparisonTreeView* tree = page->tree();
        const ComparisonTree& merged = *window().trace()->compareTopDown;
        // Opened along the largest |Δ|: the current row is the hot path's end.
        const auto path = merged.hotPath();
        QCOMPARE(tree->currentNode(), path.back());
        QVERIFY(path.size() >= 3);
        // A click on another row selects its function (in the before run).
        const QModelIndex top = tree->view()->model()->index(0, 0);
        QVERIFY(top != tree->view()->currentIndex());
        QTest::mouseClick(tree->view()->viewport(), Qt::LeftButton, {},
                          tree->view()->visualRect(top).center());
        QCOMPARE(window().selection()->current(), top.data(FunctionRole).toInt());
        QVERIFY(window().selection()->current() >= 0);
        // Bottom-up: the top rows are functions, with the same Δ as the table.
        tree->directionBox()->setCurrentIndex(1);
        QCOMPARE(tree->model()->tree()->direction(), CallTree::Direction::BottomUp);
        QVERIFY(tree->model()->rowCount() >= 10);
    }

    void compareDifferentialFlameGraph()
    {
        QVERIFY(open(QStringLiteral("seed.db"), QStringLiteral("optimized.db")));
        ComparePage* page = window().comparePage();
        QVERIFY(page->showView(QStringLiteral("flame")));
        DifferentialFlameGraph* flame = page->flameGraph();
        FlameGraphView* view = flame->flameGraph()->view();
        const auto trace = window().trace();
        // After shape by default: the frames are the after run's tree, coloured by Δ.
        QCOMPARE(view->tree(), trace->after->topDown.get());
        bool sawRed = false, sawBlue = false;
        for (std::uint32_t n = 1; n < view->tree()->size(); ++n) {
            const auto merged = flame->comparisonNode(n);
            QVERIFY(merged >= 0);
            const Nanos delta = trace->compareTopDown->node(std::uint32_t(merged)).delta();
            const QColor c = flame->frameColor(n);
            if (delta > 0) {
                QVERIFY(c.red() > c.blue());
                sawRed = true;
            } else if (delta < 0) {
                QVERIFY(c.blue() > c.red());
                sawBlue = true;
            }
            if (trace->compareTopDown->node(std::uint32_t(merged)).name == "cached_computation")
                QVERIFY(flame->frameToolTip(n).contains(QStringLiteral("new")));
        }
        QVERIFY(sawRed && sawBlue);
        // The tooltip has both numbers.
        const QString tip = view->toolTipForNode(view->tree()->root().children.front());
        QVERIFY2(tip.contains(QStringLiteral("Before:")) && tip.contains(QStringLiteral("After:")),
                 qPrintable(tip));
        // Toggle: the before shape, the gone path is drawn again.
        QTest::mouseClick(flame->beforeShapeBox(), Qt::LeftButton);
        QVERIFY(flame->showsBeforeShape());
        QCOMPARE(view->tree(), trace->main->topDown.get());
        bool sawGone = false;
        for (std::uint32_t n = 1; n < view->tree()->size(); ++n)
            sawGone |= trace->compareTopDown->node(std::uint32_t(flame->comparisonNode(n))).isGone();
        QVERIFY(sawGone);
        // A click on a frame selects its function.
        const std::uint32_t first = view->tree()->root().children.front();
        const QRectF frame = view->frameRect(first);
        QVERIFY(!frame.isEmpty());
        QTest::mouseClick(view, Qt::LeftButton, {}, frame.center().toPoint());
        QCOMPARE(window().selection()->current(), int(view->tree()->node(first).function));
    }

    void runPickerShowsCommandLines()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        window().openTrace(tracePath("two_runs.db"));
        RunPickerDialog* picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = window().findChild<RunPickerDialog*>()) != nullptr, 10000);
        QCOMPARE(picker->list()->headerItem()->text(1), QStringLiteral("Command line"));
        const auto runs = TraceReader(tracePath("two_runs.db").toStdString()).runs();
        for (int i = 0; i < picker->list()->topLevelItemCount(); ++i)
            QCOMPARE(picker->list()->topLevelItem(i)->text(1),
                     QString::fromStdString(runs[std::size_t(i)].commandLine));
        QVERIFY(picker->list()->columnWidth(1) > 40); // visible, not squeezed to the right edge
        picker->reject();
    }

    void runPickerChoosesTheRun()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        window().openTrace(tracePath("two_runs.db"));
        RunPickerDialog* picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = window().findChild<RunPickerDialog*>()) != nullptr, 10000);
        QCOMPARE(picker->list()->topLevelItemCount(), 2);
        QCOMPARE(picker->selectedRun(), std::optional<std::int64_t>(2)); // newest first and preselected
        picker->list()->setCurrentItem(picker->list()->topLevelItem(1));
        picker->accept();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window().trace()->main->data->run.id, 1);
        QCOMPARE(window().trace()->main->runCount, 2);
    }

    void runPickerNestsChildProcesses()
    {
        // family.db: run 1 forked run 2 (which forked run 3), then run 4
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        window().openTrace(tracePath("family.db"));
        RunPickerDialog* picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = window().findChild<RunPickerDialog*>()) != nullptr, 10000);
        QTreeWidget* list = picker->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem* root = list->topLevelItem(0);
        QCOMPARE(root->text(0), QStringLiteral("1"));
        QCOMPARE(picker->selectedRun(), std::optional<std::int64_t>(1)); // the program's own run
        QCOMPARE(root->childCount(), 2);
        QCOMPARE(root->child(0)->text(0), QStringLiteral("4")); // newest first, as at the top
        QTreeWidgetItem* child = root->child(1);
        QCOMPARE(child->text(0), QStringLiteral("2"));
        QCOMPARE(child->childCount(), 1);
        QTreeWidgetItem* grandchild = child->child(0);
        QCOMPARE(grandchild->text(0), QStringLiteral("3"));
        QVERIFY(grandchild->isExpanded() || child->isExpanded());
        QVERIFY(list->rootIsDecorated());
        const QImage shot = picker->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR)));
        QVERIFY(shot.save(QStringLiteral(GUI_SHOT_DIR "/run_picker_family.png")));
        list->setCurrentItem(grandchild);
        picker->accept();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window().trace()->main->data->run.id, 3);
        QCOMPARE(window().trace()->main->data->run.parentRunId, 2);
    }

    void badFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "no_such_file.db"
                                 << "does not exist";
        QTest::newRow("not sqlite") << "not_sqlite.db"
                                    << "not a SQLite file";
        QTest::newRow("not a trace") << "not_a_trace.db"
                                     << "not a Breadcrumb trace";
        QTest::newRow("newer format") << "newer_format.db"
                                      << "newer than this Breadcrumb reads";
        QTest::newRow("truncated") << "truncated.db"
                                   << "truncated";
        QTest::newRow("empty run") << "empty_run.db"
                                   << "has no calls";
    }

    void badFilesSayWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
        window().openTrace(tracePath(file));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(message),
                 qPrintable(failed.first().first().toString()));
        // The dialog is window-modal and does not block: find it, read it, close it.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window().findChild<QMessageBox*>(QStringLiteral("errorDialog"))) != nullptr);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(message));
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(window().findChild<QMessageBox*>(QStringLiteral("errorDialog")) == nullptr);
        QVERIFY(!window().trace());
    }

    void dropOpensTheFile()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(tracePath("seed.db"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window(), &drop);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window().trace()->main->path.endsWith(QStringLiteral("seed.db")));
    }

    void layoutAndRecentFilesPersist()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        QTableView* table = window().functionsPage()->table();
        table->setColumnWidth(1, 177);
        window().close();
        m_window.reset();

        m_window = std::make_unique<MainWindow>();
        QCOMPARE(window().functionsPage()->table()->columnWidth(1), 177);
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QVERIFY(!recent.isEmpty());
        QVERIFY(recent.first().endsWith(QStringLiteral("seed.db")));
    }

    void loadingCanBeCanceled()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy canceled(m_window.get(), &MainWindow::loadCanceled);
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        // big.db (100k calls) takes long enough to load that the cancel always lands in time.
        window().openTrace(tracePath("big.db"));
        QTest::mouseClick(window().findChild<QToolButton*>(QStringLiteral("cancelLoad")), Qt::LeftButton);
        QVERIFY(canceled.wait(10000));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!window().trace());
        QVERIFY(!window().isLoading());
        // The window is still usable: the next load works.
        window().openTrace(tracePath("seed.db"));
        QVERIFY(loaded.wait(10000));
    }

    void loadReportsProgress_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>(
            "atLeast"); // progress signals expected, the first (0) and the last (100) included
        // big.db (100k calls) reports while its calls are read; the first report the worker makes always
        // goes out, so even a quick load shows three.
        QTest::newRow("one trace") << QStringLiteral("big.db") << QString() << 3;
        QTest::newRow("comparison") << QStringLiteral("seed.db") << QStringLiteral("optimized.db") << 3;
    }

    void loadReportsProgress()
    {
        QFETCH(QString, file);
        QFETCH(QString, after);
        QFETCH(int, atLeast);
        TraceLoader loader;
        QSignalSpy progress(&loader, &TraceLoader::progressChanged);
        QSignalSpy loaded(&loader, &TraceLoader::loaded);
        QSignalSpy finished(&loader, &TraceLoader::finished);
        LoadRequest request;
        request.path = tracePath(file);
        if (!after.isEmpty())
            request.afterPath = tracePath(after);
        loader.load(request);
        QVERIFY(finished.wait(30000));
        QCOMPARE(loaded.count(), 1);

        QStringList stages;
        for (const auto stage :
             {TraceLoader::Stage::Opening, TraceLoader::Stage::ReadingCalls, TraceLoader::Stage::Statistics,
              TraceLoader::Stage::CallTree, TraceLoader::Stage::Comparing})
            stages << TraceLoader::stageText(stage);
        QVERIFY2(progress.count() >= atLeast, qPrintable(QString::number(progress.count())));
        int last = -1;
        for (const QList<QVariant>& signal : progress) {
            const int percent = signal.at(0).toInt();
            QVERIFY2(percent >= last, qPrintable(QStringLiteral("%1 after %2").arg(percent).arg(last)));
            QVERIFY2(stages.contains(signal.at(1).toString()), qPrintable(signal.at(1).toString()));
            last = percent;
        }
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(last, 100);
        // Something arrived from the worker between the start and the end.
        QVERIFY(std::any_of(progress.begin(), progress.end(), [](const QList<QVariant>& signal) {
            return signal.at(0).toInt() > 0 && signal.at(0).toInt() < 100;
        }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
