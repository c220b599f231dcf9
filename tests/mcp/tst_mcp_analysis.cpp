// breadcrumb__analyze_performance streamed (RunAnalysis over RunProfile's call graph: no call in memory)
// against the same analysis over the loaded run (FunctionStats and CallerCallee, what the tool used before):
// every function's callers, callees and first calls, and the tool's whole answer (text and JSON) for the
// bottlenecks and for each function, byte for byte. On traces of real programs recorded by the real tracer
// (deep and mutual recursion, recursive generators and coroutines, threads, asyncio, exceptions, captured
// arguments), generated ones (scripts/gen_trace.py; a 1.0 file is loaded instead) and hand-made call trees
// where a pair of functions repeats above itself, callers have no row, and threads interleave.

#include "AnalyzePerformanceTool.h"
#include "RunAnalysis.h"
#include "TraceBuilder.h"
#include "TraceReader.h"

#include <limits>
#include <nlohmann/json.hpp>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace breadcrumb;

namespace {

LoadOptions decodeThreads(bool parallel)
{
    LoadOptions options;
    options.splitFromCalls = parallel ? 1 : std::numeric_limits<std::int64_t>::max();
    return options;
}

QByteArray describe(const std::vector<CallerCalleeEntry>& entries, const RunData& run)
{
    QByteArray out;
    for (const CallerCalleeEntry& e : entries)
        out +=
            QByteArray::fromStdString(e.function < 0 ? std::string("<root>") : run.displayName(e.function)) +
            " " + QByteArray::number(qint64(e.calls)) + " calls " + QByteArray::number(qint64(e.total)) +
            " ns " + QByteArray::number(e.share, 'g', 17) + "; ";
    return out;
}

bool sameEntries(const std::vector<CallerCalleeEntry>& a, const std::vector<CallerCalleeEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].function != b[i].function || a[i].calls != b[i].calls || a[i].total != b[i].total ||
            a[i].share != b[i].share)
            return false;
    return true;
}

// The first line where two answers differ, with the line of each.
QByteArray firstDifference(const std::string& actual, const std::string& expected)
{
    const QList<QByteArray> a = QByteArray::fromStdString(actual).split('\n');
    const QList<QByteArray> e = QByteArray::fromStdString(expected).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray x = i < a.size() ? a[i] : "<end>";
        const QByteArray y = i < e.size() ? e[i] : "<end>";
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ":\n   streamed: " + x + "\n   loaded:   " + y;
    }
    return {};
}

} // namespace

