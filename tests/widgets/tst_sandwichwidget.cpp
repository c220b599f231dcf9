// SandwichWidget over a real trace: the selected function's callers drawn upwards above it, its callees
// below, merged over all call sites, with the function's inclusive time and calls in the header.

#include "FlameGraphView.h"
#include "SandwichWidget.h"
#include "TestTrace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

std::uint32_t nodeIn(const CallTree& tree, int function)
{
    for (std::uint32_t n = 0; n < tree.size(); ++n)
        if (tree.node(n).function == function)
            return n;
    return UINT32_MAX;
}

} // namespace

class TestSandwichWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;

    int fn(const char* name) const { return functionIndex(*m_run, name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
        m_tree = topDownTree(*m_run);
    }

    void contents_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("callers"); // from the function up, first caller chain
        QTest::addColumn<QStringList>("callees"); // the function's heaviest callee path
        QTest::addColumn<QString>("header");
        QTest::newRow("slow_function") << "slow_function" << QStringList{"slow_function", "main"}
                                       << QStringList{"slow_function", "fast_function"}
                                       << "slow_function: 300.0ms inclusive (20.0%), calls: 3";
        QTest::newRow("fast_function")
            << "fast_function" << QStringList{"fast_function", "slow_function", "main"}
            << QStringList{"fast_function"} << "fast_function: 120.0ms inclusive (8.0%), calls: 6";
        QTest::newRow("parse (worker thread)")
            << "parse" << QStringList{"parse", "worker_task"} << QStringList{"parse"}
            << "parse: 400.0ms inclusive (26.7%), calls: 4";
        QTest::newRow("main (a root)")
            << "main" << QStringList{"main"} << QStringList{"main", "slow_function", "fast_function"}
            << "main: 1.00s inclusive (66.7%), calls: 1";
    }

    void contents()
    {
        QFETCH(QString, function);
        QFETCH(QStringList, callers);
        QFETCH(QStringList, callees);
        QFETCH(QString, header);
        SandwichWidget widget;
        widget.resize(800, 500);
        widget.setCallTree(m_run, m_tree);
        widget.setFunction(fn(function.toLatin1().constData()));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.headerText(), header);
        const auto names = [&](const CallTree& tree) {
            QStringList out;
            for (const std::uint32_t n : tree.hotPath())
                out << QString::fromStdString(m_run->functions[tree.node(n).function].name);
            return out;
        };
        QCOMPARE(names(widget.sandwich()->callers()), callers);
        QCOMPARE(names(widget.sandwich()->callees()), callees);

        // Callers read upwards: the function sits on the bottom row, its caller right above it, as wide.
        FlameGraphView* up = widget.callersView();
        const QRectF bottom = up->frameRect(0);
        QCOMPARE(bottom.bottom(), double(up->height()));
        QCOMPARE(bottom.width(), double(up->width()));
        if (callers.size() > 1) {
            const QRectF caller = up->frameRect(widget.sandwich()->callers().hotPath()[1]);
            QCOMPARE(caller.bottom(), bottom.top());
            // Clicking a caller selects it.
            QSignalSpy spy(&widget, &SandwichWidget::functionClicked);
            QTest::mouseClick(up, Qt::LeftButton, {}, caller.center().toPoint());
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().toInt(), fn(callers[1].toLatin1().constData()));
        }
        // Callees read downwards from the top.
        FlameGraphView* down = widget.calleesView();
        QCOMPARE(down->frameRect(0).top(), 0.0);
        if (function == QLatin1String("slow_function")) {
            const QRectF fast = down->frameRect(nodeIn(widget.sandwich()->callees(), fn("fast_function")));
            QVERIFY(qAbs(fast.width() - down->width() * 0.4) < 1.0); // 120 of 300 ms
            saveScreenshot(&widget, QStringLiteral("sandwich"));
        }
    }

    void followsTheTreeAndClears()
    {
        SandwichWidget widget;
        widget.resize(600, 400);
        widget.setFunction(fn("compute"));
        QVERIFY(!widget.sandwich()); // no tree yet
        widget.setCallTree(m_run, m_tree);
        QVERIFY(widget.sandwich());
        QCOMPARE(widget.sandwich()->inclusive(), 210 * 1'000'000LL);
        // On the worker thread's tree compute has no calls: the header says so.
        widget.setCallTree(m_run, std::make_shared<const CallTree>(
                                      CallTree::build(*m_run, CallTree::Direction::TopDown, nullptr, 1)));
        QCOMPARE(widget.headerText(), QStringLiteral("compute has no calls in this view."));
        QVERIFY(!widget.callersView()->tree());
        widget.setFunction(-1);
        QCOMPARE(widget.headerText(), QStringLiteral("Select a function to see its callers and callees."));
        widget.clear();
        QVERIFY(!widget.sandwich());
        QVERIFY(widget.headerText().isEmpty());
    }
};

QTEST_MAIN(TestSandwichWidget)
#include "tst_sandwichwidget.moc"
