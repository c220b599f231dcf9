// The custom widgets follow the application's light or dark palette and paint crisply at any device
// pixel ratio. Every widget stays alive while the application palette is swapped back and forth (QCustomPlot
// items are rebuilt on QEvent::PaletteChange); each one is grabbed and its pixels measured: the background
// is dark or light, text and lines contrast with it, a 1-px line covers at most devicePixelRatio device
// pixels. ctest runs this twice: at scale 1 (widgets.look) and with QT_SCALE_FACTOR=2 (widgets.look2x).

#include "CallTimelinePlot.h"
#include "ComparisonBarChart.h"
#include "FlameGraphView.h"
#include "FlameGraphWidget.h"
#include "FunctionPalette.h"
#include "HistogramPlot.h"
#include "PercentilePanel.h"
#include "RunComparison.h"
#include "TestTrace.h"
#include "ThemeColors.h"
#include "TimelineWidget.h"

#include <climits>
#include <memory>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace breadcrumb;
using namespace breadcrumb::test;

namespace {

// The most frequent colour of a region (device pixels): the background a widget paints.
QColor dominant(const QImage& image, const QRect& region)
{
    QHash<QRgb, int> counts;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return QColor::fromRgb(best);
}

// The strongest contrast any pixel of the region has with `background`: text or a line drawn there.
double maxContrast(const QImage& image, const QRect& region, const QColor& background)
{
    double best = 1;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, ThemeColors::contrast(QColor::fromRgb(image.pixel(x, y)), background));
    return best;
}

QRect toDevice(const QRect& r, qreal ratio)
{
    return QRect(qRound(r.x() * ratio), qRound(r.y() * ratio), qRound(r.width() * ratio),
                 qRound(r.height() * ratio));
}

// The widget as the screen shows it, checked to be devicePixelRatio times its size.
QImage grabbed(QWidget* widget)
{
    QCoreApplication::processEvents(); // queued replots and layouts
    const QPixmap pixmap = widget->grab();
    const qreal ratio = widget->devicePixelRatioF();
    if (pixmap.size() != (QSizeF(widget->size()) * ratio).toSize())
        qWarning() << "grab is" << pixmap.size() << "for" << widget->size() << "at" << ratio;
    return pixmap.toImage().convertToFormat(QImage::Format_RGB32);
}

// Length of the run of pixels along a scan line that differ from `background`: a line's width.
int runAcross(const QImage& image, QPoint from, QPoint step, int maxSteps, const QColor& background)
{
    int length = 0;
    bool inside = false;
    for (int i = 0; i < maxSteps; ++i, from += step) {
        if (!image.rect().contains(from))
            break;
        const bool differs = ThemeColors::contrast(QColor::fromRgb(image.pixel(from)), background) > 1.15;
        if (differs) {
            inside = true;
            ++length;
        } else if (inside) {
            break;
        }
    }
    return length;
}

} // namespace

