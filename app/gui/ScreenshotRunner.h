#pragma once
// Drives a MainWindow for --screenshot: waits for the trace to load, selects the function and the view,
// lets the widgets lay out and paint, saves grab() as a PNG and ends the event loop with 0 (or 1 with the
// reason on stderr).

#include "CommandLineOptions.h"

#include <QObject>

namespace breadcrumb::gui {

class MainWindow;

class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow* window, CommandLineOptions options, QObject* parent = nullptr);

    void start(); // begins loading; the result is reported through QCoreApplication::exit()

private:
    void onLoaded();
    void capture();
    void fail(const QString& message);

    MainWindow* m_window;
    CommandLineOptions m_options;
};

} // namespace breadcrumb::gui
