// CallTreeTransform (focus function, focus subtree, merge recursion, collapse frame, stacked) and
// FunctionSandwich over a real trace file with exact numbers, and their invariants over a generated run:
// every node's inclusive time is its self time plus its children's, totals are kept where they must be.

#include "CallTree.h"
#include "CallTreeTransform.h"
#include "FunctionSandwich.h"
#include "FunctionStats.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <map>
#include <QTemporaryDir>
#include <QtTest>

using namespace breadcrumb;

namespace {

// The tree as "path -> inclusive/self/calls" lines, e.g. "main/a/work 20/20/1" (times in ms).
std::map<std::string, std::string> describe(const RunData& run, const CallTree& tree)
{
    std::map<std::string, std::string> out;
    std::vector<std::pair<std::uint32_t, std::string>> stack{{0, ""}};
    while (!stack.empty()) {
        const auto [index, prefix] = stack.back();
        stack.pop_back();
        const CallTreeNode& n = tree.node(index);
        const std::string name = n.function < 0 ? std::string("*") : run.functions[n.function].name;
        const std::string path = prefix.empty() ? name : prefix + "/" + name;
        out[path] = std::to_string(n.inclusive / 1'000'000) + "/" + std::to_string(n.self / 1'000'000) + "/" +
                    std::to_string(n.calls);
        for (const std::uint32_t c : n.children)
            stack.emplace_back(c, path);
    }
    return out;
}

std::uint32_t nodeAt(const RunData& run, const CallTree& tree, const std::vector<std::string>& path)
{
    std::uint32_t node = 0;
    for (const std::string& name : path) {
        bool found = false;
        for (const std::uint32_t c : tree.node(node).children)
            if (run.functions[tree.node(c).function].name == name) {
                node = c;
                found = true;
                break;
            }
        if (!found)
            return UINT32_MAX;
    }
    return node;
}

void checkSums(const CallTree& tree)
{
    for (std::uint32_t i = 0; i < tree.size(); ++i) {
        const CallTreeNode& n = tree.node(i);
        Nanos children = 0;
        for (const std::uint32_t c : n.children) {
            children += tree.node(c).inclusive;
            QCOMPARE(tree.node(c).parent, static_cast<std::int32_t>(i));
        }
        QCOMPARE(n.self + children, n.inclusive);
        for (std::size_t k = 1; k < n.children.size(); ++k)
            QVERIFY(tree.node(n.children[k - 1]).inclusive >= tree.node(n.children[k]).inclusive);
    }
}

} // namespace

