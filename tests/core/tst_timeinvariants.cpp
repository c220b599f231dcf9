// The definitions of time (RunData.h, tracer/FORMAT.md "Time") checked on traces of a real Python program
// (time_program.py: threads, asyncio tasks and a queue, direct and mutual recursion, a generator consumed
// elsewhere, a contextmanager, exceptions), traced by `breadcrumb run` in the default scope and with every
// module included: for every call, tree node and function, on all threads and on each thread alone.

#include "CallTree.h"
#include "FunctionStats.h"
#include "TraceReader.h"

#include <map>
#include <QtTest>
#include <set>

using namespace breadcrumb;

namespace {

QString name(const RunData& run, std::int32_t function)
{
    return function < 0 ? QStringLiteral("<root>")
                        : QString::fromStdString(run.displayName(static_cast<std::uint32_t>(function)));
}

} // namespace

class TestTimeInvariants : public QObject
{
    Q_OBJECT

    std::vector<std::shared_ptr<const RunData>> m_runs;

    const RunData& currentRun(int index) const { return *m_runs[static_cast<std::size_t>(index)]; }

    // Rows: every run, once with all threads and once per thread.
    void perThreadRows()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("thread");
        for (std::size_t r = 0; r < m_runs.size(); ++r) {
            const RunData& run = *m_runs[r];
            QTest::addRow("run %lld, all threads", static_cast<long long>(run.run.id))
                << int(r) << kAllThreads;
            for (std::size_t t = 0; t < run.threads.size(); ++t)
                QTest::addRow("run %lld, %s", static_cast<long long>(run.run.id), run.threads[t].name.c_str())
                    << int(r) << int(t);
        }
    }

