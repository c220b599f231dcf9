// FlameGraphWidget over a real trace: clicks select functions, double-click zooms, keys step back,
// search dims non-matching frames, tooltips describe the frame, colours follow modules, packages or self
// time. Wheel, keys, context menu, transforms and export: tst_flamegraphnavigation.

#include "FlameGraphView.h"
#include "FlameGraphWidget.h"
#include "FrameColors.h"
#include "FunctionPalette.h"
#include "TestTrace.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {
// Shows `widget` at `size` over the run's tree; false when it never reached the screen.
bool showOver(FlameGraphWidget& widget, std::shared_ptr<const RunData> run,
              std::shared_ptr<const CallTree> tree, QSize size)
{
    widget.resize(size);
    widget.setCallTree(std::move(run), std::move(tree));
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}
} // namespace

class TestFlameGraphWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    std::unique_ptr<FlameGraphWidget> m_widget;

    // First node of a function in depth-first order.
    std::uint32_t nodeOf(const std::string& name) const
    {
        const int f = functionIndex(*m_run, name);
        for (std::uint32_t n = 0; n < m_tree->size(); ++n)
            if (m_tree->node(n).function == f)
                return n;
        return UINT32_MAX;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path()));
        m_tree = topDownTree(*m_run);
    }

    void init()
    {
        m_widget = std::make_unique<FlameGraphWidget>();
        m_widget->resize(900, 300);
        m_widget->setCallTree(m_run, m_tree);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup() { m_widget.reset(); }

    void rootSpansTheWidth()
    {
        FlameGraphView* view = m_widget->view();
        const QRectF root = view->frameRect(0);
        QCOMPARE(root.x(), 0.0);
        QCOMPARE(root.width(), double(view->width()));
        // main (1000 ms) and worker_task (500 ms) share the root's 1500 ms: widths follow inclusive time.
        const QRectF main = view->frameRect(nodeOf("main"));
        const QRectF worker = view->frameRect(nodeOf("worker_task"));
        QVERIFY(qAbs(main.width() - view->width() * 1000.0 / 1500.0) < 1.0);
        QVERIFY(qAbs(worker.width() - view->width() * 500.0 / 1500.0) < 1.0);
        QCOMPARE(main.y(), double(FlameGraphView::kRowHeight)); // root on top, callees below
    }

    // Tasks of one coroutine run side by side: their durations overlap, but a bar is its on-stack time
    // (RunData.h), which children add up to within their parent, so each bar is exactly its share.
    void concurrentChildrenFitTheirParent()
    {
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int mainFn = trace.addFunction("main");
        const int fetch = trace.addFunction("fetch");
        const int charge = trace.addFunction("charge");
        const int main = trace.call(mainFn, thread, 0, 100);
        for (double start : {0.0, 1.0, 2.0})
            trace.call(fetch, thread, start, 80, main); // 0..82 of main's 100 ms
        trace.call(charge, thread, 30, 60, main);       // overlaps the fetches
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("concurrent.db")));
        const auto tree = topDownTree(*run);
        FlameGraphWidget widget;
        QVERIFY(showOver(widget, run, tree, {900, 300}));
        FlameGraphView* view = widget.view();
        const auto& mainNode = tree->node(tree->root().children[0]);
        QCOMPARE(mainNode.children.size(), std::size_t(2));
        QCOMPARE(mainNode.self + tree->node(mainNode.children[0]).inclusive +
                     tree->node(mainNode.children[1]).inclusive,
                 mainNode.inclusive);
        const QRectF parent = view->frameRect(tree->root().children[0]);
        double right = parent.left();
        for (const std::uint32_t child : mainNode.children) {
            const QRectF r = view->frameRect(child);
            QVERIFY2(r.width() > 0, "child laid out");
            QVERIFY(r.left() >= parent.left() - 0.01);
            QVERIFY(qAbs(r.width() - parent.width() * double(tree->node(child).inclusive) /
                                         double(mainNode.inclusive)) < 0.01);
            right = std::max(right, r.right());
        }
        QVERIFY2(right <= parent.right() + 0.01,
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(parent.right())));
        QVERIFY(view->frameRect(mainNode.children[0]).width() >
                view->frameRect(mainNode.children[1]).width());
    }

    void clickSelectsFunction_data()
    {
        QTest::addColumn<QString>("function");
        for (const char* name : {"main", "slow_function", "fast_function", "compute", "worker_task", "parse"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void clickSelectsFunction()
    {
        QFETCH(QString, function);
        FlameGraphView* view = m_widget->view();
        QSignalSpy spy(m_widget.get(), &FlameGraphWidget::functionClicked);
        const QRectF frame = view->frameRect(nodeOf(function.toStdString()));
        QVERIFY(!frame.isEmpty());
        QTest::mouseClick(view, Qt::LeftButton, {}, frame.center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), functionIndex(*m_run, function.toStdString()));
    }

    void clickOnEmptySpaceEmitsNothing()
    {
        FlameGraphView* view = m_widget->view();
        QSignalSpy spy(m_widget.get(), &FlameGraphWidget::functionClicked);
        // Right of worker_task there is no deeper frame at depth 2 beyond the worker's parse calls' end.
        const QRectF worker = view->frameRect(nodeOf("worker_task"));
        QTest::mouseClick(view, Qt::LeftButton, {},
                          QPoint(int(worker.right()) - 2, 5 * FlameGraphView::kRowHeight));
        QCOMPARE(spy.count(), 0);
    }

    void doubleClickZoomsAndKeysZoomOut()
    {
        FlameGraphView* view = m_widget->view();
        const std::uint32_t slow = nodeOf("slow_function");
        QSignalSpy zoomSpy(m_widget.get(), &FlameGraphWidget::zoomChanged);
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->frameRect(slow).center().toPoint());
        QCOMPARE(m_widget->zoomNode(), slow);
        QCOMPARE(zoomSpy.count(), 1);
        // The zoomed frame spans the width; its child fast_function (120 of 300 ms) scales with it.
        QCOMPARE(view->frameRect(slow).width(), double(view->width()));
        QVERIFY(qAbs(view->frameRect(nodeOf("fast_function")).width() - view->width() * 0.4) < 1.0);
        // Its ancestors (root, main) keep full-width rows; unrelated frames are gone.
        QCOMPARE(view->frameRect(0).width(), double(view->width()));
        QVERIFY(view->frameRect(nodeOf("compute")).isEmpty());
        QCOMPARE(m_widget->breadcrumbCount(), 3);

        // Backspace and Escape step back through what the user did: from fast_function to slow_function,
        // then to the root; with nothing left, a zoom made by a caller still goes up one level.
        QTest::mouseDClick(view, Qt::LeftButton, {},
                           view->frameRect(nodeOf("fast_function")).center().toPoint());
        QCOMPARE(m_widget->zoomNode(), nodeOf("fast_function"));
        QCOMPARE(m_widget->historySize(), 2);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(m_widget->zoomNode(), slow);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(m_widget->zoomNode(), 0u);
        QCOMPARE(m_widget->breadcrumbCount(), 1);
        QCOMPARE(m_widget->historySize(), 0);
        QCOMPARE(zoomSpy.count(), 4);
        view->zoomToNode(slow);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(m_widget->zoomNode(), nodeOf("main"));
    }

    void breadcrumbButtonZoomsOut()
    {
        FlameGraphView* view = m_widget->view();
        QTest::mouseDClick(view, Qt::LeftButton, {},
                           view->frameRect(nodeOf("fast_function")).center().toPoint());
        QCOMPARE(m_widget->zoomNode(), nodeOf("fast_function"));
        QCOMPARE(m_widget->breadcrumbCount(), 4);
        QCoreApplication::processEvents();
        // The first crumb ("All") returns to the root.
        QList<QToolButton*> buttons;
        for (QToolButton* b : m_widget->findChildren<QToolButton*>())
            if (b->isVisible() && b->isCheckable())
                buttons << b;
        QCOMPARE(buttons.size(), 4);
        std::sort(buttons.begin(), buttons.end(),
                  [](QToolButton* a, QToolButton* b) { return a->x() < b->x(); });
        QCOMPARE(buttons.front()->text(), QStringLiteral("All"));
        QTest::mouseClick(buttons.front(), Qt::LeftButton);
        QCOMPARE(m_widget->zoomNode(), 0u);
        saveScreenshot(m_widget.get(), QStringLiteral("flamegraph"));
    }

    void tooltipDescribesFrame()
    {
        FlameGraphView* view = m_widget->view();
        const QPoint pos = view->frameRect(nodeOf("slow_function")).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, view->mapToGlobal(pos));
        QCoreApplication::sendEvent(view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("slow_function")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Calls: 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Inclusive: 300.0ms (20.0% of the traced time)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Self: 180.0ms")), qPrintable(text));
        QToolTip::hideText();
    }

    void searchDimsNonMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("matches");
        QTest::newRow("fast") << "fast" << 1;
        QTest::newRow("case-insensitive") << "SLOW" << 1;
        QTest::newRow("substring of two") << "_function" << 2;
        QTest::newRow("none") << "nothing-like-this" << 0;
    }

    void searchDimsNonMatches()
    {
        QFETCH(QString, text);
        QFETCH(int, matches);
        m_widget->setSearchText(text);
        QCOMPARE(int(m_widget->view()->matchCount()), matches);
        // A non-matching frame is drawn grey, a matching one in its own colour.
        const QImage image = m_widget->view()->grab().toImage();
        const QRectF compute = m_widget->view()->frameRect(nodeOf("compute"));
        const QColor computeColor = image.pixelColor(compute.center().toPoint() + QPoint(0, 6));
        const QColor computeFill = m_widget->view()->frameColor(nodeOf("compute"));
        QCOMPARE(computeColor.rgb(), FunctionPalette::dimmed(computeFill).rgb());
        if (text == QLatin1String("fast")) {
            const QRectF fast = m_widget->view()->frameRect(nodeOf("fast_function"));
            QCOMPARE(image.pixelColor(fast.center().toPoint() + QPoint(0, 6)).rgb(),
                     m_widget->view()->frameColor(nodeOf("fast_function")).rgb());
            saveScreenshot(m_widget.get(), QStringLiteral("flamegraph-search"));
        }
    }

    void selectedFunctionIsOutlined()
    {
        const int compute = functionIndex(*m_run, "compute");
        m_widget->setSelectedFunction(compute);
        const QRectF frame = m_widget->view()->frameRect(nodeOf("compute"));
        const QImage image = m_widget->view()->grab().toImage();
        QCOMPARE(image.pixelColor(QPoint(int(frame.center().x()), int(frame.top()) + 1)).rgb(),
                 QColor(20, 60, 160).rgb());
        m_widget->setSelectedFunction(-1);
        const QImage plain = m_widget->view()->grab().toImage();
        QCOMPARE(plain.pixelColor(QPoint(int(frame.center().x()), int(frame.top()) + 1)).rgb(),
                 m_widget->view()->frameColor(nodeOf("compute")).rgb());
    }

    // Frames are coloured by module by default, so two functions of different modules never share a
    // colour however their names hash; by package, modules of one package share theirs.
    void colorsByModuleAndPackage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("crunchLikeIoWait");
        QTest::addColumn<bool>("parserLikeLexer");
        QTest::newRow("module") << int(FrameColors::Mode::Module) << false << false;
        QTest::newRow("package") << int(FrameColors::Mode::Package) << false << true;
    }

    void colorsByModuleAndPackage()
    {
        QFETCH(int, mode);
        QFETCH(bool, crunchLikeIoWait);
        QFETCH(bool, parserLikeLexer);
        TestTrace trace;
        const int thread = trace.addThread(1, "MainThread");
        const int mainFn = trace.addFunction("main");
        const int crunch = trace.addFunction("crunch", "numeric");
        const int ioWait = trace.addFunction("io_wait", "netio");
        const int parser = trace.addFunction("parse", "lang.parser");
        const int lexer = trace.addFunction("lex", "lang.lexer");
        const int main = trace.call(mainFn, thread, 0, 400);
        trace.call(crunch, thread, 0, 150, main);
        trace.call(ioWait, thread, 150, 100, main);
        trace.call(parser, thread, 250, 80, main);
        trace.call(lexer, thread, 330, 60, main);
        const auto run = loadNewestRun(trace.write(m_dir.path(), QStringLiteral("modules.db")));
        const auto tree = topDownTree(*run);
        FlameGraphWidget widget;
        QVERIFY(showOver(widget, run, tree, {900, 200}));
        FlameGraphView* view = widget.view();
        QCOMPARE(view->colorMode(), FrameColors::Mode::Module); // the default
        view->setColorMode(FrameColors::Mode(mode));
        const auto nodeOfIn = [&](const char* name) {
            const int f = functionIndex(*run, name);
            for (std::uint32_t n = 0; n < tree->size(); ++n)
                if (tree->node(n).function == f)
                    return n;
            return UINT32_MAX;
        };
        const auto hueGap = [](const QColor& a, const QColor& b) {
            const int d = std::abs(a.hsvHue() - b.hsvHue());
            return std::min(d, 360 - d);
        };
        const QImage image = view->grab().toImage();
        const auto pixel = [&](const char* name) {
            return image.pixelColor(view->frameRect(nodeOfIn(name)).center().toPoint() + QPoint(0, 6));
        };
        QCOMPARE(pixel("crunch").rgb(), view->frameColor(nodeOfIn("crunch")).rgb());
        QCOMPARE(hueGap(pixel("crunch"), pixel("io_wait")) < 20, crunchLikeIoWait);
        QCOMPARE(hueGap(pixel("parse"), pixel("lex")) < 20, parserLikeLexer);
        // Dark text on every group colour stays readable.
        for (const char* name : {"main", "crunch", "io_wait", "parse", "lex"})
            QVERIFY2(qGray(view->frameColor(nodeOfIn(name)).rgb()) > 140, name);
        // The legend names the groups, most self time first.
        const auto legend = view->legend();
        QVERIFY(!legend.empty());
        QCOMPARE(legend.front().label, QStringLiteral("numeric")); // 150 ms self; lang.* has 140 ms
        QStringList labels;
        for (const auto& entry : legend)
            labels << entry.label;
        QCOMPARE(labels.contains(QStringLiteral("lang")), mode == int(FrameColors::Mode::Package));
        QCOMPARE(labels.contains(QStringLiteral("lang.parser")), mode == int(FrameColors::Mode::Module));
        saveScreenshot(&widget, mode == int(FrameColors::Mode::Module)
                                    ? QStringLiteral("flamegraph-modules")
                                    : QStringLiteral("flamegraph-packages"));
    }

    // The groups come from one pass over the run's calls; every further tree of the same run (a transform,
    // a sandwich's halves, a step back) reuses them: at 10 M calls a pass is 0.1 s of GUI thread per tree.
    void colorGroupsArePassedOverOncePerRun()
    {
        FrameColors colors;
        colors.reset(m_run.get());
        const QColor before = colors.color(m_tree->node(1));
        const auto otherTree =
            std::make_shared<const CallTree>(CallTree::build(*m_run, CallTree::Direction::BottomUp));
        colors.setTree(otherTree.get());
        colors.reset(m_run.get());
        QCOMPARE(colors.callPasses(), std::size_t(1));
        QCOMPARE(colors.color(m_tree->node(1)).rgb(), before.rgb());
        // Another run is passed over again, and the colours follow it.
        const auto other =
            loadNewestRun(TestTrace::standard().write(m_dir.path(), QStringLiteral("again.db")));
        colors.reset(other.get());
        QCOMPARE(colors.callPasses(), std::size_t(2));
        colors.reset(nullptr);
        colors.reset(m_run.get());
        QCOMPARE(colors.callPasses(), std::size_t(3));
    }

    void heatColorsFollowSelfTime()
    {
        FlameGraphView* view = m_widget->view();
        view->setColorMode(FrameColors::Mode::SelfTime);
        // main's self is 1000 - 3 x 300 (slow) - 210 (compute) ... the largest self in the tree is the
        // hottest; a frame without self time is the coldest colour.
        std::uint32_t hottest = 1;
        for (std::uint32_t n = 1; n < m_tree->size(); ++n)
            if (m_tree->node(n).self > m_tree->node(hottest).self)
                hottest = n;
        QCOMPARE(view->frameColor(hottest).rgb(), FrameColors::heat(1.0).rgb());
        QVERIFY(qGray(view->frameColor(nodeOf("fast_function")).rgb()) >
                qGray(view->frameColor(hottest).rgb()));
        QCOMPARE(view->legend().size(), std::size_t(3));
        // Dark frames get white text, light ones black.
        QCOMPARE(FunctionPalette::textOn(FrameColors::heat(1.0)), QColor(Qt::white));
        QCOMPARE(FunctionPalette::textOn(FrameColors::heat(0.0)), QColor(Qt::black));
        saveScreenshot(m_widget.get(), QStringLiteral("flamegraph-heat"));
    }

    // The hook other views (Compare) colour frames with: it wins over the mode, an invalid colour or
    // an empty function falls back to it.
    void frameColorFunctionOverridesTheMode()
    {
        FlameGraphView* view = m_widget->view();
        const QColor moduleColor = view->frameColor(nodeOf("compute"));
        const QColor mainColor = view->frameColor(nodeOf("main"));
        const int compute = functionIndex(*m_run, "compute");
        QSignalSpy spy(view, &FlameGraphView::colorsChanged);
        view->setFrameColorFunction([compute](const CallTreeNode& node) {
            return node.function == compute ? QColor(10, 200, 10) : QColor();
        });
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view->frameColor(nodeOf("compute")), QColor(10, 200, 10));
        const QImage image = view->grab().toImage();
        QCOMPARE(image.pixelColor(view->frameRect(nodeOf("compute")).center().toPoint() + QPoint(0, 6)),
                 QColor(10, 200, 10));
        QCOMPARE(view->frameColor(nodeOf("main")), mainColor);
        QVERIFY(view->legend().empty());
        view->setFrameColorFunction({});
        QCOMPARE(view->frameColor(nodeOf("compute")), moduleColor);
    }

    void narrowFramesAreNotLaidOut()
    {
        // At 8 px fast_function (120 of 1500 ms) gets less than a pixel: it is not laid out, the rest is.
        FlameGraphView narrow;
        narrow.setCallTree(m_run, m_tree);
        narrow.resize(8, 200);
        narrow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&narrow));
        FlameGraphView* view = &narrow;
        QCOMPARE(view->width(), 8);
        QCOMPARE(view->laidOutCount(), m_tree->size() - 1);
        QVERIFY(view->frameRect(nodeOf("fast_function")).isEmpty());
        QVERIFY(!view->frameRect(nodeOf("compute")).isEmpty());
        for (std::size_t i = 0; i < m_tree->size(); ++i) {
            const QRectF r = view->frameRect(static_cast<std::uint32_t>(i));
            QVERIFY(r.isEmpty() || r.width() >= 1.0);
        }
    }

    void generatedTrace()
    {
        // A generated 20 000-call run: sub-pixel frames are left out, and zooming along the hot path makes
        // each frame span the width in turn.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.db"));
        QProcess gen;
        gen.start(QStringLiteral(BREADCRUMB_PYTHON),
                  {QStringLiteral(BREADCRUMB_GEN_TRACE), path, QStringLiteral("--calls"),
                   QStringLiteral("20000"), QStringLiteral("--threads"), QStringLiteral("3"),
                   QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        const auto run = loadNewestRun(path.toStdString());
        const auto tree = topDownTree(*run);
        FlameGraphWidget widget;
        QVERIFY(showOver(widget, run, tree, {1000, 500}));
        FlameGraphView* view = widget.view();
        QVERIFY(view->laidOutCount() < tree->size());
        saveScreenshot(&widget, QStringLiteral("flamegraph-20k"));
        const std::vector<std::uint32_t> hot = tree->hotPath();
        QVERIFY(hot.size() >= 3);
        for (std::size_t i = 1; i < hot.size(); ++i) {
            const QRectF frame = view->frameRect(hot[i]);
            if (frame.width() < 2)
                break; // too narrow to hit at this zoom; the previous zoom step has been checked
            QTest::mouseDClick(view, Qt::LeftButton, {}, frame.center().toPoint());
            QCOMPARE(widget.zoomNode(), hot[i]);
            QCOMPARE(view->frameRect(hot[i]).width(), double(view->width()));
        }
        QVERIFY(widget.zoomNode() != 0u);
        saveScreenshot(&widget, QStringLiteral("flamegraph-20k-zoomed"));
        widget.resetZoom();
        QCOMPARE(widget.zoomNode(), 0u);
    }

    void clearShowsNothing()
    {
        QSignalSpy spy(m_widget.get(), &FlameGraphWidget::functionClicked);
        m_widget->clear();
        QTest::mouseClick(m_widget->view(), Qt::LeftButton, {}, QPoint(10, 5));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_widget->view()->nodeAt(QPointF(10, 5)), -1);
        QCOMPARE(m_widget->breadcrumbCount(), 0);
    }
};

QTEST_MAIN(TestFlameGraphWidget)
#include "tst_flamegraphwidget.moc"
