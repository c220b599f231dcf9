// CallTimelinePlot over a real trace: one point per call, clicks and double-clicks on points, hover text,
// wheel zoom of the time axis, highlighting a duration range.

#include "CallTimelinePlot.h"
#include "TestTrace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace breadcrumb;
using namespace breadcrumb::test;

class TestCallTimelinePlot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::unique_ptr<CallTimelinePlot> m_plot;

    void showFunction(const char* name)
    {
        m_plot->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
    }

    void init()
    {
        m_plot = std::make_unique<CallTimelinePlot>();
        m_plot->resize(700, 320);
        m_plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    }

    void cleanup() { m_plot.reset(); }

    void onePointPerCall_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("calls");
        QTest::newRow("main") << "main" << 1;
        QTest::newRow("slow_function") << "slow_function" << 3;
        QTest::newRow("fast_function") << "fast_function" << 6;
        QTest::newRow("compute") << "compute" << 20;
        QTest::newRow("parse") << "parse" << 4;
    }

    void onePointPerCall()
    {
        QFETCH(QString, function);
        QFETCH(int, calls);
        showFunction(function.toLatin1().constData());
        QCOMPARE(int(m_plot->pointCount()), calls);
        // Every point is inside the plot area, at (start s, duration ms).
        for (const std::uint32_t c : callsOf(*m_run, function.toStdString())) {
            const QPointF p = m_plot->pointOf(c);
            QVERIFY(m_plot->axisRect()->rect().contains(p.toPoint()));
            const CallRecord& call = m_run->calls[c];
            QVERIFY(qAbs(m_plot->xAxis->pixelToCoord(p.x()) - (call.startNs - m_run->run.startNs) / 1e9) <
                    1e-9);
            QVERIFY(qAbs(m_plot->yAxis->pixelToCoord(p.y()) - call.durationNs / 1e6) < 1e-9);
        }
    }

    void clickAndDoubleClickActivateCalls_data()
    {
        QTest::addColumn<int>("nth"); // which compute call
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 9;
        QTest::newRow("last (longest)") << 19;
    }

    void clickAndDoubleClickActivateCalls()
    {
        QFETCH(int, nth);
        showFunction("compute");
        const std::uint32_t call = callsOf(*m_run, "compute")[nth];
        QSignalSpy activated(m_plot.get(), &CallTimelinePlot::callActivated);
        QSignalSpy doubleClicked(m_plot.get(), &CallTimelinePlot::callDoubleClicked);
        const QPoint p = m_plot->pointOf(call).toPoint() + QPoint(2, -1); // near, not exactly on it
        QTest::mouseClick(m_plot.get(), Qt::LeftButton, {}, p);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<std::uint32_t>(), call);
        QTest::mouseDClick(m_plot.get(), Qt::LeftButton, {}, p);
        QCOMPARE(doubleClicked.count(), 1);
        QCOMPARE(doubleClicked.at(0).at(0).value<std::uint32_t>(), call);
    }

    void clickOnEmptyAreaActivatesNothing()
    {
        showFunction("compute");
        QSignalSpy activated(m_plot.get(), &CallTimelinePlot::callActivated);
        const QRect r = m_plot->axisRect()->rect();
        QTest::mouseClick(m_plot.get(), Qt::LeftButton, {}, QPoint(r.left() + 20, r.top() + 10));
        QCOMPARE(activated.count(), 0);
    }

    void hoverShowsTheCall()
    {
        showFunction("slow_function");
        const std::uint32_t call = callsOf(*m_run, "slow_function")[1];
        const QPoint p = m_plot->pointOf(call).toPoint();
        QHelpEvent help(QEvent::ToolTip, p, m_plot->mapToGlobal(p));
        QCoreApplication::sendEvent(m_plot.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("slow_function")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Duration: 100.0ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Caller: main")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(+0.130 s)")), qPrintable(text));
        QToolTip::hideText();
    }

    void wheelZoomsTimeAxis()
    {
        showFunction("compute");
        const QCPRange before = m_plot->xAxis->range();
        const QCPRange yBefore = m_plot->yAxis->range();
        const QPointF at = m_plot->axisRect()->rect().center();
        QWheelEvent wheel(at, m_plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_plot.get(), &wheel);
        const QCPRange after = m_plot->xAxis->range();
        QVERIFY2(after.size() < before.size() * 0.95, qPrintable(QString::number(after.size())));
        QCOMPARE(m_plot->yAxis->range(), yBefore); // only time zooms
        m_plot->resetZoom();
        QVERIFY(qAbs(m_plot->xAxis->range().size() - before.size()) < 1e-12);
    }

    void highlightRange()
    {
        showFunction("compute");
        m_plot->setHighlightRange(5'000'000, 10'000'000);
        QCOMPARE(int(m_plot->highlightedCount()), 6); // 5..10 ms
        saveScreenshot(m_plot.get(), QStringLiteral("calltimeline-highlight"));
        m_plot->clearHighlight();
        QCOMPARE(int(m_plot->highlightedCount()), 0);
        saveScreenshot(m_plot.get(), QStringLiteral("calltimeline"));
    }

    void clearedPlotIsInert()
    {
        showFunction("compute");
        m_plot->clear();
        QCOMPARE(int(m_plot->pointCount()), 0);
        QSignalSpy activated(m_plot.get(), &CallTimelinePlot::callActivated);
        QTest::mouseClick(m_plot.get(), Qt::LeftButton, {}, m_plot->axisRect()->rect().center());
        QCOMPARE(activated.count(), 0);
    }
};

QTEST_MAIN(TestCallTimelinePlot)
#include "tst_calltimelineplot.moc"
