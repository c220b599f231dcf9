// The comparison of runs on real traces recorded by `breadcrumb run` (CMakeLists: core.compare_trace):
// examples/04-performance-profiling as is (run 1) and with --optimized (run 2), and compare_program.py,
// twice as is (runs 1, 2) and twice with --slower (runs 3, 4), where only `slowed` takes 30% longer
// over its 50 calls. Verdicts, summaries, the merged call trees and the run references of several runs.

#include "ComparisonSummary.h"
#include "ComparisonTree.h"
#include "DifferentialColor.h"
#include "RankTest.h"
#include "RunComparison.h"
#include "TraceReader.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <QtTest>

using namespace breadcrumb;

namespace {

const ComparisonRow& row(const std::vector<ComparisonRow>& rows, const std::string& name)
{
    for (const auto& r : rows)
        if (r.name == name)
            return r;
    static const ComparisonRow missing{}; // an empty name: the QCOMPAREs on it fail and say which
    qWarning("no row %s", name.c_str());
    return missing;
}

std::vector<std::shared_ptr<const RunData>> loadAll(const std::string& path)
{
    TraceReader reader(path);
    std::vector<std::shared_ptr<const RunData>> runs;
    for (std::int64_t id : RunRef::parse(path + ":all", "").resolve(reader))
        runs.push_back(reader.loadRun(id));
    return runs;
}

// Self + the children's inclusive = inclusive, on both sides of every merged node (top-down).
void checkTreeSums(const ComparisonTree& tree)
{
    for (std::uint32_t i = 0; i < tree.size(); ++i) {
        const auto& n = tree.node(i);
        Nanos before = n.selfBefore, after = n.selfAfter;
        for (std::uint32_t c : n.children) {
            before += tree.node(c).inclusiveBefore;
            after += tree.node(c).inclusiveAfter;
            QCOMPARE(tree.node(c).parent, std::int32_t(i));
        }
        QCOMPARE(before, n.inclusiveBefore);
        QCOMPARE(after, n.inclusiveAfter);
    }
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

    std::vector<std::shared_ptr<const RunData>> m_example; // as is, --optimized
    std::vector<std::shared_ptr<const RunData>> m_program; // as is, as is, --slower, --slower

    const RunData& runOf(const QString& set, int index) const
    {
        return *(set == QLatin1String("example") ? m_example : m_program)[static_cast<std::size_t>(index)];
    }

private slots:
    void initTestCase()
    {
        m_example = loadAll(BREADCRUMB_COMPARE_DIR "/example.db");
        m_program = loadAll(BREADCRUMB_COMPARE_DIR "/program.db");
        QCOMPARE(m_example.size(), std::size_t(2));
        QCOMPARE(m_program.size(), std::size_t(4));
        QVERIFY(m_example[1]->run.commandLine.find("--optimized") != std::string::npos);
        QVERIFY(m_program[2]->run.commandLine.find("--slower") != std::string::npos);
    }

    // ---- the rank test ---------------------------------------------------------------------------

    void rankTest_data()
    {
        QTest::addColumn<QList<double>>("first");
        QTest::addColumn<QList<double>>("second");
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("delta");
        // p of the normal approximation with continuity and tie correction (as R's wilcox.test with
        // exact = FALSE); delta checked by counting pairs.
        QTest::newRow("apart") << QList<double>{1, 2, 3, 4, 5} << QList<double>{6, 7, 8, 9, 10} << 25.0
                               << 0.0121858 << 1.0;
        QTest::newRow("reversed") << QList<double>{6, 7, 8, 9, 10} << QList<double>{1, 2, 3, 4, 5} << 0.0
                                  << 0.0121858 << -1.0;
        QTest::newRow("interleaved") << QList<double>{1, 3, 5, 7} << QList<double>{2, 4, 6, 8} << 10.0
                                     << 0.665006 << 0.25;
        QTest::newRow("ties") << QList<double>{1, 2, 2, 3} << QList<double>{2, 3, 3, 4} << 13.0 << 0.172034
                              << 0.625;
        QTest::newRow("identical") << QList<double>{5, 5, 5} << QList<double>{5, 5, 5} << 4.5 << 1.0 << 0.0;
        QTest::newRow("same sample") << QList<double>{4, 1, 3, 9} << QList<double>{4, 1, 3, 9} << 8.0 << 1.0
                                     << 0.0;
        QTest::newRow("empty") << QList<double>{} << QList<double>{1, 2} << 0.0 << 1.0 << 0.0;
    }
    void rankTest()
    {
        QFETCH(QList<double>, first);
        QFETCH(QList<double>, second);
        QFETCH(double, u);
        QFETCH(double, p);
        QFETCH(double, delta);
        const auto r = RankTest::mannWhitney(std::vector<double>(first.begin(), first.end()),
                                             std::vector<double>(second.begin(), second.end()));
        QCOMPARE(r.u, u);
        QVERIFY2(std::fabs(r.pValue - p) < 1e-6, qPrintable(QString::number(r.pValue, 'g', 10)));
        QCOMPARE(r.cliffsDelta, delta);
    }

    // ---- a run against itself ----------------------------------------------------------------------

    void selfComparison_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("index");
        QTest::newRow("example as is") << "example" << 0;
        QTest::newRow("example --optimized") << "example" << 1;
        QTest::newRow("program as is") << "program" << 0;
        QTest::newRow("program --slower") << "program" << 3;
    }
    void selfComparison()
    {
        QFETCH(QString, set);
        QFETCH(int, index);
        const RunData& run = runOf(set, index);
        const auto rows = RunComparison::compare(run, run);
        QVERIFY(!rows.empty());
        for (const auto& r : rows) {
            QCOMPARE(r.deltaTotal, Nanos(0));
            QCOMPARE(r.deltaSelf, Nanos(0));
            QCOMPARE(r.deltaPercent.value_or(0.0), 0.0);
            QCOMPARE(r.verdict, ComparisonRow::Verdict::Unchanged);
            if (r.pValue)
                QCOMPARE(*r.pValue, 1.0);
            if (r.cliffsDelta)
                QCOMPARE(*r.cliffsDelta, 0.0);
        }
        const auto summary = ComparisonSummary::summarize(rows, run, run);
        QCOMPARE(summary.delta, Nanos(0));
        QCOMPARE(summary.countsText(), std::string("0 faster, 0 slower, 0 new, 0 gone"));
        QCOMPARE(summary.unchanged, int(rows.size()));
        QVERIFY(summary.explaining.empty());
        QVERIFY(!summary.differentPrograms);
        QCOMPARE(summary.commandBefore, summary.commandAfter);

        for (auto direction : {CallTree::Direction::TopDown, CallTree::Direction::BottomUp}) {
            const CallTree tree = CallTree::build(run, direction);
            const auto merged = ComparisonTree::build(run, tree, run, tree);
            QCOMPARE(merged.size(), tree.size()); // every path matched with itself
            QCOMPARE(merged.maxAbsDelta(), Nanos(0));
            for (std::uint32_t i = 0; i < merged.size(); ++i) {
                QCOMPARE(merged.node(i).delta(), Nanos(0));
                QVERIFY(!merged.node(i).isNew() && !merged.node(i).isGone());
            }
            QCOMPARE(merged.hotPath().size(), std::size_t(1)); // nothing changed: nowhere to go
        }
    }

