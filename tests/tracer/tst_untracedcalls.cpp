// UntracedCalls (tracer/native): the run's untraced table (calls from traced functions into library
// code) is written from it at stop(). Checks the per-(caller, callee) totals and the reuse of a
// callee name's id, which only looks back 64 names (a bounded search on every new untraced code object).

#include "UntracedCalls.h"

#include <algorithm>
#include <QtTest>

using namespace breadcrumb;

class TestUntracedCalls : public QObject
{
    Q_OBJECT

private slots:
    void totalsPerCallerAndCallee()
    {
        UntracedCalls untraced;
        const int64_t sleep = untraced.nameId("time.sleep");
        const int64_t dumps = untraced.nameId("json.dumps");
        untraced.countCall(7, sleep);
        untraced.countCall(7, sleep);
        untraced.addTime(7, sleep, 100);
        untraced.addTime(7, sleep, 50);
        untraced.countCall(9, sleep);
        untraced.addTime(9, sleep, 5);
        untraced.countCall(7, dumps);
        std::vector<UntracedRow> rows = untraced.rows();
        std::sort(rows.begin(), rows.end(), [](const UntracedRow& a, const UntracedRow& b) {
            return std::tie(a.callerFunctionId, a.callee) < std::tie(b.callerFunctionId, b.callee);
        });
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].callerFunctionId, 7);
        QCOMPARE(rows[0].callee, std::string("json.dumps"));
        QCOMPARE(rows[0].calls, 1);
        QCOMPARE(rows[0].totalNs, 0);
        QCOMPARE(rows[1].callee, std::string("time.sleep"));
        QCOMPARE(rows[1].calls, 2);
        QCOMPARE(rows[1].totalNs, 150);
        QCOMPARE(rows[2].callerFunctionId, 9);
        QCOMPARE(rows[2].calls, 1);
        QCOMPARE(rows[2].totalNs, 5);
        untraced.clear();
        QVERIFY(untraced.rows().empty());
    }
    void nameIdReuse_data()
    {
        QTest::addColumn<int>("namesBetween"); // other names interned between the two lookups
        QTest::addColumn<bool>("sameId");
        QTest::newRow("right after") << 0 << true;
        QTest::newRow("63 names later") << 63 << true;
        QTest::newRow("64 names later") << 64 << false;
        QTest::newRow("500 names later") << 500 << false;
    }
    void nameIdReuse()
    {
        QFETCH(int, namesBetween);
        QFETCH(bool, sameId);
        UntracedCalls untraced;
        const int64_t first = untraced.nameId("m.f");
        for (int i = 0; i < namesBetween; ++i)
            QCOMPARE(untraced.nameId("m.g" + std::to_string(i)), int64_t(i + 1));
        const int64_t again = untraced.nameId("m.f");
        QCOMPARE(again == first, sameId);
        // Either way its calls are reported under the same name.
        untraced.countCall(1, first);
        untraced.countCall(1, again);
        int64_t calls = 0;
        for (const UntracedRow& row : untraced.rows())
            if (row.callee == "m.f")
                calls += row.calls;
        QCOMPARE(calls, 2);
    }
};

QTEST_APPLESS_MAIN(TestUntracedCalls)
#include "tst_untracedcalls.moc"
