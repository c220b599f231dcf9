// The details a profiler user reaches for, driven through a real MainWindow over real trace files: F5 after a
// run was appended, the run switcher, the Compare tab left for a single trace, the run picker's tooltips, the
// key reference (F1) against the README, file dialog and progress sizes, SQL durations, the callers/callees
// page's empty states and Share tooltips, and every view at 1024×640.

#include "CalleesModel.h"
#include "CallerCalleeModel.h"
#include "CallersModel.h"
#include "CallersPage.h"
#include "ComparePage.h"
#include "KeyReference.h"
#include "KeyReferenceDialog.h"
#include "MainWindow.h"
#include "NewRunBar.h"
#include "QueryResultModel.h"
#include "RunPickerDialog.h"
#include "RunSwitcher.h"
#include "SqlConsolePage.h"
#include "TestTraces.h"
#include "TraceFileDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <sqlite3.h>

using namespace breadcrumb;
using namespace breadcrumb::gui;
using namespace breadcrumb::gui::test;

class TestViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    bool open(const QString& path, std::optional<std::int64_t> run = {}, const QString& after = {})
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>();
            m_window->resize(1200, 800);
            m_window->show();
            if (!QTest::qWaitForWindowExposed(m_window.get()))
                return false;
        }
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        if (after.isEmpty())
            m_window->openTrace(path, run);
        else
            m_window->openComparison(path, after, run);
        return loaded.wait(30000);
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The keys the README's viewer section names: "Ctrl+O", "Alt+Left/Right" (both), "F3", "`*`".
    static QStringList readmeKeys()
    {
        QFile file(QStringLiteral(README_PATH));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("### The viewer"));
        const qsizetype end = text.indexOf(QStringLiteral("\n#"), start + 1); // the next heading
        const QString section = text.mid(start, end < 0 ? -1 : end - start);
        QStringList keys;
        static const QRegularExpression combo(QStringLiteral(
            R"(\b((?:Ctrl|Alt|Shift)\+(?:(?:Ctrl|Alt|Shift)\+)?)([A-Za-z0-9]+)((?:/[A-Za-z0-9]+)*))"));
        for (auto it = combo.globalMatch(section); it.hasNext();) {
            const auto m = it.next();
            keys << m.captured(1) + m.captured(2);
            for (const QString& other : m.captured(3).split(QLatin1Char('/'), Qt::SkipEmptyParts))
                keys << m.captured(1) + other;
        }
        static const QRegularExpression function(QStringLiteral(R"((?<![+\w])F\d{1,2}\b)"));
        for (auto it = function.globalMatch(section); it.hasNext();)
            keys << it.next().captured(0);
        static const QRegularExpression single(QStringLiteral(R"(`([^`\w\s])`)"));
        for (auto it = single.globalMatch(section); it.hasNext();)
            keys << it.next().captured(1);
        keys.removeDuplicates();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewer"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void cleanup() { m_window.reset(); }

    void reloadOffersAnAppendedRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("growing.db"));
        QVERIFY(QFile::copy(tracePath("seed.db"), path));
        QVERIFY(open(path));
        QCOMPARE(m_window->trace()->main->data->run.id, std::int64_t(1));
        QVERIFY(m_window->newRunBar()->isHidden());
        // The program ran again and appended its run (a new file in place: the old one stays readable).
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(tracePath("two_runs.db"), path));
        activate();
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(30000));
        // F5 stays on the run the user was reading and says a newer one is there.
        QCOMPARE(m_window->trace()->main->data->run.id, std::int64_t(1));
        QVERIFY(m_window->newRunBar()->isVisible());
        QVERIFY2(m_window->newRunBar()->text().contains(QStringLiteral("run 2")),
                 qPrintable(m_window->newRunBar()->text()));
        QVERIFY(m_window->newRunBar()->text().contains(QStringLiteral("python main.py --optimized")));
        QCOMPARE(m_window->runSwitcher()->count(), 2);
        // A second F5 with nothing new keeps the offer.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(30000));
        QVERIFY(m_window->newRunBar()->isVisible());
        QTest::mouseClick(m_window->newRunBar()->switchButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_window->trace()->main->data->run.id, std::int64_t(2));
        QVERIFY(m_window->newRunBar()->isHidden());
        m_window.reset();
    }

    void runSwitcherShowsAndSwitchesRuns()
    {
        QVERIFY(open(tracePath("two_runs.db"), 1));
        RunSwitcher* switcher = m_window->runSwitcher();
        QVERIFY(switcher->isVisible());
        QVERIFY(switcher->isEnabled());
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->runAt(0), std::int64_t(2)); // newest first
        QCOMPARE(switcher->runAt(switcher->currentIndex()), std::int64_t(1));
        QVERIFY2(switcher->currentText().startsWith(QStringLiteral("Run 1 · 2026-11-24 ")),
                 qPrintable(switcher->currentText()));
        QVERIFY(switcher->currentText().contains(QStringLiteral("python main.py")));
        QCOMPARE(switcher->itemData(0, Qt::ToolTipRole).toString(),
                 QStringLiteral("python main.py --optimized"));
        // The user picks run 2 with the keyboard.
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        activate();
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Up);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_window->trace()->main->data->run.id, std::int64_t(2));
        QCOMPARE(switcher->runAt(switcher->currentIndex()), std::int64_t(2));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("run 2")));
        // One run in the file: nothing to switch to.
        QVERIFY(open(tracePath("seed.db")));
        QCOMPARE(switcher->count(), 1);
        QVERIFY(!switcher->isEnabled());
    }

    void singleTraceAfterCompareShowsFunctions()
    {
        QVERIFY(open(tracePath("seed.db"), {}, tracePath("optimized.db")));
        QCOMPARE(m_window->currentView(), QStringLiteral("compare"));
        QVERIFY(open(tracePath("seed.db")));
        QCOMPARE(m_window->currentView(), QStringLiteral("functions"));
        QVERIFY(!m_window->tabs()->isTabVisible(m_window->tabs()->indexOf(m_window->comparePage())));
    }

    void runPickerShowsWholeCommandLines()
    {
        TraceReader reader(QFile::encodeName(tracePath("two_runs.db")).toStdString());
        RunPickerDialog dialog(QStringLiteral("two_runs.db"), reader.runs());
        QTreeWidget* list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QTreeWidgetItem* item = list->topLevelItem(row);
            for (int column = 0; column < 7; ++column)
                QCOMPARE(item->toolTip(column), item->text(1)); // the command line is the second column
        }
        QCOMPARE(list->topLevelItem(0)->toolTip(1), QStringLiteral("python main.py --optimized"));
    }

    void f1ListsEveryKeyTheReadmeNames()
    {
        const QStringList keys = readmeKeys();
        QVERIFY2(keys.size() >= 6, qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY(keys.contains(QStringLiteral("Alt+Right")));
        QVERIFY(keys.contains(QStringLiteral("*")));
        QVERIFY(open(tracePath("seed.db")));
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        KeyReferenceDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<KeyReferenceDialog*>()) && dialog->isVisible());
        QStringList shown; // "Ctrl+1 … Ctrl+9" lists Ctrl+1 and Ctrl+9
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            shown << dialog->table()->item(row, 0)->text().split(QLatin1Char(' '));
        for (const QString& key : keys)
            QVERIFY2(shown.contains(key), qPrintable(key + QStringLiteral(" is not in the key reference")));
        QCOMPARE(dialog->table()->rowCount(), int(KeyReference::bindings().size()));
        // Help → Keyboard shortcuts opens the same dialog, once.
        m_window->keysAction()->trigger();
        QCOMPARE(m_window->findChildren<KeyReferenceDialog*>().size(), 1);
        QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR)));
        QVERIFY(dialog->grab().save(QStringLiteral(GUI_SHOT_DIR "/key-reference.png")));
        dialog->close();
    }

    void fileDialogOpensLargeEnough()
    {
        QVERIFY(open(tracePath("seed.db")));
        QSize seen;
        QString name;
        QTimer::singleShot(0, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
                seen = dialog->size();
                name = dialog->objectName();
                dialog->reject();
            }
        });
        m_window->openFileDialog();
        QCOMPARE(name, QStringLiteral("traceFileDialog"));
        QVERIFY2(seen.width() >= 900 && seen.height() >= 560,
                 qPrintable(QStringLiteral("%1x%2").arg(seen.width()).arg(seen.height())));
    }

    void progressTextFits()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1024, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window->loader(), &TraceLoader::finished);
        m_window->openTrace(tracePath("seed.db"));
        QProgressBar* bar = m_window->progressBar();
        QCoreApplication::processEvents(); // lay the status bar out with the bar shown
        QVERIFY(bar->isVisible());
        for (const auto stage :
             {TraceLoader::Stage::Opening, TraceLoader::Stage::ReadingCalls, TraceLoader::Stage::Statistics,
              TraceLoader::Stage::CallTree, TraceLoader::Stage::Comparing}) {
            const QString text = TraceLoader::stageText(stage) + QStringLiteral(" 100%");
            QVERIFY2(bar->width() > bar->fontMetrics().horizontalAdvance(text), qPrintable(text));
        }
        QVERIFY(bar->height() >= bar->fontMetrics().height()); // one line, not clipped
        QVERIFY(finished.count() == 1 || finished.wait(30000));
    }

    void sqlDurationsReadAsDurations()
    {
        QVERIFY(open(tracePath("seed.db")));
        QVERIFY(m_window->setView(QStringLiteral("sql")));
        SqlConsolePage* page = m_window->sqlConsolePage();
        QSignalSpy finished(page, &SqlConsolePage::queryFinished);
        page->editor()->setPlainText(QStringLiteral("SELECT 0.0226 AS self_ms, 1400 AS total_time, 100.2 AS "
                                                    "Duration_MS, 3 AS calls, 'x_ms' AS name_ms"));
        activate();
        page->editor()->setFocus();
        QTest::keyClick(page->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QAbstractItemModel* model = page->resultTable()->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("22.6µs"));
        QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("0.0226 ms"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("1.40s"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("100.2ms"));
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("3"));
        QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("x_ms")); // text stays text
        // The CLI and the console share the rule.
        QVERIFY(isDurationColumn("avg_ms") && isDurationColumn("TOTAL_TIME") && !isDurationColumn("calls"));
    }

    void callersPageExplainsEmptyTablesAndShares()
    {
        QVERIFY(open(tracePath("seed.db")));
        QVERIFY(m_window->setView(QStringLiteral("callers")));
        CallersPage* page = m_window->callersPage();
        const RunData& run = *m_window->trace()->main->data;
        m_window->selection()->select(functionIndex(run, "parse_value")); // a leaf: it calls nothing traced
        QVERIFY(page->calleesTable()->isHidden());
        QVERIFY(page->calleesEmptyLabel()->isVisible());
        QVERIFY2(page->calleesEmptyLabel()->text().startsWith(
                     QStringLiteral("parse_value calls no traced function")),
                 qPrintable(page->calleesEmptyLabel()->text()));
        QVERIFY(page->callersTable()->isVisible());
        QVERIFY(page->callersEmptyLabel()->isHidden());
        const QString share = page->callersTable()
                                  ->model()
                                  ->index(0, CallerCalleeModel::Share)
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY2(share.contains(QStringLiteral("of the inclusive time of parse_value")), qPrintable(share));
        // main calls plenty: the table is back.
        m_window->selection()->select(functionIndex(run, "main"));
        QVERIFY(page->calleesTable()->isVisible());
        QVERIFY(page->calleesEmptyLabel()->isHidden());
    }

    // A read-only WAL trace in a read-only directory: the window opens it, every view shows it, the SQL
    // console queries it and F5 reloads it, and nothing next to it is created or changed. (As root the modes
    // do not stop writes: tests/cli/test_trace_files.py adds a read-only mount; here the listing catches
    // any.)
    void readOnlyTraceStaysUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archived.db"));
        QVERIFY(QFile::copy(tracePath("seed.db"), path));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const auto listing = [&] {
            QStringList entries;
            for (const QFileInfo& info :
                 QDir(dir.path()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                QFile file(info.filePath());
                const bool readable = file.open(QIODevice::ReadOnly);
                entries << info.fileName() + QLatin1Char(' ') + QString::number(info.size()) +
                               QLatin1Char(' ') + QString::number(info.lastModified().toMSecsSinceEpoch()) +
                               QLatin1Char(' ') +
                               (readable ? QString::fromLatin1(QCryptographicHash::hash(
                                                                   file.readAll(), QCryptographicHash::Sha256)
                                                                   .toHex())
                                         : QString());
            }
            return entries;
        };
        const QStringList before = listing();
        QCOMPARE(before.size(), 1);
        QVERIFY(open(path));
        for (const QString& view : MainWindow::viewNames())
            if (view != QLatin1String("compare"))
                QVERIFY(m_window->setView(view));
        SqlConsolePage* page = m_window->sqlConsolePage();
        QSignalSpy finished(page, &SqlConsolePage::queryFinished);
        page->editor()->setPlainText(QStringLiteral("SELECT count(*) FROM events"));
        page->runQuery();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(page->resultTable()->model()->index(0, 0).data().toString(), QStringLiteral("28"));
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->reload();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(listing(), before);
        m_window.reset();
        QCOMPARE(listing(), before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Every view at 1024×640: no label or button narrower than its text, and the PNGs to look at.
    void everyViewAt1024x640_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString& view : MainWindow::viewNames())
            QTest::newRow(qPrintable(view)) << view;
    }

    void everyViewAt1024x640()
    {
        QFETCH(QString, view);
        m_window = std::make_unique<MainWindow>(MainWindow::Mode::Screenshot);
        m_window->resize(1024, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(open(tracePath("seed.db"), {},
                     view == QLatin1String("compare") ? tracePath("optimized.db") : QString()));
        QVERIFY(m_window->setView(view));
        m_window->selection()->select(functionIndex(*m_window->trace()->main->data, "slow_function"));
        QTest::qWait(50);
        QCOMPARE(m_window->size(), QSize(1024, 640));
        QWidget* page = m_window->tabs()->currentWidget();
        QStringList cut;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
                label->textFormat() == Qt::RichText)
                continue;
            if (label->width() + 1 <
                    label->fontMetrics().horizontalAdvance(label->text().split(QLatin1Char('\n')).first()) &&
                label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
                cut << label->objectName() + QLatin1Char('=') + label->text();
        }
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
            if (button->isVisible() && !button->text().isEmpty() &&
                button->width() < button->minimumSizeHint().width())
                cut << button->text();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
        QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR)));
        QVERIFY(m_window->grab().save(QStringLiteral(GUI_SHOT_DIR "/1024x640-%1.png").arg(view)));
    }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
