#pragma once
// The toolbar's run switcher: every run of the open file (newest first) as "run id · start · duration ·
// command line", the full command line in the item's tooltip. Choosing one asks to show that run.

#include "TraceTypes.h"

#include <QComboBox>
#include <vector>

namespace breadcrumb::gui {

class RunSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit RunSwitcher(QWidget* parent = nullptr);

    void setRuns(const std::vector<RunInfo>& runs, std::int64_t current); // no signal
    void clearRuns();
    std::int64_t runAt(int index) const;
    static QString runText(const RunInfo& run);

Q_SIGNALS:
    void runChosen(std::int64_t run); // only when the user picks another run
};

} // namespace breadcrumb::gui
