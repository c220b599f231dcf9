// ChunkDecoder: every shape of call_chunks.rows the tracer writes decodes to the calls SQLite's JSON view
// shows, and anything else is a Corrupt error naming the chunk (never a crash, never a silent guess).

#include "ChunkDecoder.h"
#include "ChunkEncoder.h" // the tracer's writer side (tracer/native): what it writes, the core must read

#include <charconv>
#include <QtTest>
#include <random>

using namespace breadcrumb;

class TestChunkDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<qint64>("baseNs");
        // expected calls: "id parent fn depth start dur child exc" per call, NULL as -
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QByteArray("[]") << qint64(0) << QStringList{};
        QTest::newRow("root") << QByteArray("[[1,null,3,0,5,100,40]]") << qint64(1000)
                              << QStringList{"1 - 3 0 1005 100 40 -"};
        QTest::newRow("exception") << QByteArray("[[2,1,4,1,0,10,0,7]]") << qint64(50)
                                   << QStringList{"2 1 4 1 50 10 0 7"};
        QTest::newRow("null exception")
            << QByteArray("[[2,1,4,1,0,10,0,null]]") << qint64(0) << QStringList{"2 1 4 1 0 10 0 -"};
        QTest::newRow("finish order")
            << QByteArray("[[3,2,9,2,7,1,0],[2,1,8,1,6,3,1],[1,null,7,0,0,20,3]]")
            << qint64(1'795'516'245'123'000'000)
            << QStringList{"3 2 9 2 1795516245123000007 1 0 -", "2 1 8 1 1795516245123000006 3 1 -",
                           "1 - 7 0 1795516245123000000 20 3 -"};
        QTest::newRow("whitespace") << QByteArray(" [ [ 1 , null ,3,0 , 0,\n1,0 ] ,\t[2,1,3,1,0,0,0] ] \n")
                                    << qint64(0) << QStringList{"1 - 3 0 0 1 0 -", "2 1 3 1 0 0 0 -"};
        QTest::newRow("negative offset")
            << QByteArray("[[1,null,3,0,-5,1,0]]") << qint64(100) << QStringList{"1 - 3 0 95 1 0 -"};
        QTest::newRow("int64 limits")
            << QByteArray("[[9223372036854775807,-9223372036854775807,1,0,0,0,0]]") << qint64(0)
            << QStringList{"9223372036854775807 -9223372036854775807 1 0 0 0 0 -"};
    }

    void decodes()
    {
        QFETCH(QByteArray, rows);
        QFETCH(qint64, baseNs);
        QFETCH(QStringList, expected);
        const auto calls = ChunkDecoder::decode(std::string_view(rows.constData(), rows.size()), baseNs, 42);
        QStringList got;
        auto field = [](std::int64_t v) {
            return v == ChunkCall::kNullId ? QStringLiteral("-") : QString::number(v);
        };
        for (const ChunkCall& c : calls)
            got << QStringList{field(c.callId),  field(c.parentId),   field(c.functionId),
                               field(c.depth),   field(c.startNs),    field(c.durationNs),
                               field(c.childNs), field(c.exceptionId)}
                       .join(' ');
        QCOMPARE(got, expected);
    }

    // The tracer's encoder against the core's decoder: every number's digits at every length and sign,
    // NULL parents and exceptions, and the text matches std::to_chars digit for digit.
    void roundTripsTheTracersEncoding_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("step");
        QTest::newRow("small") << qint64(0) << qint64(1);
        QTest::newRow("around powers of ten") << qint64(95) << qint64(1);
        QTest::newRow("32-bit edge") << qint64(4'294'967'290) << qint64(1);
        QTest::newRow("large") << qint64(999'999'999'999'999'990) << qint64(1);
        QTest::newRow("int64 max") << qint64(9'223'372'036'854'775'789) << qint64(1);
        QTest::newRow("negative") << qint64(-1'000) << qint64(-997);
        QTest::newRow("int64 min") << qint64(std::numeric_limits<qint64>::min()) << qint64(1);
        QTest::newRow("powers of ten") << qint64(1) << qint64(0); // step 0: multiply by 10 instead
    }

    // Every digit count of either sign: its smallest and largest value, their neighbours, and random ones.
    void numberMatchesToChars_data()
    {
        QTest::addColumn<int>("digits");
        for (int d = 1; d <= 19; ++d)
            QTest::addRow("%d digits", d) << d;
    }
    void numberMatchesToChars()
    {
        QFETCH(int, digits);
        std::uint64_t low = 1;
        for (int i = 1; i < digits; ++i)
            low *= 10;
        const std::uint64_t high =
            digits == 19 ? std::uint64_t(std::numeric_limits<qint64>::max()) : low * 10 - 1;
        std::vector<std::uint64_t> values{low, low + 1, high - 1, high, (low + high) / 2};
        if (digits == 1)
            values.push_back(0);
        std::mt19937_64 random{std::uint64_t(digits)};
        for (int i = 0; i < 2000; ++i)
            values.push_back(low + random() % (high - low + 1));
        for (std::uint64_t u : values)
            for (const std::int64_t v : {std::int64_t(u), -std::int64_t(u)}) {
                char expected[24];
                char got[24];
                const auto end = std::to_chars(expected, expected + sizeof expected, v).ptr;
                QCOMPARE(QByteArray(got, int(ChunkEncoder::number(got, v) - got)),
                         QByteArray(expected, int(end - expected)));
            }
        if (digits == 19) { // and the one value whose magnitude is not an int64
            char got[24];
            QCOMPARE(
                QByteArray(got, int(ChunkEncoder::number(got, std::numeric_limits<qint64>::min()) - got)),
                QByteArray("-9223372036854775808"));
        }
    }

    // Numbers of every length in every field, with up to eight bytes left after them or fewer (the decoder
    // reads eight at a time where it can): the value is the text's.
    void decodesEveryLength()
    {
        for (int digits = 1; digits <= 19; ++digits) {
            std::int64_t value = 0;
            for (int i = 0; i < digits; ++i)
                value = value * 10 + (i % 9) + 1;
            const std::string number = std::to_string(value);
            for (int field = 0; field < 7; ++field) {
                std::int64_t fields[7] = {1, 1, 3, 0, 0, 1, 0};
                fields[field] = value;
                std::string text = "[[";
                for (int f = 0; f < 7; ++f)
                    text += (f ? "," : "") + std::to_string(fields[f]);
                text += "]]";
                const auto calls = ChunkDecoder::decode(text, 0, 1);
                QCOMPARE(calls.size(), std::size_t(1));
                const std::int64_t got[7] = {calls[0].callId, calls[0].parentId, calls[0].functionId,
                                             calls[0].depth,  calls[0].startNs,  calls[0].durationNs,
                                             calls[0].childNs};
                QVERIFY2(got[field] == value, (text + " field " + std::to_string(field)).c_str());
            }
        }
    }

    void roundTripsTheTracersEncoding()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, step);
        std::vector<CallRow> rows;
        std::int64_t v = first;
        for (int i = 0; i < 19; ++i) {
            rows.push_back(CallRow{v, i % 3 ? v : 0, v, 0, v, v, v, i % 2 ? v : 0, int32_t(v)});
            char expected[24];
            char got[24];
            const auto end = std::to_chars(expected, expected + sizeof expected, v).ptr;
            QCOMPARE(QByteArray(got, int(ChunkEncoder::number(got, v) - got)),
                     QByteArray(expected, int(end - expected)));
            v = step ? v + step : v * 10;
        }
        ChunkEncoder encoder;
        ChunkEncoder::Summary summary;
        const std::string_view text = encoder.encode(rows.data(), rows.size(), summary);
        const auto calls = ChunkDecoder::decode(text, summary.baseNs, 1);
        QCOMPARE(calls.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const CallRow& r = rows[i];
            const ChunkCall& c = calls[i];
            QCOMPARE(c.callId, r.callId);
            QCOMPARE(c.parentId, r.parentId ? r.parentId : ChunkCall::kNullId);
            QCOMPARE(c.functionId, r.functionId);
            QCOMPARE(c.depth, std::int64_t(r.depth));
            QCOMPARE(c.startNs, r.startNs);
            QCOMPARE(c.durationNs, r.durationNs);
            QCOMPARE(c.childNs, r.childNs);
            QCOMPARE(c.exceptionId, r.exceptionId ? r.exceptionId : ChunkCall::kNullId);
        }
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty text") << QByteArray("") << "expected '['";
        QTest::newRow("not json") << QByteArray("hello") << "expected '['";
        QTest::newRow("truncated") << QByteArray("[[1,null,3,0,0,1,0],[2,1,3") << "expected ','";
        QTest::newRow("unclosed") << QByteArray("[[1,null,3,0,0,1,0]") << "expected ',' or ']'";
        QTest::newRow("six fields") << QByteArray("[[1,null,3,0,0,1]]") << "expected ','";
        QTest::newRow("nine fields") << QByteArray("[[1,null,3,0,0,1,0,5,6]]") << "closing a call";
        QTest::newRow("float") << QByteArray("[[1,null,3,0,0,1.5,0]]") << "not an integer";
        QTest::newRow("exponent") << QByteArray("[[1,null,3,0,0,1e3,0]]") << "not an integer";
        QTest::newRow("string") << QByteArray("[[\"1\",null,3,0,0,1,0]]") << "expected an integer";
        QTest::newRow("null id") << QByteArray("[[null,null,3,0,0,1,0]]") << "expected an integer";
        QTest::newRow("null function") << QByteArray("[[1,null,null,0,0,1,0]]") << "expected an integer";
        QTest::newRow("leading zero") << QByteArray("[[01,null,3,0,0,1,0]]") << "leading zero";
        QTest::newRow("overflow") << QByteArray("[[9223372036854775808,null,3,0,0,1,0]]") << "out of range";
        QTest::newRow("object") << QByteArray("[{\"id\":1}]") << "opening a call";
        QTest::newRow("trailing text") << QByteArray("[[1,null,3,0,0,1,0]]x") << "after the closing";
        QTest::newRow("trailing comma") << QByteArray("[[1,null,3,0,0,1,0],]") << "opening a call";
        QTest::newRow("lone minus") << QByteArray("[[-,null,3,0,0,1,0]]") << "expected an integer";
        QTest::newRow("start overflow")
            << QByteArray("[[1,null,3,0,9223372036854775807,1,0]]") << "out of range";
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, why);
        try {
            ChunkDecoder::decode(std::string_view(rows.constData(), rows.size()), 10, 77);
            QFAIL("malformed chunk accepted");
        } catch (const TraceError& e) {
            QCOMPARE(e.kind(), TraceError::Kind::Corrupt);
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains("chunk 77"), qPrintable(message));
            QVERIFY2(message.contains(why), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestChunkDecoder)
#include "tst_chunkdecoder.moc"
