#pragma once
// The thread filter of the Functions table, the call tree and the flame graph: "All threads" or one thread,
// with the run's 100% next to it (the traced time of the threads shown, summed), so every percentage says
// what it is a share of.

#include "RunData.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;

namespace breadcrumb::gui {

class ThreadFilterBox : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadFilterBox(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const RunData> run); // back to all threads
    std::int32_t thread() const { return m_thread; } // kAllThreads or an index into RunData::threads
    void setThread(std::int32_t thread);
    // Half a window wide: only "100% = 1.7 s", the rest of the sentence in the tooltip.
    void setCompact(bool compact);
    QComboBox* combo() const { return m_combo; }
    QLabel* totalLabel() const { return m_total; }

    // "100% = 1.7 s traced: 5 threads summed" (or the one thread's name).
    static QString tracedText(const RunData& run, std::int32_t thread);

Q_SIGNALS:
    void threadChanged(std::int32_t thread);

private:
    void updateLabel();

    std::shared_ptr<const RunData> m_run;
    QComboBox* m_combo;
    QLabel* m_total;
    std::int32_t m_thread = kAllThreads;
    bool m_compact = false;
};

} // namespace breadcrumb::gui
