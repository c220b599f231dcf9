#include "KeyReference.h"

namespace breadcrumb::gui {

QList<KeyBinding> KeyReference::bindings()
{
    const QString everywhere = tr("Everywhere");
    const QString tree = tr("Call Tree");
    const QString sql = tr("SQL");
    const QString timeline = tr("Timeline");
    const QString flame = tr("Flame Graph");
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
        {QStringLiteral("W S"), tr("Zoom in, out around the cursor"), timeline},
        {QStringLiteral("A D Left Right"), tr("Pan left, right"), timeline},
        {QStringLiteral("+ −"), tr("Zoom in, out"), timeline},
        {QStringLiteral("0 Home"), tr("Show the whole run"), timeline},
        {QStringLiteral("Shift+drag"),
         tr("Select a time range: the Functions, Function and Flame Graph tabs count "
            "only the calls in it (also a drag on the time axis)"),
         timeline},
        {QStringLiteral("Esc"), tr("Clear the time range"), timeline},
        {QStringLiteral("wheel Ctrl+wheel"), tr("Zoom around the cursor"), flame},
        {QStringLiteral("Shift+wheel"), tr("Pan (a horizontal wheel too)"), flame},
        {QStringLiteral("+ = W"), tr("Zoom in"), flame},
        {QStringLiteral("- S"), tr("Zoom out"), flame},
        {QStringLiteral("Left Right A D"), tr("Pan left, right"), flame},
        {QStringLiteral("0 Home"), tr("Show everything"), flame},
        {QStringLiteral("Backspace Escape"), tr("Step back through zooms and transforms"), flame},
        {QStringLiteral("Right-click"), tr("Focus, merge recursion, collapse, sandwich, copy, export"),
         flame},
    };
}

} // namespace breadcrumb::gui
