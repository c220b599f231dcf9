// Selecting a function shows the core's figures on every panel: for each function of a real traced
// program (tests/core/time_program.py: threads, asyncio, recursion, generators), the Function page's
// figures, histogram, call timeline and call list, and the Callers page's two tables, against
// FunctionStats and CallerCallee computed directly from the run. The pages read precomputed summaries and
// the caller/callee index (issue 17: a selection at 10 M calls): this keeps them the same numbers.

#include "CalleesModel.h"
#include "CallersModel.h"
#include "CallersPage.h"
#include "CallListModel.h"
#include "FunctionPage.h"
#include "FunctionSelection.h"
#include "ModelRoles.h"
#include "TraceLoader.h"

#include <algorithm>
#include <CallTimelinePlot.h>
#include <DurationFormat.h>
#include <HistogramPlot.h>
#include <PercentilePanel.h>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::gui;

class TestSelection : public QObject
{
    Q_OBJECT

    std::shared_ptr<const LoadedTrace> m_trace;

    // What a selection must show: the rows of a callers or callees table, in the table's order.
    static void compareRows(const CallerCalleeModel& model, const std::vector<CallerCalleeEntry>& want)
    {
        QCOMPARE(model.rowCount(), int(want.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const CallerCalleeEntry& e = want[std::size_t(row)];
            QCOMPARE(model.functionAt(row), e.function);
            QCOMPARE(model.index(row, CallerCalleeModel::Calls).data(SortRole).toLongLong(), e.calls);
            QCOMPARE(model.index(row, CallerCalleeModel::Total).data(SortRole).toLongLong(), e.total);
            QCOMPARE(model.index(row, CallerCalleeModel::Share).data(SortRole).toDouble(), e.share);
        }
    }

private slots:
    void initTestCase()
    {
        TraceLoader loader;
        QObject::connect(&loader, &TraceLoader::loaded,
                         [this](std::shared_ptr<const LoadedTrace> t) { m_trace = std::move(t); });
        QSignalSpy finished(&loader, &TraceLoader::finished);
        LoadRequest request;
        request.path = QStringLiteral(TIME_TRACE);
        loader.load(request);
        QVERIFY(finished.wait(60000));
        QVERIFY(m_trace && !m_trace->isPreview());
        QVERIFY(m_trace->main->edges);
    }

    void everyPanelShowsTheCoreFigures_data()
    {
        QTest::addColumn<int>("function");
        const RunData& run = *m_trace->main->data;
        for (std::uint32_t f = 0; f < run.functions.size(); ++f)
            QTest::newRow(run.displayName(f).c_str()) << int(f);
    }

    void everyPanelShowsTheCoreFigures()
    {
        QFETCH(int, function);
        const auto run = m_trace->main->data;
        FunctionSelection selection;
        FunctionPage functionPage(&selection);
        CallersPage callersPage(&selection);
        functionPage.setTrace(m_trace);
        callersPage.setTrace(m_trace);
        selection.select(function);

        const FunctionSummary s = FunctionStats::summarize(*run, std::uint32_t(function));
        const PercentilePanel* panel = functionPage.panel();
        const auto ms = [](double ns) { return formatDuration(static_cast<Nanos>(ns + 0.5)); };
        using S = PercentilePanel::Statistic;
        QCOMPARE(panel->statisticText(S::Calls), QLocale().toString(qlonglong(s.calls)));
        QCOMPARE(panel->statisticText(S::Total), ms(double(s.total)));
        QCOMPARE(panel->statisticText(S::Average), ms(s.avg));
        QCOMPARE(panel->statisticText(S::Median), ms(s.median));
        QCOMPARE(panel->statisticText(S::P95), ms(s.p95));
        QCOMPARE(panel->statisticText(S::P99), ms(s.p99));
        QCOMPARE(panel->statisticText(S::Min), ms(double(s.min)));
        QCOMPARE(panel->statisticText(S::Max), ms(double(s.max)));
        QCOMPARE(panel->statisticText(S::StdDev), ms(s.stddev));
        QCOMPARE(panel->statisticText(S::Self), ms(double(s.self)));

        // The histogram: the core's percentiles, and every call in one bin.
        std::vector<Nanos> sorted = FunctionStats::durations(*run, std::uint32_t(function));
        std::sort(sorted.begin(), sorted.end());
        const HistogramPlot* histogram = panel->histogram();
        QCOMPARE(histogram->p50Ms(), FunctionStats::percentile(sorted, 50) / 1e6);
        QCOMPARE(histogram->p95Ms(), FunctionStats::percentile(sorted, 95) / 1e6);
        QCOMPARE(histogram->p99Ms(), FunctionStats::percentile(sorted, 99) / 1e6);
        int binned = 0;
        for (const HistogramPlot::Bin& bin : histogram->bins())
            binned += bin.count;
        QCOMPARE(binned, int(s.calls));

        // The call timeline and the call list: the function's calls, in start order.
        const auto calls = run->callsOf(std::uint32_t(function));
        QCOMPARE(panel->timeline()->pointCount(), calls.size());
        const CallListModel* list = functionPage.callModel();
        QCOMPARE(list->rowCount(), int(calls.size()));
        for (int row = 0; row < list->rowCount(); ++row)
            QCOMPARE(list->callAt(row), std::int64_t(calls[std::size_t(row)]));

        // The callers and callees tables.
        compareRows(*callersPage.callersModel(), CallerCallee::callers(*run, std::uint32_t(function)));
        compareRows(*callersPage.calleesModel(), CallerCallee::callees(*run, std::uint32_t(function)));
    }
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
