// Timeline benchmark (issue 17: the timeline paints in <= 16 ms at any zoom): a trace's newest run in a real
// TimelineWidget, laid out once, then per zoom (the whole run, 1/10, 1/100, 1/10 000 and 1/1 000 000 of it,
// around the middle) 15 repaints in place and 15 frames each panned by 1% of the window, and a sweep of 60
// wheel notches from the whole run in. Prints the median and worst frame (wall and GUI-thread CPU), the
// layout's items() alone, and how many items were drawn; asserts nothing. Without the GUI's other pages, so
// a 50 M-call trace fits beside the other jobs of a build machine.
//
//   timeline_bench [TRACE]   (default: generates build/tests/bench/gui_bench_1m.db with scripts/gen_trace.py)
//   TIMELINE_BENCH_SHOTS=DIR also saves the view at each zoom as DIR/timeline_zoom<N>.png, to look at

#include "TimelineLayout.h"
#include "TimelineWidget.h"
#include "TraceReader.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QThreadPool>
#include <QWheelEvent>
#include <time.h>
#include <vector>

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the GUI thread: on a machine busy with other jobs, wall time measures them too.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double worst(const std::vector<double>& v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString trace = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TIMELINE_BENCH_TRACE);
    if (!QFileInfo::exists(trace)) {
        std::printf("generating a 1M-call trace at %s (once)...\n", qPrintable(trace));
        std::fflush(stdout);
        const int rc = QProcess::execute(QStringLiteral(PYTHON_EXECUTABLE),
                                         {QStringLiteral(GEN_TRACE_SCRIPT), trace, QStringLiteral("--calls"),
                                          QStringLiteral("1000000"), QStringLiteral("--threads"),
                                          QStringLiteral("4"), QStringLiteral("--quiet")});
        if (rc != 0)
            return 1;
    }
    QElapsedTimer clock;
    clock.start();
    breadcrumb::TraceReader reader(QFile::encodeName(trace).toStdString());
    std::shared_ptr<const breadcrumb::RunData> run = reader.loadRun(reader.newestRunId());
    const double loadS = ms(clock) / 1e3;

    // Closing while a worker lays the run out (as the app does for >= 1 M calls): how long the thread pool,
    // which closing waits for, stays busy after the view goes.
    double closeMs = 0;
    {
        auto early = std::make_unique<breadcrumb::TimelineWidget>();
        early->resize(1400, 800);
        early->setBackgroundLayoutFrom(1);
        early->setRun(run);
        early->show();
        QThread::msleep(200); // the worker is under way
        clock.restart();
        early.reset();
        QThreadPool::globalInstance()->waitForDone();
        closeMs = ms(clock);
    }

    breadcrumb::TimelineWidget timeline;
    timeline.setBackgroundLayoutFrom(std::numeric_limits<std::size_t>::max()); // laid out here, timed
    timeline.resize(1400, 800);
    timeline.show();
    QApplication::processEvents();
    clock.restart();
    const double layoutCpu = threadCpuMs();
    timeline.setRun(run); // shown: lays out in place
    timeline.layout().lanes();
    const double layoutMs = ms(clock);
    const double layoutCpuMs = threadCpuMs() - layoutCpu;
    QApplication::processEvents();

    struct Zoom
    {
        const char* name;
        double share;
        std::vector<double> paints, paintsCpu, pans, pansCpu, items;
        std::size_t drawn = 0;
    };
    std::vector<Zoom> zooms{{"whole run", 1.0},
                            {"1/10 of the run", 0.1},
                            {"1/100 of the run", 0.01},
                            {"1/10000 of the run", 1e-4},
                            {"1/1000000 of the run", 1e-6}};
    const breadcrumb::Nanos span = timeline.totalSpan();
    std::vector<breadcrumb::TimelineLayout::Item> items;
    for (Zoom& zoom : zooms) {
        const auto width = std::max<breadcrumb::Nanos>(breadcrumb::TimelineLayout::kMinSpanNs,
                                                       static_cast<breadcrumb::Nanos>(span * zoom.share));
        const breadcrumb::Nanos start0 = span / 2 - width / 2;
        timeline.setVisibleRange(start0, start0 + width);
        QApplication::processEvents();
        if (const QString shots = qEnvironmentVariable("TIMELINE_BENCH_SHOTS"); !shots.isEmpty())
            timeline.grab().save(
                QStringLiteral("%1/timeline_zoom%2.png").arg(shots).arg(&zoom - zooms.data()));
        for (int i = 0; i < 15; ++i) {
            clock.restart();
            const double cpu = threadCpuMs();
            timeline.viewport()->repaint();
            zoom.paints.push_back(ms(clock));
            zoom.paintsCpu.push_back(threadCpuMs() - cpu);
            zoom.drawn = std::max(zoom.drawn, timeline.lastPaintedCalls() + timeline.lastPaintedSlivers());
        }
        for (int i = 0; i < 15; ++i) {
            const breadcrumb::Nanos from =
                std::max<breadcrumb::Nanos>(0, start0 + (i % 2 ? -1 : 1) * (width / 100) * (i / 2 + 1));
            clock.restart();
            const double cpu = threadCpuMs();
            timeline.setVisibleRange(from, from + width);
            timeline.viewport()->repaint();
            zoom.pans.push_back(ms(clock));
            zoom.pansCpu.push_back(threadCpuMs() - cpu);
            zoom.drawn = std::max(zoom.drawn, timeline.lastPaintedCalls() + timeline.lastPaintedSlivers());
        }
        // The layout's share: what it finds to draw, without painting it.
        const breadcrumb::TimelineLayout::View view{start0, width, timeline.viewport()->width(), 0,
                                                    timeline.viewport()->height()};
        for (int i = 0; i < 15; ++i) {
            const double cpu = threadCpuMs();
            timeline.layout().items(view, items);
            zoom.items.push_back(threadCpuMs() - cpu);
        }
    }
    timeline.resetZoom();
    QApplication::processEvents();
    std::vector<double> wheel, wheelCpu;
    const QPoint middle = timeline.viewport()->rect().center();
    for (int i = 0; i < 60; ++i) {
        clock.restart();
        const double cpu = threadCpuMs();
        QWheelEvent event(middle, timeline.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timeline.viewport(), &event);
        timeline.viewport()->repaint();
        wheel.push_back(ms(clock));
        wheelCpu.push_back(threadCpuMs() - cpu);
    }

    std::printf("\ntimeline_bench: %s, %zu calls, %zu lanes (load %.1f s, layout %.0f ms, CPU %.0f ms)\n",
                qPrintable(QFileInfo(trace).fileName()), run->calls.size(), timeline.layout().lanes().size(),
                loadS, layoutMs, layoutCpuMs);
    std::printf("closed while laid out off the GUI thread: its worker done %.1f ms later\n", closeMs);
    std::printf("per zoom, budget 16 ms: median / worst of 15, wall (GUI-thread CPU)\n");
    std::printf("%-22s %28s %28s %18s %6s\n", "", "repaint in place", "pan 1% + repaint", "items() CPU",
                "drawn");
    for (const Zoom& z : zooms)
        std::printf(
            "%-22s %6.1f / %5.1f (%4.1f / %4.1f) ms %6.1f / %5.1f (%4.1f / %4.1f) ms %6.2f / %5.2f ms "
            "%6zu\n",
            z.name, median(z.paints), worst(z.paints), median(z.paintsCpu), worst(z.paintsCpu),
            median(z.pans), worst(z.pans), median(z.pansCpu), worst(z.pansCpu), median(z.items),
            worst(z.items), z.drawn);
    std::printf("%-22s %6.1f / %5.1f (%4.1f / %4.1f) ms   (60 notches in, down to %lld ns across)\n",
                "wheel sweep", median(wheel), worst(wheel), median(wheelCpu), worst(wheelCpu),
                static_cast<long long>(timeline.visibleEnd() - timeline.visibleStart()));
    return 0;
}
