// TimelineLayout without a widget: lanes and rows, the items a view draws (every call at least a pixel wide,
// one block per run of narrower calls in a row), hit-testing, vertical culling, and the level of detail that
// keeps a frame's item count bounded by the pixels, not by the calls, on a generated 20 000-call trace.

#include "TestTrace.h"
#include "TimelineLayout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

TimelineLayout::View wholeRun(const TimelineLayout& layout, int width, int height = 10000)
{
    return {0, layout.totalSpan(), width, 0, height};
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const RunData> m_big;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
        const QString path = m_dir.filePath(QStringLiteral("big.db"));
        QProcess gen;
        gen.start(QStringLiteral(BREADCRUMB_PYTHON),
                  {QStringLiteral(BREADCRUMB_GEN_TRACE), path, QStringLiteral("--calls"),
                   QStringLiteral("20000"), QStringLiteral("--threads"), QStringLiteral("3"),
                   QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        m_big = loadNewestRun(path.toStdString());
    }

    // main (0..1000 ms) with slow_function x3 > fast_function x2 and compute x20 on MainThread; worker_task
    // (100..600 ms) > parse x4 on Worker-1, whose lane lies below.
    void lanesAndRows()
    {
        TimelineLayout layout;
        layout.setRun(m_run);
        QCOMPARE(layout.lanes().size(), std::size_t(2));
        const auto& main = layout.lanes()[0];
        const auto& worker = layout.lanes()[1];
        QCOMPARE(m_run->threads[main.thread].name, std::string("MainThread"));
        QCOMPARE(main.maxRow, 2u);
        QCOMPARE(worker.maxRow, 1u);
        QCOMPARE(worker.top, main.height() + TimelineLayout::kLaneGap);
        QCOMPARE(layout.contentHeight(), worker.top + worker.height() + TimelineLayout::kLaneGap);
        QCOMPARE(layout.totalSpan(), Nanos(1'000'000'000));
        for (const std::uint32_t c : callsOf(*m_run, "fast_function"))
            QCOMPARE(layout.rowOf(c), 2u);
        const std::uint32_t parse = callsOf(*m_run, "parse")[0];
        QCOMPARE(layout.callY(parse), worker.top + TimelineLayout::kLaneHeader + TimelineLayout::kRowHeight);
    }

    // What a view of `width` px over the whole second draws: at 2000 px every call is at least 1 px wide and
    // drawn as itself; at 200 px compute's 1..4 ms calls (0.2..0.8 px) merge into blocks, each covering calls
    // of its row; no call is drawn twice.
    // setRun() takes only the time span; the lanes and rows (a walk over every call) wait until first asked
    // for, and come out the same as laid out at once.
    void laidOutOnFirstUse()
    {
        TimelineLayout layout;
        QVERIFY(layout.isLaidOut()); // nothing to lay out
        layout.setRun(m_run);
        QVERIFY(!layout.isLaidOut());
        QCOMPARE(layout.totalSpan(), Nanos(1'000'000'000));
        QCOMPARE(layout.origin(), m_run->run.startNs);
        QVERIFY(!layout.isLaidOut());
        std::vector<TimelineLayout::Item> items;
        layout.items(wholeRun(layout, 800), items);
        QVERIFY(layout.isLaidOut());
        QVERIFY(!items.empty());
        QCOMPARE(layout.lanes().size(), std::size_t(2));
        layout.setRun(nullptr);
        QVERIFY(layout.isLaidOut());
        QVERIFY(layout.lanes().empty());
    }

    // A layout told to stop (a worker's, when its view closes) lays out nothing and says so; asked again
    // without a stop, it lays out what an uninterrupted one does.
    void stoppedLayout_data()
    {
        QTest::addColumn<bool>("big");
        QTest::newRow("35 calls") << false;
        QTest::newRow("20 000 calls") << true;
    }
    void stoppedLayout()
    {
        QFETCH(bool, big);
        const auto& run = big ? m_big : m_run;
        TimelineLayout layout;
        layout.setRun(run);
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(!layout.layOutNow(stop.get_token()));
        QVERIFY(!layout.isLaidOut());
        QVERIFY(layout.layOutNow());
        QVERIFY(layout.isLaidOut());
        QVERIFY(layout.layOutNow(stop.get_token())); // already laid out: nothing left to stop
        TimelineLayout uninterrupted;
        uninterrupted.setRun(run);
        QCOMPARE(layout.lanes().size(), uninterrupted.lanes().size());
        QCOMPARE(layout.contentHeight(), uninterrupted.contentHeight());
        for (std::uint32_t c = 0; c < run->calls.size(); ++c)
            QCOMPARE(layout.rowOf(c), uninterrupted.rowOf(c));
        std::vector<TimelineLayout::Item> items, expected;
        layout.items(wholeRun(layout, 800), items);
        uninterrupted.items(wholeRun(uninterrupted, 800), expected);
        QCOMPARE(items.size(), expected.size());
    }

    void itemsAtWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("calls");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("2000 px") << 2000 << int(35) << false;
        QTest::newRow("200 px") << 200 << int(35 - 4) << true;
    }
    void itemsAtWidth()
    {
        QFETCH(int, width);
        QFETCH(int, calls);
        QFETCH(bool, blocks);
        QCOMPARE(m_run->calls.size(), std::size_t(35));
        TimelineLayout layout;
        layout.setRun(m_run);
        std::vector<TimelineLayout::Item> items;
        layout.items(wholeRun(layout, width), items);
        std::set<std::int64_t> seen;
        int blockCount = 0;
        for (const auto& item : items) {
            QVERIFY(item.x1 - item.x0 >= 1.0);
            if (item.call < 0) {
                ++blockCount;
                continue;
            }
            QVERIFY(seen.insert(item.call).second);
            QCOMPARE(item.row, layout.rowOf(std::uint32_t(item.call)));
            QCOMPARE(item.y, layout.callY(std::uint32_t(item.call)));
        }
        QCOMPARE(int(seen.size()), calls);
        QCOMPARE(blockCount > 0, blocks);
        // a call not drawn as itself lies under a block of its row
        for (std::uint32_t c = 0; c < m_run->calls.size(); ++c) {
            if (seen.count(c))
                continue;
            const double x = (m_run->calls[c].startNs - layout.origin()) * double(width) / layout.totalSpan();
            bool covered = false;
            for (const auto& item : items)
                covered = covered ||
                          (item.call < 0 && item.y == layout.callY(c) && item.x0 <= x + 1 && item.x1 >= x);
            QVERIFY2(covered, qPrintable(QString::number(c)));
        }
    }

    // Rows scrolled out of view are not drawn, nor are calls outside the time window.
    void culling()
    {
        TimelineLayout layout;
        layout.setRun(m_run);
        std::vector<TimelineLayout::Item> items;
        const int workerTop = layout.lanes()[1].top;
        layout.items({0, layout.totalSpan(), 2000, workerTop, workerTop + 200}, items);
        for (const auto& item : items)
            QCOMPARE(m_run->threads[layout.lanes()[item.lane].thread].name, std::string("Worker-1"));
        QCOMPARE(items.size(), std::size_t(5)); // worker_task and parse x4
        layout.items({395'000'000, 10'000'000, 1000, 0, 10000}, items);
        std::set<std::string> names;
        for (const auto& item : items) {
            QVERIFY(item.call >= 0);
            names.insert(m_run->functions[m_run->calls[std::size_t(item.call)].function].name);
        }
        QCOMPARE(names, (std::set<std::string>{"main", "compute", "worker_task", "parse"}));
    }

    // Children that run side by side (tasks of one event loop) may hide a long one that started first
    // behind shorter ones that ended: zoomed in past the short ones, the long one and its child are still
    // drawn and found, at any depth; siblings that follow each other are not looked for further back.
    void longCallBehindSideBySideSiblings()
    {
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int mainFn = trace.addFunction("main");
        const int loopFn = trace.addFunction("loop");
        const int longFn = trace.addFunction("long_task");
        const int shortFn = trace.addFunction("short_task");
        const int innerFn = trace.addFunction("inner");
        const int main = trace.call(mainFn, thread, 0, 100);
        const int loop = trace.call(loopFn, thread, 5, 90, main);
        const int longTask = trace.call(longFn, thread, 10, 80, loop);
        trace.call(innerFn, thread, 60, 20, longTask);
        trace.call(shortFn, thread, 11, 1, loop);
        trace.call(shortFn, thread, 13, 1, loop);
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("sidebyside.db")));
        TimelineLayout layout;
        layout.setRun(run);
        const std::uint32_t longCall = callsOf(*run, "long_task")[0];
        const std::uint32_t innerCall = callsOf(*run, "inner")[0];
        const Nanos from = 50'000'000 + run->calls[longCall].startNs - 10'000'000 - layout.origin();
        const TimelineLayout::View view{from, 40'000'000, 1000, 0, 10000};
        std::vector<TimelineLayout::Item> items;
        layout.items(view, items);
        std::set<std::int64_t> drawn;
        for (const auto& item : items)
            drawn.insert(item.call);
        QVERIFY(drawn.count(longCall));
        QVERIFY(drawn.count(innerCall));
        QVERIFY(drawn.count(callsOf(*run, "loop")[0]));
        for (const std::uint32_t c : {longCall, innerCall}) {
            const CallRecord& call = run->calls[c];
            const Nanos mid = std::max(call.startNs - layout.origin(), view.start) + 5'000'000;
            QCOMPARE(layout.callAt(view, view.xForTime(mid), layout.callY(c) + 5), std::int64_t(c));
        }
    }

    // Narrow siblings merge into a block only along one row: beside a long sibling, two short ones half a
    // run apart lie on the row below it, each its own block, with nothing drawn between them.
    void narrowSiblingsBesideALongOneStayApart()
    {
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int mainFn = trace.addFunction("main");
        const int longFn = trace.addFunction("long_task");
        const int shortFn = trace.addFunction("short_task");
        const int main = trace.call(mainFn, thread, 0, 1000);
        trace.call(longFn, thread, 100, 800, main);
        trace.call(shortFn, thread, 200, 1, main);
        trace.call(shortFn, thread, 700, 1, main);
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("besidelong.db")));
        TimelineLayout layout;
        layout.setRun(run);
        const auto shorts = callsOf(*run, "short_task");
        QCOMPARE(layout.rowOf(shorts[0]), 2u);
        QCOMPARE(layout.rowOf(shorts[1]), 2u);
        std::vector<TimelineLayout::Item> items;
        layout.items(wholeRun(layout, 100), items); // 10 ms a pixel: the short calls are narrower
        std::vector<std::pair<double, double>> blocks;
        for (const auto& item : items)
            if (item.row == 2) {
                QCOMPARE(item.call, std::int64_t(-1));
                blocks.emplace_back(item.x0, item.x1);
            }
        std::sort(blocks.begin(), blocks.end());
        QCOMPARE(blocks.size(), std::size_t(2));
        QVERIFY(blocks[0].first >= 19.0 && blocks[0].second <= 22.0);
        QVERIFY(blocks[1].first >= 69.0 && blocks[1].second <= 72.0);
    }

    void hitTesting()
    {
        TimelineLayout layout;
        layout.setRun(m_run);
        const auto view = wholeRun(layout, 1000);
        for (const char* name : {"main", "slow_function", "fast_function", "worker_task", "parse"})
            for (const std::uint32_t c : callsOf(*m_run, name)) {
                const CallRecord& call = m_run->calls[c];
                const double x = view.xForTime(call.startNs - layout.origin() + call.durationNs / 2);
                QCOMPARE(layout.callAt(view, x, layout.callY(c) + 5), std::int64_t(c));
            }
        QCOMPARE(layout.callAt(view, 500, layout.lanes()[0].top + 2), std::int64_t(-1)); // the lane header
        QCOMPARE(layout.callAt(view, 50, layout.callY(callsOf(*m_run, "worker_task")[0]) + 5),
                 std::int64_t(-1)); // before the worker started
    }

    // Level of detail: zoomed out over 20 000 calls, a frame draws about as many items as it has pixels per
    // row, whatever the calls; zoomed in, only the calls in the window. Each row's items never overlap.
    void levelOfDetail_data()
    {
        QTest::addColumn<double>("zoom"); // fraction of the run shown
        QTest::newRow("whole run") << 1.0;
        QTest::newRow("1/100") << 0.01;
        QTest::newRow("1/10000") << 0.0001;
    }
    void levelOfDetail()
    {
        QFETCH(double, zoom);
        TimelineLayout layout;
        layout.setRun(m_big);
        const int width = 800;
        const Nanos span = std::max<Nanos>(TimelineLayout::kMinSpanNs, Nanos(layout.totalSpan() * zoom));
        const TimelineLayout::View view{layout.totalSpan() / 2 - span / 2, span, width, 0,
                                        layout.contentHeight()};
        std::vector<TimelineLayout::Item> items;
        layout.items(view, items);
        QVERIFY(!items.empty());
        std::size_t rows = 0;
        for (const auto& lane : layout.lanes())
            rows += lane.maxRow + 1;
        QVERIFY2(items.size() <= rows * width, qPrintable(QString::number(items.size())));
        if (zoom == 1.0)
            QVERIFY2(items.size() < m_big->calls.size() / 4, qPrintable(QString::number(items.size())));
        std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::pair<double, double>>> byRow;
        for (const auto& item : items) {
            byRow[{item.lane, item.row}].emplace_back(item.x0, item.x1);
            QVERIFY(item.x1 > 0 && item.x0 < width); // in the window
            if (item.call >= 0) {
                const CallRecord& c = m_big->calls[std::size_t(item.call)];
                QVERIFY(c.startNs - layout.origin() <= view.start + view.span);
                QVERIFY(c.endNs() - layout.origin() >= view.start);
            }
        }
        for (auto& [key, spans] : byRow) { // a block may reach into the next call's pixel, no further
            std::sort(spans.begin(), spans.end());
            for (std::size_t i = 1; i < spans.size(); ++i)
                QVERIFY2(spans[i].first >= spans[i - 1].second - 1.0,
                         qPrintable(QStringLiteral("row %1: %2 < %3")
                                        .arg(key.second)
                                        .arg(spans[i].first)
                                        .arg(spans[i - 1].second)));
        }
    }

    // What a frame draws against a plain walk over every call of the 20 000: each call whose callers are all
    // at least a pixel wide is drawn as itself when it is too, else it lies under a block of its row; and
    // each block lies over such narrow calls, with no gap of more than a pixel beyond the pixel columns they
    // cover (the jumps over merged siblings neither drop a call nor bridge an empty stretch).
    void drawnAsAPlainWalkWould_data()
    {
        QTest::addColumn<double>("zoom"); // fraction of the run shown
        QTest::addColumn<double>("at");   // where its middle is, as a fraction of the run
        QTest::addColumn<int>("width");
        QTest::newRow("whole run, 800 px") << 1.0 << 0.5 << 800;
        QTest::newRow("whole run, 5000 px") << 1.0 << 0.5 << 5000;
        QTest::newRow("1/10 at the start") << 0.1 << 0.05 << 1000;
        QTest::newRow("1/100 in the middle") << 0.01 << 0.5 << 1000;
        QTest::newRow("1/1000 at 0.3") << 0.001 << 0.3 << 1000;
        QTest::newRow("1/100000 at 0.7") << 0.00001 << 0.7 << 1000;
    }
    void drawnAsAPlainWalkWould()
    {
        QFETCH(double, zoom);
        QFETCH(double, at);
        QFETCH(int, width);
        TimelineLayout layout;
        layout.setRun(m_big);
        const Nanos span = std::max<Nanos>(TimelineLayout::kMinSpanNs, Nanos(layout.totalSpan() * zoom));
        const TimelineLayout::View view{Nanos(layout.totalSpan() * at) - span / 2, span, width, 0,
                                        layout.contentHeight()};
        std::vector<TimelineLayout::Item> items;
        layout.items(view, items);
        std::set<std::int64_t> drawn;
        std::map<std::pair<int, std::uint32_t>, std::vector<std::pair<double, double>>> blocks; // by (y, row)
        for (const auto& item : items) {
            if (item.call >= 0)
                QVERIFY(drawn.insert(item.call).second);
            else
                blocks[{item.y, item.row}].emplace_back(item.x0, item.x1);
        }
        // The plain walk: every call under callers at least a pixel wide, in the window.
        const auto x = [&](Nanos epoch) { return view.xForTime(epoch - layout.origin()); };
        std::map<std::pair<int, std::uint32_t>, std::vector<std::pair<double, double>>> narrow; // by (y, row)
        std::vector<std::uint32_t> stack(m_big->roots().begin(), m_big->roots().end());
        while (!stack.empty()) {
            const std::uint32_t c = stack.back();
            stack.pop_back();
            const CallRecord& call = m_big->calls[c];
            const double x0 = x(call.startNs);
            const double x1 = x(call.endNs());
            if (x1 < 0 || x0 > width)
                continue;
            if (x1 - x0 >= 1.0) {
                QVERIFY2(drawn.count(c), qPrintable(QStringLiteral("call %1 not drawn").arg(c)));
                for (const std::uint32_t child : m_big->children(c))
                    stack.push_back(child);
                continue;
            }
            QVERIFY2(!drawn.count(c), qPrintable(QStringLiteral("call %1 drawn").arg(c)));
            const auto key = std::make_pair(layout.callY(c), layout.rowOf(c));
            narrow[key].emplace_back(x0, x1);
            bool covered = false;
            for (const auto& [b0, b1] : blocks[key])
                covered = covered || (b0 <= x0 + 1.0 && b1 >= x1 - 1.0);
            QVERIFY2(covered,
                     qPrintable(QStringLiteral("call %1 at %2 px not under a block").arg(c).arg(x0)));
        }
        for (auto& [key, spans] : blocks) {
            auto& calls = narrow[key];
            std::sort(calls.begin(), calls.end());
            for (const auto& [b0, b1] : spans) {
                // How far narrow calls cover the block from its left: each covers at least a pixel, and the
                // pixel column it ends in, and joins the block less than a pixel after it.
                double reached = b0;
                for (const auto& [c0, c1] : calls)
                    if (c0 <= reached + 1.0)
                        reached = std::max({reached, c1, c0 + 1.0, std::floor(c1) + 1.0});
                QVERIFY2(
                    reached >= std::min(b1, double(width)) - 1.0,
                    qPrintable(QStringLiteral("block %1..%2 px covered to %3").arg(b0).arg(b1).arg(reached)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
