// The Flame Graph tab in a real MainWindow over real trace files: the context menu's "show in call tree"
// and "show function page" select the function and switch tabs, the sandwich toggle shows the selected
// function's callers and callees and follows the selection, the colour box recolours with a legend.
// Also writes the README's sandwich screenshot (screenshots/sandwich.png, at 1200x800 and 1024x640).

#include "CallTreePage.h"
#include "FlameGraphPage.h"
#include "MainWindow.h"
#include "TestTraces.h"

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
