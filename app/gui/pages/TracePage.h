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

protected:
    FunctionSelection* selection() const { return m_selection; }

private:
    FunctionSelection* m_selection;
};

} // namespace breadcrumb::gui
