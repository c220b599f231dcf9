// Navigating the flame graph over a real trace as a user does: the wheel zooms around the cursor (Ctrl
// too), Shift+wheel and a horizontal wheel pan, keys zoom and pan, Backspace/Escape step back through
// zooms and transforms; the right-click menu applies transforms (shown as a removable stack), copies the
// name and forwards "show in call tree / function page / sandwich"; the view exports to SVG and PNG.

#include "FlameGraphView.h"
#include "FlameGraphWidget.h"
#include "TestTrace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

void wheel(QWidget* widget, QPoint pos, QPoint angleDelta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), angleDelta, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

// The transform a context-menu action makes, by the action's objectName.
QMenu* openMenu(FlameGraphWidget& widget, std::int64_t node)
{
    FlameGraphView* view = widget.view();
    const QPoint pos =
        node >= 0 ? view->frameRect(static_cast<std::uint32_t>(node)).center().toPoint() : QPoint(5, 5);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->mapToGlobal(pos));
    QCoreApplication::sendEvent(view, &event);
    QMenu* menu = nullptr;
    for (QMenu* m : widget.findChildren<QMenu*>(QStringLiteral("flameGraphMenu")))
        if (m->isVisible())
            menu = m;
    return menu;
}

QAction* action(QMenu* menu, const QString& name)
{
    for (QAction* a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

} // namespace

class TestFlameGraphNavigation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    std::unique_ptr<FlameGraphWidget> m_widget;

    // First node of a function in depth-first order, in the tree the view shows.
    std::uint32_t nodeOf(const std::string& name) const
    {
        const CallTree* tree = m_widget->view()->tree();
        const int f = functionIndex(*m_run, name);
        for (std::uint32_t n = 0; n < tree->size(); ++n)
            if (tree->node(n).function == f)
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

    void wheelZoomsAroundTheCursor_data()
    {
        QTest::addColumn<int>("modifiers");
        QTest::newRow("wheel") << int(Qt::NoModifier);
        QTest::newRow("ctrl+wheel") << int(Qt::ControlModifier);
    }

    void wheelZoomsAroundTheCursor()
    {
        QFETCH(int, modifiers);
        FlameGraphView* view = m_widget->view();
        const QRectF compute = view->frameRect(nodeOf("compute"));
        const QPoint at(int(compute.left() + compute.width() * 0.25), int(compute.center().y()));
        const double before = compute.width();
        wheel(view, at, {0, 120}, Qt::KeyboardModifiers(modifiers));
        const FlameGraphView::ViewState state = view->viewState();
        QVERIFY(qAbs((state.end - state.start) - 0.8) < 1e-9); // one notch shows 80% of the width
        // The frame under the cursor stays under it and grows by 1 / 0.8.
        QCOMPARE(view->nodeAt(at), std::int64_t(nodeOf("compute")));
        const QRectF after = view->frameRect(nodeOf("compute"));
        QVERIFY(qAbs(after.width() - before / 0.8) < 0.5);
        const double anchorBefore = (at.x() - compute.left()) / compute.width();
        QVERIFY(qAbs((at.x() - after.left()) / after.width() - anchorBefore) < 0.01);
        // Nine more notches: deep enough that frames off the window are not laid out.
        for (int i = 0; i < 9; ++i)
            wheel(view, at, {0, 120}, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(view->nodeAt(at), std::int64_t(nodeOf("compute")));
        QVERIFY(view->frameRect(nodeOf("worker_task")).isEmpty());
        QVERIFY(view->laidOutCount() < m_tree->size());
        // Zooming out (wheel towards the user) comes back to the whole width, and no further.
        for (int i = 0; i < 30; ++i)
            wheel(view, at, {0, -120}, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(view->viewState(), FlameGraphView::ViewState{});
        QCOMPARE(view->frameRect(nodeOf("compute")), compute);
    }

    void wheelPans_data()
    {
        QTest::addColumn<QPoint>("delta");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("shift+wheel") << QPoint(0, -120) << int(Qt::ShiftModifier);
        QTest::newRow("horizontal wheel") << QPoint(-120, 0) << int(Qt::NoModifier);
    }

    void wheelPans()
    {
        QFETCH(QPoint, delta);
        QFETCH(int, modifiers);
        FlameGraphView* view = m_widget->view();
        view->zoomAt(0, 0.5); // the left half
        const double span = view->viewState().end - view->viewState().start;
        const double mainLeft = view->frameRect(nodeOf("main")).left();
        wheel(view, {100, 30}, delta, Qt::KeyboardModifiers(modifiers));
        // Scrolling right moves the window right by 15% of its span; the frames move left.
        QVERIFY(qAbs(view->viewState().start - 0.15 * span) < 1e-9);
        QVERIFY(qAbs(view->viewState().end - view->viewState().start - span) < 1e-9);
        QVERIFY(view->frameRect(nodeOf("main")).left() < mainLeft);
        // Panning stops at the edges.
        for (int i = 0; i < 20; ++i)
            wheel(view, {100, 30}, delta, Qt::KeyboardModifiers(modifiers));
        QVERIFY(qAbs(view->viewState().end - 1.0) < 1e-9);
    }

    void keysZoomAndPan_data()
    {
        QTest::addColumn<int>("zoomIn");
        QTest::addColumn<int>("zoomOut");
        QTest::addColumn<int>("right");
        QTest::addColumn<int>("left");
        QTest::newRow("+ - arrows") << int(Qt::Key_Plus) << int(Qt::Key_Minus) << int(Qt::Key_Right)
                                    << int(Qt::Key_Left);
        QTest::newRow("W S D A") << int(Qt::Key_W) << int(Qt::Key_S) << int(Qt::Key_D) << int(Qt::Key_A);
    }

    void keysZoomAndPan()
    {
        QFETCH(int, zoomIn);
        QFETCH(int, zoomOut);
        QFETCH(int, right);
        QFETCH(int, left);
        FlameGraphView* view = m_widget->view();
        view->setFocus();
        QCursor::setPos(m_widget->mapToGlobal(QPoint(-50, -50))); // off the view: keys zoom at the middle
        QTest::keyClick(view, Qt::Key(zoomIn));
        auto state = view->viewState();
        QVERIFY(qAbs(state.end - state.start - 0.7) < 1e-9);
        QVERIFY(qAbs(state.start - 0.15) < 1e-9);
        QTest::keyClick(view, Qt::Key(right));
        QVERIFY(qAbs(view->viewState().start - (0.15 + 0.15 * 0.7)) < 1e-9);
        QTest::keyClick(view, Qt::Key(left));
        QVERIFY(qAbs(view->viewState().start - 0.15) < 1e-9);
        QTest::keyClick(view, Qt::Key(zoomOut));
        QCOMPARE(view->viewState(), FlameGraphView::ViewState{});
        view->zoomAt(450, 0.1);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->viewState(), FlameGraphView::ViewState{});
    }

    // One wheel gesture is one step back; a double-click is another; Backspace/Escape undo them in turn.
    void historyStepsBackThroughNavigation()
    {
        FlameGraphView* view = m_widget->view();
        const QPoint at = view->frameRect(nodeOf("slow_function")).center().toPoint();
        for (int i = 0; i < 3; ++i)
            wheel(view, at, {0, 120});
        const auto wheeled = view->viewState();
        QCOMPARE(m_widget->historySize(), 1);
        QTest::mouseDClick(view, Qt::LeftButton, {},
                           view->frameRect(nodeOf("slow_function")).center().toPoint());
        QCOMPARE(m_widget->zoomNode(), nodeOf("slow_function"));
        QCOMPARE(m_widget->historySize(), 2);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(view->viewState(), wheeled);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(view->viewState(), FlameGraphView::ViewState{});
        QCOMPARE(m_widget->historySize(), 0);
        QVERIFY(!m_widget->back());
    }

    void contextMenuTransforms_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("frame");
        QTest::addColumn<qint64>("totalMs");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("absent"); // a function the result no longer shows
        QTest::newRow("focus function") << "focusFunction"
                                        << "fast_function" << qint64(120) << "Focus: fast_function"
                                        << "compute";
        QTest::newRow("focus subtree") << "focusSubtree"
                                       << "slow_function" << qint64(300) << "Subtree: slow_function"
                                       << "worker_task";
        QTest::newRow("merge recursion")
            << "mergeRecursion"
            << "slow_function" << qint64(1500) << "Merged recursion: slow_function"
            << "";
        QTest::newRow("collapse frame") << "collapseFrame"
                                        << "slow_function" << qint64(1500) << "Collapsed: slow_function"
                                        << "fast_function";
    }

    void contextMenuTransforms()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, frame);
        QFETCH(qint64, totalMs);
        QFETCH(QString, label);
        QFETCH(QString, absent);
        QSignalSpy spy(m_widget.get(), &FlameGraphWidget::transformsChanged);
        QMenu* menu = openMenu(*m_widget, nodeOf(frame.toStdString()));
        QVERIFY(menu);
        QAction* a = action(menu, actionName);
        QVERIFY(a && a->isEnabled());
        a->trigger();
        menu->close();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_widget->transforms().size(), std::size_t(1));
        const CallTree* tree = m_widget->view()->tree();
        QCOMPARE(tree->total(), totalMs * 1'000'000);
        if (!absent.isEmpty())
            QCOMPARE(nodeOf(absent.toStdString()), UINT32_MAX);
        QVERIFY(!m_widget->view()->frameRect(nodeOf(frame.toStdString())).isEmpty());
        // The transforms bar shows it; its button removes it.
        QCoreApplication::processEvents();
        auto* button = m_widget->findChild<QToolButton*>(QStringLiteral("transform0"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().startsWith(label), qPrintable(button->text()));
        saveScreenshot(m_widget.get(), QStringLiteral("flamegraph-") + actionName);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_widget->transforms().empty());
        QCOMPARE(m_widget->view()->tree()->total(), m_tree->total());
        QCOMPARE(m_widget->view()->tree()->size(), m_tree->size());
        // Adding and removing were both navigation: Backspace brings the transform back, then removes it.
        QTest::keyClick(m_widget->view(), Qt::Key_Backspace);
        QCOMPARE(m_widget->transforms().size(), std::size_t(1));
        QCOMPARE(m_widget->view()->tree()->total(), totalMs * 1'000'000);
        QTest::keyClick(m_widget->view(), Qt::Key_Backspace);
        QVERIFY(m_widget->transforms().empty());
    }

    // Transforms stack: each applies to the previous result, and removing one removes the later ones.
    void transformsStack()
    {
        m_widget->addTransform(CallTreeTransform::focusFunction(functionIndex(*m_run, "slow_function")));
        m_widget->addTransform(
            CallTreeTransform::collapseFrame(*m_widget->view()->tree(), nodeOf("slow_function")));
        QCOMPARE(m_widget->transforms().size(), std::size_t(2));
        const CallTree* tree = m_widget->view()->tree();
        QCOMPARE(tree->total(), 300 * 1'000'000LL);
        QCOMPARE(tree->size(), std::size_t(2)); // root and slow_function, its callees folded in
        QCOMPARE(tree->node(nodeOf("slow_function")).self, 300 * 1'000'000LL);
        QCoreApplication::processEvents();
        QTest::mouseClick(m_widget->findChild<QToolButton*>(QStringLiteral("transform0")), Qt::LeftButton);
        QVERIFY(m_widget->transforms().empty());
        // The same run on another thread keeps the transforms; a new run drops them.
        m_widget->addTransform(CallTreeTransform::focusFunction(functionIndex(*m_run, "parse")));
        m_widget->setCallTree(m_run, std::make_shared<const CallTree>(
                                         CallTree::build(*m_run, CallTree::Direction::TopDown, nullptr, 1)));
        QCOMPARE(m_widget->transforms().size(), std::size_t(1));
        QCOMPARE(m_widget->view()->tree()->total(), 400 * 1'000'000LL);
        const auto other =
            loadNewestRun(TestTrace::optimized().write(m_dir.path(), QStringLiteral("other.db")));
        m_widget->setCallTree(other, topDownTree(*other));
        QVERIFY(m_widget->transforms().empty());
        QCOMPARE(m_widget->historySize(), 0);
    }

    void contextMenuForwards()
    {
        const std::int32_t compute = functionIndex(*m_run, "compute");
        QSignalSpy tree(m_widget.get(), &FlameGraphWidget::showInCallTreeRequested);
        QSignalSpy page(m_widget.get(), &FlameGraphWidget::showFunctionPageRequested);
        QSignalSpy sandwich(m_widget.get(), &FlameGraphWidget::sandwichRequested);
        for (const char* name : {"showInCallTree", "showFunctionPage", "showSandwich", "copyName"}) {
            QMenu* menu = openMenu(*m_widget, nodeOf("compute"));
            QVERIFY(menu);
            QAction* a = action(menu, QString::fromLatin1(name));
            QVERIFY2(a, name);
            a->trigger();
            menu->close();
        }
        QCOMPARE(tree.count(), 1);
        QCOMPARE(tree.first().first().toInt(), compute);
        QCOMPARE(page.count(), 1);
        QCOMPARE(page.first().first().toInt(), compute);
        QCOMPARE(sandwich.count(), 1);
        QCOMPARE(sandwich.first().first().toInt(), compute);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("compute"));
        // On empty space there is nothing to transform, only back and export.
        QMenu* menu = openMenu(*m_widget, -1);
        QVERIFY(menu);
        QVERIFY(!action(menu, QStringLiteral("focusFunction")));
        QVERIFY(action(menu, QStringLiteral("exportSvg"))->isEnabled());
        QVERIFY(!action(menu, QStringLiteral("back"))->isEnabled());
        menu->close();
        // A leaf has nothing to collapse.
        menu = openMenu(*m_widget, nodeOf("compute"));
        QVERIFY(!action(menu, QStringLiteral("collapseFrame"))->isEnabled());
        saveScreenshot(menu, QStringLiteral("flamegraph-menu"));
        menu->close();
    }

    void exportsSvgAndPng()
    {
        FlameGraphView* view = m_widget->view();
        view->zoomToNode(nodeOf("main"));
        const QString svgPath = m_dir.filePath(QStringLiteral("flame.svg"));
        QVERIFY(view->exportTo(svgPath));
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        bool sawSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                sawSvg = true;
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        // The zoomed view: main and its callees, not the worker thread's frames.
        for (const char* name : {"main", "slow_function", "compute"})
            QVERIFY2(texts.contains(QString::fromLatin1(name)), qPrintable(texts.join(QLatin1Char(','))));
        QVERIFY(!texts.contains(QStringLiteral("worker_task")));

        const QString pngPath = m_dir.filePath(QStringLiteral("flame.png"));
        QVERIFY(view->exportTo(pngPath));
        QImage png(pngPath);
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), int(view->width() * view->devicePixelRatioF()));
        // The PNG is what the screen shows: same pixel inside compute's frame.
        const QPoint inside = view->frameRect(nodeOf("compute")).center().toPoint() + QPoint(0, 6);
        QCOMPARE(png.pixelColor(inside).rgb(), view->grab().toImage().pixelColor(inside).rgb());
        QVERIFY(!view->exportTo(m_dir.filePath(QStringLiteral("no-such-dir/flame.png"))));
    }
};

QTEST_MAIN(TestFlameGraphNavigation)
#include "tst_flamegraphnavigation.moc"