    // ---- the seed example as is vs --optimized ---------------------------------------------------

    void exampleOptimized_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("basis");
        QTest::newRow("redundant_computation") << "redundant_computation"
                                               << "gone"
                                               << "";
        QTest::newRow("cached_computation") << "cached_computation"
                                            << "new"
                                            << "";
        // 13 calls -> 4: too few after for the test; 900 ms less is far above the noise floor.
        QTest::newRow("slow_function") << "slow_function"
                                       << "faster"
                                       << "too few calls";
        QTest::newRow("example_3_redundancy") << "example_3_redundancy"
                                              << "faster"
                                              << "too few calls";
        // Sleeps that did not change: within the noise floor (1% of a ~4 s run).
        QTest::newRow("very_slow_function") << "very_slow_function"
                                            << "unchanged"
                                            << "noise floor";
        QTest::newRow("process_data") << "process_data"
                                      << "unchanged"
                                      << "noise floor";
        QTest::newRow("example_1_bottleneck") << "example_1_bottleneck"
                                              << "unchanged"
                                              << "noise floor";
        QTest::newRow("fast_function") << "fast_function"
                                       << "unchanged"
                                       << "noise floor";
    }
    void exampleOptimized()
    {
        QFETCH(QString, function);
        QFETCH(QString, verdict);
        QFETCH(QString, basis);
        const auto rows = RunComparison::compare(*m_example[0], *m_example[1]);
        const auto& r = row(rows, function.toStdString());
        QCOMPARE(QString::fromStdString(r.name), function);
        QCOMPARE(QString(RunComparison::verdictName(r.verdict)), verdict);
        QCOMPARE(QString(RunComparison::basisName(r.basis)), basis);
        QCOMPARE(r.pValue.has_value(), r.before && r.after && r.before->calls >= 8 && r.after->calls >= 8);
        // The Δs are those of the two runs' own figures.
        QCOMPARE(r.deltaTotal, (r.after ? r.after->total : 0) - (r.before ? r.before->total : 0));
        QCOMPARE(r.deltaSelf, (r.after ? r.after->self : 0) - (r.before ? r.before->self : 0));
    }

    void exampleSummary()
    {
        const RunData& before = *m_example[0];
        const RunData& after = *m_example[1];
        const auto rows = RunComparison::compare(before, after);
        const auto s = ComparisonSummary::summarize(rows, before, after);
        QCOMPARE(s.totalBefore, before.tracedNs());
        QCOMPARE(s.totalAfter, after.tracedNs());
        QCOMPARE(s.delta, after.tracedNs() - before.tracedNs());
        QCOMPARE(s.added, 1);
        QCOMPARE(s.gone, 1);
        QVERIFY(s.faster >= 2); // (CPU-bound single calls may come out either way on a busy machine)
        QCOMPARE(s.faster + s.slower + s.unchanged + s.added + s.gone, int(rows.size()));
        QVERIFY(!s.differentPrograms);
        QVERIFY(s.warningText().empty());
        QVERIFY(s.commandAfter.find("--optimized") != std::string::npos);
        QVERIFY(s.commandBefore.find("--optimized") == std::string::npos);
        // slow_function's own time (its sleeps) is where the cache saved 0.9 s: nine calls fewer.
        QVERIFY(row(rows, "slow_function").deltaSelf < -800'000'000);
        // The functions named explain the Δ by their own time, all in its direction, most of it: the
        // nine sleeps when the rest of the program ran as fast (a busy machine can slow the CPU-bound
        // parts of one run by seconds, and then they are what changed; compare_program.py, where nothing
        // CPU-bound is large, checks that the slowed function is named first).
        QVERIFY(!s.explaining.empty());
        QVERIFY(s.explaining.size() <= 5);
        Nanos explained = 0;
        for (std::size_t i : s.explaining) {
            QVERIFY((rows[i].deltaSelf < 0) == (s.delta < 0));
            explained += rows[i].deltaSelf;
        }
        QVERIFY(s.explaining.size() == 5 || std::llabs(explained) * 10 >= std::llabs(s.delta) * 8);
    }

    void exampleTree()
    {
        const RunData& before = *m_example[0];
        const RunData& after = *m_example[1];
        const auto rows = RunComparison::compare(before, after);
        const CallTree beforeTree = CallTree::build(before, CallTree::Direction::TopDown);
        const CallTree afterTree = CallTree::build(after, CallTree::Direction::TopDown);
        const auto tree = ComparisonTree::build(before, beforeTree, after, afterTree);
        QCOMPARE(tree.root().inclusiveBefore, before.tracedNs());
        QCOMPARE(tree.root().inclusiveAfter, after.tracedNs());
        checkTreeSums(tree);
        // Every node of either tree has its merged node, which carries its figures.
        for (std::uint32_t i = 0; i < afterTree.size(); ++i) {
            const auto m = tree.nodeOfAfter(i);
            QVERIFY(m >= 0);
            QCOMPARE(tree.node(std::uint32_t(m)).inclusiveAfter, afterTree.node(i).inclusive);
        }
        for (std::uint32_t i = 0; i < beforeTree.size(); ++i)
            QCOMPARE(tree.node(std::uint32_t(tree.nodeOfBefore(i))).inclusiveBefore,
                     beforeTree.node(i).inclusive);
        int newPaths = 0, gonePaths = 0;
        for (std::uint32_t i = 0; i < tree.size(); ++i) {
            const auto& n = tree.node(i);
            if (n.isNew()) {
                ++newPaths;
                QCOMPARE(n.inclusiveBefore, Nanos(0));
                QVERIFY(!n.deltaPercent());
            }
            if (n.isGone()) {
                ++gonePaths;
                QCOMPARE(n.inclusiveAfter, Nanos(0));
            }
            if (n.name == "cached_computation")
                QVERIFY(n.isNew());
            if (n.name == "redundant_computation")
                QVERIFY(n.isGone());
        }
        QVERIFY(newPaths >= 2 && gonePaths >= 2); // the function and the slow_function calls below it
        // The hot path follows the largest |Δ| at every level (on a quiet machine: down to the caching
        // example's gone slow_function calls).
        const auto path = tree.hotPath();
        QVERIFY(path.size() >= 3);
        for (std::size_t i = 1; i < path.size(); ++i)
            for (std::uint32_t sibling : tree.node(path[i - 1]).children)
                QVERIFY(std::llabs(tree.node(sibling).delta()) <= std::llabs(tree.node(path[i]).delta()));
        QVERIFY(std::llabs(tree.node(path[1]).delta()) > 0);

        // Bottom-up, a function's top node carries its Functions-table totals: the row's Δ.
        const CallTree beforeUp = CallTree::build(before, CallTree::Direction::BottomUp);
        const CallTree afterUp = CallTree::build(after, CallTree::Direction::BottomUp);
        const auto up = ComparisonTree::build(before, beforeUp, after, afterUp);
        QCOMPARE(up.direction(), CallTree::Direction::BottomUp);
        for (std::uint32_t c : up.root().children)
            QCOMPARE(up.node(c).delta(), row(rows, up.node(c).name).deltaTotal);
    }

    // ---- differential flame graph colours -------------------------------------------------------

    void differentialColor_data()
    {
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<qint64>("scale");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("g");
        QTest::addColumn<int>("b");
        QTest::newRow("unchanged") << qint64(0) << qint64(100) << 228 << 228 << 228;
        QTest::newRow("no scale") << qint64(5) << qint64(0) << 228 << 228 << 228;
        QTest::newRow("grew most") << qint64(100) << qint64(100) << 214 << 39 << 40;
        QTest::newRow("shrank most") << qint64(-100) << qint64(100) << 31 << 100 << 210;
        QTest::newRow("beyond the scale") << qint64(-300) << qint64(100) << 31 << 100 << 210;
        // a quarter of the scale: intensity sqrt(0.25) = 0.5, halfway between grey and red
        QTest::newRow("grew a quarter") << qint64(25) << qint64(100) << 221 << 134 << 134;
    }
    void differentialColor()
    {
        QFETCH(qint64, delta);
        QFETCH(qint64, scale);
        QFETCH(int, r);
        QFETCH(int, g);
        QFETCH(int, b);
        const Rgb c = DifferentialColor::color(delta, scale);
        QCOMPARE(int(c.r), r);
        QCOMPARE(int(c.g), g);
        QCOMPARE(int(c.b), b);
    }

    void differentialColorsOnExample()
    {
        const RunData& before = *m_example[0];
        const RunData& after = *m_example[1];
        const CallTree beforeTree = CallTree::build(before, CallTree::Direction::TopDown);
        const CallTree afterTree = CallTree::build(after, CallTree::Direction::TopDown);
        const auto tree = ComparisonTree::build(before, beforeTree, after, afterTree);
        QVERIFY(tree.maxAbsDelta() > 800'000'000);
        bool sawRed = false, sawBlue = false, sawFull = false;
        for (std::uint32_t i = 1; i < tree.size(); ++i) {
            const auto& n = tree.node(i);
            const Rgb c = DifferentialColor::color(n.delta(), tree.maxAbsDelta());
            // (the tiniest changes round to the neutral grey)
            const bool visible = DifferentialColor::intensity(n.delta(), tree.maxAbsDelta()) > 0.05;
            if (n.delta() > 0) {
                QVERIFY(visible ? c.r > c.b : c.r >= c.b);
                sawRed = true;
            } else if (n.delta() < 0) {
                QVERIFY(visible ? c.b > c.r : c.b >= c.r);
                sawBlue = true;
            } else {
                QCOMPARE(c, DifferentialColor::kNeutral);
            }
            if (std::llabs(n.delta()) == tree.maxAbsDelta()) {
                QCOMPARE(c, n.delta() > 0 ? DifferentialColor::kGrew : DifferentialColor::kShrank);
                sawFull = true;
            }
            if (n.name == "cached_computation")
                QVERIFY(c.r > c.b); // new: grew from nothing
            if (n.name == "redundant_computation")
                QVERIFY(c.b > c.r); // gone
        }
        QVERIFY(sawRed && sawBlue && sawFull);
    }

    // ---- one function 30% slower over 50 calls ---------------------------------------------------

    void slowedFunction_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("callsPerSide");
        QTest::newRow("run 1 vs run 3") << "program.db:1"
                                        << "program.db:3" << 50;
        QTest::newRow("run 2 vs run 4") << "program.db:2"
                                        << "program.db:4" << 50;
        QTest::newRow("runs 1-2 vs 3-4 pooled") << "program.db:1-2"
                                                << "program.db:3-4" << 100;
    }
    void slowedFunction()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, callsPerSide);
        std::filesystem::current_path(BREADCRUMB_COMPARE_DIR);
        auto load = [](const QString& text) {
            const RunRef ref = RunRef::parse(text.toStdString(), "");
            TraceReader reader(ref.file);
            std::vector<std::shared_ptr<const RunData>> runs;
            for (std::int64_t id : ref.resolve(reader))
                runs.push_back(reader.loadRun(id));
            return runs;
        };
        const auto b = load(before);
        const auto a = load(after);
        std::vector<const RunData*> bp, ap;
        for (const auto& r : b)
            bp.push_back(r.get());
        for (const auto& r : a)
            ap.push_back(r.get());
        const auto rows = RunComparison::compare(bp, ap);

        const auto& slowed = row(rows, "slowed");
        QCOMPARE(slowed.before->calls, std::int64_t(callsPerSide));
        QCOMPARE(slowed.after->calls, std::int64_t(callsPerSide));
        QCOMPARE(QString(RunComparison::verdictName(slowed.verdict)), QString("slower"));
        QCOMPARE(slowed.basis, ComparisonRow::Basis::RankTest);
        QVERIFY2(*slowed.pValue < 0.001, qPrintable(QString::number(*slowed.pValue)));
        QVERIFY(*slowed.cliffsDelta >
                0.25); // slowed calls tend to be the longer ones (sleeps overshoot on a busy machine)
        // 10 ms -> 13 ms a call: +30%, less the sleeps' overshoot (milliseconds on a busy machine)
        QVERIFY2(*slowed.deltaPercent > 8 && *slowed.deltaPercent < 45,
                 qPrintable(QString::number(*slowed.deltaPercent)));
        for (const char* untouched : {"steady", "checksum"}) {
            const auto& r = row(rows, untouched);
            QCOMPARE(r.before->calls, std::int64_t(callsPerSide));
            QVERIFY2(r.verdict == ComparisonRow::Verdict::Unchanged,
                     qPrintable(QString("%1: %2, p %3, Δ %4 ns")
                                    .arg(untouched, RunComparison::verdictName(r.verdict))
                                    .arg(r.pValue.value_or(-1))
                                    .arg(r.deltaTotal)));
        }
        // main holds the slowed calls, so its inclusive time grew too: one call, judged by the floor.
        const auto& main = row(rows, "main");
        QCOMPARE(main.verdict, ComparisonRow::Verdict::Slower);
        QCOMPARE(main.basis, ComparisonRow::Basis::TooFewCalls);
        // ...but its own time did not: the summary names `slowed` as what explains the Δ.
        const auto s = ComparisonSummary::summarize(rows, bp, ap);
        QVERIFY(!s.explaining.empty());
        QCOMPARE(rows[s.explaining.front()].name, std::string("slowed"));
        QCOMPARE(s.added + s.gone, 0);
        QVERIFY(s.delta > 0);
    }

    // ---- two programs ----------------------------------------------------------------------------

    void differentPrograms()
    {
        const auto rows = RunComparison::compare(*m_program[0], *m_example[0]);
        const auto s = ComparisonSummary::summarize(rows, *m_program[0], *m_example[0]);
        QVERIFY(s.differentPrograms);
        QVERIFY(s.commonShareBefore < 0.5 && s.commonShareAfter < 0.5);
        QVERIFY(s.warningText().find("not look like the same program") != std::string::npos);
    }

    // ---- run references of several runs ----------------------------------------------------------

    void runRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<qint64>>("runs"); // resolved against program.db (runs 1-4)
        QTest::newRow("file") << "program.db"
                              << "program.db" << QList<qint64>{4};
        QTest::newRow("file:run") << "program.db:2"
                                  << "program.db" << QList<qint64>{2};
        QTest::newRow("file:range") << "program.db:2-3"
                                    << "program.db" << QList<qint64>{2, 3};
        QTest::newRow("range past the end") << "program.db:3-9"
                                            << "program.db" << QList<qint64>{3, 4};
        QTest::newRow("file:all") << "program.db:all"
                                  << "program.db" << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("default range") << "1-2"
                                       << "program.db" << QList<qint64>{1, 2};
        QTest::newRow("default all") << "all"
                                     << "program.db" << QList<qint64>{1, 2, 3, 4};
    }
    void runRefs()
    {
        QFETCH(QString, text);
        QFETCH(QString, file);
        QFETCH(QList<qint64>, runs);
        std::filesystem::current_path(BREADCRUMB_COMPARE_DIR);
        const RunRef ref = RunRef::parse(text.toStdString(), "program.db");
        QCOMPARE(QString::fromStdString(ref.file), file);
        TraceReader reader(ref.file);
        const auto ids = ref.resolve(reader);
        QCOMPARE(QList<qint64>(ids.begin(), ids.end()), runs);
    }

    void runRefErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no run in range") << "program.db:7-9";
        QTest::newRow("unknown run") << "program.db:9";
    }
    void runRefErrors()
    {
        QFETCH(QString, text);
        std::filesystem::current_path(BREADCRUMB_COMPARE_DIR);
        const RunRef ref = RunRef::parse(text.toStdString(), "");
        TraceReader reader(ref.file);
        try {
            ref.resolve(reader);
            QFAIL("resolved");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), TraceError::Kind::NoSuchRun);
        }
    }

    void backwardsRangeIsAFileName()
    {
        const RunRef ref = RunRef::parse("x.db:5-3", "d.db");
        QCOMPARE(ref.file, std::string("x.db:5-3"));
        QVERIFY(!ref.run && !ref.isSeveral());
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
