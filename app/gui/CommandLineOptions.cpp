#include "CommandLineOptions.h"

#include "ComparePage.h"
#include "MainWindow.h"
#include "TraceFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace breadcrumb::gui {

QStringList CommandLineOptions::withoutQtOptions(const QStringList& arguments)
{
    // QGuiApplication's and QApplication's documented options; Qt accepts them with one dash or two.
    static const QStringList withValue{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("style"),           QStringLiteral("stylesheet"),
        QStringLiteral("display"),         QStringLiteral("geometry")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"),
                                   QStringLiteral("sync")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            out << arguments[i];
            continue;
        }
        if (name == QLatin1String("--"))
            return out << arguments.mid(i);
        name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
        if (flags.contains(name))
            continue;
        if (withValue.contains(name) && i + 1 < arguments.size()) {
            ++i;
            continue;
        }
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0 && withValue.contains(name.left(eq)))
            continue;
        out << arguments[i];
    }
    return out;
}

QStringList CommandLineOptions::colorSchemes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

CommandLineOptions CommandLineOptions::parse(const QStringList& arguments)
{
    CommandLineOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Breadcrumb trace viewer: slowest functions, percentiles, callers, call "
           "trees, flame graphs and before/after comparisons."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render offscreen, save the window as a PNG and exit."),
                                        tr("OUT.png"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("The view to show: %1; compare-functions, compare-tree or compare-flame for "
           "the Compare tab's own views.")
            .arg(MainWindow::viewNames().join(QStringLiteral(", "))),
        tr("NAME"));
    const QCommandLineOption select(QStringLiteral("select"), tr("Select this function."), tr("FUNCTION"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Window size for --screenshot (default 1400x900)."), tr("WxH"));
    const QCommandLineOption run(QStringLiteral("run"), tr("The run to open (default: the newest)."),
                                 tr("ID"));
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        tr("Color scheme: system, light or dark. The default, system, follows the desktop's palette."),
        tr("SCHEME"), QStringLiteral("system"));
    const QCommandLineOption range(
        QStringLiteral("range"),
        tr("Select this time range in the timeline, in ms since the run's start, for "
           "--screenshot."),
        tr("FROM:TO"));
    const QCommandLineOption side(
        QStringLiteral("side"),
        tr("When comparing: show the view over the before run, the after run or both "
           "side by side."),
        tr("before|after|both"));
    parser.addOptions({help, version, screenshot, view, select, size, run, colorScheme, range, side});
    parser.addPositionalArgument(QStringLiteral("TRACE"),
                                 tr("Trace file to open (FILE or FILE:RUN; to compare, also FILE:FIRST-LAST "
                                    "or FILE:all to pool runs)."));
    parser.addPositionalArgument(
        QStringLiteral("AFTER_TRACE"),
        tr("Second trace to compare with (after; FILE, FILE:RUN, FILE:FIRST-LAST or FILE:all)."),
        QStringLiteral("[AFTER_TRACE]"));
    options.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        options.error = tr("too many arguments: give at most TRACE and AFTER_TRACE");
        return options;
    }
    // The same run references as `breadcrumb compare`, by the same parser; a bare run is of the default
    // trace.
    const auto runRef = [](const QString& text) {
        return RunRef::parse(QFile::encodeName(text).toStdString(), defaultTracePath());
    };
    if (!positional.isEmpty()) {
        options.traceRef = runRef(positional[0]);
        options.trace = QFile::decodeName(options.traceRef.file.c_str());
        options.run = options.traceRef.run;
    }
    if (positional.size() == 2) {
        options.afterRef = runRef(positional[1]);
        options.after = QFile::decodeName(options.afterRef.file.c_str());
        options.afterRun = options.afterRef.run;
    } else if (options.traceRef.isSeveral()) {
        options.error =
            tr("%1 names several runs: pooling needs an AFTER_TRACE to compare with").arg(positional[0]);
        return options;
    }
    if (parser.isSet(run)) {
        bool ok = false;
        options.run = parser.value(run).toLongLong(&ok);
        options.traceRef = RunRef{options.traceRef.file, options.run, std::nullopt, false};
        if (!ok) {
            options.error = tr("--run needs a run id (a number), not \"%1\"").arg(parser.value(run));
            return options;
        }
    }
    options.screenshot = parser.value(screenshot);
    options.view = parser.value(view).toLower();
    options.select = parser.value(select);
    if (parser.isSet(range)) {
        const QStringList parts = parser.value(range).split(QLatin1Char(':'));
        bool okFrom = false;
        bool okTo = false;
        const double from = parts.size() == 2 ? parts[0].toDouble(&okFrom) : 0;
        const double to = parts.size() == 2 ? parts[1].toDouble(&okTo) : 0;
        if (!okFrom || !okTo || from < 0 || to <= from) {
            options.error =
                tr("--range wants FROM:TO in ms with FROM < TO, not \"%1\"").arg(parser.value(range));
            return options;
        }
        options.rangeMs = std::make_pair(from, to);
    }
    const bool compareView = options.view.startsWith(QLatin1String("compare-")) &&
                             ComparePage::viewNames().contains(options.view.mid(8));
    if (!options.view.isEmpty() && !MainWindow::viewNames().contains(options.view) && !compareView) {
        options.error = tr("unknown view \"%1\" (choose from %2)")
                            .arg(options.view, MainWindow::viewNames().join(QStringLiteral(", ")));
        return options;
    }
    options.side = parser.value(side).toLower();
    if (!options.side.isEmpty() && !MainWindow::sideNames().contains(options.side)) {
        options.error = tr("unknown side \"%1\" (choose from %2)")
                            .arg(parser.value(side), MainWindow::sideNames().join(QStringLiteral(", ")));
        return options;
    }
    options.colorScheme = parser.value(colorScheme).toLower();
    if (!colorSchemes().contains(options.colorScheme)) {
        options.error = tr("unknown color scheme \"%1\" (choose from %2)")
                            .arg(parser.value(colorScheme), colorSchemes().join(QStringLiteral(", ")));
        return options;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d+)[xX](\\d+)$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (w < 200 || h < 150 || w > 10000 || h > 10000) {
            options.error = tr("--size wants WIDTHxHEIGHT between 200x150 and 10000x10000, not \"%1\"")
                                .arg(parser.value(size));
            return options;
        }
        options.size = QSize(w, h);
    }
    auto overwritesTrace = [&](const QString& trace) {
        return !trace.isEmpty() && isPartOfTrace(QFile::encodeName(trace).toStdString(),
                                                 QFile::encodeName(options.screenshot).toStdString());
    };
    if (!options.screenshot.isEmpty() && options.trace.isEmpty())
        options.error = tr("--screenshot needs a trace file");
    else if (!options.screenshot.isEmpty() &&
             (overwritesTrace(options.trace) || overwritesTrace(options.after)))
        options.error =
            tr("refusing to write the screenshot to %1: it is a trace being viewed").arg(options.screenshot);
    else if (options.view.startsWith(QLatin1String("compare")) && options.after.isEmpty() &&
             !options.screenshot.isEmpty())
        options.error = tr("--view compare needs two traces: TRACE AFTER_TRACE");
    return options;
}

} // namespace breadcrumb::gui
