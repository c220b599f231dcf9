#pragma once
// The bar above the views after a reload found a run the program appended to the trace since it was
// opened: it names the new run and offers to switch to it (the view stays on the run the user chose).

#include "TraceTypes.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace breadcrumb::gui {

class NewRunBar : public QFrame
{
    Q_OBJECT

public:
    explicit NewRunBar(QWidget* parent = nullptr);

    void showRun(const RunInfo& run); // shows the bar for this newest run
    std::int64_t runId() const { return m_run; }
    QString text() const;
    QPushButton* switchButton() const { return m_switch; }

Q_SIGNALS:
    void switchRequested(std::int64_t run);

private:
    QLabel* m_label;
    QPushButton* m_switch;
    std::int64_t m_run = 0;
};

} // namespace breadcrumb::gui
