#pragma once
// What every tab of the main window is: it shows one LoadedTrace and follows the FunctionSelection.

#include "FunctionSelection.h"
#include "LoadedTrace.h"

#include <memory>
#include <QWidget>

namespace breadcrumb::gui {

class TracePage : public QWidget
{
    Q_OBJECT

public:
    TracePage(FunctionSelection* selection, QWidget* parent) : QWidget(parent), m_selection(selection) {}

    // nullptr clears the page.
    virtual void setTrace(std::shared_ptr<const LoadedTrace> trace) = 0;
    // Side by side with its twin the page has half the width: its toolbar takes short labels (the long
    // ones move to tooltips) and may wrap. A page without a toolbar ignores it.
    virtual void setCompact(bool compact) { Q_UNUSED(compact); }

protected:
    FunctionSelection* selection() const { return m_selection; }

private:
    FunctionSelection* m_selection;
};

} // namespace breadcrumb::gui
