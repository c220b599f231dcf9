// The breadcrumb-gui executable's --screenshot mode: every view renders to a PNG (saved under the build
// directory for people to look at), and bad files or arguments exit 1 with one line on stderr.

#include "TestTraces.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace breadcrumb::gui::test;

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString stdErr;
    };

    static Result runGui(const QStringList& arguments, const QString& scaleFactor = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!scaleFactor.isEmpty())
            env.insert(QStringLiteral("QT_SCALE_FACTOR"), scaleFactor);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUI_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {-2, QStringLiteral("timed out")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3,
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    // Distinct colours in a sample of the image: a blank or single-colour capture has very few.
    static int colourCount(const QImage& image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(GUI_SHOT_DIR))); }

    void views_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("select");
        QTest::addColumn<bool>("compare");
        QTest::newRow("functions") << "functions"
                                   << "" << false;
        QTest::newRow("function") << "function"
                                  << "slow_function" << false;
        QTest::newRow("callers") << "callers"
                                 << "slow_function" << false;
        QTest::newRow("tree") << "tree"
                              << "slow_function" << false;
        QTest::newRow("flame") << "flame"
                               << "" << false;
        QTest::newRow("timeline") << "timeline"
                                  << "fast_function" << false;
        QTest::newRow("exceptions") << "exceptions"
                                    << "" << false;
        QTest::newRow("sql") << "sql"
                             << "" << false;
        QTest::newRow("compare") << "compare"
                                 << "" << true;
        QTest::newRow("compare-tree") << "compare-tree"
                                      << "" << true;
        QTest::newRow("compare-flame") << "compare-flame"
                                       << "" << true;
    }

    void views()
    {
        QFETCH(QString, view);
        QFETCH(QString, select);
        QFETCH(bool, compare);
        const QString out = QStringLiteral(GUI_SHOT_DIR "/%1.png").arg(view);
        QFile::remove(out);
        QStringList arguments{QStringLiteral("--screenshot"), out,
                              QStringLiteral("--view"),       view,
                              QStringLiteral("--size"),       QStringLiteral("1200x760")};
        if (!select.isEmpty())
            arguments << QStringLiteral("--select") << select;
        arguments << tracePath(QStringLiteral("seed.db"));
        if (compare)
            arguments << tracePath(QStringLiteral("optimized.db"));
        const Result result = runGui(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 760));
        QVERIFY2(colourCount(image) > 8, "the screenshot looks blank");
    }

    // --color-scheme dark|light repaints everything, the custom views too; QT_SCALE_FACTOR=2 doubles the
    // PNG's pixels, not the layout.
    void colorSchemesAndScale_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("scale");
        QTest::newRow("functions dark") << "functions"
                                        << "dark" << 1;
        QTest::newRow("function dark") << "function"
                                       << "dark" << 1;
        QTest::newRow("flame dark 2x") << "flame"
                                       << "dark" << 2;
        QTest::newRow("timeline light 2x") << "timeline"
                                           << "light" << 2;
        QTest::newRow("compare dark") << "compare"
                                      << "dark" << 1;
    }

    void colorSchemesAndScale()
    {
        QFETCH(QString, view);
        QFETCH(QString, scheme);
        QFETCH(int, scale);
        const QString out = QStringLiteral(GUI_SHOT_DIR "/%1-%2-%3x.png").arg(view, scheme).arg(scale);
        QFile::remove(out);
        QStringList arguments{
            QStringLiteral("--screenshot"),      out,    QStringLiteral("--view"), view,
            QStringLiteral("--color-scheme"),    scheme, QStringLiteral("--size"), QStringLiteral("900x600"),
            tracePath(QStringLiteral("seed.db"))};
        if (view == QLatin1String("compare"))
            arguments << tracePath(QStringLiteral("optimized.db"));
        const Result result = runGui(arguments, QString::number(scale));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900 * scale, 600 * scale));
        QVERIFY2(colourCount(image) > 8, "the screenshot looks blank");
        // Most of the window is background: count the dark pixels of a sample.
        int dark = 0, samples = 0;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5, ++samples)
                dark += qGray(image.pixel(x, y)) < 80;
        const double share = double(dark) / samples;
        if (scheme == QLatin1String("dark"))
            QVERIFY2(share > 0.6, qPrintable(QString::number(share)));
        else
            QVERIFY2(share < 0.2, qPrintable(QString::number(share)));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString shot = QStringLiteral(GUI_SHOT_DIR "/failure.png");
        const auto trace = [](const char* name) { return tracePath(QLatin1String(name)); };
        QTest::newRow("missing file")
            << QStringList{"--screenshot", shot, trace("missing.db")} << "does not exist";
        QTest::newRow("not sqlite") << QStringList{"--screenshot", shot, trace("not_sqlite.db")}
                                    << "not a SQLite file";
        QTest::newRow("not a trace") << QStringList{"--screenshot", shot, trace("not_a_trace.db")}
                                     << "not a Breadcrumb trace";
        QTest::newRow("newer format") << QStringList{"--screenshot", shot, trace("newer_format.db")}
                                      << "newer than this Breadcrumb reads";
        QTest::newRow("truncated") << QStringList{"--screenshot", shot, trace("truncated.db")} << "truncated";
        QTest::newRow("empty run") << QStringList{"--screenshot", shot, trace("empty_run.db")}
                                   << "has no calls";
        QTest::newRow("bad after file")
            << QStringList{"--screenshot", shot, trace("seed.db"), trace("not_sqlite.db")}
            << "not a SQLite file";
        QTest::newRow("unknown function")
            << QStringList{"--screenshot", shot, "--select", "slow_functoin", trace("seed.db")}
            << "did you mean";
        QTest::newRow("unknown run") << QStringList{"--screenshot", shot, "--run", "7", trace("seed.db")}
                                     << "no run 7";
        QTest::newRow("unknown view")
            << QStringList{"--screenshot", shot, "--view", "nope", trace("seed.db")} << "unknown view";
        QTest::newRow("bad size") << QStringList{"--screenshot", shot, "--size", "big", trace("seed.db")}
                                  << "--size";
        QTest::newRow("no trace") << QStringList{"--screenshot", shot} << "needs a trace file";
        QTest::newRow("unknown color scheme")
            << QStringList{"--screenshot", shot, "--color-scheme", "purple", trace("seed.db")}
            << "unknown color scheme";
        QTest::newRow("compare-tree needs two")
            << QStringList{"--screenshot", shot, "--view", "compare-tree", trace("seed.db")}
            << "needs two traces";
        QTest::newRow("unknown compare view")
            << QStringList{"--screenshot",       shot, "--view", "compare-nothing", trace("seed.db"),
                           trace("optimized.db")}
            << "unknown view";
        QTest::newRow("bad range") << QStringList{"--screenshot", shot, "--range", "300:100",
                                                  trace("seed.db")}
                                   << "--range wants FROM:TO";
        QTest::newRow("range after the run")
            << QStringList{"--screenshot", shot, "--range", "900000:900001", trace("seed.db")}
            << "lies outside the run";
        QTest::newRow("compare needs two")
            << QStringList{"--screenshot", shot, "--view", "compare", trace("seed.db")} << "needs two traces";
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString shot = QStringLiteral(GUI_SHOT_DIR "/failure.png");
        QFile::remove(shot);
        const Result result = runGui(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.stdErr.contains(message), qPrintable(result.stdErr));
        // One line of ours (Qt itself may warn about the environment on other lines).
        QCOMPARE(result.stdErr.count(QStringLiteral("breadcrumb-gui: ")), 1);
        QVERIFY2(!result.stdErr.contains(QStringLiteral("terminate called")), qPrintable(result.stdErr));
        QVERIFY(!QFileInfo::exists(shot));
    }

    // --range preselects a time range in the timeline (shaded, so the picture differs from the one without),
    // and the restricted pages show it: the Functions table with a range differs from the one without.
    void rangeIsPreselected_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("timeline") << "timeline";
        QTest::newRow("functions") << "functions";
    }
    void rangeIsPreselected()
    {
        QFETCH(QString, view);
        const QString plain = QStringLiteral(GUI_SHOT_DIR "/%1-norange.png").arg(view);
        const QString ranged = QStringLiteral(GUI_SHOT_DIR "/%1-range.png").arg(view);
        const QStringList common{QStringLiteral("--view"), view, QStringLiteral("--size"),
                                 QStringLiteral("1200x760"), tracePath(QStringLiteral("seed.db"))};
        Result result = runGui(QStringList{QStringLiteral("--screenshot"), plain} + common);
        QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
        result = runGui(QStringList{QStringLiteral("--screenshot"), ranged, QStringLiteral("--range"),
                                    QStringLiteral("100:300")} +
                        common);
        QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
        QVERIFY(QImage(plain) != QImage(ranged));
    }

    void runSuffixSelectsTheRun()
    {
        const QString out = QStringLiteral(GUI_SHOT_DIR "/run1.png");
        const Result result = runGui({QStringLiteral("--screenshot"), out,
                                      tracePath(QStringLiteral("two_runs.db")) + QStringLiteral(":1")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
        QVERIFY(QFileInfo::exists(out));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
