// Counts in the viewer's messages go through Qt's %n, so each language picks its plural form: English
// reads "1 call" / "2 calls" (from translations/breadcrumb_gui_en.ts, and from EnglishPlurals for messages
// that file has no forms for yet), German "1 Aufruf" / "2 Aufrufe". Real compiled .qm files, a real
// HistogramPlot's tooltip.

#include "EnglishPlurals.h"
#include "HistogramPlot.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace breadcrumb;
using namespace breadcrumb::gui;

class TestPlurals : public QObject
{
    Q_OBJECT

private:
    // The tooltip of the histogram's bar holding `count` calls: 1 ms twice and 5 ms once make bars of 2
    // and 1 calls.
    static QString barToolTip(int count)
    {
        HistogramPlot plot;
        plot.resize(500, 300);
        plot.setDurations({1'000'000, 1'000'000, 5'000'000});
        plot.replot();
        for (const HistogramPlot::Bin& bin : plot.bins())
            if (bin.count == count) {
                const QPoint pos(qRound(plot.pixelForMs((bin.loMs + bin.hiMs) / 2)),
                                 qRound(plot.yAxis->coordToPixel(0.5)));
                return plot.toolTipAt(pos);
            }
        return {};
    }

private Q_SLOTS:
    void englishRules_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << "%n call(s)" << 0 << "0 calls";
        QTest::newRow("one") << "%n call(s)" << 1 << "1 call";
        QTest::newRow("two") << "%n call(s)" << 2 << "2 calls";
        QTest::newRow("inside") << "%1 of %n function(s)" << 1 << "%1 of 1 function";
        QTest::newRow("several") << "%n exception(s), %1 escaped" << 3 << "3 exceptions, %1 escaped";
        // Not a plural message: left to Qt, which shows the source with %n filled in.
        QTest::newRow("no (s)") << "All threads (%n)" << 4 << "All threads (4)";
    }

    void englishRules()
    {
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        EnglishPlurals english;
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QByteArray utf8 = source.toUtf8();
        QCOMPARE(QCoreApplication::translate("SqlConsolePage", utf8.constData(), nullptr, n), expected);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(english.translate("SqlConsolePage", "Calls", nullptr, -1), QString());
    }

    void histogramToolTip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << "1 call (";
        QTest::newRow("en 2") << "en" << 2 << "2 calls (";
        QTest::newRow("de 1") << "de" << 1 << "1 Aufruf (";
        QTest::newRow("de 2") << "de" << 2 << "2 Aufrufe (";
        QTest::newRow("fr 2") << "fr" << 2 << "2 appels (";
    }

    // The compiled translation of a language, over EnglishPlurals as in main.cpp.
    void histogramToolTip()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        EnglishPlurals english;
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(GUI_QM_DIR "/breadcrumb_gui_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&english);
        QCoreApplication::installTranslator(&translator);
        const QString tip = barToolTip(count);
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&english);
        QVERIFY2(tip.startsWith(expected), qPrintable(tip));
    }
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
