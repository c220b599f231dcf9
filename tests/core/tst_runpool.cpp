// RunPool over two runs of one real trace file: the last run's functions keep their indices, a function is
// pooled by module + name and a thread by name, every call keeps its parent's function, and the last run's
// calls map to the pool and back.

#include "RunPool.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <map>
#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;

class TestRunPool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::shared_ptr<const RunData>> m_runs; // oldest first
    std::unique_ptr<RunPool> m_pool;

    static std::int64_t callsOf(const RunData& run, const char* name)
    {
        const auto f = run.findFunction(name);
        return f ? std::int64_t(run.callsOf(*f).size()) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string path = m_dir.filePath(QStringLiteral("pool.db")).toStdString();
        const std::int64_t t0 = 1'700'000'000'000'000'000;
        const std::int64_t t1 = t0 + ms(1000);
        {
            TraceBuilder b(path);
            const auto main = b.addFunction("main");
            const auto a = b.addFunction("a");
            const auto old = b.addFunction("old_only");
            const auto fresh = b.addFunction("new_only");
            // run 1: main -> a, a, old_only (a ValueError escaped it); a worker thread runs a
            b.addRun(1, t0, t0 + ms(100));
            b.addThread(1, 1, "MainThread");
            b.addThread(1, 2, "Worker");
            b.addCall(1, 1, std::nullopt, main, t0, ms(100));
            b.addCall(2, 1, 1, a, t0 + ms(1), ms(10));
            b.addCall(3, 1, 1, a, t0 + ms(20), ms(10));
            b.addCall(4, 1, 1, old, t0 + ms(40), ms(10), 1, 1);
            b.addException(1, 1, 4, t0 + ms(45), "ValueError", "old", true);
            b.addCall(5, 1, std::nullopt, a, t0 + ms(5), ms(10), 2);
            // run 2: main -> new_only -> a (a KeyError escaped it)
            b.addRun(2, t1, t1 + ms(100));
            b.addThread(2, 1, "MainThread");
            b.addCall(11, 2, std::nullopt, main, t1, ms(100));
            b.addCall(12, 2, 11, fresh, t1 + ms(1), ms(50));
            b.addCall(13, 2, 12, a, t1 + ms(2), ms(20), 1, 2);
            b.addException(2, 2, 13, t1 + ms(10), "KeyError", "new", true);
            b.finish();
        }
        TraceReader reader(path);
        m_runs = {reader.loadRun(1), reader.loadRun(2)};
        m_pool = std::make_unique<RunPool>(m_runs);
    }

    void callsPerFunction_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("calls");
        QTest::newRow("in both runs") << "a" << 4;
        QTest::newRow("the roots") << "main" << 2;
        QTest::newRow("only the first run") << "old_only" << 1;
        QTest::newRow("only the last run") << "new_only" << 1;
    }

    void callsPerFunction()
    {
        QFETCH(QString, name);
        QFETCH(int, calls);
        const QByteArray n = name.toUtf8();
        QCOMPARE(callsOf(*m_pool->data(), n.constData()),
                 callsOf(*m_runs[0], n.constData()) + callsOf(*m_runs[1], n.constData()));
        QCOMPARE(callsOf(*m_pool->data(), n.constData()), std::int64_t(calls));
    }

    void lastRunKeepsItsIndices()
    {
        const RunData& last = *m_runs.back();
        const RunData& pooled = *m_pool->data();
        QCOMPARE(pooled.functions.size(), std::size_t(4));
        for (std::size_t f = 0; f < last.functions.size(); ++f)
            QCOMPARE(pooled.functions[f].name, last.functions[f].name);
        QCOMPARE(pooled.threads.size(), std::size_t(2)); // MainThread once, Worker
        QCOMPARE(pooled.calls.size(), m_runs[0]->calls.size() + last.calls.size());
        QCOMPARE(pooled.run.id, last.run.id);
        QCOMPARE(pooled.run.startNs, m_runs[0]->run.startNs);
    }

    // Every call of the last run is found in the pool with the same function, start and parent function.
    void lastRunCallsMapBothWays()
    {
        const RunData& last = *m_runs.back();
        const RunData& pooled = *m_pool->data();
        for (std::uint32_t c = 0; c < last.calls.size(); ++c) {
            const std::uint32_t p = m_pool->fromLast(c);
            QCOMPARE(m_pool->toLast(p), std::int32_t(c));
            QCOMPARE(pooled.functions[pooled.calls[p].function].name,
                     last.functions[last.calls[c].function].name);
            QCOMPARE(pooled.calls[p].startNs, last.calls[c].startNs);
            const std::int32_t parent = last.calls[c].parent;
            QCOMPARE(pooled.calls[p].parent >= 0, parent >= 0);
            if (parent >= 0)
                QCOMPARE(pooled.calls[std::size_t(pooled.calls[p].parent)].id,
                         last.calls[std::size_t(parent)].id);
        }
        // A call of the first run has no place in the last one.
        std::int32_t others = 0;
        for (std::uint32_t p = 0; p < pooled.calls.size(); ++p)
            others += m_pool->toLast(p) < 0 ? 1 : 0;
        QCOMPARE(std::size_t(others), m_runs[0]->calls.size());
        QCOMPARE(m_pool->toLast(std::uint32_t(pooled.calls.size())), -1);
    }

    // The exception that escaped a call stays with it in the pool.
    void exceptionsFollowTheirCalls()
    {
        const RunData& pooled = *m_pool->data();
        QCOMPARE(pooled.exceptions.size(), std::size_t(2));
        std::map<std::int64_t, std::string> raisedBy; // call id -> the type of the exception that escaped it
        for (std::uint32_t c = 0; c < pooled.calls.size(); ++c)
            if (const std::int32_t e = pooled.exceptionOf(c); e >= 0)
                raisedBy[pooled.calls[c].id] = pooled.exceptions[std::size_t(e)].type;
        QCOMPARE(raisedBy, (std::map<std::int64_t, std::string>{{4, "ValueError"}, {13, "KeyError"}}));
        for (const ExceptionRecord& e : pooled.exceptions)
            QCOMPARE(pooled.exceptionOf(std::uint32_t(e.call)), std::int32_t(&e - pooled.exceptions.data()));
    }

    void callsInStartOrder()
    {
        const RunData& pooled = *m_pool->data();
        for (std::size_t i = 1; i < pooled.calls.size(); ++i)
            QVERIFY(pooled.calls[i - 1].startNs <= pooled.calls[i].startNs);
    }
};

QTEST_MAIN(TestRunPool)
#include "tst_runpool.moc"
