// Every model of the viewer under QAbstractItemModelTester over real trace files, plus their contents.

#include "CalleesModel.h"
#include "CallersModel.h"
#include "CallListModel.h"
#include "CallTreeModel.h"
#include "ComparisonModel.h"
#include "ComparisonTreeModel.h"
#include "ExceptionsModel.h"
#include "FunctionStatsModel.h"
#include "ModelRoles.h"
#include "QueryResultModel.h"
#include "TestTraces.h"
#include "ThemeColors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LoadedTrace> m_seed;
    std::shared_ptr<const LoadedTrace> m_compare;

    const RunData& run() const { return *m_seed->main->data; }

    // Finds the row whose column 0 shows `text`, or -1.
    static int rowWithName(const QAbstractItemModel& model, const QString& text,
                           const QModelIndex& parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row)
            if (model.index(row, 0, parent).data().toString() == text)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = loadTrace(QStringLiteral("seed.db"));
        QVERIFY(m_seed);
        m_compare = loadTrace(QStringLiteral("seed.db"), QStringLiteral("optimized.db"));
        QVERIFY(m_compare);
    }

    void functionStats_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("calls");
        QTest::addColumn<QString>("total");
        QTest::newRow("slow_function") << "slow_function"
                                       << "13"
                                       << "1.30s";
        QTest::newRow("very_slow_function") << "very_slow_function"
                                            << "1"
                                            << "500.2ms";
        QTest::newRow("fast_function") << "fast_function"
                                       << "7"
                                       << "1.40ms";
        QTest::newRow("inefficient_loop") << "inefficient_loop"
                                          << "1"
                                          << "123.4ms";
    }

    void functionStats()
    {
        QFETCH(QString, function);
        QFETCH(QString, calls);
        QFETCH(QString, total);
        FunctionStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(m_seed->main->data, m_seed->main->summaries);
        QCOMPARE(model.columnCount(), int(FunctionStatsModel::ColumnCount));
        QCOMPARE(model.rowCount(), 10); // cached_computation exists only in the optimized run
        // Slowest by total first: main, then slow_function.
        QCOMPARE(model.index(0, FunctionStatsModel::Name).data().toString(), QStringLiteral("main"));
        QCOMPARE(model.index(1, FunctionStatsModel::Name).data().toString(), QStringLiteral("slow_function"));
        const int row = rowWithName(model, function);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, FunctionStatsModel::Calls).data().toString(), calls);
        QCOMPARE(model.index(row, FunctionStatsModel::Total).data().toString(), total);
        const int f = model.index(row, 0).data(FunctionRole).toInt();
        QCOMPARE(model.rowOfFunction(std::uint32_t(f)), row);
        QVERIFY(
            model.index(row, FunctionStatsModel::Location).data().toString().startsWith("example_main.py:"));

        // Sorting through a proxy by the raw numbers, as the page does.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(FunctionStatsModel::Calls, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FunctionStatsModel::Name).data().toString(), QStringLiteral("slow_function"));
        proxy.setFilterFixedString(QStringLiteral("loop"));
        proxy.setFilterKeyColumn(FunctionStatsModel::Name);
        QCOMPARE(proxy.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void callersAndCallees_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("callers");
        QTest::addColumn<QStringList>("callees");
        QTest::newRow("slow_function")
            << "slow_function" << QStringList{"redundant_computation", "process_data"} << QStringList{};
        QTest::newRow("fast_function")
            << "fast_function" << QStringList{"worker_task", "main"} << QStringList{};
        QTest::newRow("process_data")
            << "process_data" << QStringList{"main"} << QStringList{"slow_function"};
    }

    void callersAndCallees()
    {
        QFETCH(QString, function);
        QFETCH(QStringList, callers);
        QFETCH(QStringList, callees);
        CallersModel callersModel;
        CalleesModel calleesModel;
        QAbstractItemModelTester t1(&callersModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&calleesModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int f = functionIndex(run(), qPrintable(function));
        QVERIFY(f >= 0);
        callersModel.setFunction(m_seed->main->data, std::uint32_t(f));
        calleesModel.setFunction(m_seed->main->data, std::uint32_t(f));
        QStringList gotCallers, gotCallees;
        for (int row = 0; row < callersModel.rowCount(); ++row)
            gotCallers << callersModel.index(row, CallerCalleeModel::Name).data().toString();
        for (int row = 0; row < calleesModel.rowCount(); ++row)
            gotCallees << calleesModel.index(row, CallerCalleeModel::Name).data().toString();
        QCOMPARE(gotCallers, callers);
        QCOMPARE(gotCallees, callees);
        if (function == QLatin1String("slow_function")) {
            QCOMPARE(callersModel.index(0, CallerCalleeModel::Calls).data().toString(), QStringLiteral("10"));
            QCOMPARE(callersModel.index(0, CallerCalleeModel::Share).data().toString(),
                     QStringLiteral("76.9%"));
            QCOMPARE(callersModel.functionAt(0), functionIndex(run(), "redundant_computation"));
        }
        callersModel.clear();
        QCOMPARE(callersModel.rowCount(), 0);
    }

    void callTree()
    {
        CallTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(m_seed->main->data, m_seed->main->topDown);
        QCOMPARE(model.rowCount(), 2); // main and worker_task
        const QModelIndex main = model.index(0, 0);
        QCOMPARE(main.data().toString(), QStringLiteral("main"));
        QVERIFY(model.hasChildren(main));
        const int redundantRow = rowWithName(model, QStringLiteral("redundant_computation"), main);
        QVERIFY(redundantRow >= 0);
        const QModelIndex redundant = model.index(redundantRow, 0, main);
        QCOMPARE(model.parent(redundant), main);
        const QModelIndex slow = model.index(0, 0, redundant);
        QCOMPARE(slow.data().toString(), QStringLiteral("slow_function"));
        QCOMPARE(model.index(0, CallTreeModel::Calls, redundant).data().toString(), QStringLiteral("10"));
        // indexOfNode/nodeOf round trip and the hot path from the root.
        const std::uint32_t node = model.nodeOf(slow);
        QCOMPARE(model.indexOfNode(node), slow);
        const auto hot = model.tree()->hotPath(0);
        QVERIFY(hot.size() >= 3);
        QCOMPARE(model.indexOfNode(hot[1]).data().toString(), QStringLiteral("main"));

        // Bottom-up: the top level lists the functions themselves, their callers below.
        model.setTree(m_seed->main->data, m_seed->main->bottomUp);
        const int slowRow = rowWithName(model, QStringLiteral("slow_function"));
        QVERIFY(slowRow >= 0);
        const QModelIndex slowTop = model.index(slowRow, 0);
        QCOMPARE(model.rowCount(slowTop), 2);
        QCOMPARE(model.index(0, 0, slowTop).data().toString(), QStringLiteral("redundant_computation"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exceptions()
    {
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(m_seed->main->data);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ExceptionsModel::Type).data().toString(), QStringLiteral("ValueError"));
        QCOMPARE(model.index(0, ExceptionsModel::Function).data().toString(), QStringLiteral("parse_value"));
        QVERIFY(model.index(0, ExceptionsModel::Message).data().toString().contains("invalid literal"));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains("Traceback"));
        QVERIFY(model.index(0, 0).data(CallRole).toInt() >= 0);
        // It left parse_value and main caught it.
        QCOMPARE(model.index(0, ExceptionsModel::Outcome).data().toString(), QStringLiteral("handled"));
        QVERIFY(model.index(0, ExceptionsModel::Outcome)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("main")));
        model.setRun(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void exceptionsLeaveOutACleanExit_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("listed");
        QTest::newRow("sys.exit(0)") << QStringLiteral("0") << false;
        QTest::newRow("sys.exit()") << QString() << false;
        QTest::newRow("sys.exit(None)") << QStringLiteral("None") << false;
        QTest::newRow("sys.exit(3)") << QStringLiteral("3") << true;
        QTest::newRow("sys.exit('bad input')") << QStringLiteral("bad input") << true;
    }
    void exceptionsLeaveOutACleanExit()
    {
        QFETCH(QString, message);
        QFETCH(bool, listed);
        auto data = std::make_shared<RunData>();
        data->threads.push_back({1, "MainThread", 100});
        ExceptionRecord error;
        error.id = 1;
        error.type = "KeyError";
        error.message = "'id'";
        ExceptionRecord exit;
        exit.id = 2;
        exit.type = "SystemExit";
        exit.message = message.toStdString();
        exit.escaped = true;
        data->exceptions = {error, exit};
        data->buildIndexes();
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(data);
        QCOMPARE(model.rowCount(), listed ? 2 : 1);
        QCOMPARE(model.index(0, ExceptionsModel::Type).data().toString(), QStringLiteral("KeyError"));
        if (listed) {
            QCOMPARE(model.exceptionAt(1)->type, std::string("SystemExit"));
            QCOMPARE(model.index(1, 0).data(ExceptionRole).toInt(), 1); // index into RunData::exceptions
        }
    }

    void callList()
    {
        CallListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int f = functionIndex(run(), "slow_function");
        model.setFunction(m_seed->main->data, std::uint32_t(f));
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.index(0, CallListModel::Caller).data().toString(), QStringLiteral("process_data"));
        // Calls in start order: process_data's three come first (it runs before redundant_computation).
        QCOMPARE(model.index(3, CallListModel::Caller).data().toString(),
                 QStringLiteral("redundant_computation"));
        // Durations are 99.8, 100.0 and 100.2 ms; keep only the 100.2 ms ones.
        model.setDurationRange(100'100'000, 100'300'000);
        QVERIFY(model.hasDurationRange());
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CallListModel::Duration).data().toString(), QStringLiteral("100.2ms"));
        const std::int64_t call = model.callAt(0);
        QVERIFY(call >= 0);
        QCOMPARE(model.rowOfCall(std::uint32_t(call)), 0);
        model.clearDurationRange();
        QCOMPARE(model.rowCount(), 13);

        // The model sorts itself (the view has no proxy): longest first, a persistent index follows its call,
        // the duration range keeps the order, column -1 restores the start order.
        const std::int64_t first = model.callAt(0);
        const QPersistentModelIndex followed = model.index(0, CallListModel::Start);
        model.sort(CallListModel::Duration, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 13);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, CallListModel::Duration).data(SortRole).toLongLong() >=
                    model.index(row, CallListModel::Duration).data(SortRole).toLongLong());
        QCOMPARE(model.index(0, CallListModel::Duration).data().toString(), QStringLiteral("100.2ms"));
        QCOMPARE(model.callAt(followed.row()), first);
        QCOMPARE(model.rowOfCall(std::uint32_t(first)), followed.row());
        model.setDurationRange(99'000'000, 100'100'000);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(0, CallListModel::Duration).data().toString(), QStringLiteral("100.0ms"));
        QCOMPARE(model.index(8, CallListModel::Duration).data().toString(), QStringLiteral("99.8ms"));
        model.clearDurationRange();
        model.sort(CallListModel::Caller, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CallListModel::Caller).data().toString(), QStringLiteral("process_data"));
        QCOMPARE(model.index(12, CallListModel::Caller).data().toString(),
                 QStringLiteral("redundant_computation"));
        model.sort(-1);
        QCOMPARE(model.callAt(0), first);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.callAt(row - 1) < model.callAt(row));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void comparison()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(m_compare->comparison);
        QVERIFY(model.rowCount() >= 10);
        // compare() sorts by |delta total|: main lost 1.15 s, then redundant_computation vanished (-1000 ms).
        QCOMPARE(model.index(0, ComparisonModel::Name).data().toString(), QStringLiteral("main"));
        QCOMPARE(model.index(1, ComparisonModel::Name).data().toString(),
                 QStringLiteral("redundant_computation"));
        QCOMPARE(model.index(1, ComparisonModel::Status).data().toString(), QStringLiteral("gone"));
        QCOMPARE(model.index(1, ComparisonModel::TotalAfter).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, ComparisonModel::DeltaTotal).data().toString(), QStringLiteral("-1.00s"));
        int cached = rowWithName(model, QStringLiteral("cached_computation"));
        QVERIFY(cached >= 0);
        QCOMPARE(model.index(cached, ComparisonModel::Status).data().toString(), QStringLiteral("new"));
        const int verySlow = rowWithName(model, QStringLiteral("very_slow_function"));
        QCOMPARE(model.index(verySlow, ComparisonModel::DeltaTotal).data().toString(),
                 QStringLiteral("-250.2ms"));
        QVERIFY(model.index(verySlow, ComparisonModel::DeltaPercent).data().toString().startsWith("-50.0"));
        QVERIFY(model.index(verySlow, ComparisonModel::DeltaTotal).data(Qt::ForegroundRole).isValid());
        // Faster green and slower red read on the base colour of a light and of a dark palette.
        const QPalette original = QApplication::palette();
        for (const QPalette& palette :
             {breadcrumb::ThemeColors::lightPalette(), breadcrumb::ThemeColors::darkPalette()}) {
            QApplication::setPalette(palette);
            for (const int row : {verySlow, cached}) { // faster, and new (slower)
                const QVariant brush = model.index(row, ComparisonModel::DeltaTotal).data(Qt::ForegroundRole);
                QVERIFY(brush.isValid());
                QVERIFY(breadcrumb::ThemeColors::contrast(brush.value<QBrush>().color(),
                                                          palette.color(QPalette::Base)) >= 4.5);
            }
        }
        QApplication::setPalette(original);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void comparisonVerdicts()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(m_compare->comparison);
        const int cached = rowWithName(model, QStringLiteral("cached_computation"));
        QCOMPARE(model.index(cached, ComparisonModel::Verdict).data().toString(), QStringLiteral("new"));
        QCOMPARE(model.index(cached, ComparisonModel::Name).data(FunctionRole).toInt(), -1);
        QVERIFY(model.index(cached, ComparisonModel::Name).data(ComparisonModel::AfterFunctionRole).toInt() >=
                0);
        // slow_function: 13 calls -> 4, too few after for the test; 900 ms less is no noise.
        const int slow = rowWithName(model, QStringLiteral("slow_function"));
        QCOMPARE(model.index(slow, ComparisonModel::Verdict).data().toString(), QStringLiteral("faster"));
        QCOMPARE(model.index(slow, ComparisonModel::PValue).data().toString(), QStringLiteral("few calls"));
        QVERIFY(model.index(slow, ComparisonModel::Verdict)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("noise floor"));
        QVERIFY(model.index(slow, ComparisonModel::SelfDelta).data().toString().startsWith('-'));
        // The verdict column sorts by the verdict.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(ComparisonModel::Verdict);
        QCOMPARE(proxy.index(0, ComparisonModel::Verdict).data().toString(), QStringLiteral("unchanged"));
    }

    void comparisonTree_data()
    {
        QTest::addColumn<bool>("bottomUp");
        QTest::newRow("top-down") << false;
        QTest::newRow("bottom-up") << true;
    }
    void comparisonTree()
    {
        QFETCH(bool, bottomUp);
        const auto tree = bottomUp ? m_compare->compareBottomUp : m_compare->compareTopDown;
        QVERIFY(tree);
        ComparisonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(m_compare->main->data, m_compare->after->data, tree);
        QCOMPARE(model.rowCount(), int(tree->root().children.size()));
        QCOMPARE(model.headerData(ComparisonTreeModel::Name, Qt::Horizontal).toString(),
                 bottomUp ? QStringLiteral("Function / called from") : QStringLiteral("Function"));
        // Walk every row: the text matches the node, new and gone paths say so.
        int newRows = 0, goneRows = 0;
        std::vector<QModelIndex> stack{QModelIndex()};
        while (!stack.empty()) {
            const QModelIndex parent = stack.back();
            stack.pop_back();
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                const auto& node = tree->node(model.nodeOf(index));
                QCOMPARE(model.indexOfNode(model.nodeOf(index)), index);
                QCOMPARE(index.data().toString(), QString::fromStdString(node.name));
                QCOMPARE(model.index(row, ComparisonTreeModel::Delta, parent).data(SortRole).toLongLong(),
                         qlonglong(node.delta()));
                const QString percent =
                    model.index(row, ComparisonTreeModel::DeltaPercent, parent).data().toString();
                if (node.isNew()) {
                    ++newRows;
                    QCOMPARE(percent, QStringLiteral("new"));
                    QCOMPARE(model.index(row, ComparisonTreeModel::InclusiveBefore, parent).data().toString(),
                             QStringLiteral("—"));
                    QCOMPARE(index.data(FunctionRole).toInt(), -1);
                } else if (node.isGone()) {
                    ++goneRows;
                    QCOMPARE(percent, QStringLiteral("gone"));
                    QCOMPARE(index.data(ComparisonTreeModel::AfterFunctionRole).toInt(), -1);
                } else {
                    QVERIFY(percent.endsWith('%'));
                }
                stack.push_back(index);
            }
        }
        QVERIFY(newRows >= 1 && goneRows >= 1); // cached_computation new, redundant_computation gone
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void queryResult_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("seed callers")
            << "SELECT caller_function, COUNT(*) AS call_count, SUM(duration_ms) AS total_time "
               "FROM events WHERE function_name = 'slow_function' AND event_type = 'call' "
               "GROUP BY caller_function ORDER BY total_time DESC"
            << 2 << QStringList{"caller_function", "call_count", "total_time"};
        QTest::newRow("stddev")
            << "SELECT function_name, STDDEV(duration_ms) AS s FROM events GROUP BY function_name "
               "HAVING COUNT(*) > 5"
            << 2 << QStringList{"function_name", "s"};
        QTest::newRow("empty") << "SELECT * FROM events WHERE 0" << 0 << QStringList{};
    }

    void queryResult()
    {
        QFETCH(QString, sql);
        QFETCH(int, rows);
        QFETCH(QStringList, columns);
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_seed->main->reader->database().query(sql.toStdString()));
        QCOMPARE(model.rowCount(), rows);
        for (int c = 0; c < columns.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), columns[c]);
        if (sql.contains("call_count")) {
            QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("redundant_computation"));
            QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("10"));
            QCOMPARE(model.index(0, 1).data(SortRole).toLongLong(), 10);
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