class TestLook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const RunData> m_run;
    std::unique_ptr<FlameGraphWidget> m_flame;
    std::unique_ptr<TimelineWidget> m_timeline;
    std::unique_ptr<PercentilePanel> m_panel;
    std::unique_ptr<ComparisonBarChart> m_comparison;
    qreal m_ratio = 1;

    void setScheme(bool dark)
    {
        QApplication::setPalette(dark ? ThemeColors::darkPalette() : ThemeColors::lightPalette());
        QCoreApplication::processEvents();
    }

    static void checkBackground(const QColor& background, bool dark)
    {
        const double l = ThemeColors::luminance(background);
        if (dark)
            QVERIFY2(l < 0.05,
                     qPrintable(QStringLiteral("background %1 is not dark").arg(background.name())));
        else
            QVERIFY2(l > 0.7,
                     qPrintable(QStringLiteral("background %1 is not light").arg(background.name())));
    }

    // A QCustomPlot: background, tick labels and axis line against it, and the axis line's width.
    void checkPlot(QCustomPlot* plot, bool dark)
    {
        const QImage image = grabbed(plot);
        const QColor background = dominant(image, image.rect());
        checkBackground(background, dark);
        const QRect axisRect = plot->axisRect()->rect();
        // Tick labels left of the axis rect.
        const QRect labels =
            toDevice(QRect(0, axisRect.top(), axisRect.left() - 2, axisRect.height()), m_ratio);
        QVERIFY2(maxContrast(image, labels, background) >= 4.5, "tick labels do not contrast");
        // The bottom axis line: contrasting, and 1 px (devicePixelRatio device pixels) thick. Scanned
        // downwards at several places; ticks and bars standing on the axis make some runs longer.
        const QRect axisStrip =
            toDevice(QRect(axisRect.left() + 4, axisRect.bottom() - 2, axisRect.width() - 8, 6), m_ratio);
        QVERIFY2(maxContrast(image, axisStrip, background) >= 3, "the axis line does not contrast");
        int width = INT_MAX;
        for (int i = 1; i < 16; ++i) {
            const QPoint from(qRound((axisRect.left() + axisRect.width() * i / 16.0) * m_ratio),
                              qRound((axisRect.bottom() - 8) * m_ratio));
            width = std::min(width, runAcross(image, from, QPoint(0, 1), qRound(14 * m_ratio), background));
        }
        QVERIFY2(
            width >= 1 && width <= qRound(m_ratio),
            qPrintable(QStringLiteral("axis line %1 device px wide at ratio %2").arg(width).arg(m_ratio)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_ratio = qApp->devicePixelRatio();
        // widgets.look2x sets QT_SCALE_FACTOR=2: make sure it took effect.
        if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2"))
            QCOMPARE(m_ratio, 2.0);
        m_run = loadNewestRun(TestTrace::standard().write(m_dir.path(), QStringLiteral("before.db")));
        const auto after =
            loadNewestRun(TestTrace::optimized().write(m_dir.path(), QStringLiteral("after.db")));

        m_flame = std::make_unique<FlameGraphWidget>();
        m_flame->resize(800, 260);
        m_flame->setCallTree(m_run, topDownTree(*m_run));
        m_timeline = std::make_unique<TimelineWidget>();
        m_timeline->resize(800, 320);
        m_timeline->setRun(m_run);
        m_panel = std::make_unique<PercentilePanel>();
        m_panel->resize(1000, 520);
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "slow_function")));
        m_comparison = std::make_unique<ComparisonBarChart>();
        m_comparison->resize(800, 360);
        m_comparison->setComparison(RunComparison::compare(*m_run, *after), 10);
        for (QWidget* w : std::initializer_list<QWidget*>{m_flame.get(), m_timeline.get(), m_panel.get(),
                                                          m_comparison.get()}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
        }
    }

    void cleanupTestCase()
    {
        // Destroyed in the light palette they were made in, after all the swaps.
        setScheme(false);
        m_comparison.reset();
        m_panel.reset();
        m_timeline.reset();
        m_flame.reset();
    }

    // A grab holds device pixels: twice the widget's size at QT_SCALE_FACTOR=2.
    void grabsHaveDevicePixels()
    {
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_flame->view(), m_timeline->viewport(), m_panel.get(),
                                             m_panel->histogram(), m_panel->timeline(), m_comparison.get()})
            QCOMPARE(grabbed(w).size(), (QSizeF(w->size()) * m_ratio).toSize());
    }

    void paletteIsDarkOrLight_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paletteIsDarkOrLight()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? ThemeColors::darkPalette() : ThemeColors::lightPalette();
        QCOMPARE(ThemeColors::isDark(p), dark);
        // The palette's own text reads on its base and window.
        QVERIFY(ThemeColors::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(ThemeColors::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY(ThemeColors::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3);
    }

    void readableOnKeepsHueAndReachesContrast_data()
    {
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QColor>("background");
        QTest::newRow("green on dark") << QColor(40, 120, 40) << QColor(30, 30, 32);
        QTest::newRow("red on dark") << QColor(190, 30, 30) << QColor(30, 30, 32);
        QTest::newRow("yellow on white") << QColor(240, 220, 60) << QColor(255, 255, 255);
        QTest::newRow("already fine") << QColor(20, 20, 20) << QColor(255, 255, 255);
    }

    void readableOnKeepsHueAndReachesContrast()
    {
        QFETCH(QColor, color);
        QFETCH(QColor, background);
        const QColor readable = ThemeColors::readableOn(color, background, 4.5);
        QVERIFY(ThemeColors::contrast(readable, background) >= 4.5);
        QVERIFY(std::abs(readable.toHsl().hslHue() - color.toHsl().hslHue()) <= 2);
        if (ThemeColors::contrast(color, background) >= 4.5)
            QCOMPARE(readable.rgb(), color.rgb());
    }

    void schemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
        QTest::newRow("light again") << false;
    }

    void plotsFollowThePalette_data() { schemes_data(); }
    void plotsFollowThePalette()
    {
        QFETCH(bool, dark);
        setScheme(dark);
        checkPlot(m_panel->histogram(), dark);
        checkPlot(m_panel->timeline(), dark);
        checkPlot(m_comparison.get(), dark);
        saveScreenshot(m_panel.get(),
                       QStringLiteral("look-panel-%1-%2x").arg(dark ? "dark" : "light").arg(m_ratio));
    }

    void comparisonLegendFollowsThePalette_data() { schemes_data(); }
    void comparisonLegendFollowsThePalette()
    {
        QFETCH(bool, dark);
        setScheme(dark);
        const QImage image = grabbed(m_comparison.get());
        const QRect legend = toDevice(m_comparison->legend->outerRect(), m_ratio);
        const QColor background = dominant(image, legend);
        checkBackground(background, dark);
        QVERIFY(maxContrast(image, legend, background) >= 4.5);
    }

    void percentileCaptionsFollowThePalette_data() { schemes_data(); }
    void percentileCaptionsFollowThePalette()
    {
        QFETCH(bool, dark);
        setScheme(dark);
        const QImage image = grabbed(m_panel.get());
        const QColor window = dominant(image, image.rect());
        QCOMPARE(ThemeColors::isDark(QPalette(window)), dark);
        // Captions ("Calls", ...) in the placeholder colour, values in the text colour: both read.
        for (QLabel* label : m_panel->findChildren<QLabel*>()) {
            if (label->text().isEmpty())
                continue;
            const QRect r =
                toDevice(QRect(label->mapTo(m_panel.get(), QPoint(0, 0)), label->size()), m_ratio);
            QVERIFY2(maxContrast(image, r, window) >= 3, qPrintable(label->text()));
        }
    }

    void flameGraphFollowsThePalette_data() { schemes_data(); }
    void flameGraphFollowsThePalette()
    {
        QFETCH(bool, dark);
        setScheme(dark);
        FlameGraphView* view = m_flame->view();
        m_flame->setSearchText(QStringLiteral("fast"));
        const QImage image = grabbed(view);
        m_flame->setSearchText(QString());
        const QRectF root = view->frameRect(0);
        QVERIFY(!root.isEmpty());
        // Below the deepest row: the background.
        const int framesBottom = static_cast<int>(view->minimumHeight());
        QVERIFY(view->height() > framesBottom + 10);
        const QColor background = dominant(
            image,
            toDevice(QRect(0, framesBottom + 2, view->width(), view->height() - framesBottom - 2), m_ratio));
        checkBackground(background, dark);
        // The root frame's label reads on it.
        const QRect rootRect = toDevice(root.toRect().adjusted(0, 0, 0, -1), m_ratio);
        QVERIFY(maxContrast(image, rootRect, dominant(image, rootRect)) >= 4.5);
        // A frame that does not match the search sinks towards the background, a match stands out.
        const auto frameColor = [&](const char* name) {
            const std::int32_t f = functionIndex(*m_run, name);
            for (std::uint32_t n = 0; n < view->tree()->size(); ++n)
                if (view->tree()->node(n).function == f)
                    // Left of the label (it starts 3 px in): the fill itself.
                    return QColor::fromRgb(
                        image.pixel(toDevice(view->frameRect(n).toRect(), m_ratio).topLeft() +
                                    QPoint(1, qRound(10 * m_ratio))));
            return QColor();
        };
        const QColor match = frameColor("fast_function");
        const QColor other = frameColor("compute");
        const QColor matchFill = [&] {
            const std::int32_t f = functionIndex(*m_run, "fast_function");
            for (std::uint32_t n = 0; n < view->tree()->size(); ++n)
                if (view->tree()->node(n).function == f)
                    return view->frameColor(n); // the colour mode's fill (by module by default)
            return QColor();
        }();
        QCOMPARE(match.rgb(), matchFill.rgb());
        QVERIFY(ThemeColors::contrast(other, background) < ThemeColors::contrast(match, background));
        // The 1-px gap between the root and its first child is at most devicePixelRatio device pixels
        // high, and crisp: the background colour itself, no blend of the two fills.
        const QRectF child = view->frameRect(view->tree()->node(0).children.front());
        const QPoint top =
            toDevice(QRect(int(child.center().x()), int(root.bottom()) - 4, 1, 1), m_ratio).topLeft();
        const QRgb rootFill = image.pixel(top);
        QPoint p = top;
        while (p.y() < image.height() - 1 && image.pixel(p) == rootFill)
            p.ry()++;
        int gap = 0;
        while (p.y() < image.height() - 1 && image.pixel(p) == background.rgb()) {
            ++gap;
            p.ry()++;
        }
        QVERIFY2(gap >= 1 && gap <= qRound(m_ratio),
                 qPrintable(QStringLiteral("gap of %1 device px").arg(gap)));
        saveScreenshot(m_flame.get(),
                       QStringLiteral("look-flame-%1-%2x").arg(dark ? "dark" : "light").arg(m_ratio));
    }

    void timelineFollowsThePalette_data() { schemes_data(); }
    void timelineFollowsThePalette()
    {
        QFETCH(bool, dark);
        setScheme(dark);
        QWidget* viewport = m_timeline->viewport();
        const QImage image = grabbed(viewport);
        checkBackground(dominant(image, image.rect()), dark);
        // The time axis: tick labels on the window colour.
        const QRect axis = toDevice(QRect(0, 0, viewport->width(), TimelineWidget::kAxisHeight - 2), m_ratio);
        const QColor axisBackground = dominant(image, axis);
        QVERIFY(maxContrast(image, axis, axisBackground) >= 4.5);
        saveScreenshot(m_timeline.get(),
                       QStringLiteral("look-timeline-%1-%2x").arg(dark ? "dark" : "light").arg(m_ratio));
    }

    // Points of the call timeline are blitted discs: at 2x they must sit on their call, drawn at the
    // device resolution (a 5 px disc is about 5 * ratio device pixels across, not a blurred 7 px blob).
    void callTimelineDiscsSitOnTheirCalls()
    {
        setScheme(false);
        CallTimelinePlot* plot = m_panel->timeline();
        plot->replot();
        const QImage image = grabbed(plot);
        const auto calls = callsOf(*m_run, "slow_function");
        QVERIFY(!calls.empty());
        const QColor disc(214, 96, 30);
        for (const std::uint32_t c : calls) {
            const QPointF p = plot->pointOf(c) * m_ratio;
            const QColor centre = QColor::fromRgb(image.pixel(p.toPoint()));
            QVERIFY2(ThemeColors::contrast(centre, disc) < 1.1, qPrintable(centre.name()));
            int across = 0;
            for (int dx = -qRound(8 * m_ratio); dx <= qRound(8 * m_ratio); ++dx)
                across += ThemeColors::contrast(QColor::fromRgb(image.pixel(p.toPoint() + QPoint(dx, 0))),
                                                disc) < 1.3;
            QVERIFY2(across >= qRound(4 * m_ratio) && across <= qRound(6 * m_ratio),
                     qPrintable(QString::number(across)));
        }
    }

    // The P50/P95/P99 labels stack in pixels: in a short plot, steps of its height made them overlap.
    void percentileLabelsDoNotOverlapInAShortPlot()
    {
        HistogramPlot plot;
        plot.resize(400, 170);
        // Distinct percentiles close together (equal ones share one label): their labels would collide.
        std::vector<Nanos> durations;
        for (int i = 0; i < 100; ++i)
            durations.push_back(1'000'000 + i * 1'000);
        plot.setDurations(durations);
        plot.replot();
        std::vector<QRectF> labels;
        for (int i = 0; i < plot.itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot.item(i));
                text && text->text().startsWith(QLatin1Char('P')))
                labels.emplace_back(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        QCOMPARE(labels.size(), std::size_t(3));
        for (std::size_t i = 0; i < labels.size(); ++i)
            for (std::size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    }

    // The swap that once corrupted the heap with QCustomPlot widgets alive: many times, with events.
    void repeatedSwapsAreSafe()
    {
        for (int i = 0; i < 6; ++i)
            setScheme(i % 2 == 0);
        m_panel->setFunction(m_run, static_cast<std::uint32_t>(functionIndex(*m_run, "compute")));
        m_panel->histogram()->setLogScale(true);
        setScheme(false);
        QCOMPARE(m_panel->histogram()->bins().empty(), false);
        QVERIFY(m_panel->histogram()->logScale());
        m_panel->histogram()->setLogScale(false);
    }
};

QTEST_MAIN(TestLook)
#include "tst_look.moc"
