// RunExportSource streams a run's calls in bounded memory: whatever the sort buffer (one run in memory, or
// many sorted runs merged from the temporary file), it yields exactly the calls, functions, threads and
// exceptions TraceReader::loadRun gives (RunData), in RunData's order or grouped by thread.

#include "RunExportSource.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <algorithm>
#include <QTemporaryDir>
#include <QtTest>

using namespace breadcrumb;

namespace {

// A call as both readers describe it: what every export writes.
struct Seen
{
    std::int64_t id;
    Nanos start, duration, self;
    std::string function;
    std::int64_t threadId;
    std::int64_t exceptionId;
    bool operator==(const Seen&) const = default;
};

QString describe(const Seen& s)
{
    return QString("%1 %2 %3 %4 %5 %6 %7")
        .arg(s.id)
        .arg(s.start)
        .arg(s.duration)
        .arg(s.self)
        .arg(QString::fromStdString(s.function))
        .arg(s.threadId)
        .arg(s.exceptionId);
}

} // namespace

class TestRunExportSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* format : {"1.1", "1.0"})
            QVERIFY(TraceBuilder::generate(
                m_dir.filePath(QString("gen%1.db").arg(format)).toStdString(),
                std::string("--calls 30000 --runs 2 --threads 3 --functions 60 --format ") + format));
    }

    void matchesLoadedRun_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("bufferCalls");
        QTest::addColumn<bool>("spills");
        for (const char* format : {"1.1", "1.0"}) {
            QTest::addRow("%s in memory", format) << QString(format) << (1 << 20) << false;
            QTest::addRow("%s merged from 4 runs", format) << QString(format) << 4000 << true;
            QTest::addRow("%s merged from many runs", format) << QString(format) << 97 << true;
        }
    }

    void matchesLoadedRun()
    {
        QFETCH(QString, format);
        QFETCH(int, bufferCalls);
        QFETCH(bool, spills);
        TraceReader reader(m_dir.filePath("gen" + format + ".db").toStdString());
        for (const std::int64_t runId : {std::int64_t{1}, std::int64_t{2}}) {
            const auto run = reader.loadRun(runId);
            std::vector<Seen> expected;
            for (std::uint32_t i = 0; i < run->calls.size(); ++i) {
                const CallRecord& c = run->calls[i];
                const std::int32_t exception = run->exceptionOf(i);
                expected.push_back(
                    {c.id, c.startNs, c.durationNs, c.selfNs, run->displayName(c.function),
                     run->threads[c.thread].threadId,
                     exception < 0 ? -1 : run->exceptions[static_cast<std::size_t>(exception)].id});
            }
            QVERIFY(expected.size() > 10000);

            for (const auto order : {RunExportSource::Order::ByStart, RunExportSource::Order::ByThread}) {
                const RunExportSource source(reader, runId, order, static_cast<std::size_t>(bufferCalls));
                QCOMPARE(source.spilledRuns() > 0, spills);
                QCOMPARE(source.callCount(), static_cast<std::int64_t>(expected.size()));
                QCOMPARE(source.threads().size(), run->threads.size());
                for (std::size_t t = 0; t < run->threads.size(); ++t) {
                    QCOMPARE(source.threads()[t].threadId, run->threads[t].threadId);
                    QCOMPARE(source.threads()[t].name, run->threads[t].name);
                }
                QCOMPARE(source.functions().size(), run->functions.size());
                for (std::uint32_t f = 0; f < run->functions.size(); ++f)
                    QCOMPARE(source.displayName(f), run->displayName(f));
                QCOMPARE(source.exceptions().size(), run->exceptions.size());
                for (std::size_t e = 0; e < run->exceptions.size(); ++e) {
                    QCOMPARE(source.exceptions()[e].id, run->exceptions[e].id);
                    QCOMPARE(source.exceptions()[e].thread, run->exceptions[e].thread);
                    QCOMPARE(source.exceptions()[e].message, run->exceptions[e].message);
                }

                std::vector<Seen> want = expected;
                if (order == RunExportSource::Order::ByThread) {
                    auto rank = [&](std::int64_t tid) {
                        for (std::size_t t = 0; t < run->threads.size(); ++t)
                            if (run->threads[t].threadId == tid)
                                return t;
                        return run->threads.size();
                    };
                    std::stable_sort(want.begin(), want.end(), [&](const Seen& a, const Seen& b) {
                        return rank(a.threadId) < rank(b.threadId);
                    });
                }
                // twice: a second walk over the merged runs gives the same calls again
                for (int pass = 0; pass < 2; ++pass) {
                    std::vector<Seen> got;
                    source.forEachCall([&](const ExportCall& c) {
                        got.push_back({c.callId, c.startNs, c.durationNs, c.selfNs,
                                       source.displayName(c.function), source.threads()[c.thread].threadId,
                                       c.exception < 0
                                           ? -1
                                           : source.exceptions()[static_cast<std::size_t>(c.exception)].id});
                    });
                    QCOMPARE(got.size(), want.size());
                    for (std::size_t i = 0; i < got.size(); ++i) {
                        if (!(got[i] == want[i]))
                            QCOMPARE(describe(got[i]), describe(want[i]));
                    }
                }
            }
        }
    }

    void refusesWhatLoadRunRefuses()
    {
        TraceReader reader(m_dir.filePath("gen1.1.db").toStdString());
        try {
            RunExportSource source(reader, 99, RunExportSource::Order::ByStart);
            QFAIL("run 99 does not exist");
        } catch (const TraceError& error) {
            QCOMPARE(error.kind(), TraceError::Kind::NoSuchRun);
        }
    }
};

QTEST_GUILESS_MAIN(TestRunExportSource)
#include "tst_runexportsource.moc"
