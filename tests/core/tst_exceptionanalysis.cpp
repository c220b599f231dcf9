// What became of each exception (handled, and by whom, or uncaught) and the groupings, over the trace of a
// real program recorded by the real tracer (tests/core/exceptions_program.py, fixture core_exceptions_trace).

#include "ExceptionAnalysis.h"
#include "TraceReader.h"

#include <QTest>

using namespace breadcrumb;

class TestExceptionAnalysis : public QObject
{
    Q_OBJECT

    std::shared_ptr<const RunData> m_run;
    std::vector<ExceptionOutcome> m_outcomes;

    std::vector<std::uint32_t> ofType(const std::string& type) const
    {
        std::vector<std::uint32_t> found;
        for (std::uint32_t e = 0; e < m_run->exceptions.size(); ++e)
            if (m_run->exceptions[e].type == type)
                found.push_back(e);
        return found;
    }

    std::string functionOfCall(std::int32_t call) const
    {
        return call >= 0 ? m_run->functions[m_run->calls[std::size_t(call)].function].name : std::string("-");
    }

private slots:
    void initTestCase()
    {
        TraceReader reader(BREADCRUMB_EXCEPTIONS_TRACE);
        QCOMPARE(reader.runs().size(), std::size_t(1));
        m_run = reader.loadRun(reader.runs().front().id);
        m_outcomes = exceptionOutcomes(*m_run);
        QCOMPARE(m_outcomes.size(), m_run->exceptions.size());
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("uncaught");
        QTest::addColumn<QString>("handler"); // the function of the call that caught it
        QTest::addColumn<QString>("thread");
        QTest::newRow("caught by the caller") << "ValueError" << 2 << false << "parse_or_default"
                                              << "MainThread";
        QTest::newRow("caught where raised") << "KeyError" << 1 << false << "lookup"
                                             << "MainThread";
        QTest::newRow("ended a thread") << "RuntimeError" << 1 << true << "-"
                                        << "dies";
        QTest::newRow("ended the run") << "LookupError" << 1 << true << "-"
                                       << "MainThread";
    }

    void outcomes()
    {
        QFETCH(QString, type);
        QFETCH(int, count);
        QFETCH(bool, uncaught);
        QFETCH(QString, handler);
        QFETCH(QString, thread);
        const auto found = ofType(type.toStdString());
        QCOMPARE(int(found.size()), count);
        for (const std::uint32_t e : found) {
            QCOMPARE(m_outcomes[e].uncaught, uncaught);
            QCOMPARE(QString::fromStdString(functionOfCall(m_outcomes[e].handler)), handler);
            QCOMPARE(QString::fromStdString(m_run->threads[m_run->exceptions[e].thread].name), thread);
        }
    }

    void groups_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QStringList>("keys"); // largest group first, then by key
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<QList<int>>("uncaught");
        QTest::newRow("by type") << int(ExceptionGrouping::Type)
                                 << QStringList{"ValueError", "KeyError", "LookupError", "RuntimeError"}
                                 << QList<int>{2, 1, 1, 1} << QList<int>{0, 0, 1, 1};
        QTest::newRow("by raise site")
            << int(ExceptionGrouping::RaiseSite) << QStringList{"parse", "*", "*", "*"}
            << QList<int>{2, 1, 1, 1} << QList<int>{0, -1, -1, -1};
    }

    void groups()
    {
        QFETCH(int, grouping);
        QFETCH(QStringList, keys);
        QFETCH(QList<int>, sizes);
        QFETCH(QList<int>, uncaught);
        std::vector<std::uint32_t> all(m_run->exceptions.size());
        for (std::uint32_t e = 0; e < all.size(); ++e)
            all[e] = e;
        const auto groups = groupExceptions(*m_run, all, m_outcomes, ExceptionGrouping(grouping));
        QCOMPARE(int(groups.size()), keys.size());
        std::size_t members = 0;
        for (int g = 0; g < keys.size(); ++g) {
            const ExceptionGroup& group = groups[std::size_t(g)];
            const QString key =
                QString::fromStdString(grouping == int(ExceptionGrouping::Type)
                                           ? group.type
                                           : m_run->functions[std::size_t(group.function)].name);
            if (keys[g] != QLatin1String("*"))
                QCOMPARE(key, keys[g]);
            QCOMPARE(int(group.members.size()), sizes[g]);
            if (uncaught[g] >= 0)
                QCOMPARE(int(group.uncaught), uncaught[g]);
            QVERIFY(group.firstNs <= group.lastNs);
            members += group.members.size();
        }
        QCOMPARE(members, all.size());
        // Only the exceptions asked about are grouped.
        const auto some =
            groupExceptions(*m_run, ofType("KeyError"), m_outcomes, ExceptionGrouping(grouping));
        QCOMPARE(some.size(), std::size_t(1));
        QCOMPARE(some.front().members.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestExceptionAnalysis)
#include "tst_exceptionanalysis.moc"
