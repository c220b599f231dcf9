// PercentilePanel: the statistics of `breadcrumb performance FUNCTION` for real calls, the log checkbox
// driving the histogram, and the plots' signals re-emitted by the panel.

#include "CallTimelinePlot.h"
#include "HistogramPlot.h"
#include "PercentilePanel.h"
#include "TestTrace.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::test;
using Statistic = PercentilePanel::Statistic;

Q_DECLARE_METATYPE(PercentilePanel::Statistic)

class TestPercentilePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::unique_ptr<PercentilePanel> m_panel;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
    }

    void init()
    {
        m_panel = std::make_unique<PercentilePanel>();
        m_panel->resize(1100, 520);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void statistics_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<Statistic>("statistic");
        QTest::addColumn<QString>("expected");
        // compute: 20 calls of 1..20 ms, no children.
        QTest::newRow("compute calls") << "compute" << Statistic::Calls << "20";
        QTest::newRow("compute total") << "compute" << Statistic::Total << "210.0ms";
        QTest::newRow("compute average") << "compute" << Statistic::Average << "10.5ms";
        QTest::newRow("compute median") << "compute" << Statistic::Median << "10.5ms";
        QTest::newRow("compute p95") << "compute" << Statistic::P95 << "19.1ms";
        QTest::newRow("compute p99") << "compute" << Statistic::P99 << "19.8ms";
        QTest::newRow("compute min") << "compute" << Statistic::Min << "1.00ms";
        QTest::newRow("compute max") << "compute" << Statistic::Max << "20.0ms";
        QTest::newRow("compute stddev") << "compute" << Statistic::StdDev << "5.92ms";
        QTest::newRow("compute self") << "compute" << Statistic::Self << "210.0ms";
        // slow_function: 3 x 100 ms, each with 2 x 20 ms of fast_function inside.
        QTest::newRow("slow calls") << "slow_function" << Statistic::Calls << "3";
        QTest::newRow("slow total") << "slow_function" << Statistic::Total << "300.0ms";
        QTest::newRow("slow self") << "slow_function" << Statistic::Self << "180.0ms";
        // Equal calls: no spread at all, in the unit of the scale rather than "<0.1ms".
        QTest::newRow("slow stddev") << "slow_function" << Statistic::StdDev << "0ns";
    }

    void statistics()
    {
        QFETCH(QString, function);
        QFETCH(Statistic, statistic);
        QFETCH(QString, expected);
        m_panel->setFunction(m_run,
                             static_cast<std::uint32_t>(functionIndex(*m_run, function.toStdString())));
        QCOMPARE(m_panel->statisticText(statistic), expected);
        QVERIFY(m_panel->title().startsWith(function));
    }

    void plotsFollowTheFunction()
    {
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "compute")));
        QCOMPARE(int(m_panel->timeline()->pointCount()), 20);
        int binned = 0;
        for (const auto& bin : m_panel->histogram()->bins())
            binned += bin.count;
        QCOMPARE(binned, 20);
        saveScreenshot(m_panel.get(), QStringLiteral("percentilepanel"));
    }

    void logCheckBoxTogglesHistogramAxis()
    {
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "compute")));
        QCheckBox* box = m_panel->logScaleCheckBox();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(box->isChecked());
        QCOMPARE(m_panel->histogram()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        // The slot works the other way round and keeps the box in sync.
        m_panel->setLogScale(false);
        QVERIFY(!box->isChecked());
        QCOMPARE(m_panel->histogram()->xAxis->scaleType(), QCPAxis::stLinear);
    }

    void histogramDragHighlightsCallsAndIsReemitted()
    {
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "compute")));
        HistogramPlot* histogram = m_panel->histogram();
        QSignalSpy selected(m_panel.get(), &PercentilePanel::rangeSelected);
        QSignalSpy cleared(m_panel.get(), &PercentilePanel::rangeCleared);
        const int y = histogram->yAxis->coordToPixel(0.5);
        const QPoint from(qRound(histogram->pixelForMs(4.5)), y), to(qRound(histogram->pixelForMs(10.5)), y);
        QTest::mousePress(histogram, Qt::LeftButton, {}, from);
        QTest::mouseMove(histogram, to);
        QTest::mouseRelease(histogram, Qt::LeftButton, {}, to);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(m_panel->timeline()->highlightedCount(), std::size_t(6)); // 5..10 ms
        saveScreenshot(m_panel.get(), QStringLiteral("percentilepanel-selection"));
        QTest::mouseClick(histogram, Qt::LeftButton, {}, to);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(m_panel->timeline()->highlightedCount(), std::size_t(0));
    }

    void timelineClicksAreReemitted()
    {
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "parse")));
        const std::uint32_t call = callsOf(*m_run, "parse")[2];
        QSignalSpy activated(m_panel.get(), &PercentilePanel::callActivated);
        QSignalSpy doubleClicked(m_panel.get(), &PercentilePanel::callDoubleClicked);
        const QPoint p = m_panel->timeline()->pointOf(call).toPoint();
        QTest::mouseClick(m_panel->timeline(), Qt::LeftButton, {}, p);
        QTest::mouseDClick(m_panel->timeline(), Qt::LeftButton, {}, p);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<std::uint32_t>(), call);
        QCOMPARE(doubleClicked.count(), 1);
        QCOMPARE(doubleClicked.at(0).at(0).value<std::uint32_t>(), call);
    }

    void clearResetsEverything()
    {
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "compute")));
        m_panel->clear();
        QCOMPARE(m_panel->statisticText(Statistic::Calls), QStringLiteral("—"));
        QCOMPARE(int(m_panel->timeline()->pointCount()), 0);
        QVERIFY(m_panel->histogram()->bins().empty());
        // An out-of-range function clears too, instead of crashing.
        m_panel->setFunction(m_run, 9999);
        QCOMPARE(m_panel->statisticText(Statistic::Total), QStringLiteral("—"));
        saveScreenshot(m_panel.get(), QStringLiteral("percentilepanel-empty"));
    }
};

QTEST_MAIN(TestPercentilePanel)
#include "tst_percentilepanel.moc"
