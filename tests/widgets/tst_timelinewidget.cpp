// TimelineWidget over real traces: lanes per thread, clicks on bars, wheel zoom around the cursor,
// drag panning, hover text, and culling of sub-pixel calls on a generated 20 000-call trace.

#include "TestTrace.h"
#include "TimelineWidget.h"

#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolTip>
#include <QWheelEvent>
#include <set>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

void wheel(QWidget* target, QPointF at, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(target, &event);
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::unique_ptr<TimelineWidget> m_widget;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
    }

    void init()
    {
        m_widget = std::make_unique<TimelineWidget>();
        m_widget->resize(1000, 300);
        m_widget->setRun(m_run);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup() { m_widget.reset(); }

    void wholeRunVisibleAtFirst()
    {
        QCOMPARE(m_widget->visibleStart(), Nanos(0));
        QCOMPARE(m_widget->visibleEnd(), Nanos(1'000'000'000)); // main() spans the run
        const QRectF main = m_widget->callRect(callsOf(*m_run, "main")[0]);
        QVERIFY(qAbs(main.left()) < 0.5);
        QVERIFY(qAbs(main.right() - m_widget->viewport()->width()) < 0.5);
        // The worker's lane lies below the main thread's (3 depths), and its root starts at 100 ms.
        const QRectF worker = m_widget->callRect(callsOf(*m_run, "worker_task")[0]);
        QVERIFY(worker.top() > main.top() + 3 * TimelineWidget::kRowHeight);
        QVERIFY(qAbs(worker.left() - m_widget->viewport()->width() * 0.1) < 0.5);
        saveScreenshot(m_widget.get(), QStringLiteral("timeline"));
        // lanes are titled with the thread's name and OS thread id (threads.native_id)
        QCOMPARE(m_widget->laneTitle(0), QStringLiteral("MainThread (TID 141001)"));
        QCOMPARE(m_widget->laneTitle(1), QStringLiteral("Worker-1 (TID 141002)"));
    }

    void clickSelectsCall_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("nth");
        QTest::newRow("main") << "main" << 0;
        QTest::newRow("slow_function #2") << "slow_function" << 1;
        QTest::newRow("fast_function #5") << "fast_function" << 4;
        QTest::newRow("compute #20") << "compute" << 19;
        QTest::newRow("worker_task") << "worker_task" << 0;
        QTest::newRow("parse #3") << "parse" << 2;
    }

    void clickSelectsCall()
    {
        QFETCH(QString, function);
        QFETCH(int, nth);
        const std::uint32_t call = callsOf(*m_run, function.toStdString())[nth];
        QSignalSpy spy(m_widget.get(), &TimelineWidget::callClicked);
        const QRectF r = m_widget->callRect(call);
        QVERIFY(r.width() >= 1);
        QTest::mouseClick(m_widget->viewport(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<std::uint32_t>(), call);
    }

    // Tasks of one coroutine run side by side: each gets a row of its own (below its caller, its own
    // callees below it) instead of covering the others, and a click finds each; calls that follow
    // each other stay on their depth's row.
    void concurrentCallsGetRowsOfTheirOwn()
    {
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int mainFn = trace.addFunction("main");
        const int task = trace.addFunction("task");
        const int fetch = trace.addFunction("fetch");
        const int after = trace.addFunction("after");
        const int main = trace.call(mainFn, thread, 0, 100);
        for (double start : {10.0, 11.0, 12.0}) {
            const int t = trace.call(task, thread, start, 50, main);
            trace.call(fetch, thread, start + 1, 40, t);
        }
        trace.call(after, thread, 70, 20, main); // after the tasks: the row below main again
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("concurrent.db")));
        TimelineWidget widget;
        widget.resize(1000, 400);
        widget.setRun(run);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        const QRectF mainRect = widget.callRect(callsOf(*run, "main")[0]);
        std::vector<QRectF> bars;
        for (const char* name : {"task", "fetch"})
            for (const std::uint32_t call : callsOf(*run, name)) {
                const QRectF r = widget.callRect(call);
                QVERIFY(r.top() > mainRect.top());
                for (const QRectF& other : bars)
                    QVERIFY2(!r.intersects(other), name); // nothing covers anything
                bars.push_back(r);
                QSignalSpy spy(&widget, &TimelineWidget::callClicked);
                QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, r.center().toPoint());
                QCOMPARE(spy.count(), 1);
                QCOMPARE(spy.at(0).at(0).value<std::uint32_t>(), call);
            }
        const auto tasks = callsOf(*run, "task");
        const auto fetches = callsOf(*run, "fetch");
        for (std::size_t i = 0; i < tasks.size(); ++i) // each fetch right below its own task
            QCOMPARE(widget.callRect(fetches[i]).top(),
                     widget.callRect(tasks[i]).top() + TimelineWidget::kRowHeight);
        QCOMPARE(widget.callRect(callsOf(*run, "after")[0]).top(),
                 mainRect.top() + TimelineWidget::kRowHeight);
    }

    // A big run is laid out on a worker thread when first shown: the first frames paint a note and find no
    // call instead of waiting (seconds at tens of millions of calls), then the calls appear by themselves.
    void bigRunIsLaidOutOffTheGuiThread()
    {
        TimelineWidget widget;
        widget.setBackgroundLayoutFrom(1); // this run counts as big
        widget.resize(1000, 400);
        widget.setRun(m_run);
        widget.show();
        QVERIFY(widget.isLayingOut());
        widget.viewport()->repaint();
        QCOMPARE(widget.lastPaintedCalls(), std::size_t(0));
        const QRectF mainRect = m_widget->callRect(callsOf(*m_run, "main")[0]);
        QCOMPARE(widget.callAt(mainRect.center().toPoint()), std::int64_t(-1));
        QVERIFY(!widget.layout().isLaidOut()); // neither the paint nor the hit test laid it out here
        QTRY_VERIFY(!widget.isLayingOut());
        QVERIFY(widget.layout().isLaidOut());
        widget.viewport()->repaint();
        QVERIFY(widget.lastPaintedCalls() > 0);
        QCOMPARE(widget.callAt(mainRect.center().toPoint()), std::int64_t(callsOf(*m_run, "main")[0]));
        QVERIFY(widget.verticalScrollBar()->maximum() == m_widget->verticalScrollBar()->maximum());
        // A new run while one is being laid out: the old layout is dropped, the new one shown.
        TimelineWidget other;
        other.setBackgroundLayoutFrom(1);
        other.resize(1000, 400);
        other.setRun(m_run);
        other.show();
        other.setRun(m_run);
        other.clear();
        other.setRun(m_run);
        QTRY_VERIFY(!other.isLayingOut());
        other.viewport()->repaint();
        QCOMPARE(other.lastPaintedCalls(), widget.lastPaintedCalls());
    }

    // Closing the view (or changing its run) while a worker lays out a big run tells the worker to stop:
    // the application's thread pool, which closing waits for, is then free in milliseconds instead of the
    // walk's seconds (TimelineLayout::layOutNow stops on that token: tst_timelinelayout).
    void closingStopsTheBackgroundLayout()
    {
        auto widget = std::make_unique<TimelineWidget>();
        widget->setBackgroundLayoutFrom(1);
        widget->resize(1000, 400);
        widget->setRun(m_run);
        widget->show();
        QVERIFY(widget->isLayingOut());
        const std::stop_token first = widget->backgroundLayoutStop();
        QVERIFY(!first.stop_requested());
        widget->setRun(m_run); // a new run: the first worker's layout is not needed
        QVERIFY(first.stop_requested());
        QVERIFY(widget->isLayingOut());
        const std::stop_token second = widget->backgroundLayoutStop();
        QVERIFY(!second.stop_requested());
        widget.reset(); // closed
        QVERIFY(second.stop_requested());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    }

    void clickOnLaneHeaderSelectsNothing()
    {
        QSignalSpy spy(m_widget.get(), &TimelineWidget::callClicked);
        const QRectF main = m_widget->callRect(callsOf(*m_run, "main")[0]);
        QTest::mouseClick(m_widget->viewport(), Qt::LeftButton, {}, QPoint(500, int(main.top()) - 5));
        QCOMPARE(spy.count(), 0);
    }

    void wheelZoomsAroundCursor_data()
    {
        QTest::addColumn<int>("modifiers");
        QTest::newRow("wheel") << int(Qt::NoModifier);
        QTest::newRow("ctrl+wheel") << int(Qt::ControlModifier);
    }

    void wheelZoomsAroundCursor()
    {
        QFETCH(int, modifiers);
        QSignalSpy spy(m_widget.get(), &TimelineWidget::visibleRangeChanged);
        const double x = 250; // 250 ms at 1000 px for 1 s
        const Nanos before = m_widget->visibleEnd() - m_widget->visibleStart();
        wheel(m_widget->viewport(), QPointF(x, 100), 120, Qt::KeyboardModifiers(modifiers));
        const Nanos after = m_widget->visibleEnd() - m_widget->visibleStart();
        QVERIFY(after < before);
        QCOMPARE(spy.count(), 1);
        // The time under the cursor stays under the cursor.
        const double anchor = m_widget->visibleStart() + x / m_widget->viewport()->width() * after;
        QVERIFY2(qAbs(anchor - 250e6) < after / 1000.0, qPrintable(QString::number(anchor)));
        // Zooming out again is bounded by the run.
        for (int i = 0; i < 10; ++i)
            wheel(m_widget->viewport(), QPointF(x, 100), -120);
        QCOMPARE(m_widget->visibleStart(), Nanos(0));
        QCOMPARE(m_widget->visibleEnd(), m_widget->totalSpan());
    }

    void zoomedBarsWidenAndTicksAdapt()
    {
        const std::uint32_t compute = callsOf(*m_run, "compute")[0]; // 1 ms at 400 ms
        const double before = m_widget->callRect(compute).width();
        m_widget->setVisibleRange(395'000'000, 405'000'000);
        const double after = m_widget->callRect(compute).width();
        const double width = m_widget->viewport()->width();
        QVERIFY(qAbs(before - width / 1000.0) < 0.01); // 1 ms of 1 s
        QVERIFY(qAbs(after - width / 10.0) < 0.01);    // 1 ms of 10 ms
        saveScreenshot(m_widget.get(), QStringLiteral("timeline-zoomed"));
    }

    void dragPans()
    {
        m_widget->setVisibleRange(200'000'000, 300'000'000);
        QSignalSpy clicked(m_widget.get(), &TimelineWidget::callClicked);
        QWidget* vp = m_widget->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(600, 60));
        QTest::mouseMove(vp, QPoint(500, 60));
        QTest::mouseMove(vp, QPoint(400, 60));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(400, 60));
        // 200 px of the viewport showing 100 ms: 200/width * 100 ms later, same zoom; a drag is no click.
        const double shifted = 200.0 / vp->width() * 100e6;
        QVERIFY(qAbs(m_widget->visibleStart() - (200e6 + shifted)) < 200'000);
        QCOMPARE(m_widget->visibleEnd() - m_widget->visibleStart(), Nanos(100'000'000));
        QCOMPARE(clicked.count(), 0);
        // The scroll bar follows: its value is the start's share of the run.
        const QScrollBar* bar = m_widget->horizontalScrollBar();
        const double share = double(m_widget->visibleStart()) / m_widget->totalSpan();
        QVERIFY(qAbs(bar->value() - share * (bar->maximum() + bar->pageStep())) <= 1.0);
    }

    void hoverShowsTheCall()
    {
        const std::uint32_t call = callsOf(*m_run, "parse")[1];
        const QPoint p = m_widget->callRect(call).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, p, m_widget->viewport()->mapToGlobal(p));
        QCoreApplication::sendEvent(m_widget->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("parse")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Duration: 100.0ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Thread: Worker-1")), qPrintable(text));
        QToolTip::hideText();
    }

    void doubleClickZoomsToCall()
    {
        const std::uint32_t call = callsOf(*m_run, "slow_function")[2]; // 250..350 ms
        QSignalSpy spy(m_widget.get(), &TimelineWidget::callDoubleClicked);
        QTest::mouseDClick(m_widget->viewport(), Qt::LeftButton, {},
                           m_widget->callRect(call).center().toPoint());
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_widget->visibleStart() <= 250'000'000 && m_widget->visibleStart() > 240'000'000);
        QVERIFY(m_widget->visibleEnd() >= 350'000'000 && m_widget->visibleEnd() < 360'000'000);
    }

    void selectedFunctionIsOutlined()
    {
        const int parse = functionIndex(*m_run, "parse");
        const QRectF r = m_widget->callRect(callsOf(*m_run, "parse")[0]);
        const QPoint edge(int(r.center().x()), int(r.top()) + 1);
        const QRgb plain = m_widget->viewport()->grab().toImage().pixel(edge);
        m_widget->setSelectedFunction(parse);
        const QRgb selected = m_widget->viewport()->grab().toImage().pixel(edge);
        QCOMPARE(selected, QColor(20, 60, 160).rgb());
        QVERIFY(plain != selected);
        saveScreenshot(m_widget.get(), QStringLiteral("timeline-selected"));
    }

    void culling()
    {
        // A generated 20 000-call trace on 3 threads: zoomed out, sub-pixel calls merge into slivers and
        // only a fraction of the calls are painted; zoomed in, nothing outside the window is painted.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.db"));
        QProcess gen;
        gen.start(QStringLiteral(BREADCRUMB_PYTHON),
                  {QStringLiteral(BREADCRUMB_GEN_TRACE), path, QStringLiteral("--calls"),
                   QStringLiteral("20000"), QStringLiteral("--threads"), QStringLiteral("3"),
                   QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        const auto run = loadNewestRun(path.toStdString());
        QCOMPARE(run->calls.size(), std::size_t(20000));

        TimelineWidget widget;
        widget.resize(800, 600);
        widget.setRun(run);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.viewport()->grab();
        const std::size_t zoomedOut = widget.lastPaintedCalls();
        QVERIFY(zoomedOut > 0);
        QVERIFY(widget.lastPaintedSlivers() > 0);
        QVERIFY2(zoomedOut < run->calls.size() / 4, qPrintable(QString::number(zoomedOut)));
        saveScreenshot(&widget, QStringLiteral("timeline-20k"));

        widget.setVisibleRange(widget.totalSpan() / 2, widget.totalSpan() / 2 + widget.totalSpan() / 200);
        widget.viewport()->grab();
        QVERIFY(widget.lastPaintedCalls() + widget.lastPaintedSlivers() <
                zoomedOut + widget.lastPaintedSlivers());
        saveScreenshot(&widget, QStringLiteral("timeline-20k-zoomed"));
        // Every call reported under the cursor really is there.
        for (int x = 5; x < 800; x += 37) {
            const std::int64_t call =
                widget.callAt(QPoint(x, TimelineWidget::kAxisHeight + TimelineWidget::kLaneHeader + 3));
            if (call >= 0) {
                const QRectF r = widget.callRect(static_cast<std::uint32_t>(call));
                QVERIFY(r.left() <= x + 3 && r.right() >= x - 3);
            }
        }
    }

    // Shift+drag over the lanes, or a plain drag on the time axis, selects a range (pixels -> ns since the
    // run's start, 1 ms per pixel here): shaded, its text on the axis, announced once at the release; the
    // view does not move. Esc clears it.
    void dragSelectsRange_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("shift+drag in a lane") << 60 << int(Qt::ShiftModifier);
        QTest::newRow("drag on the axis") << 10 << int(Qt::NoModifier);
    }
    void dragSelectsRange()
    {
        QFETCH(int, y);
        QFETCH(int, modifiers);
        QWidget* vp = m_widget->viewport();
        const double nsPerPx = double(m_widget->totalSpan()) / vp->width();
        QSignalSpy changed(m_widget.get(), &TimelineWidget::selectedRangeChanged);
        QSignalSpy cleared(m_widget.get(), &TimelineWidget::selectedRangeCleared);
        QSignalSpy clicked(m_widget.get(), &TimelineWidget::callClicked);
        const auto mods = Qt::KeyboardModifiers(modifiers);
        QTest::mousePress(vp, Qt::LeftButton, mods, QPoint(400, y));
        QTest::mouseMove(vp, QPoint(300, y));
        QTest::mouseMove(vp, QPoint(200, y));
        QCOMPARE(changed.count(), 0); // not while dragging
        QTest::mouseRelease(vp, Qt::LeftButton, mods, QPoint(200, y));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(clicked.count(), 0);
        QVERIFY(m_widget->hasSelectedRange());
        QVERIFY(qAbs(m_widget->selectedRangeStart() - 200 * nsPerPx) <= nsPerPx);
        QVERIFY(qAbs(m_widget->selectedRangeEnd() - 400 * nsPerPx) <= nsPerPx);
        QCOMPARE(changed.at(0).at(0).value<Nanos>(), m_widget->selectedRangeStart());
        QCOMPARE(changed.at(0).at(1).value<Nanos>(), m_widget->selectedRangeEnd());
        QCOMPARE(m_widget->visibleStart(), Nanos(0)); // a range drag does not pan
        QVERIFY2(m_widget->selectedRangeText().contains(QStringLiteral(" – ")),
                 qPrintable(m_widget->selectedRangeText()));
        // shaded: a pixel inside the range differs from the same pixel once the range is gone
        const QPoint inside(300, m_widget->height() - 40);
        const QRgb shaded = vp->grab().toImage().pixel(inside);
        saveScreenshot(m_widget.get(), QStringLiteral("timeline-range"));
        QTest::keyClick(m_widget.get(), Qt::Key_Escape);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!m_widget->hasSelectedRange());
        QVERIFY(vp->grab().toImage().pixel(inside) != shaded);
        QTest::keyClick(m_widget.get(), Qt::Key_Escape); // nothing left to clear
        QCOMPARE(cleared.count(), 1);
    }

    // W/S zoom in and out around the middle (the cursor is elsewhere), A/D pan by an eighth of the view.
    void wasdKeys()
    {
        QCursor::setPos(m_widget->mapToGlobal(QPoint(-50, -50)));
        m_widget->setVisibleRange(400'000'000, 600'000'000);
        QTest::keyClick(m_widget.get(), Qt::Key_W);
        QCOMPARE(m_widget->visibleEnd() - m_widget->visibleStart(), Nanos(160'000'000));
        QVERIFY(qAbs(m_widget->visibleStart() - 420'000'000) < 1'000'000);
        QTest::keyClick(m_widget.get(), Qt::Key_S);
        QCOMPARE(m_widget->visibleEnd() - m_widget->visibleStart(), Nanos(200'000'000));
        const Nanos start = m_widget->visibleStart();
        QTest::keyClick(m_widget.get(), Qt::Key_D);
        QCOMPARE(m_widget->visibleStart(), start + 25'000'000);
        QTest::keyClick(m_widget.get(), Qt::Key_A);
        QTest::keyClick(m_widget.get(), Qt::Key_A);
        QCOMPARE(m_widget->visibleStart(), start - 25'000'000);
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(m_widget.get(), Qt::Key_S);
        QCOMPARE(m_widget->visibleStart(), Nanos(0));
        QCOMPARE(m_widget->visibleEnd(), m_widget->totalSpan());
    }

    // A coroutine (10..90 ms) that ran 6 ms of its own besides its child fetch (40..50): its bar is solid
    // where it ran (10..12.6, 40..53.4 ms) and hatched where it awaited; a plain call is solid throughout.
    void awaitingPartsAreHatched()
    {
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int module = trace.call(trace.addFunction("<module>"), thread, 0, 100);
        const int task = trace.call(trace.addFunction("task"), thread, 10, 80, module);
        trace.call(trace.addFunction("fetch"), thread, 40, 10, task);
        trace.setSelf(task, 6);
        trace.setSelf(module, 84);
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("coroutine.db")));
        TimelineWidget widget;
        widget.resize(1000, 300);
        widget.setRun(run);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        const std::uint32_t taskCall = callsOf(*run, "task")[0];
        QCOMPARE(widget.layout().runningParts().of(taskCall).size(), std::size_t(2));
        const QImage image = widget.viewport()->grab().toImage();
        const double pxPerMs = widget.viewport()->width() / 100.0;
        const int y = int(widget.callRect(taskCall).top()) + 4;
        const auto colours = [&](double fromMs, double toMs) {
            std::set<QRgb> seen;
            for (int x = int(fromMs * pxPerMs); x < int(toMs * pxPerMs); ++x)
                for (int dy = 0; dy < 8; ++dy)
                    seen.insert(image.pixel(x, y + dy));
            return seen.size();
        };
        QCOMPARE(colours(41, 52), std::size_t(1)); // running: one solid colour
        QVERIFY(colours(60, 85) >= 2);             // awaiting: hatch lines over the background
        const int moduleY = int(widget.callRect(callsOf(*run, "<module>")[0]).top()) + 4;
        std::set<QRgb> plain;
        for (int x = int(60 * pxPerMs); x < int(85 * pxPerMs); ++x)
            plain.insert(image.pixel(x, moduleY));
        QCOMPARE(plain.size(), std::size_t(1));
        saveScreenshot(&widget, QStringLiteral("timeline-coroutine"));
        QVERIFY(widget.toolTipForCall(taskCall).contains(QStringLiteral("On stack")));
    }

    void emptyWidgetIsInert()
    {
        m_widget->clear();
        QSignalSpy spy(m_widget.get(), &TimelineWidget::callClicked);
        QTest::mouseClick(m_widget->viewport(), Qt::LeftButton, {}, QPoint(100, 60));
        wheel(m_widget->viewport(), QPointF(100, 60), 120);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_widget->callAt(QPoint(100, 60)), -1);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
