// KeyIndex, the core's one index from ids and keys to rows: every layout (ids naming one row, repeated
// keys, scattered and huge ids, rows without key, no rows) answers as a scan over the keys would.

#include "KeyIndex.h"

#include <limits>
#include <QtTest>

using namespace breadcrumb;

namespace {

constexpr qint64 kSkip = KeyIndex::kSkip;
constexpr qint64 kHuge = std::numeric_limits<qint64>::max();

// What rowsOf(key) must return: the rows holding it, ascending.
std::vector<std::uint32_t> scan(const QList<qint64>& keys, qint64 key)
{
    std::vector<std::uint32_t> rows;
    for (qsizetype r = 0; r < keys.size(); ++r) {
        if (keys[r] != kSkip && keys[r] == key)
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return rows;
}

} // namespace

class TestKeyIndex : public QObject
{
    Q_OBJECT

private slots:
    void answersAsAScan_data()
    {
        QTest::addColumn<QList<qint64>>("keys");    // key of each row
        QTest::addColumn<QList<qint64>>("lookups"); // besides every key: keys no row holds
        QTest::addColumn<bool>("dense");

        QTest::newRow("empty") << QList<qint64>{} << QList<qint64>{0, 1, -1, kHuge} << false;
        QTest::newRow("only rows without key")
            << QList<qint64>{kSkip, kSkip} << QList<qint64>{0, kSkip} << false;
        QTest::newRow("dense ids (call ids)")
            << QList<qint64>{100, 101, 102, 103, 104} << QList<qint64>{99, 105, 0, -100} << true;
        QTest::newRow("dense ids out of order, a gap")
            << QList<qint64>{7, 3, 5, 4, 9} << QList<qint64>{6, 8, 2, 10} << true;
        QTest::newRow("negative ids") << QList<qint64>{-3, -2, -1, 0, 1} << QList<qint64>{-4, 2} << true;
        QTest::newRow("repeated keys (children by parent)")
            << QList<qint64>{kSkip, 0, 0, 1, 1, 0, 4} << QList<qint64>{2, 3, 5, -1} << true;
        QTest::newRow("repeated at the very end")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 1} << QList<qint64>{0, 10} << true;
        QTest::newRow("an id repeated by a damaged file")
            << QList<qint64>{10, 11, 11, 12} << QList<qint64>{9, 13} << true;
        QTest::newRow("scattered ids") << QList<qint64>{5, 1'000'000'000, 70'000, 5, 3}
                                       << QList<qint64>{4, 6, 999'999'999, 1'000'000'001} << false;
        QTest::newRow("huge ids at both ends")
            << QList<qint64>{std::numeric_limits<qint64>::min() + 1, 0, kHuge, kHuge}
            << QList<qint64>{1, -1, kHuge - 1, std::numeric_limits<qint64>::min() + 2} << false;
        QTest::newRow("one huge id") << QList<qint64>{kHuge} << QList<qint64>{0, kHuge - 1, -kHuge} << true;
        QTest::newRow("rows without key between")
            << QList<qint64>{kSkip, 2, kSkip, 3, kSkip} << QList<qint64>{kSkip, 0, 1, 4} << true;
    }

    void answersAsAScan()
    {
        QFETCH(QList<qint64>, keys);
        QFETCH(QList<qint64>, lookups);
        QFETCH(bool, dense);
        const KeyIndex index(static_cast<std::size_t>(keys.size()),
                             [&](std::size_t r) { return keys[static_cast<qsizetype>(r)]; });
        QCOMPARE(index.isDense(), dense);
        for (const qint64 key : keys + lookups) {
            if (key == kSkip)
                continue;
            const auto rows = index.rowsOf(key);
            const std::vector<std::uint32_t> expected = scan(keys, key);
            QCOMPARE(std::vector<std::uint32_t>(rows.begin(), rows.end()), expected);
            QCOMPARE(index.rowOf(key), expected.empty() ? -1 : std::int32_t(expected.back()));
        }
    }

    // Keys known to lie in [lo, hi] (indices, a run's id range): the ones outside are left out.
    void knownRange_data()
    {
        QTest::addColumn<QList<qint64>>("keys");
        QTest::addColumn<qint64>("lo");
        QTest::addColumn<qint64>("hi");
        QTest::newRow("indices (parents)") << QList<qint64>{-1, 0, 0, 1, -1, 3} << qint64(0) << qint64(5);
        QTest::newRow("ids beyond the range read")
            << QList<qint64>{10, 11, 12, 13, 14} << qint64(10) << qint64(12);
        QTest::newRow("ids below the range") << QList<qint64>{1, 2, 50, 51} << qint64(50) << qint64(60);
        QTest::newRow("none in range") << QList<qint64>{1, 2, 3} << qint64(10) << qint64(20);
        QTest::newRow("no rows, empty range") << QList<qint64>{} << qint64(0) << qint64(-1);
        QTest::newRow("wide range") << QList<qint64>{5, 1'000'000'000} << qint64(0) << qint64(1'000'000'000);
    }

    void knownRange()
    {
        QFETCH(QList<qint64>, keys);
        QFETCH(qint64, lo);
        QFETCH(qint64, hi);
        const KeyIndex index(
            static_cast<std::size_t>(keys.size()),
            [&](std::size_t r) { return keys[static_cast<qsizetype>(r)]; }, lo, hi);
        for (const qint64 key : keys + QList<qint64>{lo - 1, lo, hi, hi + 1}) {
            const auto rows = index.rowsOf(key);
            const std::vector<std::uint32_t> expected =
                key >= lo && key <= hi ? scan(keys, key) : std::vector<std::uint32_t>();
            QCOMPARE(std::vector<std::uint32_t>(rows.begin(), rows.end()), expected);
        }
    }

    void defaultIsEmpty()
    {
        const KeyIndex index;
        QVERIFY(index.rowsOf(0).empty());
        QCOMPARE(index.rowOf(0), -1);
        QVERIFY(!index.isDense());
    }

    // A million dense ids stay one subtraction away; a few ids spread over the int64 range do not
    // allocate a slot per value.
    void largeDenseAndSparse_data()
    {
        QTest::addColumn<qint64>("step");
        QTest::addColumn<bool>("dense");
        QTest::newRow("ids 1 apart") << qint64(1) << true;
        QTest::newRow("ids 3 apart (within 4x)") << qint64(3) << true;
        QTest::newRow("ids 10^12 apart") << qint64(1'000'000'000'000) << false;
    }

    void largeDenseAndSparse()
    {
        QFETCH(qint64, step);
        QFETCH(bool, dense);
        const std::size_t rows = step == 1 ? 1'000'000 : 100'000;
        const KeyIndex index(rows, [&](std::size_t r) { return qint64(rows - 1 - r) * step; });
        QCOMPARE(index.isDense(), dense);
        for (const std::size_t r : {std::size_t(0), rows / 2, rows - 1}) {
            QCOMPARE(index.rowOf(qint64(rows - 1 - r) * step), std::int32_t(r));
            if (step > 1)
                QCOMPARE(index.rowOf(qint64(rows - 1 - r) * step + 1), -1);
        }
        QCOMPARE(index.rowOf(-step), -1);
        QCOMPARE(index.rowOf(qint64(rows) * step), -1);
    }
};

QTEST_MAIN(TestKeyIndex)
#include "tst_keyindex.moc"
