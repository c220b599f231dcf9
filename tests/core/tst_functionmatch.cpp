// FunctionMatch over two real trace files whose function ids differ: functions are the same by module and
// qualified name (not by id, not by line), and a call path is the same when every step is; what one run
// lacks matches nothing.

#include "CallTree.h"
#include "FunctionMatch.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;

class TestFunctionMatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_before, m_after;
    std::unique_ptr<CallTree> m_beforeTree, m_afterTree;
    std::unique_ptr<FunctionMatch> m_match;

    static std::int32_t fn(const RunData& run, const QString& name)
    {
        const auto f = run.findFunction(name.toStdString());
        return f ? std::int32_t(*f) : -1;
    }

    // The node reached from the root through functions named by "module:name" steps; nullopt if none.
    static std::optional<std::uint32_t> nodeAt(const RunData& run, const CallTree& tree, const QString& path)
    {
        std::uint32_t node = 0;
        for (const QString& step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const std::int32_t function = fn(run, step);
            bool found = false;
            for (const std::uint32_t child : tree.node(node).children)
                if (tree.node(child).function == function) {
                    node = child;
                    found = true;
                    break;
                }
            if (!found)
                return std::nullopt;
        }
        return node;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::int64_t t0 = 1'700'000'000'000'000'000;
        // before: main -> parse -> pkg.a:helper; main -> old_only; main -> pkg.b:helper
        const std::string before = m_dir.filePath(QStringLiteral("before.db")).toStdString();
        {
            TraceBuilder b(before);
            const auto main = b.addFunction("main");
            const auto parse = b.addFunction("parse", "pkg.io", 10);
            const auto helperA = b.addFunction("helper", "pkg.a");
            const auto helperB = b.addFunction("helper", "pkg.b");
            const auto oldOnly = b.addFunction("old_only");
            b.addRun(1, t0, t0 + ms(100));
            b.addThread(1, 1, "MainThread");
            b.addCall(1, 1, std::nullopt, main, t0, ms(100));
            b.addCall(2, 1, 1, parse, t0 + ms(1), ms(40));
            b.addCall(3, 1, 2, helperA, t0 + ms(2), ms(20));
            b.addCall(4, 1, 1, oldOnly, t0 + ms(50), ms(10));
            b.addCall(5, 1, 1, helperB, t0 + ms(70), ms(10));
            b.finish();
        }
        // after: the functions in another order (other ids), parse moved to another line, old_only gone,
        // new_only new, and pkg.b:helper now calls parse.
        const std::string after = m_dir.filePath(QStringLiteral("after.db")).toStdString();
        {
            TraceBuilder b(after);
            const auto newOnly = b.addFunction("new_only");
            const auto helperB = b.addFunction("helper", "pkg.b");
            const auto main = b.addFunction("main");
            const auto helperA = b.addFunction("helper", "pkg.a");
            const auto parse = b.addFunction("parse", "pkg.io", 42);
            b.addRun(1, t0, t0 + ms(100));
            b.addThread(1, 1, "MainThread");
            b.addCall(1, 1, std::nullopt, main, t0, ms(100));
            b.addCall(2, 1, 1, helperB, t0 + ms(1), ms(30));
            b.addCall(3, 1, 2, parse, t0 + ms(2), ms(20));
            b.addCall(4, 1, 1, parse, t0 + ms(40), ms(20));
            b.addCall(5, 1, 4, helperA, t0 + ms(41), ms(10));
            b.addCall(6, 1, 1, newOnly, t0 + ms(70), ms(10));
            b.finish();
        }
        m_before = TraceReader(before).loadRun(1);
        m_after = TraceReader(after).loadRun(1);
        m_beforeTree = std::make_unique<CallTree>(CallTree::build(*m_before, CallTree::Direction::TopDown));
        m_afterTree = std::make_unique<CallTree>(CallTree::build(*m_after, CallTree::Direction::TopDown));
        m_match = std::make_unique<FunctionMatch>(*m_before, *m_after);
        // The ids differ, so a match by index would be wrong.
        QVERIFY(fn(*m_before, QStringLiteral("main")) != fn(*m_after, QStringLiteral("main")));
    }

    void functions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("inBefore");
        QTest::addColumn<bool>("inAfter");
        QTest::newRow("same name and module") << "main" << true << true;
        QTest::newRow("moved to another line") << "pkg.io:parse" << true << true;
        QTest::newRow("one of two with a name") << "pkg.a:helper" << true << true;
        QTest::newRow("the other of two") << "pkg.b:helper" << true << true;
        QTest::newRow("gone") << "old_only" << true << false;
        QTest::newRow("new") << "new_only" << false << true;
    }

    void functions()
    {
        QFETCH(QString, name);
        QFETCH(bool, inBefore);
        QFETCH(bool, inAfter);
        const std::int32_t before = fn(*m_before, name);
        const std::int32_t after = fn(*m_after, name);
        QCOMPARE(before >= 0, inBefore);
        QCOMPARE(after >= 0, inAfter);
        if (inBefore)
            QCOMPARE(m_match->toSecond(before), inAfter ? after : -1);
        if (inAfter)
            QCOMPARE(m_match->toFirst(after), inBefore ? before : -1);
    }

    void outOfRange_data()
    {
        QTest::addColumn<int>("function");
        QTest::newRow("none selected") << -1;
        QTest::newRow("past the end") << 1000;
    }

    void outOfRange()
    {
        QFETCH(int, function);
        QCOMPARE(m_match->toSecond(function), -1);
        QCOMPARE(m_match->toFirst(function), -1);
    }

    // A call path of one run in the other: every step matched, in order from the root.
    void callPaths_data()
    {
        QTest::addColumn<bool>("fromBefore");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inOther");
        QTest::newRow("the root") << true << "" << true;
        QTest::newRow("before: main/parse/helper") << true << "main/pkg.io:parse/pkg.a:helper" << true;
        QTest::newRow("before: main/pkg.b:helper") << true << "main/pkg.b:helper" << true;
        QTest::newRow("before: a gone function") << true << "main/old_only" << false;
        QTest::newRow("after: a path before lacks") << false << "main/pkg.b:helper/pkg.io:parse" << false;
        QTest::newRow("after: a new function") << false << "main/new_only" << false;
        QTest::newRow("after: main/parse/helper") << false << "main/pkg.io:parse/pkg.a:helper" << true;
    }

    void callPaths()
    {
        QFETCH(bool, fromBefore);
        QFETCH(QString, path);
        QFETCH(bool, inOther);
        const RunData& fromRun = fromBefore ? *m_before : *m_after;
        const RunData& toRun = fromBefore ? *m_after : *m_before;
        const CallTree& from = fromBefore ? *m_beforeTree : *m_afterTree;
        const CallTree& to = fromBefore ? *m_afterTree : *m_beforeTree;
        const std::optional<std::uint32_t> node = nodeAt(fromRun, from, path);
        QVERIFY(node);
        const std::optional<std::uint32_t> matched =
            fromBefore ? m_match->secondNode(from, *node, to) : m_match->firstNode(from, *node, to);
        QCOMPARE(matched.has_value(), inOther);
        if (inOther)
            QCOMPARE(*matched, *nodeAt(toRun, to, path));
        // A node index the tree does not have matches nothing.
        QVERIFY(!m_match->secondNode(from, std::uint32_t(from.size()), to));
    }
};

QTEST_MAIN(TestFunctionMatch)
#include "tst_functionmatch.moc"