private slots:
    void initTestCase()
    {
        TraceReader reader(BREADCRUMB_TIME_TRACE);
        for (const RunInfo& info : reader.runs())
            m_runs.push_back(reader.loadRun(info.id));
        QCOMPARE(m_runs.size(), std::size_t(2)); // default scope and --include '*'
        for (const auto& run : m_runs) {
            // the shapes the program is there for really are in the trace
            QCOMPARE(run->threads.size(), std::size_t(5));
            std::set<std::string> kinds, names;
            bool recursion = false;
            for (const CallRecord& c : run->calls) {
                kinds.insert(run->functions[c.function].kind);
                names.insert(run->functions[c.function].name);
                recursion = recursion || !c.outermost;
            }
            QVERIFY(kinds.count("generator") && kinds.count("coroutine"));
            QVERIFY(recursion);
            QVERIFY(names.count("is_odd") && names.count("timed_section") && names.count("consumer"));
            QVERIFY(!run->exceptions.empty());
        }
    }

    // Per call: 0 <= self <= on-stack; on-stack = self + the children's; a call of the program with no
    // generator or coroutine below it is on the stack for its whole duration; a thread's roots make its
    // traced time, the threads' the run's.
    void calls_data() { perThreadRows(); }
    void calls()
    {
        QFETCH(int, run);
        QFETCH(int, thread);
        const RunData& data = currentRun(run);
        std::vector<char> resumableBelow(data.calls.size(), 0);
        for (std::size_t i = data.calls.size(); i-- > 0;) {
            // children start after their parent: reverse start order visits them first
            for (std::uint32_t k : data.children(static_cast<std::uint32_t>(i))) {
                const std::string& kind = data.functions[data.calls[k].function].kind;
                resumableBelow[i] |= resumableBelow[k] || kind == "generator" || kind == "coroutine" ||
                                     kind == "async_generator";
            }
        }
        Nanos roots = 0, selfSum = 0;
        for (std::uint32_t i = 0; i < data.calls.size(); ++i) {
            if (!data.inThread(i, thread))
                continue;
            const CallRecord& c = data.calls[i];
            QVERIFY(c.selfNs >= 0);
            QVERIFY(c.selfNs <= c.onStackNs);
            Nanos children = 0;
            for (std::uint32_t k : data.children(i)) {
                QCOMPARE(data.calls[k].thread, c.thread);
                children += data.calls[k].onStackNs;
            }
            QCOMPARE(c.selfNs + children, c.onStackNs);
            // (a library function can resume a generator that hangs below another call, like
            // contextlib's __exit__: then the generator's time is in that other call's subtree)
            const FunctionInfo& f = data.functions[c.function];
            if (!resumableBelow[i] && f.kind == "function" && f.module == "__main__")
                QCOMPARE(c.onStackNs, c.durationNs);
            if (c.parent < 0)
                roots += c.onStackNs;
            selfSum += c.selfNs;
        }
        QCOMPARE(roots, data.tracedNs(thread));
        QCOMPARE(selfSum, data.tracedNs(thread));
        Nanos threads = 0;
        for (std::size_t t = 0; t < data.threads.size(); ++t)
            threads += data.tracedNs(static_cast<std::int32_t>(t));
        QCOMPARE(threads, data.tracedNs());
    }

    // Top-down: self + children = inclusive for every node, none over the traced time, and a function's
    // Total (FunctionStats) is its inclusive time in the tree summed over paths, recursion once.
    void topDown_data() { perThreadRows(); }
    void topDown()
    {
        QFETCH(int, run);
        QFETCH(int, thread);
        const RunData& data = currentRun(run);
        const CallTree tree = CallTree::build(data, CallTree::Direction::TopDown, nullptr, thread);
        QCOMPARE(tree.total(), data.tracedNs(thread));
        QVERIFY(tree.total() > 0);
        std::map<std::int32_t, FunctionSummary> fromTree;
        for (std::uint32_t n = 0; n < tree.size(); ++n) {
            const CallTreeNode& node = tree.node(n);
            Nanos children = 0;
            for (std::uint32_t k : node.children)
                children += tree.node(k).inclusive;
            QVERIFY2(node.self >= 0 && node.self <= node.inclusive, qPrintable(name(data, node.function)));
            QCOMPARE(node.self + children, node.inclusive);
            QVERIFY(node.inclusive <= tree.total());
            if (n == 0)
                continue;
            bool outermost = true;
            for (std::int32_t a = node.parent; a > 0 && outermost; a = tree.node(std::uint32_t(a)).parent)
                outermost = tree.node(std::uint32_t(a)).function != node.function;
            FunctionSummary& s = fromTree[node.function];
            s.calls += node.calls;
            s.self += node.self;
            if (outermost)
                s.total += node.inclusive;
        }
        const auto summaries = FunctionStats::summarize(data, SortKey::Total, thread);
        QCOMPARE(summaries.size(), fromTree.size());
        for (const FunctionSummary& s : summaries) {
            const FunctionSummary& t = fromTree[static_cast<std::int32_t>(s.function)];
            QVERIFY2(s.total == t.total, qPrintable(name(data, std::int32_t(s.function))));
            QCOMPARE(s.self, t.self);
            QCOMPARE(s.calls, t.calls);
            QVERIFY(s.self <= s.total);
            QVERIFY(s.total <= tree.total());
            const FunctionSummary one = FunctionStats::summarize(data, s.function, thread);
            QCOMPARE(one.total, s.total);
            QCOMPARE(one.durationSum, s.durationSum);
        }
    }

    // Bottom-up: a function's top-level node has its Functions table figures; its callers split its time.
    void bottomUp_data() { perThreadRows(); }
    void bottomUp()
    {
        QFETCH(int, run);
        QFETCH(int, thread);
        const RunData& data = currentRun(run);
        const CallTree tree = CallTree::build(data, CallTree::Direction::BottomUp, nullptr, thread);
        QCOMPARE(tree.total(), data.tracedNs(thread));
        std::map<std::int32_t, const CallTreeNode*> top;
        for (std::uint32_t k : tree.root().children)
            top[tree.node(k).function] = &tree.node(k);
        const auto summaries = FunctionStats::summarize(data, SortKey::Total, thread);
        QCOMPARE(top.size(), summaries.size());
        for (const FunctionSummary& s : summaries) {
            const CallTreeNode* node = top[static_cast<std::int32_t>(s.function)];
            QVERIFY(node);
            QCOMPARE(node->inclusive, s.total);
            QCOMPARE(node->self, s.self);
            QCOMPARE(node->calls, s.calls);
        }
        for (std::uint32_t n = 1; n < tree.size(); ++n) {
            const CallTreeNode& node = tree.node(n);
            Nanos inclusive = 0, self = 0;
            for (std::uint32_t k : node.children) {
                inclusive += tree.node(k).inclusive;
                self += tree.node(k).self;
            }
            QVERIFY(node.self <= node.inclusive);
            QVERIFY(inclusive <= node.inclusive);
            QVERIFY(self <= node.self);
            QVERIFY(node.inclusive <= tree.total());
        }
    }

    // Callers split a function's Total among them; no callee takes more than the function's Total.
    void callersAndCallees_data()
    {
        QTest::addColumn<int>("run");
        for (std::size_t r = 0; r < m_runs.size(); ++r)
            QTest::addRow("run %lld", static_cast<long long>(m_runs[r]->run.id)) << int(r);
    }
    void callersAndCallees()
    {
        QFETCH(int, run);
        const RunData& data = currentRun(run);
        for (const FunctionSummary& s : FunctionStats::summarize(data)) {
            Nanos callers = 0;
            std::int64_t calls = 0;
            for (const CallerCalleeEntry& e : CallerCallee::callers(data, s.function)) {
                callers += e.total;
                calls += e.calls;
                QVERIFY(e.share <= 1.0);
            }
            QVERIFY2(callers == s.total, qPrintable(name(data, std::int32_t(s.function))));
            QCOMPARE(calls, s.calls);
            for (const CallerCalleeEntry& e : CallerCallee::callees(data, s.function)) {
                QVERIFY2(e.total <= s.total, qPrintable(name(data, std::int32_t(s.function))));
                QVERIFY(e.share <= 1.0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeInvariants)
#include "tst_timeinvariants.moc"
