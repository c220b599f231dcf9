// Opening a run with stored summaries (format 1.3): the Functions table shows its rows from them while the
// calls still load (the load held by TraceLoader's test hook), the other tabs say they are loading, and once
// the calls are in the selection and the sort survive and every figure is what FunctionStats computes. A
// trace without summaries opens as before, with no preview. Screenshots of both stages land in
// GUI_SHOT_DIR.

#include "CallTreePage.h"
#include "FlameGraphPage.h"
#include "FunctionPage.h"
#include "FunctionsPage.h"
#include "FunctionStatsModel.h"
#include "LoadingPlaceholder.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RunSplitView.h"
#include "TestTraces.h"
#include "TimelinePage.h"

#include <map>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestPreview : public QObject
{
    Q_OBJECT

private:
    // The cells of one column of the Functions table, by function id (the preview and the loaded run may
    // number their functions apart).
    static std::map<std::int64_t, QString> column(MainWindow& window, int column)
    {
        std::map<std::int64_t, QString> cells;
        FunctionStatsModel* model = window.functionsPage()->model();
        const RunData& data = *window.trace()->main->data;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int function = model->index(row, 0).data(FunctionRole).toInt();
            cells[data.functions[std::size_t(function)].id] = model->index(row, column).data().toString();
        }
        return cells;
    }

    static void save(MainWindow& window, const QString& name)
    {
        QDir().mkpath(QStringLiteral(GUI_SHOT_DIR));
        QVERIFY(window.grab().save(QStringLiteral(GUI_SHOT_DIR "/") + name));
    }

    static std::int64_t selectedId(MainWindow& window)
    {
        const int current = window.selection()->current();
        return current < 0 ? -1 : window.trace()->main->data->functions[std::size_t(current)].id;
    }

