#include "FunctionSelection.h"

namespace breadcrumb::gui {

FunctionSelection::FunctionSelection(QObject* parent) : QObject(parent) {}

int FunctionSelection::current() const
{
    return m_position >= 0 ? m_history[std::size_t(m_position)] : -1;
}

void FunctionSelection::select(int function)
{
    if (function < 0 || function == current())
        return;
    m_history.resize(std::size_t(m_position + 1));
    m_history.push_back(function);
    m_position = int(m_history.size()) - 1;
    emit currentChanged(function);
    emit historyChanged();
}

void FunctionSelection::back()
{
    if (!canGoBack())
        return;
    --m_position;
    emit currentChanged(current());
    emit historyChanged();
}

void FunctionSelection::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    emit currentChanged(current());
    emit historyChanged();
}

void FunctionSelection::reset()
{
    const bool hadSelection = current() >= 0;
    m_history.clear();
    m_position = -1;
    if (hadSelection)
        emit currentChanged(-1);
    emit historyChanged();
}

} // namespace breadcrumb::gui
