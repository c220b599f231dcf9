// CallList, the compact form of a loaded run's calls: every call reads back as it was stored, whether its
// fields fit the packed form or are kept beside (long durations, starts far apart, ids out of step, many
// threads, deep calls), also after being overwritten, moved and cut.

#include "CallList.h"

#include <limits>
#include <QtTest>
#include <thread>
#include <vector>

using namespace breadcrumb;

namespace {

constexpr Nanos kSecond = 1'000'000'000;

// Every field of a call but onStackNs (RunData::buildIndexes' to set).
bool same(const CallRecord& a, const CallRecord& b)
{
    return a.id == b.id && a.parent == b.parent && a.function == b.function && a.thread == b.thread &&
           a.outermost == b.outermost && a.depth == b.depth && a.startNs == b.startNs &&
           a.durationNs == b.durationNs && a.selfNs == b.selfNs;
}

QString text(const CallRecord& c)
{
    return QStringLiteral("id %1 parent %2 function %3 thread %4 outermost %5 depth %6 start %7 duration %8 "
                          "self %9")
        .arg(c.id)
        .arg(c.parent)
        .arg(c.function)
        .arg(c.thread)
        .arg(c.outermost)
        .arg(c.depth)
        .arg(c.startNs)
        .arg(c.durationNs)
        .arg(c.selfNs);
}

// `n` calls, some of each kind that does not fit the packed form.
std::vector<CallRecord> mixedCalls(std::size_t n)
{
    std::vector<CallRecord> calls;
    Nanos start = 1'700'000'000 * kSecond; // wall clock
    for (std::size_t i = 0; i < n; ++i) {
        CallRecord c;
        c.id = 1000 + static_cast<std::int64_t>(i) + (i % 97 == 5 ? 7 : 0); // now and then out of step
        c.parent = i == 0 ? -1 : static_cast<std::int32_t>(i / 2);
        c.function = static_cast<std::uint32_t>(i % 13);
        c.thread = i % 211 == 3 ? 9000 + static_cast<std::uint32_t>(i) : static_cast<std::uint32_t>(i % 4);
        c.outermost = i % 3 != 0;
        c.depth = i % 101 == 7 ? 70'000 + static_cast<std::uint32_t>(i) : static_cast<std::uint32_t>(i % 50);
        start += i % 500 == 9 ? 7 * kSecond : 1000 + static_cast<Nanos>(i % 7); // a long pause now and then
        c.startNs = start;
        c.durationNs =
            i % 89 == 1 ? 5 * kSecond + static_cast<Nanos>(i) : static_cast<Nanos>(i * 31 % 100'000);
        c.selfNs = i % 89 == 1 && i % 2 == 0 ? c.durationNs : c.durationNs / 2;
        calls.push_back(c);
    }
    return calls;
}

} // namespace

class TestCallList : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasStored_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("a block") << 1024;
        QTest::newRow("several blocks") << 5000;
    }
    void readsBackWhatWasStored()
    {
        QFETCH(int, count);
        const auto calls = mixedCalls(std::size_t(count));
        CallList list;
        for (const CallRecord& c : calls)
            list.push_back(c);
        QCOMPARE(list.size(), calls.size());
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QVERIFY2(same(list[i], calls[i]), qPrintable(text(list[i]) + " != " + text(calls[i])));
            QCOMPARE(list.startNs(i), calls[i].startNs);
            QCOMPARE(list.thread(i), std::uint32_t(calls[i].thread));
            // without buildIndexes' word, a call's on-stack time is its duration
            QCOMPARE(list[i].onStackNs, calls[i].durationNs);
        }
        QVERIFY(same(list.front(), calls.front()));
        QVERIFY(same(list.back(), calls.back()));
        std::size_t k = 0;
        for (const CallRecord c : list)
            QVERIFY(same(c, calls[k++]));
    }

    void extremeValues()
    {
        CallList list;
        CallRecord c;
        c.id = std::numeric_limits<std::int64_t>::max();
        c.startNs = std::numeric_limits<Nanos>::min() + 1;
        c.durationNs = std::numeric_limits<Nanos>::max() / 2;
        c.selfNs = -5; // a damaged or hand-made figure still reads back
        c.depth = std::numeric_limits<std::uint32_t>::max();
        c.thread = (1u << 31) - 1;
        list.push_back(c);
        CallRecord d = c;
        d.id = 3;
        d.startNs = std::numeric_limits<Nanos>::max();
        list.push_back(d);
        QVERIFY2(same(list[0], c), qPrintable(text(list[0])));
        QVERIFY2(same(list[1], d), qPrintable(text(list[1])));
    }

    // Overwriting a call forgets what was kept beside for the one before; the setters change one field.
    void overwritesAndSetters()
    {
        auto calls = mixedCalls(3000);
        CallList list;
        for (const CallRecord& c : calls)
            list.push_back(c);
        for (std::size_t i = 0; i < calls.size(); i += 2) {
            CallRecord c = calls[(i * 7) % calls.size()]; // wide and narrow values land anywhere
            c.id = calls[i].id;
            list.set(i, c);
            calls[i] = c;
        }
        for (std::size_t i = 1; i < calls.size(); i += 5) {
            list.setParent(i, -1);
            list.setFunction(i, 77);
            list.setThread(i, i % 2 ? 20'000 : 1);
            list.setDepth(i, i % 3 ? 100'000 : 2);
            list.setOutermost(i, i % 4 == 0);
            calls[i].parent = -1;
            calls[i].function = 77;
            calls[i].thread = i % 2 ? 20'000 : 1;
            calls[i].depth = i % 3 ? 100'000 : 2;
            calls[i].outermost = i % 4 == 0;
        }
        for (std::size_t i = 0; i < calls.size(); ++i)
            QVERIFY2(same(list[i], calls[i]), qPrintable(QString::number(i) + ": " + text(list[i])));
    }

    void moveDownAndResize()
    {
        const auto calls = mixedCalls(4000);
        CallList list;
        list.assign(6000, calls.front().id);
        for (std::size_t i = 0; i < 1500; ++i)
            list.set(i, calls[i]);
        for (std::size_t i = 1500; i < calls.size(); ++i)
            list.set(i + 2000, calls[i]); // a gap of 2000 between the halves, as a split load leaves
        list.moveDown(1500, 3500, calls.size() - 1500);
        list.resize(calls.size());
        QCOMPARE(list.size(), calls.size());
        for (std::size_t i = 0; i < calls.size(); ++i)
            QVERIFY2(same(list[i], calls[i]), qPrintable(QString::number(i) + ": " + text(list[i])));
        CallList copy = list;
        list.clear();
        QVERIFY(list.empty());
        for (std::size_t i = 0; i < calls.size(); ++i)
            QVERIFY(same(copy[i], calls[i]));
    }

    // A parallel load stores distinct calls from several threads, in any order, blocks shared.
    void storesFromSeveralThreads()
    {
        const auto calls = mixedCalls(20'000);
        CallList list;
        list.assign(calls.size(), calls.front().id);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (std::size_t i = calls.size() - 1 - t; i < calls.size(); i -= 4)
                    list.set(i, calls[i]);
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (std::size_t i = 0; i < calls.size(); ++i)
            QVERIFY2(same(list[i], calls[i]), qPrintable(QString::number(i) + ": " + text(list[i])));
    }

    void onStackAside()
    {
        const auto calls = mixedCalls(100);
        CallList list;
        for (const CallRecord& c : calls)
            list.push_back(c);
        list.setOnStackAside({{3, 11}, {50, 0}, {99, 5 * kSecond}});
        QCOMPARE(list.onStackAsideCount(), std::size_t(3));
        QCOMPARE(list[3].onStackNs, Nanos(11));
        QCOMPARE(list[50].onStackNs, Nanos(0));
        QCOMPARE(list[99].onStackNs, 5 * kSecond);
        QCOMPARE(list[4].onStackNs, calls[4].durationNs);
        list.setOnStackAside({{4, 1}});
        QCOMPARE(list[3].onStackNs, calls[3].durationNs);
        QCOMPARE(list[4].onStackNs, Nanos(1));
    }

    // Calls of a usual run (ids in step, short calls close together) keep nothing beside.
    void costsTwentyFourBytesACall()
    {
        CallList list;
        const std::size_t n = 1 << 16;
        list.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            CallRecord c;
            c.id = 5 + static_cast<std::int64_t>(i);
            c.startNs = 1'700'000'000 * kSecond + static_cast<Nanos>(i) * 1500;
            c.durationNs = 3 * kSecond;
            c.selfNs = 1000;
            c.depth = static_cast<std::uint32_t>(i % 300);
            c.thread = static_cast<std::uint32_t>(i % 40);
            list.push_back(c);
        }
        QCOMPARE(sizeof(CallList::Stored), std::size_t(24));
        QVERIFY2(list.bytes() <= n * 24 + n / 256 * 8, qPrintable(QString::number(list.bytes())));
    }
};

QTEST_APPLESS_MAIN(TestCallList)
#include "tst_calllist.moc"
