// HistogramPlot: bins and percentiles of real durations, drag-selection bounds on linear and log axes,
// the log toggle, tooltips on bars.

#include "HistogramPlot.h"
#include "TestTrace.h"

#include <numeric>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

std::vector<Nanos> oneToHundredMs()
{
    std::vector<Nanos> d(100);
    for (int i = 0; i < 100; ++i)
        d[i] = Nanos(i + 1) * 1'000'000;
    return d;
}

// A drag with intermediate moves, as a user's mouse produces it.
void drag(QWidget* w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

} // namespace

class TestHistogramPlot : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HistogramPlot> m_plot;

private Q_SLOTS:
    void init()
    {
        m_plot = std::make_unique<HistogramPlot>();
        m_plot->resize(640, 320);
        m_plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    }

    void cleanup() { m_plot.reset(); }

    void binsAndPercentiles()
    {
        m_plot->setDurations(oneToHundredMs());
        int total = 0;
        for (const auto& bin : m_plot->bins()) {
            QVERIFY(bin.hiMs > bin.loMs);
            total += bin.count;
        }
        QCOMPARE(total, 100);
        QCOMPARE(m_plot->bins().front().loMs, 1.0);
        QCOMPARE(m_plot->bins().back().hiMs, 100.0);
        // Linear interpolation between closest ranks, like the core and the CLI.
        QCOMPARE(m_plot->p50Ms(), 50.5);
        QVERIFY(qAbs(m_plot->p95Ms() - 95.05) < 1e-9);
        QVERIFY(qAbs(m_plot->p99Ms() - 99.01) < 1e-9);
        saveScreenshot(m_plot.get(), QStringLiteral("histogram"));
    }

    void fromRealTrace()
    {
        QTemporaryDir dir;
        const auto run = loadNewestRun(TestTrace::standard().write(dir.path()));
        m_plot->setFunction(run, static_cast<std::uint32_t>(functionIndex(*run, "compute")));
        int total = 0;
        for (const auto& bin : m_plot->bins())
            total += bin.count;
        QCOMPARE(total, 20);
        QCOMPARE(m_plot->p50Ms(), 10.5);
        QCOMPARE(m_plot->bins().front().loMs, 1.0);
        QCOMPARE(m_plot->bins().back().hiMs, 20.0);
    }

    void equalDurationsMakeOneVisibleBin()
    {
        m_plot->setDurations(std::vector<Nanos>(13, 100'000'000)); // the seed's steady slow_function
        int nonEmpty = 0;
        for (const auto& bin : m_plot->bins())
            nonEmpty += bin.count > 0;
        QCOMPARE(nonEmpty, 1);
        QCOMPARE(m_plot->p95Ms(), 100.0);
        QVERIFY(m_plot->xAxis->range().contains(100.0));
        saveScreenshot(m_plot.get(), QStringLiteral("histogram-steady"));
    }

    // One call used to draw a bar 10% of its value wide on each side (140 ms for 1.4 s): now a thin bar at
    // the value, and the tooltip names the value.
    void oneCallDrawsAThinBar_data()
    {
        QTest::addColumn<bool>("log");
        QTest::newRow("linear") << false;
        QTest::newRow("log") << true;
    }

    void oneCallDrawsAThinBar()
    {
        QFETCH(bool, log);
        m_plot->setLogScale(log);
        m_plot->setDurations({1'400'000'000});
        m_plot->replot();
        QCOMPARE(int(m_plot->bins().size()), 1);
        const auto& bin = m_plot->bins().front();
        QCOMPARE(bin.loMs, 1400.0);
        QCOMPARE(bin.hiMs, 1400.0);
        const double barPx = m_plot->pixelForMs(bin.drawHiMs) - m_plot->pixelForMs(bin.drawLoMs);
        const double axisPx = m_plot->axisRect()->width();
        QVERIFY2(barPx >= 2 && barPx <= axisPx * 0.03, qPrintable(QString::number(barPx)));
        const QPoint pos(qRound(m_plot->pixelForMs(1400.0)), m_plot->yAxis->coordToPixel(0.5));
        const QString tip = m_plot->toolTipAt(pos);
        QVERIFY2(tip.contains(QStringLiteral("1.40s")) && !tip.contains(QStringLiteral("–")),
                 qPrintable(tip));
        if (!log)
            saveScreenshot(m_plot.get(), QStringLiteral("histogram-one-call"));
    }

    void percentileLabelsNeverOverlap_data()
    {
        QTest::addColumn<QList<qlonglong>>("durationsUs");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("labels");
        const QList<qlonglong> steady(13, 100'000);
        QList<qlonglong> spread;
        for (int i = 1; i <= 100; ++i)
            spread << i * 1000;
        QList<qlonglong> tail(98, 1000);
        tail << 1001 << 50'000; // P95 and P50 coincide, P99 apart
        QList<qlonglong> close;
        for (int i = 0; i < 100; ++i)
            close << 22'600 + 10 * i; // three different values a few pixels apart
        for (const QSize size : {QSize(240, 160), QSize(640, 320)}) {
            const QByteArray at = QByteArray::number(size.width()) + "x" + QByteArray::number(size.height());
            QTest::newRow(("one call " + at).constData()) << QList<qlonglong>{22} << size << 1;
            QTest::newRow(("steady " + at).constData()) << steady << size << 1;
            QTest::newRow(("spread " + at).constData()) << spread << size << 3;
            QTest::newRow(("tail " + at).constData()) << tail << size << 2;
            QTest::newRow(("close " + at).constData()) << close << size << 3;
        }
    }

    void percentileLabelsNeverOverlap()
    {
        QFETCH(QList<qlonglong>, durationsUs);
        QFETCH(QSize, size);
        QFETCH(int, labels);
        m_plot->resize(size);
        std::vector<Nanos> durations;
        for (const qlonglong us : durationsUs)
            durations.push_back(us * 1000);
        m_plot->setDurations(durations);
        QCoreApplication::processEvents();
        m_plot->replot();
        const QStringList texts = m_plot->markerLabelTexts();
        QCOMPARE(texts.size(), labels);
        if (labels == 1)
            QVERIFY2(texts.front().startsWith(QStringLiteral("P50 = P95 = P99 ")), qPrintable(texts.front()));
        const QList<QRectF> rects = m_plot->markerLabelRects();
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY2(m_plot->rect().contains(rects[i].toRect()), qPrintable(texts[i]));
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                         qPrintable(texts[i] + QStringLiteral(" / ") + texts[j]));
        }
        if (size.width() == 240 && labels == 3 && durationsUs.size() == 100 && durationsUs.front() > 20000)
            saveScreenshot(m_plot.get(), QStringLiteral("histogram-close-percentiles"));
    }

    void dragSelectsRange_data()
    {
        QTest::addColumn<bool>("log");
        QTest::addColumn<double>("fromMs");
        QTest::addColumn<double>("toMs");
        QTest::newRow("linear, left to right") << false << 20.0 << 60.0;
        QTest::newRow("linear, right to left") << false << 80.0 << 30.0;
        QTest::newRow("log, left to right") << true << 2.0 << 40.0;
        QTest::newRow("log, right to left") << true << 90.0 << 5.0;
    }

    void dragSelectsRange()
    {
        QFETCH(bool, log);
        QFETCH(double, fromMs);
        QFETCH(double, toMs);
        m_plot->setDurations(oneToHundredMs());
        m_plot->setLogScale(log);
        QSignalSpy spy(m_plot.get(), &HistogramPlot::rangeSelected);
        const int y = m_plot->yAxis->coordToPixel(1);
        const QPoint from(qRound(m_plot->pixelForMs(fromMs)), y);
        const QPoint to(qRound(m_plot->pixelForMs(toMs)), y);
        drag(m_plot.get(), from, to);
        QCOMPARE(spy.count(), 1);
        const double lo = spy.at(0).at(0).value<Nanos>() / 1e6;
        const double hi = spy.at(0).at(1).value<Nanos>() / 1e6;
        const double expectLo = std::min(fromMs, toMs), expectHi = std::max(fromMs, toMs);
        // Within the width of one pixel at each end.
        const auto pixelMs = [&](double ms) {
            return qAbs(m_plot->msForPixel(m_plot->pixelForMs(ms) + 1) - ms);
        };
        QVERIFY2(qAbs(lo - expectLo) <= pixelMs(expectLo), qPrintable(QString::number(lo)));
        QVERIFY2(qAbs(hi - expectHi) <= pixelMs(expectHi), qPrintable(QString::number(hi)));
        QVERIFY(m_plot->hasSelection());
        QCOMPARE(m_plot->selectionLo(), spy.at(0).at(0).value<Nanos>());
        if (log && fromMs < toMs)
            saveScreenshot(m_plot.get(), QStringLiteral("histogram-log-selection"));
    }

    void clickClearsSelection()
    {
        m_plot->setDurations(oneToHundredMs());
        const int y = m_plot->yAxis->coordToPixel(1);
        drag(m_plot.get(), QPoint(qRound(m_plot->pixelForMs(10)), y),
             QPoint(qRound(m_plot->pixelForMs(30)), y));
        QVERIFY(m_plot->hasSelection());
        QSignalSpy cleared(m_plot.get(), &HistogramPlot::selectionCleared);
        QSignalSpy selected(m_plot.get(), &HistogramPlot::rangeSelected);
        QTest::mouseClick(m_plot.get(), Qt::LeftButton, {}, QPoint(qRound(m_plot->pixelForMs(50)), y));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(selected.count(), 0);
        QVERIFY(!m_plot->hasSelection());
        m_plot->clearSelection(); // nothing left to clear: no second signal
        QCOMPARE(cleared.count(), 1);
    }

    void logToggleChangesScale()
    {
        m_plot->setDurations(oneToHundredMs());
        QSignalSpy spy(m_plot.get(), &HistogramPlot::logScaleChanged);
        QCOMPARE(m_plot->xAxis->scaleType(), QCPAxis::stLinear);
        m_plot->setProperty("logScale", true);
        QCOMPARE(m_plot->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerLog>());
        QCOMPARE(spy.count(), 1);
        // Log bins are equal in log space: the first is much narrower in ms than the last.
        const auto& bins = m_plot->bins();
        QVERIFY(bins.back().hiMs - bins.back().loMs > 10 * (bins.front().hiMs - bins.front().loMs));
        m_plot->setLogScale(true);
        QCOMPARE(spy.count(), 1);
        m_plot->setLogScale(false);
        QCOMPARE(m_plot->xAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(spy.count(), 2);
    }

    void tooltipOnBar()
    {
        m_plot->setDurations(oneToHundredMs());
        const auto& bin = m_plot->bins().front();
        const QPoint pos(qRound(m_plot->pixelForMs((bin.loMs + bin.hiMs) / 2)),
                         m_plot->yAxis->coordToPixel(0.5));
        QHelpEvent help(QEvent::ToolTip, pos, m_plot->mapToGlobal(pos));
        QCoreApplication::sendEvent(m_plot.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QString::number(bin.count)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1.00ms")), qPrintable(text));
        QToolTip::hideText();
        // Above the bar there is nothing to describe.
        QCOMPARE(m_plot->toolTipAt(QPoint(pos.x(), m_plot->yAxis->coordToPixel(bin.count + 3))), QString());
    }

    void emptyPlotIgnoresDrags()
    {
        m_plot->clear();
        QSignalSpy spy(m_plot.get(), &HistogramPlot::rangeSelected);
        drag(m_plot.get(), QPoint(100, 100), QPoint(300, 100));
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_plot->bins().empty());
        saveScreenshot(m_plot.get(), QStringLiteral("histogram-empty"));
    }
};

QTEST_MAIN(TestHistogramPlot)
#include "tst_histogramplot.moc"
