// ComparisonBarChart over the core's comparison of two real runs: bars for the top changes, clicks on
// bars report the row, tooltips give before/after and the change.

#include "ComparisonBarChart.h"
#include "RunComparison.h"
#include "TestTrace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <ThemeColors.h>

using namespace breadcrumb;
using namespace breadcrumb::test;

class TestComparisonBarChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<ComparisonRow> m_rows;
    std::unique_ptr<ComparisonBarChart> m_chart;

    int rowOf(const std::string& name) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].name == name)
                return static_cast<int>(i);
        return -1;
    }

    QPoint barCenter(int row, bool after) const
    {
        const ComparisonRow& r = m_rows[row];
        const double ms = (after ? (r.after ? r.after->total : 0) : (r.before ? r.before->total : 0)) / 1e6;
        const int n = m_chart->barCount();
        const double key = n - row + (after ? -0.2 : 0.2); // "before" above "after"
        return QPoint(int(m_chart->xAxis->coordToPixel(ms / 2)), int(m_chart->yAxis->coordToPixel(key)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto before =
            loadNewestRun(TestTrace::standard().write(m_dir.path(), QStringLiteral("before.db")));
        const auto after =
            loadNewestRun(TestTrace::optimized().write(m_dir.path(), QStringLiteral("after.db")));
        m_rows = RunComparison::compare(*before, *after);
        QVERIFY(m_rows.size() >= 6);
    }

    void init()
    {
        m_chart = std::make_unique<ComparisonBarChart>();
        m_chart->resize(800, 420);
        m_chart->setRunLabels(QStringLiteral("before.db"), QStringLiteral("after.db"));
        m_chart->setComparison(m_rows, 10);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->replot();
    }

    void cleanup() { m_chart.reset(); }

    // A run has one colour wherever both are drawn: the bars take the overlaid histograms' colours.
    void barsInTheRunColours()
    {
        QCOMPARE(m_chart->plottableCount(), 2);
        const auto* before = qobject_cast<QCPBars*>(m_chart->plottable(0));
        const auto* after = qobject_cast<QCPBars*>(m_chart->plottable(1));
        QVERIFY(before && after);
        QCOMPARE(before->name(), QStringLiteral("before.db"));
        QCOMPARE(before->brush().color(), ThemeColors::beforeRun());
        QCOMPARE(after->brush().color(), ThemeColors::afterRun());
    }

    void topNLimitsBars_data()
    {
        QTest::addColumn<int>("topN");
        QTest::addColumn<int>("bars");
        QTest::newRow("all") << 50 << int(m_rows.size());
        QTest::newRow("three") << 3 << 3;
        QTest::newRow("none") << 0 << 0;
    }

    void topNLimitsBars()
    {
        QFETCH(int, topN);
        QFETCH(int, bars);
        m_chart->setComparison(m_rows, topN);
        QCOMPARE(m_chart->barCount(), bars);
    }

    // A sorted table hands its order: the bars follow it, and a click still reports the row in `rows`.
    void orderGivesTheBars()
    {
        std::vector<int> order;
        for (int i = int(m_rows.size()) - 1; i >= 0; --i)
            order.push_back(i);
        m_chart->setComparison(m_rows, order, 3);
        m_chart->replot();
        const std::vector<int> expected(order.begin(), order.begin() + 3);
        QCOMPARE(m_chart->shownRows(), expected);
        // The second bar from the top: that row's longer side, half way along.
        const ComparisonRow& r = m_rows[std::size_t(order[1])];
        const bool after = (r.after ? r.after->total : 0) > (r.before ? r.before->total : 0);
        const double ms = std::max(r.after ? r.after->total : 0, r.before ? r.before->total : 0) / 1e6;
        const QPoint p(int(m_chart->xAxis->coordToPixel(ms / 2)),
                       int(m_chart->yAxis->coordToPixel(m_chart->barCount() - 1 + (after ? -0.2 : 0.2))));
        QSignalSpy spy(m_chart.get(), &ComparisonBarChart::rowClicked);
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, p);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), order[1]);
    }

    void clickOnBarReportsRow_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<bool>("afterBar");
        QTest::newRow("main before") << "main" << false;
        QTest::newRow("main after") << "main" << true;
        QTest::newRow("parse (vanished)") << "parse" << false;
        QTest::newRow("cache_lookup (new)") << "cache_lookup" << true;
        QTest::newRow("slow_function after") << "slow_function" << true;
    }

    void clickOnBarReportsRow()
    {
        QFETCH(QString, function);
        QFETCH(bool, afterBar);
        const int row = rowOf(function.toStdString());
        QVERIFY(row >= 0);
        QSignalSpy spy(m_chart.get(), &ComparisonBarChart::rowClicked);
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, barCenter(row, afterBar));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), row);
    }

    void tooltipGivesChange()
    {
        const int row = rowOf("slow_function");
        const QPoint p = barCenter(row, true);
        QHelpEvent help(QEvent::ToolTip, p, m_chart->mapToGlobal(p));
        QCoreApplication::sendEvent(m_chart.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("before.db: 300.0ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("after.db: 180.0ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Change: -40.0%")), qPrintable(text));
        QToolTip::hideText();
        QVERIFY(
            m_chart->toolTipForRow(rowOf("cache_lookup")).contains(QStringLiteral("New in the after run")));
        saveScreenshot(m_chart.get(), QStringLiteral("comparison"));
    }

    void axisLabelsStayApart_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1400 px") << 1400;
        QTest::newRow("800 px") << 800;
        QTest::newRow("600 px") << 600;
        QTest::newRow("400 px") << 400;
    }

    // Below ~900 px the labels used to run together ("05001000150020002500"): neighbouring labels keep a
    // gap at any width, and they carry their unit from the duration formatter.
    void axisLabelsStayApart()
    {
        QFETCH(int, width);
        m_chart->resize(width, 420);
        QCoreApplication::processEvents();
        m_chart->replot();
        m_chart->replot();
        const QVector<double> ticks = m_chart->xAxis->tickVector();
        const QVector<QString> labels = m_chart->xAxis->tickVectorLabels();
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(labels.size(), ticks.size());
        const QFontMetrics metrics(m_chart->xAxis->tickLabelFont());
        for (int i = 0; i + 1 < ticks.size(); ++i) {
            const double room =
                m_chart->xAxis->coordToPixel(ticks[i + 1]) - m_chart->xAxis->coordToPixel(ticks[i]);
            const double need =
                (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i + 1])) / 2.0;
            QVERIFY2(room >= need + 4, qPrintable(QStringLiteral("%1 and %2: %3 px apart, %4 px wide")
                                                      .arg(labels[i], labels[i + 1])
                                                      .arg(room)
                                                      .arg(need)));
        }
        for (const QString& label : labels)
            QVERIFY2(label == QLatin1String("0") || label.endsWith(QLatin1Char('s')), qPrintable(label));
        if (width == 800)
            saveScreenshot(m_chart.get(), QStringLiteral("comparison-800px"));
    }

    void clearedChartIsInert()
    {
        m_chart->clear();
        QCOMPARE(m_chart->barCount(), 0);
        QSignalSpy spy(m_chart.get(), &ComparisonBarChart::rowClicked);
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, m_chart->axisRect()->rect().center());
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestComparisonBarChart)
#include "tst_comparisonbarchart.moc"
