// RunSummaryBuilder (tracer/native): the per-function figures of function_summaries, built from call rows
// in the order the writer gets them (children first). Real traces are checked against the core in
// tests/core/tst_runsummaries.cpp; these are the orders real programs rarely make: a parent on another
// thread or never written (its children are roots, as readers take them), calls finishing interleaved
// (coroutines), recursion through a subtree of many functions.

#include "RunSummaryBuilder.h"

#include <QtTest>

using namespace breadcrumb;

class TestRunSummaryBuilder : public QObject
{
    Q_OBJECT

private slots:
    void rows_data()
    {
        // rows: "call,parent,function,thread,duration,child,exception; ..." in finish order
        // expected: "function:calls,self,inclusive,durationSum,max,exceptions; ..." by function id
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("direct recursion counted once") << "3,2,2,1,10,0,7; 2,1,2,1,30,10,0; 1,0,1,1,50,30,0"
                                                       << "1:1,20,50,50,50,0; 2:2,30,30,40,30,1";
        QTest::newRow("mutual recursion") << "4,3,2,1,5,0,0; 3,2,1,1,12,5,0; 2,1,2,1,20,12,0; 1,0,1,1,30,20,0"
                                          << "1:2,17,30,42,30,0; 2:2,13,20,25,20,0";
        QTest::newRow("parent on another thread is none") << "2,1,1,2,10,0,0; 1,0,1,1,40,0,0"
                                                          << "1:2,50,50,50,40,0";
        QTest::newRow("parent never written") << "5,4,1,1,10,0,0; 7,6,1,1,3,0,0; 6,4,1,1,7,3,0"
                                              << "1:3,17,17,20,10,0";
        QTest::newRow("coroutines finishing interleaved")
            << "4,2,3,1,5,0,0; 5,3,3,1,6,0,0; 2,1,2,1,100,90,0; 3,1,2,1,100,94,0; 1,0,1,1,200,27,0"
            << "1:1,173,200,200,200,0; 2:2,16,27,200,100,0; 3:2,11,11,11,6,0";
        QString many, manyExpected = "0:1,84,100,100,100,0; ";
        for (int f = 1; f <= 14; ++f) {
            many += QString("%1,1,%2,1,1,0,0; ").arg(f + 1).arg(f);
            manyExpected += QString("%1:1,1,1,1,1,0; ").arg(f);
        }
        QTest::newRow("recursion below many functions")
            << many + "17,16,15,1,1,0,0; 16,1,15,1,2,1,0; 1,0,0,1,100,16,0"
            << manyExpected + "15:2,2,2,3,2,0";
        // The same with ids on both sides of the directly indexed range (the others are hashed).
        constexpr int kBig = 65530;
        QString big = QString("17,16,%1,1,1,0,0; 16,1,%1,1,2,1,0; ").arg(kBig + 15),
                bigExpected = QString("%1:1,84,100,100,100,0; ").arg(kBig);
        for (int f = 1; f <= 14; ++f) {
            big += QString("%1,1,%2,1,1,0,0; ").arg(f + 1).arg(kBig + f);
            bigExpected += QString("%1:1,1,1,1,1,0; ").arg(kBig + f);
        }
        QTest::newRow("recursion below many functions, big ids")
            << big + QString("1,0,%1,1,100,16,0").arg(kBig)
            << bigExpected + QString("%1:2,2,2,3,2,0").arg(kBig + 15);
    }

    void rows()
    {
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        std::vector<CallRow> calls;
        for (const QString& row : rows.split(';', Qt::SkipEmptyParts)) {
            const QStringList v = row.trimmed().split(',');
            calls.push_back(CallRow{v[0].toLongLong(), v[1].toLongLong(), v[2].toLongLong(),
                                    v[3].toLongLong(), 0, v[4].toLongLong(), v[5].toLongLong(),
                                    v[6].toLongLong(), 0});
        }
        // all at once, and one row at a time (as batches split them): the same figures
        RunSummaryBuilder whole, oneByOne;
        whole.add(calls.data(), calls.size());
        for (const CallRow& c : calls)
            oneByOne.add(&c, 1);
        for (const RunSummaryBuilder* builder : {&whole, &oneByOne}) {
            QStringList got;
            for (const FunctionSummaryRow& f : builder->rows())
                got << QString("%1:%2,%3,%4,%5,%6,%7")
                           .arg(f.functionId)
                           .arg(f.calls)
                           .arg(f.selfNs)
                           .arg(f.inclusiveNs)
                           .arg(f.durationSumNs)
                           .arg(f.maxDurationNs)
                           .arg(f.exceptions);
            QCOMPARE(got.join("; "), expected.trimmed().remove(QRegularExpression(";\\s*$")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunSummaryBuilder)
#include "tst_runsummarybuilder.moc"
