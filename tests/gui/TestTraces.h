#pragma once
// Loads the deterministic traces written by make_gui_traces.py (ctest fixture gui_traces) the way the
// viewer does, through the real TraceLoader.

#include "LoadedTrace.h"
#include "TraceLoader.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace breadcrumb::gui::test {

inline QString traceDir()
{
    return QStringLiteral(GUI_TRACE_DIR);
}

inline QString tracePath(const QString& name)
{
    return traceDir() + QLatin1Char('/') + name;
}

// Loads synchronously for tests (the event loop spins while the worker runs); nullptr on failure.
inline std::shared_ptr<const LoadedTrace> loadTrace(const QString& name, const QString& after = {})
{
    TraceLoader loader;
    std::shared_ptr<const LoadedTrace> result;
    QString error;
    QObject::connect(&loader, &TraceLoader::loaded,
                     [&](std::shared_ptr<const LoadedTrace> trace) { result = trace; });
    QObject::connect(&loader, &TraceLoader::failed, [&](const QString& message) { error = message; });
    QSignalSpy finished(&loader, &TraceLoader::finished);
    LoadRequest request;
    request.path = tracePath(name);
    if (!after.isEmpty())
        request.afterPath = tracePath(after);
    loader.load(request);
    if (!finished.wait(30000))
        qWarning("loading %s timed out", qPrintable(name));
    if (!error.isEmpty())
        qWarning("loading %s failed: %s", qPrintable(name), qPrintable(error));
    return result;
}

inline int functionIndex(const RunData& run, const char* name)
{
    const auto f = run.findFunction(name);
    return f ? int(*f) : -1;
}

} // namespace breadcrumb::gui::test