class TestMcpAnalysis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString generated(const QString& name, const QString& arguments)
    {
        const QString path = m_dir.filePath(name + ".db");
        if (!QFile::exists(path) && !TraceBuilder::generate(path.toStdString(), arguments.toStdString()))
            return {};
        return path;
    }

    // Calls are added in the order the tracer writes them: a call after its children (children ending
    // first), ids in start order.
    QString handMade()
    {
        const QString path = m_dir.filePath("hand-made.db");
        if (QFile::exists(path))
            return path;
        TraceBuilder b(path.toStdString());
        const auto main = b.addFunction("main");
        const auto a = b.addFunction("a");
        const auto bb = b.addFunction("b");
        const auto c = b.addFunction("c");
        const auto other = b.addFunction("c", "other"); // a name two modules share
        b.addRun(1, 1'000'000, 2'000'000'000);
        b.addThread(1, 1, "MainThread");
        b.addThread(1, 2, "worker");
        // main(1) -> a(2) -> b(3) -> a(4) -> b(5) -> c(6)        the pair a -> b repeats below itself
        //                             a(4) -> c(7), other.c(8)
        //         -> b(9) -> b(10) -> b(11)                     direct recursion
        //         -> c(12) x3 (13, 14)                          one caller call making several calls
        b.addCall(6, 1, 5, c, 600, 50);
        b.addCall(5, 1, 4, bb, 500, 200);
        b.addCall(7, 1, 4, c, 800, 40);
        b.addCall(8, 1, 4, other, 900, 30);
        b.addCall(4, 1, 3, a, 400, 600);
        b.addCall(3, 1, 2, bb, 300, 800);
        b.addCall(2, 1, 1, a, 200, 1000);
        b.addCall(11, 1, 10, bb, 1500, 100);
        b.addCall(10, 1, 9, bb, 1400, 300);
        b.addCall(9, 1, 1, bb, 1300, 500);
        b.addCall(12, 1, 1, c, 2000, 70);
        b.addCall(13, 1, 1, c, 2100, 80);
        b.addCall(14, 1, 1, c, 2200, 90);
        b.addCall(1, 1, std::nullopt, main, 100, 3000);
        // On the worker thread: calls whose caller never got a row (it was running when the run ended),
        // and a thread interleaved with the first.
        b.addCall(16, 1, 15, a, 1000, 400, 2);
        b.addCall(17, 1, 15, c, 1500, 100, 2);
        b.addCall(19, 1, 18, bb, 1700, 20, 2);
        b.addCall(18, 1, 15, a, 1600, 200, 2);
        b.addCall(20, 1, std::nullopt, c, 5000, 10, 2);
        b.finish();
        return path;
    }

    // Compares the streamed analysis of `runId` with the loaded one; returns whether it streamed.
    bool compare(const std::string& path, std::int64_t runId, bool parallel, std::size_t maxFunctions)
    {
        TraceReader reader(path);
        const RunAnalysis loaded(reader.loadRun(runId));
        const RunAnalysis streamed(reader, runId, {}, decodeThreads(parallel));
        const RunData& run = loaded.run();
        if (streamed.run().functions.size() != run.functions.size()) {
            QTest::qFail("not the same functions", __FILE__, __LINE__);
            return false;
        }
        if (streamed.tracedNs() != loaded.tracedNs()) {
            QTest::qFail("traced time differs", __FILE__, __LINE__);
            return false;
        }
        for (std::uint32_t f = 0; f < run.functions.size(); ++f) {
            const QByteArray name = QByteArray::fromStdString(run.displayName(f));
            if (streamed.run().displayName(f) != run.displayName(f)) {
                QTest::qFail("function " + name + " has another index", __FILE__, __LINE__);
                return false;
            }
            const auto callers = streamed.callers(f), expectedCallers = loaded.callers(f);
            if (!sameEntries(callers, expectedCallers)) {
                QTest::qFail("callers of " + name + ": " + describe(callers, run) + "\n   expected " +
                                 describe(expectedCallers, run),
                             __FILE__, __LINE__);
                return false;
            }
            const auto callees = streamed.callees(f), expectedCallees = loaded.callees(f);
            if (!sameEntries(callees, expectedCallees)) {
                QTest::qFail("callees of " + name + ": " + describe(callees, run) + "\n   expected " +
                                 describe(expectedCallees, run),
                             __FILE__, __LINE__);
                return false;
            }
            for (const CallerCalleeEntry& caller : expectedCallers) {
                if (caller.function < 0)
                    continue;
                const auto c = static_cast<std::uint32_t>(caller.function);
                if (streamed.mostCallsFromOneCall(c, f) != loaded.mostCallsFromOneCall(c, f)) {
                    QTest::qFail("most calls of " + name + " from one call differ", __FILE__, __LINE__);
                    return false;
                }
            }
            const auto first = streamed.firstCalls(f), expectedFirst = loaded.firstCalls(f);
            bool sameFirst = first.size() == expectedFirst.size();
            for (std::size_t i = 0; sameFirst && i < first.size(); ++i)
                sameFirst = first[i].startNs == expectedFirst[i].startNs &&
                            first[i].durationNs == expectedFirst[i].durationNs;
            if (!sameFirst) {
                QTest::qFail("first calls of " + name + " differ", __FILE__, __LINE__);
                return false;
            }
        }

        // The tool's answers, text and JSON, over the same database.
        mcp::AnalyzePerformanceTool tool;
        std::vector<json> requests = {json::object(), {{"limit", 50}}};
        for (std::size_t i = 0; i < loaded.functions().size() && i < maxFunctions; ++i)
            requests.push_back({{"function", run.displayName(loaded.functions()[i].function)}});
        requests.push_back({{"function", "no_such_function"}});
        for (const json& args : requests) {
            const std::string actual = tool.analyze(streamed, reader.database(), args).toJson().dump(1);
            const std::string expected = tool.analyze(loaded, reader.database(), args).toJson().dump(1);
            if (actual != expected) {
                QTest::qFail("answers to " + QByteArray::fromStdString(args.dump()) + " differ at " +
                                 firstDifference(actual, expected),
                             __FILE__, __LINE__);
                return false;
            }
        }
        return streamed.streamed();
    }

private slots:
    void sameAsLoaded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<bool>("streams"); // false: the run is loaded instead (1.0)
        struct Generated
        {
            const char* name;
            const char* arguments;
            bool streams;
        };
        const Generated traces[] = {
            {"four-threads", "--calls 30000 --threads 4 --functions 80 --seed 3", true},
            {"one-thread", "--calls 6000 --threads 1 --functions 40 --seed 5", true},
            {"captured-values", "--calls 5000 --threads 2 --functions 30 --capture-values --seed 11", true},
            {"crashed-second-run", "--calls 20000 --runs 2 --threads 3 --status crashed --seed 7", true},
            {"format-1.0", "--calls 6000 --threads 2 --format 1.0 --seed 9", false},
        };
        for (const Generated& g : traces) {
            const QString path = generated(g.name, g.arguments);
            QVERIFY2(!path.isEmpty(), "gen_trace.py failed");
            TraceReader reader(path.toStdString());
            for (const RunInfo& run : reader.runs())
                QTest::addRow("%s run %lld", g.name, static_cast<long long>(run.id))
                    << path << qint64(run.id) << g.streams;
        }
        QTest::addRow("hand-made") << handMade() << qint64(1) << true;
        for (const char* file :
             {BREADCRUMB_SUMMARY_TRACE, BREADCRUMB_TIME_TRACE, BREADCRUMB_EXCEPTIONS_TRACE, MCP_REAL_TRACE}) {
            TraceReader reader(file);
            for (const RunInfo& run : reader.runs())
                QTest::addRow("%s run %lld", qPrintable(QFileInfo(QString(file)).dir().dirName()),
                              static_cast<long long>(run.id))
                    << QString(file) << qint64(run.id) << true;
        }
    }

    void sameAsLoaded()
    {
        QFETCH(QString, file);
        QFETCH(qint64, run);
        QFETCH(bool, streams);
        for (bool parallel : {false, true}) {
            const bool streamed = compare(file.toStdString(), run, parallel, parallel ? 5 : 40);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(streamed, streams);
        }
    }
};

QTEST_GUILESS_MAIN(TestMcpAnalysis)
#include "tst_mcp_analysis.moc"
