// The toolbar's icons read on the window colour of the light and of the dark palette: their darkest or
// lightest stroke contrasts at least 3:1 (WCAG's minimum for graphics) with the toolbar behind it.

#include "MainWindow.h"
#include "ThemeColors.h"

#include <QIcon>
#include <QImage>
#include <QTest>

using namespace breadcrumb;

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // MainWindow registers the resources (:/icons) of the static library.
        gui::MainWindow window;
        Q_UNUSED(window)
    }

    void iconsReadOnBothPalettes_data()
    {
        QTest::addColumn<QString>("icon");
        QTest::addColumn<bool>("dark");
        for (const char* name : {"open", "compare", "reload", "back", "forward"}) {
            QTest::addRow("%s light", name) << QString::fromLatin1(name) << false;
            QTest::addRow("%s dark", name) << QString::fromLatin1(name) << true;
        }
    }

    void iconsReadOnBothPalettes()
    {
        QFETCH(QString, icon);
        QFETCH(bool, dark);
        const QColor window =
            (dark ? ThemeColors::darkPalette() : ThemeColors::lightPalette()).color(QPalette::Window);
        const QImage image = QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)).pixmap(48, 48).toImage();
        QVERIFY(!image.isNull());
        double best = 1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 240)
                    best = std::max(best, ThemeColors::contrast(c, window));
            }
        QVERIFY2(best >= 3, qPrintable(QString::number(best)));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
