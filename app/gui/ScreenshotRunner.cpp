#include "ScreenshotRunner.h"

#include "FlameGraphPage.h"
#include "Format.h"
#include "MainWindow.h"
#include "RangeRestriction.h"
#include "SqlConsolePage.h"
#include "TimelinePage.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <TimelineWidget.h>

namespace breadcrumb::gui {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, CommandLineOptions options, QObject* parent)
    : QObject(parent), m_window(window), m_options(std::move(options))
{
    connect(m_window, &MainWindow::traceLoaded, this, &ScreenshotRunner::onLoaded);
    connect(m_window, &MainWindow::loadFailed, this, &ScreenshotRunner::fail);
    connect(m_window, &MainWindow::loadCanceled, this, [this] { fail(tr("loading was canceled")); });
}

void ScreenshotRunner::start()
{
    m_window->resize(m_options.size);
    m_window->show();
    if (m_options.after.isEmpty())
        m_window->openTrace(m_options.trace, m_options.run);
    else
        m_window->openComparison(m_options.traceRef, m_options.afterRef);
}

void ScreenshotRunner::onLoaded()
{
    const auto trace = m_window->trace();
    if (!m_options.select.isEmpty()) {
        const RunData& run = *trace->main->data;
        const std::string name = m_options.select.toStdString();
        const std::optional<std::uint32_t> function = run.findFunction(name);
        if (!function) {
            QString message =
                run.isAmbiguous(name)
                    ? tr("\"%1\" names several functions; write module:name").arg(m_options.select)
                    : tr("no function \"%1\" in this run").arg(m_options.select);
            QStringList close;
            for (std::uint32_t f : run.suggestFunctions(name, 3))
                close << toQString(run.displayName(f));
            if (!close.isEmpty())
                message += tr(" (did you mean %1?)").arg(close.join(QStringLiteral(", ")));
            fail(message);
            return;
        }
        m_window->selection()->select(int(*function));
    }
    if (!m_options.view.isEmpty() && !m_window->setView(m_options.view)) {
        fail(tr("the view \"%1\" is not available for this trace").arg(m_options.view));
        return;
    }
    if (!m_options.side.isEmpty() && !m_window->setSide(m_options.side)) {
        fail(tr("the view \"%1\" cannot show the side \"%2\" (it needs two traces)")
                 .arg(m_window->currentView(), m_options.side));
        return;
    }
    if (m_options.view == QLatin1String("sql")) {
        // An empty console says little: run the example query and capture its rows.
        SqlConsolePage* sql = m_window->sqlConsolePage();
        connect(sql, &SqlConsolePage::queryFinished, this,
                [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); });
        sql->runQuery();
        return;
    }
    if (m_options.rangeMs) {
        // The restricted pages follow once the range's figures are computed (off the GUI thread).
        connect(m_window->rangeRestriction(), &RangeRestriction::restrictedChanged, this,
                [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); });
        m_window->timelinePage()->timeline()->setSelectedRange(
            static_cast<Nanos>(m_options.rangeMs->first * 1e6),
            static_cast<Nanos>(m_options.rangeMs->second * 1e6));
        if (!m_window->timelinePage()->timeline()->hasSelectedRange())
            fail(tr("the range %1:%2 ms lies outside the run")
                     .arg(m_options.rangeMs->first)
                     .arg(m_options.rangeMs->second));
        return;
    }
    // Plots lay out and replot on the next passes of the event loop; give them a moment.
    QTimer::singleShot(300, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    // A big run's flame graph is still being built, or its timeline laid out, on a worker thread: the
    // picture waits for them (the timeline is laid out once shown, so only its own view waits).
    if (m_window->flameGraphPage()->isBuilding() || m_window->timelinePage()->timeline()->isLayingOut()) {
        QTimer::singleShot(50, this, &ScreenshotRunner::capture);
        return;
    }
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_options.screenshot, "PNG")) {
        fail(tr("cannot write %1").arg(m_options.screenshot));
        return;
    }
    QCoreApplication::exit(0);
}

void ScreenshotRunner::fail(const QString& message)
{
    std::fprintf(stderr, "breadcrumb-gui: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    QCoreApplication::exit(1);
}

} // namespace breadcrumb::gui
