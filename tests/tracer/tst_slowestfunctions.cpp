// SlowestFunctions (tracer/native): the run report's "slowest functions" come from it, joined with the
// writer's totals at stop(). Checks the order (total time, ties by name), the cut, and that functions
// without a call (or without totals) are left out.

#include "SlowestFunctions.h"

#include <QtTest>

using namespace breadcrumb;

class TestSlowestFunctions : public QObject
{
    Q_OBJECT

private slots:
    void slowest_data()
    {
        QTest::addColumn<QStringList>("names");   // function id = index
        QTest::addColumn<QList<qint64>>("calls"); // writer totals by function id (may be shorter)
        QTest::addColumn<QList<qint64>>("totalNs");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("by total time") << QStringList{"a", "b", "c"} << QList<qint64>{1, 1, 1}
                                       << QList<qint64>{10, 30, 20} << 10 << QStringList{"b", "c", "a"};
        QTest::newRow("ties by name") << QStringList{"z", "m", "a"} << QList<qint64>{1, 2, 3}
                                      << QList<qint64>{5, 5, 5} << 10 << QStringList{"a", "m", "z"};
        QTest::newRow("cut to count") << QStringList{"a", "b", "c", "d"} << QList<qint64>{1, 1, 1, 1}
                                      << QList<qint64>{1, 4, 3, 2} << 2 << QStringList{"b", "c"};
        QTest::newRow("never called left out")
            << QStringList{"a", "b"} << QList<qint64>{0, 1} << QList<qint64>{0, 7} << 10 << QStringList{"b"};
        QTest::newRow("no totals left out")
            << QStringList{"a", "b", "c"} << QList<qint64>{1} << QList<qint64>{3} << 10 << QStringList{"a"};
        QTest::newRow("nothing") << QStringList{} << QList<qint64>{} << QList<qint64>{} << 10
                                 << QStringList{};
    }
    void slowest()
    {
        QFETCH(QStringList, names);
        QFETCH(QList<qint64>, calls);
        QFETCH(QList<qint64>, totalNs);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        SlowestFunctions slowest;
        for (int id = 0; id < names.size(); ++id)
            slowest.noteName(id, names[id].toStdString());
        std::vector<FunctionTotals> totals;
        for (int id = 0; id < calls.size(); ++id)
            totals.push_back(FunctionTotals{calls[id], totalNs[id]});
        QStringList got;
        for (const SlowFunction& f : slowest.slowest(totals, size_t(count))) {
            got << QString::fromStdString(f.name);
            const int id = int(names.indexOf(QString::fromStdString(f.name)));
            QCOMPARE(f.calls, calls[id]);
            QCOMPARE(f.totalNs, totalNs[id]);
        }
        QCOMPARE(got, expected);
    }
    void firstNameKept()
    {
        SlowestFunctions slowest;
        slowest.noteName(0, "first");
        slowest.noteName(0, "second"); // the same function resolved again (another code object)
        const auto top = slowest.slowest({FunctionTotals{1, 1}}, 10);
        QCOMPARE(top.size(), size_t(1));
        QCOMPARE(top[0].name, std::string("first"));
        slowest.clear();
        QVERIFY(slowest.slowest({FunctionTotals{1, 1}}, 10).empty());
    }
};

QTEST_APPLESS_MAIN(TestSlowestFunctions)
#include "tst_slowestfunctions.moc"
