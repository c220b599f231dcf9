// One trace, one set of numbers: the viewer's models (loaded through the real TraceLoader), the viewer's
// thread filters, `breadcrumb get --format json` and `breadcrumb performance --format json` show the same
// figures for every function and every call path of a real traced program (tests/core/time_program.py:
// threads, asyncio, recursion, generators), and the flame graph's bars are as wide as their numbers.

#include "CallTreeModel.h"
#include "CallTreePage.h"
#include "FlameGraphPage.h"
#include "FunctionsPage.h"
#include "FunctionStatsModel.h"
#include "ModelRoles.h"
#include "ThreadFilterBox.h"
#include "TraceLoader.h"

#include <cmath>
#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <map>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::gui;

namespace {

std::shared_ptr<const LoadedTrace> load(std::int64_t run)
{
    TraceLoader loader;
    std::shared_ptr<const LoadedTrace> result;
    QObject::connect(&loader, &TraceLoader::loaded,
                     [&](std::shared_ptr<const LoadedTrace> t) { result = t; });
    QSignalSpy finished(&loader, &TraceLoader::finished);
    LoadRequest request;
    request.path = QStringLiteral(TIME_TRACE);
    request.run = run;
    loader.load(request);
    finished.wait(60000);
    return result;
}

QJsonDocument cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(BREADCRUMB_CLI), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("breadcrumb %s failed: %s", qPrintable(arguments.join(' ')),
                 process.readAllStandardError().data());
    return QJsonDocument::fromJson(process.readAllStandardOutput());
}

// Milliseconds as the CLI prints them in JSON, from nanoseconds.
bool sameMs(qlonglong ns, double ms)
{
    return std::abs(double(ns) / 1e6 - ms) < 0.0005;
}

struct Figures
{
    qlonglong calls = 0;
    qlonglong inclusive = 0;
    qlonglong self = 0;
};

// Every node of a tree model, keyed by its path of names ("main;fetch").
void collect(const QAbstractItemModel& model, const QModelIndex& parent, const QString& path,
             std::map<QString, Figures>& out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString name = path.isEmpty() ? index.data().toString() : path + ';' + index.data().toString();
        Figures& f = out[name];
        f.calls += model.index(row, CallTreeModel::Calls, parent).data(SortRole).toLongLong();
        f.inclusive += model.index(row, CallTreeModel::Inclusive, parent).data(SortRole).toLongLong();
        f.self += model.index(row, CallTreeModel::Self, parent).data(SortRole).toLongLong();
        collect(model, index, name, out);
    }
}

