// The call tree as a profiler user drives it: header clicks sort (the model under QAbstractItemModelTester),
// the inverted tree puts the functions that burn the time first, cost bars are drawn, Ctrl+F finds.

#include "CallTreeModel.h"
#include "CallTreePage.h"
#include "CostBarDelegate.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "TestTraces.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestCallTree : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::shared_ptr<const LoadedTrace> m_seed;
    std::unique_ptr<MainWindow> m_window;

    bool open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(tracePath(QStringLiteral("seed.db")));
        return loaded.wait(30000) && m_window->setView(QStringLiteral("tree"));
    }

    // Whether the children of `parent` (and, recursively, of every child) follow `column` in `order`.
    static bool ordered(const QAbstractItemModel& model, int column, Qt::SortOrder order,
                        const QModelIndex& parent)
    {
        for (int row = 0; row + 1 < model.rowCount(parent); ++row) {
            const QVariant a = model.index(row, column, parent).data(SortRole);
            const QVariant b = model.index(row + 1, column, parent).data(SortRole);
            const auto cmp = QVariant::compare(a, b);
            const bool inOrder =
                a.typeId() == QMetaType::QString
                    ? (order == Qt::AscendingOrder
                           ? QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) <= 0
                           : QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) >= 0)
                    : (order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                   : cmp != QPartialOrdering::Less);
            if (!inOrder)
                return false;
        }
        for (int row = 0; row < model.rowCount(parent); ++row)
            if (!ordered(model, column, order, model.index(row, 0, parent)))
                return false;
        return true;
    }

    static QModelIndex find(const QAbstractItemModel& model, const QString& name,
                            const QModelIndex& parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row)
            if (model.index(row, 0, parent).data().toString() == name)
                return model.index(row, 0, parent);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_calltree"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_seed = loadTrace(QStringLiteral("seed.db"));
        QVERIFY(m_seed);
    }

    void cleanup() { m_window.reset(); }

    void modelSorts_data()
    {
        QTest::addColumn<bool>("bottomUp");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (const bool bottomUp : {false, true})
            for (int column = 0; column < CallTreeModel::ColumnCount; ++column)
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    QTest::addRow("%s column %d %s", bottomUp ? "bottom-up" : "top-down", column,
                                  order == Qt::AscendingOrder ? "ascending" : "descending")
                        << bottomUp << column << int(order);
    }

    void modelSorts()
    {
        QFETCH(bool, bottomUp);
        QFETCH(int, column);
        QFETCH(int, order);
        CallTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(m_seed->main->data, bottomUp ? m_seed->main->bottomUp : m_seed->main->topDown);
        // A persistent index follows its node through the sort.
        const QModelIndex main =
            find(model, bottomUp ? QStringLiteral("slow_function") : QStringLiteral("main"));
        QVERIFY(main.isValid());
        const QPersistentModelIndex child = model.index(model.rowCount(main) - 1, 0, main);
        const std::uint32_t childNode = model.nodeOf(child);
        model.sort(column, Qt::SortOrder(order));
        QVERIFY(ordered(model, column, Qt::SortOrder(order), {}));
        QVERIFY(child.isValid());
        QCOMPARE(model.nodeOf(child), childNode);
        QCOMPARE(model.indexOfNode(childNode), QModelIndex(child));
        // A new tree keeps the chosen order.
        model.setTree(m_seed->main->data, bottomUp ? m_seed->main->topDown : m_seed->main->bottomUp);
        QVERIFY(ordered(model, column, Qt::SortOrder(order), {}));
    }

    void headerClickSorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("name") << int(CallTreeModel::Name);
        QTest::newRow("self") << int(CallTreeModel::Self);
        QTest::newRow("calls") << int(CallTreeModel::Calls);
    }

    void headerClickSorts()
    {
        QFETCH(int, column);
        QVERIFY(open());
        QTreeView* view = m_window->callTreePage()->treeView();
        QHeaderView* header = view->header();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(header->sortIndicatorSection(), column);
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QVERIFY(ordered(*view->model(), column, first, {}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(header->sortIndicatorOrder() != first);
        QVERIFY(ordered(*view->model(), column, header->sortIndicatorOrder(), {}));
        // Navigation still lands on the right rows in the new order.
        m_window->callTreePage()->expandHotPath();
        QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("slow_function"));
    }

    void bottomUpIsOrderedBySelf()
    {
        QVERIFY(open());
        CallTreePage* page = m_window->callTreePage();
        QTreeView* view = page->treeView();
        QCOMPARE(view->header()->sortIndicatorSection(), int(CallTreeModel::Inclusive));
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("main"));
        page->setBottomUp(true);
        QCOMPARE(view->header()->sortIndicatorSection(), int(CallTreeModel::Self));
        QCOMPARE(view->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        // slow_function's 13 calls spend 1.3 s as the running frame; main only 1 ms of its own.
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("slow_function"));
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("very_slow_function"));
        QVERIFY(ordered(*view->model(), CallTreeModel::Self, Qt::DescendingOrder, {}));
        page->setBottomUp(false);
        QCOMPARE(view->header()->sortIndicatorSection(), int(CallTreeModel::Inclusive));
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("main"));
    }

    void costBarsAreDrawn()
    {
        QVERIFY(open());
        QTreeView* view = m_window->callTreePage()->treeView();
        const QModelIndex main = find(*view->model(), QStringLiteral("main"));
        const QModelIndex worker = find(*view->model(), QStringLiteral("worker_task"));
        QVERIFY(main.isValid() && worker.isValid());
        view->setCurrentIndex({});
        view->clearSelection();
        const QImage image = view->viewport()->grab().toImage();
        image.save(QStringLiteral(GUI_SHOT_DIR "/calltree-costbars.png"));
        // The bar is the palette's highlight (blue) blended over the row background: more blue than red.
        QVERIFY(CostBarDelegate::barColor(view->palette()).blue() >
                CostBarDelegate::barColor(view->palette()).red());
        const auto barred = [&](const QModelIndex& row, double at) {
            const QRect cell = view->visualRect(row.siblingAtColumn(CallTreeModel::Percent));
            const QColor c = image.pixelColor(cell.left() + int(cell.width() * at), cell.top() + 4);
            return c.blue() - c.red() > 20;
        };
        // main has 99.8% of the traced time, redundant_computation 51.8% (the text sits right of the middle);
        // the worker's 0.2% is no bar at all.
        const QModelIndex redundant = find(*view->model(), QStringLiteral("redundant_computation"), main);
        QVERIFY(barred(main, 0.1));
        QVERIFY(barred(main, 0.45));
        QVERIFY(barred(redundant, 0.1));
        QVERIFY(barred(redundant, 0.4));
        QVERIFY(!barred(worker, 0.3));
    }

    void ctrlFFocusesTheFindBox()
    {
        QVERIFY(open());
        CallTreePage* page = m_window->callTreePage();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page->treeView()->setFocus();
        QVERIFY(!page->searchEdit()->hasFocus());
        QTest::keyClick(page->treeView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page->searchEdit()->hasFocus());
        QTest::keyClicks(page->searchEdit(), QStringLiteral("parse"));
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        QCOMPARE(page->treeView()->currentIndex().data().toString(), QStringLiteral("parse_value"));
    }
};

QTEST_MAIN(TestCallTree)
#include "tst_calltree.moc"
