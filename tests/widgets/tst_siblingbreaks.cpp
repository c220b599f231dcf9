// SiblingBreaks: next() against a plain scan, over lists that fill one level of the summary, cross the
// boundaries of groups of 64 and of 64 x 64, and hold a break far from where the search starts; the strength
// scale never skips a slot at or above the threshold and passes over at most those a quarter octave below.

#include "SiblingBreaks.h"

#include <algorithm>
#include <QTest>
#include <random>
#include <vector>

using namespace breadcrumb;

class TestSiblingBreaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextMatchesAScan_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("breakEvery"); // one strong slot in this many, on average (0: none)
        QTest::newRow("empty") << 0 << 10;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("one level") << 64 << 8;
        QTest::newRow("two levels") << 65 << 8;
        QTest::newRow("dense breaks") << 5000 << 2;
        QTest::newRow("sparse breaks") << 300000 << 20000;
        QTest::newRow("no break") << 300000 << 0;
    }
    void nextMatchesAScan()
    {
        QFETCH(int, count);
        QFETCH(int, breakEvery);
        std::mt19937_64 random(42);
        std::vector<Nanos> strength(static_cast<std::size_t>(count));
        SiblingBreaks breaks;
        breaks.assign(strength.size());
        for (std::size_t i = 0; i < strength.size(); ++i) {
            // Mostly short (10..999 ns), some long (1..100 ms).
            const bool strong = breakEvery > 0 && random() % std::uint64_t(breakEvery) == 0;
            strength[i] = strong ? Nanos(1'000'000 + random() % 99'000'000) : Nanos(10 + random() % 990);
            breaks.set(i, strength[i]);
        }
        breaks.finish();
        QCOMPARE(breaks.size(), strength.size());
        const std::vector<Nanos> thresholds{0, 1, 500, 1000, 1'000'000, 50'000'000, 1'000'000'000};
        for (int probe = 0; probe < 2000; ++probe) {
            const std::size_t from = count > 0 ? random() % std::size_t(count) : 0;
            const std::size_t to = from + (count > 0 ? random() % (std::size_t(count) - from + 1) : 0);
            const Nanos threshold = thresholds[std::size_t(probe) % thresholds.size()];
            const std::size_t found = breaks.next(from, to, threshold);
            QVERIFY(found >= from || (from >= to && found == to));
            QVERIFY(found <= to);
            // Nothing at or above the threshold is passed over.
            const auto passed = std::find_if(strength.begin() + std::ptrdiff_t(from),
                                             strength.begin() + std::ptrdiff_t(found),
                                             [&](Nanos t) { return t >= threshold; });
            QCOMPARE(passed - strength.begin(), std::ptrdiff_t(found));
            if (found < to) // what is found reaches the threshold within a quarter octave
                QVERIFY2(strength[found] * 5 >= threshold * 4,
                         qPrintable(QStringLiteral("%1 for %2").arg(strength[found]).arg(threshold)));
        }
    }

    // A slot never set breaks (a list's first call: nothing before it to merge with).
    void unsetSlotsBreak()
    {
        SiblingBreaks breaks;
        breaks.assign(200);
        for (std::size_t i = 0; i < 200; ++i)
            if (i != 150)
                breaks.set(i, 5);
        breaks.finish();
        QCOMPARE(breaks.next(0, 200, 1'000'000'000'000), std::size_t(150));
        QCOMPARE(breaks.next(151, 200, 1'000'000'000'000), std::size_t(200));
        QCOMPARE(breaks.next(10, 20, 5), std::size_t(10));
        QCOMPARE(breaks.next(10, 20, 6), std::size_t(20)); // 5 and 6 ns: one quarter octave apart
    }
};

QTEST_GUILESS_MAIN(TestSiblingBreaks)
#include "tst_siblingbreaks.moc"
