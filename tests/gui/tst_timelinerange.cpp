// A time range dragged in a real MainWindow's timeline restricts the Functions table, the Function page and
// the flame graph to the calls in it (TimeWindow's clip rule), computed off the GUI thread; the range shows
// above the timeline and the Clear button or Esc bring the whole run back. On the seed-shaped trace and on
// the trace of a real program (threads, asyncio tasks, generators: fixture core_time_trace).

#include "CallListModel.h"
#include "FlameGraphPage.h"
#include "FunctionPage.h"
#include "FunctionsPage.h"
#include "FunctionStatsModel.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RangeRestriction.h"
#include "TestTraces.h"
#include "TimelinePage.h"

#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <map>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <TimelineWidget.h>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestTimelineRange : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    bool open(const QString& path)
    {
        m_window = std::make_unique<MainWindow>(MainWindow::Mode::Screenshot); // no settings, no dialogs
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(path);
        return loaded.wait(60000);
    }

    // Calls per function of the run whose [start, end) overlaps [from, to) (epoch ns), counted by hand.
    static std::map<int, qlonglong> callsInside(const RunData& run, Nanos from, Nanos to)
    {
        std::map<int, qlonglong> counts;
        for (const CallRecord& c : run.calls) {
            const bool inside =
                c.durationNs > 0 ? c.startNs < to && c.endNs() > from : c.startNs >= from && c.startNs < to;
            if (inside)
                ++counts[int(c.function)];
        }
        return counts;
    }

    // The Functions table's Calls column, by function.
    std::map<int, qlonglong> tableCounts() const
    {
        std::map<int, qlonglong> counts;
        const QAbstractItemModel* model = m_window->functionsPage()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, FunctionStatsModel::Calls);
            counts[index.data(FunctionRole).toInt()] = index.data(SortRole).toLongLong();
        }
        return counts;
    }

