// ExternalCallSort gives back every call added, in order, whatever the buffer: in memory, or sorted runs
// written to a temporary file (whole 4 KB blocks, read back a block at a time by a thread of its own while
// the merge takes from the block before) and merged. Checked against std::stable_sort of the same calls.

#include "ExternalCallSort.h"

#include <algorithm>
#include <csignal>
#include <numeric>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <stdexcept>
#include <sys/resource.h>

using namespace breadcrumb;

namespace {

std::vector<ExportCall> randomCalls(std::size_t count, std::uint32_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<ExportCall> calls(count);
    std::vector<std::int64_t> ids(count); // unique, as a trace's are, in no particular order
    std::iota(ids.begin(), ids.end(), 1);
    std::shuffle(ids.begin(), ids.end(), random);
    for (std::size_t i = 0; i < count; ++i) {
        ExportCall& c = calls[i];
        c.startNs = static_cast<Nanos>(random() % 5000); // many equal starts: the call id decides
        c.durationNs = static_cast<Nanos>(random() % 100000);
        c.selfNs = c.durationNs / 2;
        c.callId = ids[i];
        c.parentId = static_cast<std::int64_t>(random() % 50);
        c.function = static_cast<std::uint32_t>(random() % 300);
        c.thread = static_cast<std::uint32_t>(random() % 5);
        c.exception = static_cast<std::int32_t>(random() % 4) - 1;
    }
    return calls;
}

bool same(const ExportCall& a, const ExportCall& b)
{
    return a.startNs == b.startNs && a.durationNs == b.durationNs && a.selfNs == b.selfNs &&
           a.callId == b.callId && a.parentId == b.parentId && a.function == b.function &&
           a.thread == b.thread && a.exception == b.exception;
}

} // namespace