// The same from `get --format json` (nodes whose names coincide, like two lambdas of one module, add up
// on both sides).
void collect(const QJsonArray& nodes, const QString& path, std::map<QString, Figures>& out)
{
    for (const QJsonValue& value : nodes) {
        const QJsonObject node = value.toObject();
        const QString name =
            path.isEmpty() ? node["function"].toString() : path + ';' + node["function"].toString();
        Figures& f = out[name];
        f.calls += node["calls"].toInteger();
        f.inclusive += std::llround(node["total_ms"].toDouble() * 1e6);
        f.self += std::llround(node["self_ms"].toDouble() * 1e6);
        collect(node["children"].toArray(), name, out);
    }
}

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameNumbers_data()
    {
        QTest::addColumn<int>("run");
        QTest::newRow("default scope") << 1;
        QTest::newRow("every module") << 2;
    }

    void sameNumbers()
    {
        QFETCH(int, run);
        const auto trace = load(run);
        QVERIFY(trace);
        const RunData& data = *trace->main->data;

        // Functions table against `performance --format json`.
        FunctionStatsModel functions;
        QAbstractItemModelTester tester(&functions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        functions.setRun(trace->main->data, trace->main->summaries);
        const QJsonArray ranking = cli({"performance", "-t", TIME_TRACE, "--run", QString::number(run),
                                        "--limit", "0", "--format", "json"})
                                       .array();
        QCOMPARE(ranking.size(), functions.rowCount());
        for (int row = 0; row < functions.rowCount(); ++row) {
            const QString name = functions.index(row, FunctionStatsModel::Name).data().toString();
            const QJsonObject json = ranking[row].toObject();
            QCOMPARE(json["function"].toString(), name); // the same order too
            QCOMPARE(functions.index(row, FunctionStatsModel::Calls).data().toString(),
                     QString::number(json["calls"].toInteger()));
            QVERIFY2(sameMs(functions.index(row, FunctionStatsModel::Total).data(SortRole).toLongLong(),
                            json["total_ms"].toDouble()),
                     qPrintable(name));
            QVERIFY(sameMs(functions.index(row, FunctionStatsModel::Self).data(SortRole).toLongLong(),
                           json["self_ms"].toDouble()));
        }

        // Top-down call tree against `get --format json --full`, path by path.
        CallTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setTree(trace->main->data, trace->main->topDown);
        std::map<QString, Figures> fromModel;
        collect(tree, {}, {}, fromModel);
        const QJsonObject get =
            cli({"get", QString::number(run), "-t", TIME_TRACE, "--full", "--format", "json"}).object();
        QVERIFY(sameMs(trace->main->topDown->total(), get["total_ms"].toDouble()));
        QCOMPARE(trace->main->topDown->total(), data.tracedNs());
        std::map<QString, Figures> fromCli;
        collect(get["tree"].toArray(), {}, fromCli);
        QCOMPARE(fromCli.size(), fromModel.size());
        for (const auto& [path, figures] : fromModel) {
            QVERIFY2(fromCli.count(path), qPrintable(path));
            const Figures& json = fromCli[path];
            QCOMPARE(json.calls, figures.calls);
            // JSON has µs precision, and coinciding names add several rounded figures
            QVERIFY2(std::abs(json.inclusive - figures.inclusive) < 5000, qPrintable(path));
            QVERIFY2(std::abs(json.self - figures.self) < 5000, qPrintable(path));
        }

        // Bottom-up: each function's top-level row is its Functions table row.
        tree.setTree(trace->main->data, trace->main->bottomUp);
        QCOMPARE(tree.rowCount(), functions.rowCount());
        for (int row = 0; row < tree.rowCount(); ++row) {
            const int function = tree.index(row, CallTreeModel::Name).data(FunctionRole).toInt();
            const FunctionSummary* s = functions.summaryAt(functions.rowOfFunction(std::uint32_t(function)));
            QVERIFY(s);
            QCOMPARE(tree.index(row, CallTreeModel::Inclusive).data().toString(),
                     functions.index(functions.rowOfFunction(s->function), FunctionStatsModel::Total)
                         .data()
                         .toString());
            QCOMPARE(tree.index(row, CallTreeModel::Inclusive).data(SortRole).toLongLong(),
                     qlonglong(s->total));
            QCOMPARE(tree.index(row, CallTreeModel::Self).data(SortRole).toLongLong(), qlonglong(s->self));
        }
    }

    // The thread filter of each page shows that thread's figures, and says what 100% is.
    void threadFilters()
    {
        const auto trace = load(1);
        QVERIFY(trace);
        const RunData& data = *trace->main->data;
        const auto worker = data.findThread("worker-3");
        QVERIFY(worker);
        FunctionSelection selection;

        FunctionsPage functions(&selection);
        functions.setTrace(trace);
        QCOMPARE(functions.threadFilter()->combo()->count(), int(data.threads.size()) + 1);
        QVERIFY(functions.threadFilter()->totalLabel()->text().contains(QStringLiteral("5 thread")));
        const int allRows = functions.model()->rowCount();
        functions.threadFilter()->setThread(*worker);
        QTRY_VERIFY(!functions.isBuilding() && functions.model()->rowCount() < allRows);
        QVERIFY(functions.threadFilter()->totalLabel()->text().contains(QStringLiteral("worker-3")));
        const auto expected = FunctionStats::summarize(data, SortKey::Total, *worker);
        QCOMPARE(functions.model()->rowCount(), int(expected.size()));
        for (const FunctionSummary& s : expected) {
            const int row = functions.model()->rowOfFunction(s.function);
            QVERIFY(row >= 0);
            QCOMPARE(functions.model()->summaryAt(row)->total, s.total);
        }

        CallTreePage treePage(&selection);
        treePage.setTrace(trace);
        treePage.threadFilter()->setThread(*worker);
        QTRY_VERIFY(!treePage.isBuilding() && treePage.model()->tree()->thread() == *worker);
        QCOMPARE(treePage.model()->tree()->total(), data.tracedNs(*worker));
        QCOMPARE(treePage.model()->rowCount(), 1); // worker-3's root: Thread.run or worker
        treePage.setBottomUp(true);
        QCOMPARE(treePage.model()->tree()->thread(), *worker);
        treePage.threadFilter()->setThread(kAllThreads);
        QCOMPARE(treePage.model()->tree(), trace->main->bottomUp.get());

        FlameGraphPage flame(&selection);
        flame.resize(800, 400);
        flame.setTrace(trace);
        flame.threadFilter()->setThread(*worker);
        QTRY_VERIFY(!flame.isBuilding() && flame.flameGraph()->view()->tree()->thread() == *worker);
    }

    // A flame graph bar's width is its share of the zoomed frame, exactly.
    void flameWidths()
    {
        const auto trace = load(2);
        QVERIFY(trace);
        FlameGraphWidget flame;
        flame.resize(1200, 600);
        flame.setCallTree(trace->main->data, trace->main->topDown);
        flame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flame));
        const FlameGraphView& view = *flame.view();
        const CallTree& tree = *trace->main->topDown;
        const double width = view.frameRect(0).width();
        QVERIFY(width > 100);
        int checked = 0;
        for (std::uint32_t n = 1; n < tree.size(); ++n) {
            const QRectF r = view.frameRect(n);
            if (r.isEmpty())
                continue;
            const double expected = width * double(tree.node(n).inclusive) / double(tree.total());
            QVERIFY2(std::abs(r.width() - expected) < 1e-6 * width, qPrintable(view.toolTipForNode(n)));
            ++checked;
        }
        QVERIFY(checked > 10);
    }
};

QTEST_MAIN(TestConsistency)
#include "tst_consistency.moc"
