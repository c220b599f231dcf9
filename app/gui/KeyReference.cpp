#include "KeyReference.h"

namespace breadcrumb::gui {

QList<KeyBinding> KeyReference::bindings()
{
    const QString everywhere = tr("Everywhere");
    const QString tree = tr("Call Tree");
    const QString sql = tr("SQL");
    // Keys are written as the README writes them, not translated: they are what is printed on the keyboard.
    return {
        {QStringLiteral("Ctrl+O"), tr("Open a trace"), everywhere},
        {QStringLiteral("F5"), tr("Reload the trace (shows a run the program appended since)"), everywhere},
        {QStringLiteral("Ctrl+Q"), tr("Quit"), everywhere},
        {QStringLiteral("Alt+Left"), tr("Back to the previous function"), everywhere},
        {QStringLiteral("Alt+Right"), tr("Forward to the next function"), everywhere},
        {QStringLiteral("Ctrl+1 … Ctrl+9"), tr("Show the view of that number (Functions … Compare)"),
         everywhere},
        {QStringLiteral("F1"), tr("This list of keys"), everywhere},
        {QStringLiteral("Ctrl+F"), tr("Find a function: focus the search box"), tree},
        {QStringLiteral("F3"), tr("Next match of the search"), tree},
        {QStringLiteral("Shift+F3"), tr("Previous match of the search"), tree},
        {QStringLiteral("*"), tr("Expand the hot path below the selected node"), tree},
        {QStringLiteral("Ctrl+H"), tr("Expand the hot path below the selected node"), tree},
        {QStringLiteral("Ctrl+Enter"), tr("Run the query"), sql},
    };
}

} // namespace breadcrumb::gui