private Q_SLOTS:
    // The timeline lays its run out when its tab is first shown, not when the trace loads: a big run's
    // lanes and rows cost seconds and 5 bytes per call that a user who never opens the tab does not pay.
    void timelineLaidOutWhenShown()
    {
        QVERIFY(open(QStringLiteral(TIME_TRACE)));
        TimelineWidget* timeline = m_window->timelinePage()->timeline();
        QVERIFY(!timeline->isVisible());
        QVERIFY(!timeline->layout().isLaidOut());
        QVERIFY(timeline->totalSpan() > TimelineLayout::kMinSpanNs); // known without laying out
        QVERIFY(m_window->setView(QStringLiteral("timeline")));
        QTRY_VERIFY(timeline->viewport()->isVisible());
        QVERIFY(timeline->layout().isLaidOut());
        // the scroll range covers every lane, as when laid out at once
        const int visibleHeight = timeline->viewport()->height() - TimelineWidget::kAxisHeight;
        QCOMPARE(timeline->verticalScrollBar()->maximum(),
                 std::max(0, timeline->layout().contentHeight() - visibleHeight));
        QVERIFY(timeline->layout().lanes().size() >= 2);
    }

    void dragNarrowsTheFunctionsTable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("fromShare"); // of the viewport's width
        QTest::addColumn<double>("toShare");
        QTest::newRow("seed, the middle") << tracePath(QStringLiteral("seed.db")) << 0.3 << 0.55;
        QTest::newRow("seed, the start") << tracePath(QStringLiteral("seed.db")) << 0.01 << 0.1;
        QTest::newRow("real program, the middle") << QStringLiteral(TIME_TRACE) << 0.4 << 0.6;
        QTest::newRow("real program, the end") << QStringLiteral(TIME_TRACE) << 0.8 << 0.99;
    }
    void dragNarrowsTheFunctionsTable()
    {
        QFETCH(QString, path);
        QFETCH(double, fromShare);
        QFETCH(double, toShare);
        QVERIFY(open(path));
        const RunData& run = *m_window->trace()->main->data;
        const std::map<int, qlonglong> all = tableCounts();
        QVERIFY(!all.empty());

        QVERIFY(m_window->setView(QStringLiteral("timeline")));
        TimelinePage* page = m_window->timelinePage();
        TimelineWidget* timeline = page->timeline();
        QWidget* vp = timeline->viewport();
        QTRY_VERIFY(vp->isVisible());
        QVERIFY(!page->clearRangeButton()->isVisible());
        const int x0 = int(vp->width() * fromShare);
        const int x1 = int(vp->width() * toShare);
        const int y = TimelineWidget::kAxisHeight + 30;
        QSignalSpy restricted(m_window->rangeRestriction(), &RangeRestriction::restrictedChanged);
        QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0, y));
        QTest::mouseMove(vp, QPoint((x0 + x1) / 2, y));
        QTest::mouseMove(vp, QPoint(x1, y));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(x1, y));
        QVERIFY(timeline->hasSelectedRange());
        QVERIFY(restricted.wait(30000)); // computed off the GUI thread
        QVERIFY(m_window->rangeRestriction()->isActive());

        // shown and clearable
        QVERIFY(page->clearRangeButton()->isVisible());
        QVERIFY2(page->rangeLabel()->text().contains(timeline->selectedRangeText()),
                 qPrintable(page->rangeLabel()->text()));

        // the table counts exactly the calls that overlap the range
        const Nanos from = timeline->timeOrigin() + timeline->selectedRangeStart();
        const Nanos to = timeline->timeOrigin() + timeline->selectedRangeEnd();
        const std::map<int, qlonglong> expected = callsInside(run, from, to);
        const std::map<int, qlonglong> shown = tableCounts();
        QCOMPARE(shown, expected);
        QVERIFY(shown != all);
        qlonglong inside = 0;
        for (const auto& [f, n] : shown)
            inside += n;
        QVERIFY(inside < qlonglong(run.calls.size()));

        // the Function page lists the selected function's calls in the range, the flame graph the range's
        // time
        const int selected = m_window->selection()->current();
        if (selected >= 0)
            QCOMPARE(qlonglong(m_window->functionPage()->callModel()->totalCalls()),
                     expected.count(selected) ? expected.at(selected) : 0);
        const auto* flame = m_window->flameGraphPage()->flameGraph()->view();
        QCOMPARE(flame->run(), m_window->rangeRestriction()->restricted()->main->data.get());
        QVERIFY(flame->run()->tracedNs() <= to - from + 0 || run.threads.size() > 1);
        QVERIFY(flame->run()->tracedNs() < run.tracedNs());

        // a click on a function of the range selects it everywhere, with the range's figures
        const int first = shown.begin()->first;
        m_window->selection()->select(first);
        QCOMPARE(qlonglong(m_window->functionPage()->callModel()->totalCalls()), shown.begin()->second);

        // Clear: the whole run again
        QSignalSpy back(m_window->rangeRestriction(), &RangeRestriction::restrictedChanged);
        QTest::mouseClick(page->clearRangeButton(), Qt::LeftButton);
        QCOMPARE(back.count(), 1);
        QVERIFY(!timeline->hasSelectedRange());
        QVERIFY(!page->clearRangeButton()->isVisible());
        QCOMPARE(tableCounts(), all);
        QCOMPARE(flame->run(), m_window->trace()->main->data.get());
    }

    // Esc in the timeline clears the range as the button does; a newer range replaces an older one.
    void escapeAndNewerRange()
    {
        QVERIFY(open(tracePath(QStringLiteral("seed.db"))));
        const std::map<int, qlonglong> all = tableCounts();
        QVERIFY(m_window->setView(QStringLiteral("timeline")));
        TimelineWidget* timeline = m_window->timelinePage()->timeline();
        QSignalSpy restricted(m_window->rangeRestriction(), &RangeRestriction::restrictedChanged);
        const Nanos span = timeline->totalSpan();
        timeline->setSelectedRange(span / 10, span / 5);
        timeline->setSelectedRange(span / 2, span / 2 + span / 10); // before the first is done
        QTRY_VERIFY(!m_window->rangeRestriction()->isComputing());
        QTRY_VERIFY(m_window->rangeRestriction()->isActive());
        const Nanos o = timeline->timeOrigin();
        QCOMPARE(tableCounts(),
                 callsInside(*m_window->trace()->main->data, o + span / 2, o + span / 2 + span / 10));
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Escape);
        QVERIFY(!m_window->rangeRestriction()->isActive());
        QCOMPARE(tableCounts(), all);
    }

    // Opening another trace drops the range.
    void newTraceDropsTheRange()
    {
        QVERIFY(open(tracePath(QStringLiteral("seed.db"))));
        TimelineWidget* timeline = m_window->timelinePage()->timeline();
        QSignalSpy restricted(m_window->rangeRestriction(), &RangeRestriction::restrictedChanged);
        timeline->setSelectedRange(0, timeline->totalSpan() / 3);
        QVERIFY(restricted.wait(30000));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(tracePath(QStringLiteral("optimized.db")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!m_window->rangeRestriction()->isActive());
        QVERIFY(!timeline->hasSelectedRange());
        QCOMPARE(m_window->functionsPage()->model()->rowCount(),
                 int(m_window->trace()->main->summaries.size()));
    }
};

QTEST_MAIN(TestTimelineRange)
#include "tst_timelinerange.moc"