class TestCallTreeTransform : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;

    std::int32_t fn(const char* name) const { return static_cast<std::int32_t>(*m_run->findFunction(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        // main(100) -> a(40) -> work(20)
        //                    -> b(10) -> a(6) -> work(3)      (a recursing through b)
        //           -> b(30) -> a(20) -> work(10)
        //           -> io(20)
        const std::string path = m_dir.filePath("transforms.db").toStdString();
        {
            TraceBuilder b(path);
            const auto main = b.addFunction("main");
            const auto a = b.addFunction("a", "pkg.alpha");
            const auto bb = b.addFunction("b", "pkg.beta");
            const auto work = b.addFunction("work", "numeric");
            const auto io = b.addFunction("io", "netio");
            const std::int64_t t0 = 1'700'000'000'000'000'000;
            b.addRun(1, t0, t0 + ms(100));
            b.addThread(1, 1, "MainThread");
            b.addCall(1, 1, std::nullopt, main, t0, ms(100));
            b.addCall(2, 1, 1, a, t0, ms(40));
            b.addCall(3, 1, 2, work, t0 + ms(5), ms(20));
            b.addCall(4, 1, 2, bb, t0 + ms(25), ms(10));
            b.addCall(5, 1, 4, a, t0 + ms(27), ms(6));
            b.addCall(6, 1, 5, work, t0 + ms(28), ms(3));
            b.addCall(7, 1, 1, bb, t0 + ms(50), ms(30));
            b.addCall(8, 1, 7, a, t0 + ms(55), ms(20));
            b.addCall(9, 1, 8, work, t0 + ms(60), ms(10));
            b.addCall(10, 1, 1, io, t0 + ms(80), ms(20));
            b.finish();
        }
        m_run = TraceReader(path).loadRun(1);
        m_tree = std::make_shared<const CallTree>(CallTree::build(*m_run, CallTree::Direction::TopDown));
        QCOMPARE(m_tree->total(), ms(100));
    }

    void transforms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected"); // "path inclusive/self/calls", every node
        QTest::newRow("none") << "none" << QStringList{"* 100/0/1",
                                                       "*/main 100/10/1",
                                                       "*/main/a 40/10/1",
                                                       "*/main/a/b 10/4/1",
                                                       "*/main/a/b/a 6/3/1",
                                                       "*/main/a/b/a/work 3/3/1",
                                                       "*/main/a/work 20/20/1",
                                                       "*/main/b 30/10/1",
                                                       "*/main/b/a 20/10/1",
                                                       "*/main/b/a/work 10/10/1",
                                                       "*/main/io 20/20/1"};
        // Both outermost calls of a merged; the root is a's inclusive time (60 ms), recursion once.
        QTest::newRow("focus function a")
            << "focus a" << QStringList{"* 60/0/2",      "*/a 60/20/2",        "*/a/b 10/4/1",
                                        "*/a/b/a 6/3/1", "*/a/b/a/work 3/3/1", "*/a/work 30/30/2"};
        QTest::newRow("focus subtree main/b")
            << "subtree main/b"
            << QStringList{"* 30/0/1", "*/b 30/10/1", "*/b/a 20/10/1", "*/b/a/work 10/10/1"};
        // The inner a (through b) returns to the outer one; b keeps only its own 4 ms; the total stays.
        QTest::newRow("merge recursion a")
            << "merge a" << QStringList{"* 100/0/1",          "*/main 100/10/1",         "*/main/a 40/13/2",
                                        "*/main/a/b 4/4/1",   "*/main/a/work 23/23/2",   "*/main/b 30/10/1",
                                        "*/main/b/a 20/10/1", "*/main/b/a/work 10/10/1", "*/main/io 20/20/1"};
        // main/a folds its callees: 40 ms of self; the other a (under b) is another frame and stays.
        QTest::newRow("collapse main/a")
            << "collapse main/a"
            << QStringList{"* 100/0/1",        "*/main 100/10/1",    "*/main/a 40/40/1",
                           "*/main/b 30/10/1", "*/main/b/a 20/10/1", "*/main/b/a/work 10/10/1",
                           "*/main/io 20/20/1"};
        QTest::newRow("focus a, then merge a")
            << "focus a + merge a"
            << QStringList{"* 60/0/3", "*/a 60/23/3", "*/a/b 4/4/1", "*/a/work 33/33/3"};
    }

    void transforms()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        std::vector<CallTreeTransform> stack;
        if (name == "focus a")
            stack.push_back(CallTreeTransform::focusFunction(fn("a")));
        else if (name == "subtree main/b")
            stack.push_back(CallTreeTransform::focusSubtree(*m_tree, nodeAt(*m_run, *m_tree, {"main", "b"})));
        else if (name == "merge a")
            stack.push_back(CallTreeTransform::mergeRecursion(fn("a")));
        else if (name == "collapse main/a")
            stack.push_back(
                CallTreeTransform::collapseFrame(*m_tree, nodeAt(*m_run, *m_tree, {"main", "a"})));
        else if (name == "focus a + merge a")
            stack = {CallTreeTransform::focusFunction(fn("a")), CallTreeTransform::mergeRecursion(fn("a"))};
        const CallTree result = CallTreeTransform::apply(*m_tree, stack);
        checkSums(result);
        QStringList actual;
        for (const auto& [path, figures] : describe(*m_run, result))
            actual << QString::fromStdString(path + " " + figures);
        expected.sort();
        QCOMPARE(actual, expected);
    }

    void transformNames()
    {
        const auto collapse =
            CallTreeTransform::collapseFrame(*m_tree, nodeAt(*m_run, *m_tree, {"main", "b", "a"}));
        QCOMPARE(collapse.kind(), CallTreeTransform::Kind::CollapseFrame);
        QCOMPARE(collapse.function(), fn("a"));
        QCOMPARE(collapse.path(), (std::vector<std::int32_t>{fn("main"), fn("b"), fn("a")}));
        QCOMPARE(CallTreeTransform::focusFunction(fn("io")).function(), fn("io"));
        QVERIFY(CallTreeTransform::focusFunction(fn("io")) == CallTreeTransform::focusFunction(fn("io")));
        QVERIFY(!(CallTreeTransform::focusFunction(fn("io")) == CallTreeTransform::mergeRecursion(fn("io"))));
    }

    void sandwich_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("callers");
        QTest::addColumn<QStringList>("callees");
        QTest::newRow("a") << "a"
                           << QStringList{"a 60/0/2", "a/b 20/0/1", "a/b/main 20/20/1", "a/main 40/40/1"}
                           << QStringList{"a 60/20/2", "a/b 10/4/1", "a/b/a 6/3/1", "a/b/a/work 3/3/1",
                                          "a/work 30/30/2"};
        // work under a, a under main or b, b under a or main: every chain, merged.
        QTest::newRow("work") << "work" << QStringList{"work 33/0/3",           "work/a 33/0/3",
                                                       "work/a/b 13/0/2",       "work/a/b/a 3/0/1",
                                                       "work/a/b/a/main 3/3/1", "work/a/b/main 10/10/1",
                                                       "work/a/main 20/20/1"}
                              << QStringList{"work 33/33/3"};
        QTest::newRow("main (a root)")
            << "main" << QStringList{"main 100/100/1"}
            << QStringList{"main 100/10/1",    "main/a 40/10/1",        "main/a/b 10/4/1",
                           "main/a/b/a 6/3/1", "main/a/b/a/work 3/3/1", "main/a/work 20/20/1",
                           "main/b 30/10/1",   "main/b/a 20/10/1",      "main/b/a/work 10/10/1",
                           "main/io 20/20/1"};
    }

    void sandwich()
    {
        QFETCH(QString, function);
        QFETCH(QStringList, callers);
        QFETCH(QStringList, callees);
        const std::int32_t f = fn(function.toLatin1().constData());
        const FunctionSandwich s = FunctionSandwich::build(*m_tree, f);
        QCOMPARE(s.function(), f);
        checkSums(s.callers());
        checkSums(s.callees());
        const auto lines = [&](const CallTree& tree) {
            QStringList out;
            for (const auto& [path, figures] : describe(*m_run, tree))
                out << QString::fromStdString(path + " " + figures);
            return out;
        };
        callers.sort();
        callees.sort();
        QCOMPARE(lines(s.callers()), callers);
        QCOMPARE(lines(s.callees()), callees);
        // The middle of the sandwich is the function's Functions-table inclusive time and calls.
        const FunctionSummary summary = FunctionStats::summarize(*m_run, static_cast<std::uint32_t>(f));
        QCOMPARE(s.inclusive(), summary.total);
        QCOMPARE(s.callers().total(), summary.total);
    }

    // Over a generated multi-thread run: the invariants hold for every function's focus, merge and
    // sandwich, and merge/collapse keep the total.
    void generatedRunInvariants()
    {
        const std::string path = m_dir.filePath("generated.db").toStdString();
        QVERIFY(TraceBuilder::generate(path, "--calls 20000 --threads 3 --seed 11"));
        const auto run = TraceReader(path).loadRun(TraceReader(path).newestRunId());
        const CallTree tree = CallTree::build(*run, CallTree::Direction::TopDown);
        const auto summaries = FunctionStats::summarize(*run);
        QVERIFY(summaries.size() >= 5);
        for (std::size_t i = 0; i < 5; ++i) {
            const auto f = static_cast<std::int32_t>(summaries[i].function);
            const CallTree focus =
                CallTreeTransform::apply(tree, std::vector{CallTreeTransform::focusFunction(f)});
            checkSums(focus);
            QCOMPARE(focus.total(), summaries[i].total);
            const CallTree merged =
                CallTreeTransform::apply(tree, std::vector{CallTreeTransform::mergeRecursion(f)});
            checkSums(merged);
            QCOMPARE(merged.total(), tree.total());
            const FunctionSandwich s = FunctionSandwich::build(tree, f);
            checkSums(s.callers());
            checkSums(s.callees());
            QCOMPARE(s.inclusive(), summaries[i].total);
            QCOMPARE(s.callers().total(), summaries[i].total);
        }
        const std::vector<std::uint32_t> hot = tree.hotPath();
        const CallTree collapsed =
            CallTreeTransform::apply(tree, std::vector{CallTreeTransform::collapseFrame(tree, hot[1])});
        checkSums(collapsed);
        QCOMPARE(collapsed.total(), tree.total());
        QVERIFY(collapsed.size() < tree.size());
        QCOMPARE(CallTreeTransform::apply(tree, {}).size(), tree.size());
    }
};

QTEST_GUILESS_MAIN(TestCallTreeTransform)
#include "tst_calltreetransform.moc"
