// PointerTable (tracer/native, header-only): the tracer keeps suspended generator frames in it, so a
// lost or duplicated entry would be a lost or doubled call. Random operations are checked against
// std::unordered_map after every step, for key patterns that make long probe runs and wrap around.

#include "PointerTable.h"

#include <QtTest>
#include <random>
#include <unordered_map>

using namespace breadcrumb;

class TestPointerTable : public QObject
{
    Q_OBJECT

private slots:
    void matchesUnorderedMap_data()
    {
        QTest::addColumn<quint64>("stride"); // distance between candidate keys, in bytes
        QTest::addColumn<int>("keys");       // how many distinct candidate keys
        QTest::addColumn<int>("steps");
        QTest::newRow("frames 16 B apart") << quint64(16) << 64 << 20000;
        QTest::newRow("frames 1 KB apart") << quint64(1024) << 300 << 20000;
        QTest::newRow("page-aligned") << quint64(4096) << 40 << 20000;
        QTest::newRow("few keys, heavy churn") << quint64(48) << 5 << 5000;
        QTest::newRow("grows past 1000") << quint64(80) << 3000 << 30000;
    }
    void matchesUnorderedMap()
    {
        QFETCH(quint64, stride);
        QFETCH(int, keys);
        QFETCH(int, steps);
        PointerTable<int> table;
        std::unordered_map<void*, int> reference;
        std::mt19937 random(42);
        const auto key = [&](int i) {
            return reinterpret_cast<void*>(uintptr_t(0x7f0000000000) + stride * uint64_t(i + 1));
        };
        for (int step = 0; step < steps; ++step) {
            void* k = key(int(random() % uint32_t(keys)));
            switch (random() % 3) {
            case 0:
            case 1: // put twice as often as erase, so the table fills up and grows
                table.put(k, step);
                reference[k] = step;
                break;
            default:
                table.erase(k);
                reference.erase(k);
            }
            QCOMPARE(table.size(), reference.size());
            // every candidate key: present with the same value, or absent in both
            for (int i = 0; i < keys; ++i) {
                const int* found = table.find(key(i));
                const auto it = reference.find(key(i));
                QCOMPARE(found != nullptr, it != reference.end());
                if (found)
                    QCOMPARE(*found, it->second);
            }
        }
        size_t visited = 0;
        table.forEach([&](void* k, int v) {
            ++visited;
            QCOMPARE(reference.at(k), v);
        });
        QCOMPARE(visited, reference.size());
    }

    void emptyAndCleared()
    {
        PointerTable<int> table;
        int a = 0, b = 0;
        QVERIFY(table.empty());
        QVERIFY(!table.find(&a));
        table.erase(&a); // absent: nothing happens
        table.put(&a, 1);
        table.put(&a, 2); // replaces
        table.put(&b, 3);
        QCOMPARE(table.size(), size_t(2));
        QCOMPARE(*table.find(&a), 2);
        table.clear();
        QVERIFY(table.empty());
        QVERIFY(!table.find(&b));
        table.put(&b, 4); // usable after clear()
        QCOMPARE(*table.find(&b), 4);
    }
};

QTEST_APPLESS_MAIN(TestPointerTable)
#include "tst_pointertable.moc"
