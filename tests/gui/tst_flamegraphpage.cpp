// The Flame Graph tab in a real MainWindow over real trace files: the context menu's "show in call tree"
// and "show function page" select the function and switch tabs, the sandwich toggle shows the selected
// function's callers and callees and follows the selection, the colour box recolours with a legend.
// The first tree of a big run is built (coloured) off the GUI thread, cancellably, and shows what the
// synchronous path shows. Also writes the README's sandwich screenshot (screenshots/sandwich.png, at
// 1200x800 and 1024x640).

#include "CallTreePage.h"
#include "FlameGraphPage.h"
#include "MainWindow.h"
#include "TestTraces.h"
#include "ThreadFilterBox.h"

#include <FlameGraphLegend.h>
#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <SandwichWidget.h>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestFlameGraphPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    bool open(const QString& name, QSize size = {1200, 800})
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(size);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(tracePath(name));
        if (!loaded.wait(30000))
            return false;
        return m_window->setView(QStringLiteral("flame"));
    }

    int fn(const char* name) const { return functionIndex(*m_window->trace()->main->data, name); }
    FlameGraphPage* page() const { return m_window->flameGraphPage(); }

    std::uint32_t nodeOf(int function) const
    {
        const CallTree* tree = page()->flameGraph()->view()->tree();
        for (std::uint32_t n = 0; n < tree->size(); ++n)
            if (tree->node(n).function == function)
                return n;
        return UINT32_MAX;
    }

    // Right-clicks the frame and triggers the menu's action.
    bool triggerMenu(std::uint32_t node, const QString& actionName)
    {
        FlameGraphView* view = page()->flameGraph()->view();
        const QPoint pos = view->frameRect(node).center().toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->mapToGlobal(pos));
        QCoreApplication::sendEvent(view, &event);
        for (QMenu* menu : page()->findChildren<QMenu*>(QStringLiteral("flameGraphMenu"))) {
            if (!menu->isVisible())
                continue;
            for (QAction* action : menu->actions())
                if (action->objectName() == actionName) {
                    action->trigger();
                    menu->close();
                    return true;
                }
        }
        return false;
    }

    static QStringList childNames(const RunData& run, const CallTree& tree)
    {
        QStringList names;
        for (const std::uint32_t c : tree.root().children)
            names << QString::fromStdString(run.functions[tree.node(c).function].name);
        names.sort();
        return names;
    }

    // What a flame graph shows, to compare two: each laid-out frame's place and colour, and the legend.
    static QStringList shown(const FlameGraphView& view)
    {
        QStringList lines;
        for (std::uint32_t n = 0; n < view.tree()->size(); ++n)
            if (const QRectF r = view.frameRect(n); !r.isEmpty())
                lines << QStringLiteral("%1 %2,%3 %4x%5 %6")
                             .arg(n)
                             .arg(r.x())
                             .arg(r.y())
                             .arg(r.width())
                             .arg(r.height())
                             .arg(view.frameColor(n).name());
        for (const FrameColors::LegendEntry& entry : view.legend())
            lines << entry.label + QLatin1Char(' ') + entry.color.name(QColor::HexArgb);
        return lines;
    }

    static void showPage(FlameGraphPage& page)
    {
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_flamegraphpage"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void cleanup() { m_window.reset(); }

    void contextMenuShowsElsewhere_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("view");
        QTest::newRow("call tree") << "showInCallTree"
                                   << "tree";
        QTest::newRow("function page") << "showFunctionPage"
                                       << "function";
    }

    void contextMenuShowsElsewhere()
    {
        QFETCH(QString, action);
        QFETCH(QString, view);
        QVERIFY(open(QStringLiteral("seed.db")));
        QCOMPARE(m_window->selection()->current(), fn("main"));
        QVERIFY(triggerMenu(nodeOf(fn("inefficient_loop")), action));
        QCOMPARE(m_window->currentView(), view);
        QCOMPARE(m_window->selection()->current(), fn("inefficient_loop"));
    }

    // The first tree of a big run is coloured from a pass over every call (0.1 s at 10 M calls, 0.5 s at 50
    // M): on a worker thread. setTrace returns to the event loop while it runs, the view says it is building
    // and finds no frame, and then shows exactly what the synchronous path shows, in every colour mode.
    void firstTreeIsBuiltOffTheGuiThread()
    {
        const auto reference = loadTrace(QStringLiteral("big.db"));
        const auto trace = loadTrace(QStringLiteral("big.db")); // the same calls, another run in memory
        QVERIFY(reference && trace && reference->main->data != trace->main->data);
        FunctionSelection selection;
        FlameGraphPage sync(&selection); // 100k calls: coloured in place
        FlameGraphPage background(&selection);
        FlameGraphView* view = background.flameGraph()->view();
        view->setBackgroundColorsFrom(1); // this run counts as big
        showPage(sync);
        showPage(background);
        sync.setTrace(reference);
        QVERIFY(!sync.isBuilding());
        FlameGraphView* syncView = sync.flameGraph()->view();
        const QImage syncImage = syncView->grab().toImage();

        // Posted before the build starts, so queued ahead of the worker's result: the event loop runs it
        // while the build is still under way. A GUI thread that made the pass itself would have finished it
        // by then.
        bool buildingAtTick = false;
        QMetaObject::invokeMethod(
            &background, [&] { buildingAtTick = background.isBuilding(); }, Qt::QueuedConnection);
        QSignalSpy colored(view, &FlameGraphView::colorsChanged);
        background.setTrace(trace);
        QVERIFY(background.isBuilding());
        const QPoint root = syncView->frameRect(0).center().toPoint();
        QCOMPARE(view->nodeAt(root), std::int64_t(-1)); // nothing drawn, nothing to click
        QVERIFY(view->legend().empty());
        QVERIFY(view->grab().toImage() != syncImage); // the note, not the frames
        // Nothing to export yet: the page's Export menu and the right-click menu offer it disabled.
        QMenu* exportMenu = background.findChild<QToolButton*>(QStringLiteral("flameExport"))->menu();
        auto exportEnabled = [&] {
            Q_EMIT exportMenu->aboutToShow();
            int enabled = 0;
            for (QAction* action : exportMenu->actions())
                enabled += action->isEnabled();
            std::unique_ptr<QMenu> context(background.flameGraph()->createContextMenu(-1, nullptr));
            for (QAction* action : context->actions())
                if (action->objectName().startsWith(QLatin1String("export")))
                    enabled += action->isEnabled();
            return enabled;
        };
        QCOMPARE(exportEnabled(), 0);
        QTRY_VERIFY(!background.isBuilding());
        QCOMPARE(exportEnabled(), 4); // SVG and PNG, in both menus
        QVERIFY(buildingAtTick);
        QCOMPARE(colored.count(), 1);
        QCOMPARE(view->nodeAt(root), std::int64_t(0));
        QCOMPARE(view->grab().toImage(), syncImage);
        for (int i = 0; i < background.colorModeBox()->count(); ++i) {
            sync.colorModeBox()->setCurrentIndex(i);
            background.colorModeBox()->setCurrentIndex(i);
            QCOMPARE(shown(*view), shown(*syncView));
        }
    }

    // A run switch, a cleared page or a closed window while a build runs neither waits for it nor crashes:
    // the worker is told to stop and its result is dropped; the run set last is the one shown.
    void switchingOrClosingWhileBuilding()
    {
        const auto first = loadTrace(QStringLiteral("big.db"));
        const auto second = loadTrace(QStringLiteral("big.db"));
        const auto small = loadTrace(QStringLiteral("seed.db"));
        QVERIFY(first && second && small);
        FunctionSelection selection;
        auto page = std::make_unique<FlameGraphPage>(&selection);
        FlameGraphView* view = page->flameGraph()->view();
        view->setBackgroundColorsFrom(1);
        showPage(*page);
        page->setTrace(first);
        QVERIFY(page->isBuilding());
        page->setTrace(second);
        QVERIFY(page->isBuilding());
        page->setTrace(nullptr);
        QVERIFY(!page->isBuilding());
        QSignalSpy colored(view, &FlameGraphView::colorsChanged);
        page->setTrace(small);
        QVERIFY(page->isBuilding());
        QTRY_VERIFY(!page->isBuilding());
        QCOMPARE(colored.count(), 1); // the dropped builds reported nothing
        QCOMPARE(view->run(), small->main->data.get());
        FlameGraphPage reference(&selection); // the same run, coloured in place
        showPage(reference);
        reference.setTrace(small);
        QCOMPARE(shown(*view), shown(*reference.flameGraph()->view()));
        // Another thread's tree of a run being built keeps the build (the colours are the run's).
        page->setTrace(first);
        QVERIFY(page->isBuilding());
        page->threadFilter()->setThread(first->main->data->threads.size() > 1 ? 1 : 0);
        QTRY_VERIFY(!page->isBuilding());
        QVERIFY(!view->legend().empty());
        page->setTrace(second);
        QVERIFY(page->isBuilding());
        page.reset(); // closing the window
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    }

    void sandwichFollowsTheSelection()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        const RunData& run = *m_window->trace()->main->data;
        // From the context menu: select the frame's function and show its sandwich.
        QVERIFY(triggerMenu(nodeOf(fn("slow_function")), QStringLiteral("showSandwich")));
        QVERIFY(page()->isSandwichShown());
        QVERIFY(page()->sandwichToggle()->isChecked());
        SandwichWidget* sandwich = page()->sandwich();
        QCOMPARE(sandwich->function(), fn("slow_function"));
        QVERIFY(sandwich->isVisible());
        // slow_function is called by redundant_computation (10x) and process_data (3x), merged over sites.
        QCOMPARE(childNames(run, sandwich->sandwich()->callers()),
                 (QStringList{QStringLiteral("process_data"), QStringLiteral("redundant_computation")}));
        QCOMPARE(sandwich->sandwich()->calls(), 13);
        // Selecting elsewhere re-cuts it; fast_function runs on both threads (main and worker_task).
        m_window->selection()->select(fn("fast_function"));
        QCOMPARE(sandwich->function(), fn("fast_function"));
        QCOMPARE(childNames(run, sandwich->sandwich()->callers()),
                 (QStringList{QStringLiteral("main"), QStringLiteral("worker_task")}));
        // Clicking a caller selects it, and the sandwich moves to it.
        FlameGraphView* callers = sandwich->callersView();
        const CallTree& tree = sandwich->sandwich()->callers();
        std::uint32_t worker = 0;
        for (const std::uint32_t c : tree.root().children)
            if (tree.node(c).function == fn("worker_task"))
                worker = c;
        QTest::mouseClick(callers, Qt::LeftButton, {}, callers->frameRect(worker).center().toPoint());
        QCOMPARE(m_window->selection()->current(), fn("worker_task"));
        QCOMPARE(sandwich->function(), fn("worker_task"));
        // The toggle goes back to the flame graph.
        QTest::mouseClick(page()->sandwichToggle(), Qt::LeftButton);
        QVERIFY(!page()->isSandwichShown());
        QVERIFY(page()->flameGraph()->isVisible());
    }

    // The sandwich is cut from what the flame graph shows: after "merge recursion" or a focus, too.
    void sandwichFollowsTransforms()
    {
        QVERIFY(open(QStringLiteral("seed.db")));
        m_window->selection()->select(fn("slow_function"));
        QVERIFY(triggerMenu(nodeOf(fn("process_data")), QStringLiteral("focusFunction")));
        QTest::mouseClick(page()->sandwichToggle(), Qt::LeftButton);
        const CallTree& callers = page()->sandwich()->sandwich()->callers();
        QCOMPARE(childNames(*m_window->trace()->main->data, callers),
                 QStringList{QStringLiteral("process_data")});
        QCOMPARE(page()->sandwich()->sandwich()->calls(), 3);
    }

    void colourModeBoxRecolours_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("legend");
        QTest::newRow("module") << 0 << int(FrameColors::Mode::Module) << true;
        QTest::newRow("package") << 1 << int(FrameColors::Mode::Package) << true;
        QTest::newRow("self time") << 2 << int(FrameColors::Mode::SelfTime) << true;
        QTest::newRow("function") << 3 << int(FrameColors::Mode::Function) << false;
    }

    void colourModeBoxRecolours()
    {
        QFETCH(int, index);
        QFETCH(int, mode);
        QFETCH(bool, legend);
        QVERIFY(open(QStringLiteral("big.db")));
        FlameGraphView* view = page()->flameGraph()->view();
        QCOMPARE(view->colorMode(), FrameColors::Mode::Module);
        page()->colorModeBox()->setCurrentIndex(index);
        QCOMPARE(int(view->colorMode()), mode);
        QCOMPARE(int(page()->sandwich()->calleesView()->colorMode()), mode); // the sandwich matches
        QCOMPARE(page()->flameGraph()->legend()->isVisible(), legend);
        QCOMPARE(!page()->flameGraph()->legend()->entries().empty(), legend);
        if (mode == int(FrameColors::Mode::Module))
            QVERIFY(page()->flameGraph()->legend()->entries().size() >= 3);
    }

    void sandwichScreenshot_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("1200x800") << QSize(1200, 800) << "sandwich";
        QTest::newRow("1024x640") << QSize(1024, 640) << "sandwich-1024";
    }

    void sandwichScreenshot()
    {
        QFETCH(QSize, size);
        QFETCH(QString, name);
        QVERIFY(open(QStringLiteral("big.db"), size));
        const RunData& run = *m_window->trace()->main->data;
        // A function in the middle of the call graph, with several callers and callees.
        const CallTree& tree = *page()->flameGraph()->view()->tree();
        std::vector<int> callSites(run.functions.size());
        std::vector<int> hasChildren(run.functions.size());
        for (std::uint32_t n = 1; n < tree.size(); ++n) {
            ++callSites[tree.node(n).function];
            hasChildren[tree.node(n).function] |= !tree.node(n).children.empty();
        }
        int best = -1;
        for (std::size_t f = 0; f < run.functions.size(); ++f)
            if (hasChildren[f] && callSites[f] >= 3 && run.functions[f].kind == "function" &&
                (best < 0 || tree.total() > 0)) {
                best = int(f);
                break;
            }
        QVERIFY(best >= 0);
        m_window->selection()->select(best);
        QTest::mouseClick(page()->sandwichToggle(), Qt::LeftButton);
        QVERIFY(page()->isSandwichShown());
        QCoreApplication::processEvents();
        QVERIFY(page()->sandwich()->callersView()->tree());
        QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR)));
        QVERIFY(m_window->grab().save(QStringLiteral(GUI_SHOT_DIR "/") + name + QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestFlameGraphPage)
#include "tst_flamegraphpage.moc"
