#pragma once
// What `breadcrumb-gui [options] [TRACE [AFTER_TRACE]]` was asked to do.

#include "TraceReader.h"

#include <optional>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace breadcrumb::gui {

struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString trace;                   // empty: start with no trace
    std::optional<std::int64_t> run; // --run ID or TRACE:ID
    QString after;                   // compare trace with this one
    std::optional<std::int64_t> afterRun;
    // The run references as given (core RunRef, as `breadcrumb compare` takes them): FILE, FILE:RUN, and for
    // a comparison FILE:FIRST-LAST or FILE:all to pool several runs.
    RunRef traceRef;
    RunRef afterRef;
    QString screenshot; // --screenshot OUT.png
    QString view;       // --view NAME
    QString select;     // --select FUNCTION
    QString side;       // --side before|after|both: the run(s) the view shows when comparing
    std::optional<std::pair<double, double>> rangeMs; // --range FROM:TO, ms on the timeline's axis
    QSize size{1400, 900};                            // --size WxH
    QString colorScheme; // --color-scheme system|light|dark ("system" when not given)
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // non-empty: bad arguments, print and exit 1

    static CommandLineOptions parse(const QStringList& arguments);
    static QStringList colorSchemes(); // system, light, dark
    // `arguments` without the options QApplication takes for itself (-platform NAME, -style NAME,
    // -reverse, ...): what QApplication::arguments() will be once it has started. The command line is
    // parsed before it starts, so that --help and bad options need no display.
    static QStringList withoutQtOptions(const QStringList& arguments);
};

} // namespace breadcrumb::gui
