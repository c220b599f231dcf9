// SourceLineReader (tracer/native): the describer's source lines, read from the file on each request
// through an index of every 32nd line. Checks them against a whole-file split (what the describer kept
// before) for files around the index's stride, long lines past the read window, a missing final newline,
// lines past the end, a file rewritten during the run, and files that cannot be read.

#include "SourceLineReader.h"

#include <fstream>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <sys/time.h>

using namespace breadcrumb;

namespace {

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

// The file split as std::getline does ('\n' dropped, a last unterminated line kept).
std::vector<std::string> split(const std::string& content)
{
    std::vector<std::string> lines;
    for (size_t start = 0; start < content.size();) {
        const size_t nl = content.find('\n', start);
        const size_t end = nl == std::string::npos ? content.size() : nl;
        lines.push_back(content.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace

class TestSourceLineReader : public QObject
{
    Q_OBJECT

private slots:
    void linesAsSplit_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no newline") << QByteArray("x = 1");
        QTest::newRow("one line") << QByteArray("x = 1\n");
        QTest::newRow("blank lines") << QByteArray("\n\n\nx\n\n");
        QByteArray stride;
        for (int i = 1; i <= 97; ++i) // 3 strides and one line
            stride += "line " + QByteArray::number(i) + (i % 7 ? "" : "\twith a tab") + "\n";
        QTest::newRow("around the stride") << stride;
        QByteArray longLines;
        for (int i = 0; i < 40; ++i)
            longLines += QByteArray(i % 5 == 0 ? 20000 + i : 10, char('a' + i % 26)) + "\n";
        QTest::newRow("lines longer than the window") << longLines;
        QTest::newRow("long last line without newline") << (stride + QByteArray(50000, 'z'));
    }

    void linesAsSplit()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.py").toStdString();
        writeFile(path, content.toStdString());
        const std::vector<std::string> expected = split(content.toStdString());
        SourceLineReader reader;
        // first request indexes the file; the later ones read from the index (both orders)
        for (int pass = 0; pass < 2; ++pass) {
            for (size_t n = 1; n <= expected.size(); ++n) {
                const size_t number = pass == 0 ? n : expected.size() + 1 - n;
                const auto line = reader.line(path, number);
                QVERIFY2(line.has_value(), qPrintable(QString("line %1").arg(number)));
                QCOMPARE(std::string(*line), expected[number - 1]);
            }
        }
        QVERIFY(!reader.line(path, 0));
        QVERIFY(!reader.line(path, expected.size() + 1));
    }

    void changedFileIsIndexedAgain()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.py").toStdString();
        writeFile(path, "a\nb\nc\n");
        SourceLineReader reader;
        QCOMPARE(std::string(*reader.line(path, 2)), std::string("b"));
        writeFile(path, "first\nsecond line\nthird\nfourth\n");
        struct timeval times[2] = {{1, 0}, {1, 0}}; // a different mtime whatever the clock's resolution
        utimes(path.c_str(), times);
        QCOMPARE(std::string(*reader.line(path, 2)), std::string("second line"));
        QCOMPARE(std::string(*reader.line(path, 4)), std::string("fourth"));
    }

    void unreadableFiles()
    {
        QTemporaryDir dir;
        SourceLineReader reader;
        QVERIFY(!reader.line(dir.filePath("missing.py").toStdString(), 1));
        QVERIFY(!reader.line(dir.path().toStdString(), 1)); // a directory: read() fails
    }
};

QTEST_GUILESS_MAIN(TestSourceLineReader)
#include "tst_sourcelinereader.moc"
