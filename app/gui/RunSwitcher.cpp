#include "RunSwitcher.h"

#include "DurationFormat.h"
#include "Format.h"

#include <QSignalBlocker>

namespace breadcrumb::gui {

namespace {

constexpr int kCommandChars = 48; // the combo stays a toolbar item; the tooltip has the whole line

} // namespace

RunSwitcher::RunSwitcher(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("runSwitcher"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The run shown; the file's other runs, newest first"));
    setEnabled(false);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const std::int64_t run = runAt(index);
        if (run > 0)
            emit runChosen(run);
    });
}

QString RunSwitcher::runText(const RunInfo& run)
{
    QString command = toQString(run.commandLine).simplified();
    if (command.size() > kCommandChars)
        command = command.left(kCommandChars - 1) + QChar(0x2026);
    const QString start =
        toQString(formatIso(run.startNs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    const QString duration =
        run.durationNs() > 0 ? formatDuration(run.durationNs()) : tr("running or ended early");
    return tr("Run %1 · %2 · %3 · %4").arg(run.id).arg(start, duration, command);
}

void RunSwitcher::setRuns(const std::vector<RunInfo>& runs, std::int64_t current)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const RunInfo& run : runs) {
        addItem(runText(run), qlonglong(run.id));
        const QString command = toQString(run.commandLine);
        setItemData(count() - 1, command.isEmpty() ? tr("(no command line recorded)") : command,
                    Qt::ToolTipRole);
        if (run.id == current)
            setCurrentIndex(count() - 1);
    }
    setEnabled(count() > 1);
    const int index = currentIndex();
    setToolTip(index >= 0 ? itemData(index, Qt::ToolTipRole).toString() : QString());
}

void RunSwitcher::clearRuns()
{
    const QSignalBlocker blocker(this);
    clear();
    setEnabled(false);
}

std::int64_t RunSwitcher::runAt(int index) const
{
    return index >= 0 && index < count() ? itemData(index).toLongLong() : 0;
}

} // namespace breadcrumb::gui
