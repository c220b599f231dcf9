// Flame graph benchmark: the top-down tree of a generated 1 M-call trace in a real FlameGraphWidget; times
// the first layout, a full repaint at the root, repaints while the wheel zooms in around the cursor (each
// notch re-lays out only what is visible) and panned, and the core's transforms and sandwich on that tree.
// Then, per zoom (the whole run, 1/10, 1/100, 1/10 000 of it around the hot path), the frames a user sees
// there: a pan by 1% of the window (relayout + repaint) and a repaint of the cached layout, median and
// worst. Prints figures next to a 16 ms frame budget; asserts nothing.
//
//   flame_bench [TRACE]   (default: generates build/tests/bench/gui_bench_1m.db with scripts/gen_trace.py)
//   FLAME_BENCH_SYNC=1    colours the first tree on the GUI thread, as before it moved to a worker

#include "CallTreeTransform.h"
#include "FlameGraphView.h"
#include "FlameGraphWidget.h"
#include "FunctionSandwich.h"
#include "FunctionStats.h"
#include "TraceReader.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
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

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString trace = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(FLAME_BENCH_TRACE);
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
    breadcrumb::TraceReader reader(QFile::encodeName(trace).toStdString());
    std::shared_ptr<const breadcrumb::RunData> run = reader.loadRun(reader.newestRunId());
    QElapsedTimer clock;
    clock.start();
    auto tree = std::make_shared<const breadcrumb::CallTree>(
        breadcrumb::CallTree::build(*run, breadcrumb::CallTree::Direction::TopDown));
    const double buildMs = ms(clock);

    breadcrumb::FlameGraphWidget widget;
    widget.resize(1400, 800);
    if (qEnvironmentVariableIntValue("FLAME_BENCH_SYNC") == 1)
        widget.view()->setBackgroundColorsFrom(SIZE_MAX);
    widget.show();
    QApplication::processEvents();
    clock.restart();
    const double setCpu = threadCpuMs();
    widget.setCallTree(run, tree);
    const double setMs = ms(clock);
    const double setCpuMs = threadCpuMs() - setCpu;
    breadcrumb::FlameGraphView* view = widget.view();
    // A big run's colours are worked out on a worker meanwhile (the view says "Building…"): frames go on,
    // their longest is what a user would feel, until the tree is shown.
    double buildingFrameMs = 0;
    while (view->isBuilding()) {
        QElapsedTimer frame;
        frame.start();
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        view->repaint();
        buildingFrameMs = std::max(buildingFrameMs, ms(frame));
        if (view->isBuilding())
            QThread::msleep(5);
    }
    const double shownMs = ms(clock);
    const auto repaint = [&] {
        QElapsedTimer t;
        t.start();
        view->repaint();
        return ms(t);
    };
    std::vector<double> rootPaint;
    for (int i = 0; i < 10; ++i)
        rootPaint.push_back(repaint());
    const std::size_t rootFrames = view->laidOutCount();

    // 40 wheel notches in around the hottest leaf, a repaint after each (what a user's scrolling costs).
    const auto hot = tree->hotPath();
    const QPoint at = view->frameRect(hot[std::min<std::size_t>(hot.size() - 1, 3)]).center().toPoint();
    std::vector<double> zoomFrames;
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer t;
        t.start();
        QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view, &wheel);
        view->repaint();
        zoomFrames.push_back(ms(t));
    }
    const std::size_t deepFrames = view->laidOutCount();
    std::vector<double> panFrames;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        view->pan(i % 2 ? -0.15 : 0.15);
        view->repaint();
        panFrames.push_back(ms(t));
    }
    std::vector<double> cachedPaint;
    for (int i = 0; i < 10; ++i)
        cachedPaint.push_back(repaint());

    // Per zoom level: 15 frames each moved by 1% of the window (every one re-lays out), then 10 repaints of
    // the cached layout. The window is centred on where the wheel zoomed in above.
    struct Zoom
    {
        const char* name;
        double share;
        std::vector<double> moved;
        std::vector<double> cached;
        std::vector<double> movedCpu;
        std::size_t frames = 0;
    };
    std::vector<Zoom> zooms{{"whole run", 1.0, {}, {}, {}},
                            {"1/10 of the run", 0.1, {}, {}, {}},
                            {"1/100 of the run", 0.01, {}, {}, {}},
                            {"1/10000 of the run", 0.0001, {}, {}, {}}};
    view->setViewState({0, 0, 1});
    const double centre = double(at.x()) / std::max(1, view->width());
    for (Zoom& zoom : zooms) {
        const double start0 = std::clamp(centre - zoom.share / 2, 0.0, 1.0 - zoom.share);
        for (int i = 0; i < 15; ++i) {
            const double shift = (i % 2 ? -1 : 1) * 0.01 * zoom.share * (i / 2 + 1);
            const double start = std::clamp(start0 + shift, 0.0, 1.0 - zoom.share);
            QElapsedTimer t;
            t.start();
            const double cpu = threadCpuMs();
            view->setViewState({0, start, start + zoom.share});
            view->repaint();
            zoom.moved.push_back(ms(t));
            zoom.movedCpu.push_back(threadCpuMs() - cpu);
            zoom.frames = std::max(zoom.frames, view->laidOutCount());
        }
        for (int i = 0; i < 10; ++i)
            zoom.cached.push_back(repaint());
    }

    const auto top = breadcrumb::FunctionStats::summarize(*run);
    const auto f = static_cast<std::int32_t>(top[std::min<std::size_t>(top.size() - 1, 2)].function);
    clock.restart();
    const auto focused = breadcrumb::CallTreeTransform::apply(
        *tree, std::vector{breadcrumb::CallTreeTransform::focusFunction(f)});
    const double focusMs = ms(clock);
    // Another tree of the same run (what a transform, a sandwich or a step back shows): nothing of the
    // run is recomputed for it.
    clock.restart();
    widget.setCallTree(run, std::make_shared<const breadcrumb::CallTree>(focused));
    const double setAgainMs = ms(clock);
    clock.restart();
    const auto merged = breadcrumb::CallTreeTransform::apply(
        *tree, std::vector{breadcrumb::CallTreeTransform::mergeRecursion(f)});
    const double mergeMs = ms(clock);
    clock.restart();
    const auto sandwich = breadcrumb::FunctionSandwich::build(*tree, f);
    const double sandwichMs = ms(clock);

    std::printf("\nflame_bench: %s, %zu calls, %zu tree nodes, view 1400x800\n",
                qPrintable(QFileInfo(trace).fileName()), run->calls.size(), tree->size());
    std::printf("%-52s %10s %10s\n", "figure", "measured", "budget");
    std::printf("%-52s %7.1f ms %10s\n", "CallTree::build (top-down, for reference)", buildMs, "");
    std::printf("%-52s %7.1f ms %10s   (GUI-thread CPU %.1f ms)\n", "setCallTree + first layout (GUI thread)",
                setMs, "", setCpuMs);
    std::printf("%-52s %7.1f ms %10s   (longest frame meanwhile %.1f ms)\n", "  the tree shown (coloured)",
                shownMs, "", buildingFrameMs);
    std::printf("%-52s %7.1f ms %10s\n", "setCallTree of another tree of the run (focused)", setAgainMs, "");
    std::printf("%-52s %7.1f ms %10s   (%zu frames laid out)\n", "repaint at the root (median of 10)",
                median(rootPaint), "16 ms", rootFrames);
    std::printf("%-52s %7.1f ms %10s\n", "wheel notch + relayout + repaint (median of 40)",
                median(zoomFrames), "16 ms");
    std::printf("%-52s %7.1f ms %10s   (%zu frames laid out)\n", "wheel notch + relayout + repaint (worst)",
                *std::max_element(zoomFrames.begin(), zoomFrames.end()), "", deepFrames);
    std::printf("%-52s %7.1f ms %10s\n", "pan + relayout + repaint (median of 20)", median(panFrames),
                "16 ms");
    std::printf("%-52s %7.1f ms %10s\n", "repaint, layout cached (median of 10)", median(cachedPaint),
                "16 ms");
    std::printf("%-52s %7.1f ms %10s\n", "pan + relayout + repaint (worst of 20)",
                *std::max_element(panFrames.begin(), panFrames.end()), "16 ms");
    std::printf("\nper zoom, budget 16 ms: median / worst, wall (GUI-thread CPU)\n");
    std::printf("%-22s %32s %18s %8s\n", "", "pan 1% + relayout + repaint", "cached repaint", "frames");
    for (const Zoom& zoom : zooms)
        std::printf("%-22s %7.1f / %5.1f (%4.1f / %4.1f) ms %8.1f / %5.1f ms %8zu\n", zoom.name,
                    median(zoom.moved), *std::max_element(zoom.moved.begin(), zoom.moved.end()),
                    median(zoom.movedCpu), *std::max_element(zoom.movedCpu.begin(), zoom.movedCpu.end()),
                    median(zoom.cached), *std::max_element(zoom.cached.begin(), zoom.cached.end()),
                    zoom.frames);
    std::printf("\n");
    std::printf("%-52s %7.1f ms %10s   (%zu nodes)\n", "focus on function (3rd by time)", focusMs, "",
                focused.size());
    std::printf("%-52s %7.1f ms %10s   (%zu nodes)\n", "merge recursion (same function)", mergeMs, "",
                merged.size());
    std::printf("%-52s %7.1f ms %10s   (%zu + %zu nodes)\n", "sandwich (same function)", sandwichMs, "",
                sandwich.callers().size(), sandwich.callees().size());
    return 0;
}
