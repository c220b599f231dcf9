#pragma once
// Lets the user pick one run when a trace file holds several (newest first, newest preselected).

#include "TraceTypes.h"

#include <optional>
#include <QDialog>
#include <vector>

class QTreeWidget;

namespace breadcrumb::gui {

class RunPickerDialog : public QDialog
{
    Q_OBJECT

public:
    RunPickerDialog(const QString& fileName, const std::vector<RunInfo>& runs, QWidget* parent = nullptr);

    std::optional<std::int64_t> selectedRun() const;
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace breadcrumb::gui
