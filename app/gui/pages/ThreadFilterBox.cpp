#include "ThreadFilterBox.h"

#include "Format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace breadcrumb::gui {

ThreadFilterBox::ThreadFilterBox(QWidget* parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_total(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("threadFilter"));
    m_combo->setToolTip(tr("Show the calls of all threads or of one thread"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never squeezed to "All threa"
    m_total->setObjectName(QStringLiteral("tracedTotal"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_total);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const std::int32_t thread = index <= 0 ? kAllThreads : std::int32_t(m_combo->itemData(index).toInt());
        if (thread == m_thread)
            return;
        m_thread = thread;
        updateLabel();
        Q_EMIT threadChanged(thread);
    });
}

void ThreadFilterBox::setRun(std::shared_ptr<const RunData> run)
{
    m_run = std::move(run);
    m_thread = kAllThreads;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const int threads = m_run ? int(m_run->threads.size()) : 0;
    m_combo->addItem(tr("All threads (%n)", nullptr, threads), kAllThreads);
    for (int t = 0; t < threads; ++t)
        m_combo->addItem(toQString(m_run->threads[std::size_t(t)].name), t);
    m_combo->setVisible(threads > 1);
    setCompact(m_compact); // the first item's length changed
}

void ThreadFilterBox::setThread(std::int32_t thread)
{
    const int index = m_combo->findData(thread);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

QString ThreadFilterBox::tracedText(const RunData& run, std::int32_t thread)
{
    const QString time = msText(run.tracedNs(thread));
    if (thread == kAllThreads && run.threads.size() == 1)
        thread = 0;
    if (thread != kAllThreads && std::size_t(thread) < run.threads.size())
        return tr("100% = %1 traced on %2").arg(time, toQString(run.threads[std::size_t(thread)].name));
    return tr("100% = %1 traced: %n thread(s) summed", nullptr, int(run.threads.size())).arg(time);
}

void ThreadFilterBox::setCompact(bool compact)
{
    m_compact = compact;
    updateLabel();
}

void ThreadFilterBox::updateLabel()
{
    const QString full = m_run ? tracedText(*m_run, m_thread) : QString();
    const QString why = tr("What percentages are shares of: the traced time of the threads shown, summed. A "
                           "thread's traced time is the time its traced calls ran; threads running side by "
                           "side add up, so this can exceed the run's wall time.");
    if (m_compact && m_run) {
        m_total->setText(tr("100% = %1").arg(msText(m_run->tracedNs(m_thread))));
        m_total->setToolTip(full + QStringLiteral("\n\n") + why);
    } else {
        m_total->setText(full);
        m_total->setToolTip(why);
    }
}

} // namespace breadcrumb::gui