private Q_SLOTS:
    void previewThenLoad_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::newRow("recorded, by calls ascending")
            << QStringLiteral("recorded.db") << int(FunctionStatsModel::Calls) << int(Qt::AscendingOrder);
        QTest::newRow("family, by self descending")
            << QStringLiteral("family.db") << int(FunctionStatsModel::Self) << int(Qt::DescendingOrder);
        QTest::newRow("recorded, by name")
            << QStringLiteral("recorded.db") << int(FunctionStatsModel::Name) << int(Qt::AscendingOrder);
    }

    void previewThenLoad()
    {
        QFETCH(QString, trace);
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        MainWindow window(MainWindow::Mode::Screenshot); // the newest run, no dialog
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.functionsPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy preview(&window, &MainWindow::previewShown);
        QSignalSpy loaded(&window, &MainWindow::traceLoaded);
        window.loader()->setHoldAfterPreview(true);
        window.openTrace(tracePath(trace));
        QVERIFY(preview.wait(30000));

        // The table from the summaries while the calls are held back.
        QVERIFY(window.isLoading());
        QCOMPARE(loaded.count(), 0);
        QVERIFY(window.trace()->isPreview());
        QVERIFY(window.progressBar()->isVisible());
        QTableView* table = window.functionsPage()->table();
        FunctionStatsModel* model = window.functionsPage()->model();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), int(window.trace()->main->summaries.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const int unknown : {FunctionStatsModel::Min, FunctionStatsModel::Median,
                                      FunctionStatsModel::P95, FunctionStatsModel::P99})
                QVERIFY(!model->index(row, unknown).data().isValid()); // empty, not 0
            QVERIFY(!model->index(row, FunctionStatsModel::Calls).data().toString().isEmpty());
        }
        QVERIFY(window.selection()->current() >= 0); // the slowest, as at any open
        QVERIFY(!window.statusSummary().contains(QStringLiteral("Calls: 0")));
        for (TracePage* page :
             std::initializer_list<TracePage*>{window.functionPage(), window.callTreePage(),
                                               window.flameGraphPage(), window.timelinePage()}) {
            RunSplitView* view = window.runView(page);
            QVERIFY(view->isLoading());
            QVERIFY(view->loadingPlaceholder()->text().contains(QLatin1Char('%')));
        }
        QVERIFY(!window.runView(window.functionsPage())->isLoading());

        // The user sorts and picks a function other than the first while the calls load.
        table->sortByColumn(sortColumn, Qt::SortOrder(order));
        const int lastRow = table->model()->rowCount() - 1;
        table->scrollTo(table->model()->index(lastRow, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(lastRow, 0)).center());
        const std::int64_t chosen = selectedId(window);
        QVERIFY(chosen >= 0);
        const QString chosenName = table->model()->index(lastRow, 0).data().toString();
        const auto previewCalls = column(window, FunctionStatsModel::Calls);
        const auto previewTotal = column(window, FunctionStatsModel::Total);
        const auto previewSelf = column(window, FunctionStatsModel::Self);
        const auto previewAvg = column(window, FunctionStatsModel::Avg);
        const auto previewMax = column(window, FunctionStatsModel::Max);
        window.setView(QStringLiteral("function"));
        QCoreApplication::processEvents();
        save(window,
             QStringLiteral("preview_%1_function.png").arg(QTest::currentDataTag()).replace(' ', '_'));
        window.setView(QStringLiteral("functions"));
        QCoreApplication::processEvents();
        save(window,
             QStringLiteral("preview_%1_functions.png").arg(QTest::currentDataTag()).replace(' ', '_'));

        window.loader()->setHoldAfterPreview(false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.trace()->isPreview());
        QCOMPARE(preview.count(), 1);

        // The choice and the sort survive.
        QCOMPARE(selectedId(window), chosen);
        QCOMPARE(table->currentIndex().data().toString(), chosenName);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), sortColumn);
        QCOMPARE(int(table->horizontalHeader()->sortIndicatorOrder()), order);
        for (TracePage* page :
             std::initializer_list<TracePage*>{window.functionPage(), window.callTreePage()})
            QVERIFY(!window.runView(page)->isLoading());

        // Every figure is FunctionStats', and the ones the preview showed were the same.
        const RunData& data = *window.trace()->main->data;
        const auto expected = FunctionStats::summarize(data, SortKey::Total);
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (const FunctionSummary& s : expected) {
            const FunctionSummary* shown = model->summaryAt(model->rowOfFunction(s.function));
            QVERIFY(shown);
            QCOMPARE(shown->calls, s.calls);
            QCOMPARE(shown->total, s.total);
            QCOMPARE(shown->self, s.self);
            QCOMPARE(shown->p95, s.p95);
            QCOMPARE(shown->min, s.min);
            QVERIFY(model->index(model->rowOfFunction(s.function), FunctionStatsModel::P95).data().isValid());
        }
        QCOMPARE(column(window, FunctionStatsModel::Calls), previewCalls);
        QCOMPARE(column(window, FunctionStatsModel::Total), previewTotal);
        QCOMPARE(column(window, FunctionStatsModel::Self), previewSelf);
        QCOMPARE(column(window, FunctionStatsModel::Avg), previewAvg);
        QCOMPARE(column(window, FunctionStatsModel::Max), previewMax);
        window.setView(QStringLiteral("function"));
        QCoreApplication::processEvents();
        save(window, QStringLiteral("loaded_%1_function.png").arg(QTest::currentDataTag()).replace(' ', '_'));
    }

    void withoutSummaries_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::newRow("seed (written by hand, format 1.0 tables)") << QStringLiteral("seed.db");
        QTest::newRow("big (generated, no summaries)") << QStringLiteral("big.db");
    }

    void withoutSummaries()
    {
        QFETCH(QString, trace);
        MainWindow window(MainWindow::Mode::Screenshot);
        window.show();
        QSignalSpy preview(&window, &MainWindow::previewShown);
        QSignalSpy loaded(&window, &MainWindow::traceLoaded);
        window.loader()->setHoldAfterPreview(true); // holds nothing: there is no preview to look at
        window.openTrace(tracePath(trace));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(preview.count(), 0);
        FunctionStatsModel* model = window.functionsPage()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->index(0, FunctionStatsModel::P95).data().isValid());
        QVERIFY(!window.runView(window.functionPage())->isLoading());
    }

    void failureAfterPreviewIsSaidInThePlaceholders()
    {
        MainWindow window(MainWindow::Mode::Screenshot);
        window.show();
        QSignalSpy preview(&window, &MainWindow::previewShown);
        QSignalSpy canceled(&window, &MainWindow::loadCanceled);
        window.loader()->setHoldAfterPreview(true);
        window.openTrace(tracePath(QStringLiteral("recorded.db")));
        QVERIFY(preview.wait(30000));
        window.cancelLoading();
        QVERIFY(canceled.wait(30000));
        const QString text = window.runView(window.callTreePage())->loadingPlaceholder()->text();
        QVERIFY2(text.contains(QStringLiteral("not loaded")), qPrintable(text));
        QVERIFY(window.functionsPage()->model()->rowCount() > 0); // the table stays
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
