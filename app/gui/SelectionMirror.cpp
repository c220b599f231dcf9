#include "SelectionMirror.h"

namespace breadcrumb::gui {

SelectionMirror::SelectionMirror(FunctionSelection* main, QObject* parent) : QObject(parent), m_main(main)
{
    connect(m_main, &FunctionSelection::currentChanged, this, &SelectionMirror::fromMain);
    connect(&m_after, &FunctionSelection::currentChanged, this, &SelectionMirror::fromAfter);
}

void SelectionMirror::setMatch(std::shared_ptr<const FunctionMatch> match)
{
    m_match = std::move(match);
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_after.reset();
    m_syncing = wasSyncing;
    fromMain(m_main->current());
}

void SelectionMirror::fromMain(int function)
{
    if (m_syncing)
        return;
    const int after = m_match ? m_match->toSecond(function) : -1;
    m_syncing = true;
    if (after >= 0)
        m_after.select(after);
    else
        m_after.reset(); // the after run has no such function: its pages show none
    m_syncing = false;
}

void SelectionMirror::fromAfter(int function)
{
    if (m_syncing || !m_match)
        return;
    // A function only the after run has stays selected on the after side alone.
    if (const int before = m_match->toFirst(function); before >= 0) {
        m_syncing = true;
        m_main->select(before);
        m_syncing = false;
    }
}

} // namespace breadcrumb::gui
