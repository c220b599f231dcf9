// The viewer's one duration formatter: the unit of the scale (ns, µs, ms, s) with three significant digits,
// and the sign of a difference.

#include "DurationFormat.h"

#include <QTest>

using namespace breadcrumb;

class TestDurationFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qlonglong>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << "0ns";
        QTest::newRow("ns") << 850LL << "850ns";
        QTest::newRow("1.5 µs") << 1'500LL << "1.50µs";
        QTest::newRow("22.6 µs (was <0.1ms)") << 22'600LL << "22.6µs";
        QTest::newRow("850 µs") << 850'000LL << "850µs";
        QTest::newRow("3.21 ms") << 3'210'000LL << "3.21ms";
        QTest::newRow("12.4 ms") << 12'400'000LL << "12.4ms";
        QTest::newRow("100.2 ms") << 100'200'000LL << "100.2ms";
        QTest::newRow("1.25 s") << 1'250'000'000LL << "1.25s";
        QTest::newRow("12.3 s") << 12'340'000'000LL << "12.3s";
        QTest::newRow("negative µs") << -22'600LL << "-22.6µs";
    }

    void format()
    {
        QFETCH(qlonglong, ns);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ns), text);
        QCOMPARE(formatDurationMs(double(ns) / 1e6), text);
    }
};

QTEST_MAIN(TestDurationFormat)
#include "tst_durationformat.moc"
