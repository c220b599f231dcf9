#pragma once
// The shared FunctionSelection as the after run of a comparison sees it. The selected function still lives
// in one place (the main selection, in the before run's numbering); the pages that show the after run
// listen to this mirror, which translates by function identity (FunctionMatch) both ways: picking a
// function in an after page selects it in the main selection, and every panel follows.

#include "FunctionMatch.h"
#include "FunctionSelection.h"

#include <memory>
#include <QObject>

namespace breadcrumb::gui {

class SelectionMirror : public QObject
{
    Q_OBJECT

public:
    explicit SelectionMirror(FunctionSelection* main, QObject* parent = nullptr);

    // The selection the after pages are built with; its indices are the after run's.
    FunctionSelection* afterSelection() { return &m_after; }
    // nullptr: no comparison, the mirror is empty.
    void setMatch(std::shared_ptr<const FunctionMatch> match);

private:
    void fromMain(int function);
    void fromAfter(int function);

    FunctionSelection* m_main;
    FunctionSelection m_after;
    std::shared_ptr<const FunctionMatch> m_match;
    bool m_syncing = false; // a change being passed on: its echo is not passed back
};

} // namespace breadcrumb::gui