class TestExternalCallSort : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TMPDIR", m_dir.path().toUtf8()); // the runs' file; unlinked at once, so never seen
    }

    void sortsEveryCall_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("bufferCalls");
        QTest::addColumn<bool>("byThread");
        QTest::addColumn<int>("spilled"); // sorted runs in the file; the last run stays in memory
        for (const bool byThread : {false, true}) {
            const char* order = byThread ? "by thread" : "by start";
            QTest::addRow("%s: none", order) << 0 << 100 << byThread << 0;
            QTest::addRow("%s: one call", order) << 1 << 100 << byThread << 0;
            QTest::addRow("%s: in memory", order) << 5000 << 10000 << byThread << 0;
            // runs of whole 512-call units, several blocks each (both read buffers refilled in turn)
            QTest::addRow("%s: 4 runs of 8192", order) << 32768 << 8192 << byThread << 3;
            // runs that end mid-block, a short last run, a buffer that is not a multiple of anything
            QTest::addRow("%s: 7 uneven runs", order) << 40000 << 6007 << byThread << 6;
            // a 1-call buffer holds a 4 KB block of calls (73): runs of one block, the last one padded
            QTest::addRow("%s: 5 runs of a block", order) << 300 << 1 << byThread << 4;
            QTest::addRow("%s: 3 runs", order) << 20000 << 7000 << byThread << 2;
        }
    }

    void sortsEveryCall()
    {
        QFETCH(int, calls);
        QFETCH(int, bufferCalls);
        QFETCH(bool, byThread);
        QFETCH(int, spilled);
        const auto order = byThread ? ExternalCallSort::Order::ByThread : ExternalCallSort::Order::ByStart;
        const std::vector<ExportCall> input = randomCalls(static_cast<std::size_t>(calls), 7);
        std::vector<ExportCall> want = input;
        std::stable_sort(want.begin(), want.end(),
                         byThread ? ExternalCallSort::byThread : ExternalCallSort::byStart);

        ExternalCallSort sort(order, static_cast<std::size_t>(bufferCalls));
        for (const ExportCall& c : input)
            sort.add(c);
        sort.finish();
        QCOMPARE(sort.size(), input.size());
        QCOMPARE(static_cast<int>(sort.spilledRuns()), spilled);
        for (int pass = 0; pass < 2; ++pass) {
            std::size_t at = 0;
            bool inOrder = true;
            sort.forEach([&](const ExportCall& c) {
                if (at < want.size() && !same(c, want[at]))
                    inOrder = false;
                ++at;
            });
            QCOMPARE(at, want.size());
            QVERIFY(inOrder);
        }
    }

    // A visitor that throws (the export's output failed) leaves the merge's reader thread stopped and the
    // sort usable: the next walk gives every call again.
    void visitorThrows()
    {
        const std::vector<ExportCall> input = randomCalls(50000, 11);
        ExternalCallSort sort(ExternalCallSort::Order::ByStart, 3000);
        for (const ExportCall& c : input)
            sort.add(c);
        sort.finish();
        QVERIFY(sort.spilledRuns() > 10);
        for (const std::size_t stopAt : {std::size_t{0}, std::size_t{1}, std::size_t{20000}}) {
            std::size_t seen = 0;
            try {
                sort.forEach([&](const ExportCall&) {
                    if (seen++ == stopAt)
                        throw std::runtime_error("output failed");
                });
                QFAIL("the visitor's exception was lost");
            } catch (const std::runtime_error& error) {
                QCOMPARE(QString(error.what()), QString("output failed"));
            }
            QCOMPARE(seen, stopAt + 1);
        }
        std::size_t count = 0;
        sort.forEach([&](const ExportCall&) { ++count; });
        QCOMPARE(count, input.size());
    }

    // A damaged trace may repeat a call: calls that compare equal must not fool the merge's read-ahead (it
    // reads for the run whose block ends first; with ties it may read for another run than the one the
    // merge waits for, and with every spare block taken, waiting would never end).
    void equalCallsAllComeOut()
    {
        std::vector<ExportCall> input = randomCalls(100000, 13);
        for (ExportCall& c : input) {
            c.startNs = 5;
            c.callId = 7;
            c.thread = 1;
        }
        for (const auto order : {ExternalCallSort::Order::ByStart, ExternalCallSort::Order::ByThread}) {
            ExternalCallSort sort(order, 8192); // 12 runs of 4 blocks each
            for (const ExportCall& c : input)
                sort.add(c);
            sort.finish();
            QCOMPARE(sort.spilledRuns(), std::size_t{12});
            std::vector<std::uint32_t> functions;
            sort.forEach([&](const ExportCall& c) { functions.push_back(c.function); });
            std::vector<std::uint32_t> want;
            for (const ExportCall& c : input)
                want.push_back(c.function);
            std::sort(functions.begin(), functions.end());
            std::sort(want.begin(), want.end());
            QVERIFY(functions == want);
        }
    }

    // The spiller's write fails (a file size limit: EFBIG, as a full disk gives ENOSPC) on its own thread:
    // the error reaches the caller as a TraceError at the next hand-off or at finish().
    void spillThatCannotBeWritten()
    {
        const auto savedSignal = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of the signal
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024; // the first run (56 KB) fits, the second does not
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        std::string message;
        try {
            ExternalCallSort sort(ExternalCallSort::Order::ByStart, 1000);
            for (const ExportCall& c : randomCalls(20000, 5))
                sort.add(c);
            sort.finish();
        } catch (const TraceError& error) {
            message = error.what();
            QCOMPARE(error.kind(), TraceError::Kind::Interrupted);
        }
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, savedSignal);
        QCOMPARE(QString::fromStdString(message),
                 QString("cannot write the temporary file the export sorts calls in: File too large"));
    }

    // No temporary file can be made: a TraceError the export reports, not a crash.
    void noTemporaryFile()
    {
        const QByteArray saved = qgetenv("TMPDIR");
        qputenv("TMPDIR", m_dir.filePath("missing/dir").toUtf8());
        ExternalCallSort sort(ExternalCallSort::Order::ByStart, 10);
        bool threw = false;
        try {
            for (const ExportCall& c : randomCalls(1000, 3))
                sort.add(c);
            sort.finish();
        } catch (const TraceError& error) {
            threw = true;
            QCOMPARE(error.kind(), TraceError::Kind::Interrupted);
            QVERIFY2(std::string(error.what()).find("temporary file") != std::string::npos, error.what());
        }
        qputenv("TMPDIR", saved);
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestExternalCallSort)
#include "tst_externalcallsort.moc"
