// breadcrumb-gui [TRACE [AFTER_TRACE]]: the Breadcrumb trace viewer.

#include "CommandLineOptions.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "ThemeColors.h"

#include <cstdio>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("breadcrumb-gui"));
    QCoreApplication::setOrganizationName(QStringLiteral("Breadcrumb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BREADCRUMB_VERSION));
}

// Qt's own strings and ours in the user's language, else English: the English file holds the plural
// forms ("%n call(s)"); EnglishPlurals, searched last, makes them for messages none of the files has.
void installTranslators(QTranslator& english, QTranslator& qt, QTranslator& ours)
{
    QCoreApplication::installTranslator(&english);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (ours.load(QLocale(), QStringLiteral("breadcrumb_gui"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        ours.load(QStringLiteral(":/i18n/breadcrumb_gui_en")))
        QCoreApplication::installTranslator(&ours);
}

// --color-scheme light|dark: Fusion with our palette, since the platform style may ignore a palette and
// Qt 6.4 cannot ask the platform for a scheme. "system" keeps the platform's palette, and its changes.
void applyColorScheme(const QString& scheme)
{
    if (scheme != QLatin1String("light") && scheme != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(scheme == QLatin1String("dark") ? breadcrumb::ThemeColors::darkPalette()
                                                             : breadcrumb::ThemeColors::lightPalette());
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace breadcrumb::gui;

    // The command line is read before any display is needed: --help, --version and bad options must work
    // where QApplication cannot start (no display: it aborts). A QCoreApplication gives tr() and the
    // arguments; the QApplication comes after it is gone.
    CommandLineOptions options;
    {
        QCoreApplication core(argc, argv);
        setApplicationInfo();
        EnglishPlurals english;
        QTranslator qtTranslator, translator;
        installTranslators(english, qtTranslator, translator);
        options =
            CommandLineOptions::parse(CommandLineOptions::withoutQtOptions(QCoreApplication::arguments()));
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "breadcrumb-gui: %s\n", options.error.toLocal8Bit().constData());
            return 1;
        }
        if (options.showHelp) {
            std::fputs(options.helpText.toLocal8Bit().constData(), stdout);
            return 0;
        }
        if (options.showVersion) {
            std::printf("breadcrumb-gui %s\n", BREADCRUMB_VERSION);
            return 0;
        }
    }

    // A screenshot needs no display: fall back to the offscreen platform unless one was chosen.
    if (!options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationInfo();
    EnglishPlurals english;
    QTranslator qtTranslator, translator;
    installTranslators(english, qtTranslator, translator);
    applyColorScheme(options.colorScheme);

    if (!options.screenshot.isEmpty()) {
        MainWindow window(MainWindow::Mode::Screenshot);
        ScreenshotRunner runner(&window, options);
        runner.start();
        return QApplication::exec();
    }

    MainWindow window;
    window.show();
    if (!options.trace.isEmpty()) {
        if (options.after.isEmpty())
            window.openTrace(options.trace, options.run);
        else
            window.openComparison(options.traceRef, options.afterRef);
    }
    // --view and --select apply to the first trace that finishes loading.
    if (!options.view.isEmpty() || !options.select.isEmpty() || !options.side.isEmpty())
        QObject::connect(
            &window, &MainWindow::traceLoaded, &window,
            [&window, view = options.view, select = options.select, side = options.side] {
                if (!select.isEmpty())
                    if (const auto f = window.trace()->main->data->findFunction(select.toStdString()))
                        window.selection()->select(int(*f));
                if (!view.isEmpty())
                    window.setView(view);
                if (!side.isEmpty())
                    window.setSide(side);
            },
            Qt::SingleShotConnection);
    return QApplication::exec();
}
