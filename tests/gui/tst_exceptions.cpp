// The Exceptions tab over the trace of a real program (tests/core/exceptions_program.py, recorded by the
// real tracer): the filter, grouping by type and by raise site, and uncaught told from handled. The models
// run under QAbstractItemModelTester. Saves screenshots/exceptions-grouped.png (the README's).

#include "EnglishPlurals.h"
#include "ExceptionGroupsModel.h"
#include "ExceptionsModel.h"
#include "ExceptionsPage.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "TraceLoader.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::gui;

class TestExceptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    breadcrumb::gui::EnglishPlurals m_english; // as main.cpp installs it: "5 exceptions", not "exception(s)"
    std::shared_ptr<const LoadedTrace> m_trace;
    std::unique_ptr<MainWindow> m_window;

    static QString tracePath() { return QStringLiteral(EXCEPTIONS_TRACE); }

    bool open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QSignalSpy loaded(m_window.get(), &MainWindow::traceLoaded);
        m_window->openTrace(tracePath());
        return loaded.wait(30000) && m_window->setView(QStringLiteral("exceptions"));
    }

    static int rowOf(const QAbstractItemModel& model, int column, const QString& text)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, column).data().toString() == text)
                return row;
        return -1;
    }

    static QStringList column(const QAbstractItemModel& model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, column).data().toString();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::installTranslator(&m_english);
        QCoreApplication::setOrganizationName(QStringLiteral("BreadcrumbTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exceptions"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        TraceLoader loader;
        QSignalSpy finished(&loader, &TraceLoader::finished);
        QObject::connect(&loader, &TraceLoader::loaded,
                         [this](std::shared_ptr<const LoadedTrace> trace) { m_trace = std::move(trace); });
        LoadRequest request;
        request.path = tracePath();
        loader.load(request);
        QVERIFY(finished.wait(30000));
        QVERIFY(m_trace);
    }

    void cleanup() { m_window.reset(); }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("types"); // in time order
        QTest::newRow("nothing") << QString()
                                 << QStringList{"ValueError", "ValueError", "KeyError", "RuntimeError",
                                                "LookupError"};
        QTest::newRow("type") << "valueerror" << QStringList{"ValueError", "ValueError"};
        QTest::newRow("message") << "NOTHING TO LOOK" << QStringList{"LookupError"};
        QTest::newRow("function") << "check" << QStringList{"RuntimeError"};
        QTest::newRow("no match") << "zebra" << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, types);
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(m_trace->main->data);
        model.setFilterText(text);
        QCOMPARE(column(model, ExceptionsModel::Type), types);
        QCOMPARE(int(model.matching().size()), types.size());
        // A group narrows further; nullopt lists the filter's rows again.
        model.setOnly(std::vector<std::uint32_t>{});
        QCOMPARE(model.rowCount(), 0);
        model.setOnly(std::nullopt);
        QCOMPARE(model.rowCount(), types.size());
        model.setRun(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void outcomeColumn_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("detail");
        QTest::newRow("caught by the caller") << "ValueError"
                                              << "handled"
                                              << "Handled in parse_or_default";
        QTest::newRow("caught where raised") << "KeyError"
                                             << "handled"
                                             << "Handled in the raising call";
        QTest::newRow("ended a thread") << "RuntimeError"
                                        << "uncaught"
                                        << "ended the thread dies";
        QTest::newRow("ended the run") << "LookupError"
                                       << "uncaught"
                                       << "ended the run";
    }

    void outcomeColumn()
    {
        QFETCH(QString, type);
        QFETCH(QString, outcome);
        QFETCH(QString, detail);
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(m_trace->main->data);
        const int row = rowOf(model, ExceptionsModel::Type, type);
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, ExceptionsModel::Outcome);
        QCOMPARE(index.data().toString(), outcome);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(detail),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }

    void groupsModel_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QString>("largest");
        QTest::addColumn<int>("groups");
        QTest::newRow("type") << int(ExceptionGrouping::Type) << "ValueError" << 4;
        QTest::newRow("raise site") << int(ExceptionGrouping::RaiseSite) << "parse" << 4;
    }

    void groupsModel()
    {
        QFETCH(int, grouping);
        QFETCH(QString, largest);
        QFETCH(int, groups);
        ExceptionsModel exceptions;
        exceptions.setRun(m_trace->main->data);
        ExceptionGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto by = ExceptionGrouping(grouping);
        model.setGroups(
            m_trace->main->data,
            groupExceptions(*m_trace->main->data, exceptions.matching(), exceptions.outcomes(), by), by);
        QCOMPARE(model.rowCount(), groups);
        QCOMPARE(model.index(0, ExceptionGroupsModel::Group).data().toString(), largest);
        QCOMPARE(model.index(0, ExceptionGroupsModel::Count).data().toString(), QStringLiteral("2"));
        int uncaught = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            uncaught += model.index(row, ExceptionGroupsModel::Uncaught).data().toInt();
        QCOMPARE(uncaught, 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void typingFiltersTheTable()
    {
        QVERIFY(open());
        ExceptionsPage* page = m_window->exceptionsPage();
        QCOMPARE(page->table()->model()->rowCount(), 5);
        QVERIFY2(page->summaryText().contains(QStringLiteral("5 exceptions")),
                 qPrintable(page->summaryText()));
        QVERIFY2(page->summaryText().contains(QStringLiteral("2 uncaught")), qPrintable(page->summaryText()));
        QTest::keyClicks(page->filterEdit(), QStringLiteral("error"));
        QCOMPARE(page->table()->model()->rowCount(), 5); // every type ends in Error
        QTest::keyClicks(page->filterEdit(),
                         QStringLiteral(": ")); // "error: " is in no type, message or name
        QCOMPARE(page->table()->model()->rowCount(), 0);
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("negative"));
        QCOMPARE(column(*page->table()->model(), ExceptionsModel::Type), QStringList{"RuntimeError"});
        QVERIFY2(page->summaryText().contains(QStringLiteral("1 shown")), qPrintable(page->summaryText()));
    }

    void groupingByTypeListsAGroupsExceptions()
    {
        QVERIFY(open());
        ExceptionsPage* page = m_window->exceptionsPage();
        QVERIFY(page->groupsTable()->isHidden());
        // The user picks "Group by type" with the keyboard.
        page->groupingBox()->setFocus();
        QTest::keyClick(page->groupingBox(), Qt::Key_Down);
        QCOMPARE(page->groupingBox()->currentIndex(), int(ExceptionsPage::Grouping::Type));
        QVERIFY(page->groupsTable()->isVisible());
        QAbstractItemModel* groups = page->groupsTable()->model();
        QCOMPARE(groups->rowCount(), 4);
        QCOMPARE(groups->index(0, ExceptionGroupsModel::Group).data().toString(),
                 QStringLiteral("ValueError"));
        // Clicking a group lists its exceptions only.
        const int valueErrors = rowOf(*groups, ExceptionGroupsModel::Group, QStringLiteral("ValueError"));
        QTest::mouseClick(page->groupsTable()->viewport(), Qt::LeftButton, {},
                          page->groupsTable()->visualRect(groups->index(valueErrors, 0)).center());
        QCOMPARE(column(*page->table()->model(), ExceptionsModel::Type),
                 (QStringList{"ValueError", "ValueError"}));
        const int lookup = rowOf(*groups, ExceptionGroupsModel::Group, QStringLiteral("LookupError"));
        QTest::mouseClick(page->groupsTable()->viewport(), Qt::LeftButton, {},
                          page->groupsTable()->visualRect(groups->index(lookup, 0)).center());
        QCOMPARE(column(*page->table()->model(), ExceptionsModel::Outcome), QStringList{"uncaught"});
        // The filter applies to the groups too.
        QTest::keyClicks(page->filterEdit(), QStringLiteral("parse"));
        QCOMPARE(groups->rowCount(), 1);
        QCOMPARE(page->table()->model()->rowCount(), 2);

        // By raise site: the function that raised.
        page->filterEdit()->clear();
        page->groupingBox()->setFocus();
        QTest::keyClick(page->groupingBox(), Qt::Key_Down);
        QCOMPARE(page->groupingBox()->currentIndex(), int(ExceptionsPage::Grouping::RaiseSite));
        QCOMPARE(groups->headerData(ExceptionGroupsModel::Group, Qt::Horizontal).toString(),
                 QStringLiteral("Raised in"));
        QCOMPARE(groups->index(0, ExceptionGroupsModel::Group).data().toString(), QStringLiteral("parse"));
        QCOMPARE(column(*groups, ExceptionGroupsModel::Group).size(), 4);
    }

    void screenshot()
    {
        QVERIFY(open());
        m_window->resize(1100, 640);
        ExceptionsPage* page = m_window->exceptionsPage();
        page->setGrouping(ExceptionsPage::Grouping::Type);
        // Every exception listed, the one that ended a thread selected: its outcome and its traceback.
        page->table()->selectRow(
            rowOf(*page->table()->model(), ExceptionsModel::Type, QStringLiteral("RuntimeError")));
        QCoreApplication::processEvents();
        QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR)));
        const QString path = QStringLiteral(GUI_SHOT_DIR "/exceptions-grouped.png");
        QVERIFY(m_window->grab().save(path));
    }
};

QTEST_MAIN(TestExceptions)
#include "tst_exceptions.moc"
