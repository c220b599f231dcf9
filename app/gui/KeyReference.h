#pragma once
// Every key the viewer answers to, in one list: the Help → Keyboard shortcuts dialog (F1) shows it and a
// test checks it against the keys the README names. A view that adds a key adds it here.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace breadcrumb::gui {

struct KeyBinding
{
    QString keys;   // as the README writes them: "Ctrl+O", "Alt+Left", "*", "F3"
    QString action; // what it does
    QString where;  // the view it works in, or "Everywhere"
};

class KeyReference
{
    Q_DECLARE_TR_FUNCTIONS(KeyReference)

public:
    static QList<KeyBinding> bindings();
};

} // namespace breadcrumb::gui
