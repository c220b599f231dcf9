#include "RunPickerDialog.h"

#include "Format.h"

#include <algorithm>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <unordered_map>
#include <utility>

namespace breadcrumb::gui {

namespace {
// Whether `item` is `ancestor` or lies below it: attaching `ancestor` under `item` would close a loop.
bool isDescendant(const QTreeWidgetItem* item, const QTreeWidgetItem* ancestor)
{
    for (; item; item = item->parent())
        if (item == ancestor)
            return true;
    return false;
}
} // namespace

RunPickerDialog::RunPickerDialog(const QString& fileName, const std::vector<RunInfo>& runs, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("runPicker"));
    setWindowTitle(tr("Choose a run"));
    auto* label = new QLabel(
        tr("%1 holds %n run(s). Which one do you want to see?", nullptr, int(runs.size())).arg(fileName),
        this);
    m_list->setAlternatingRowColors(true);
    // The command line comes second: it is often the only thing telling runs apart (`--optimized`).
    m_list->setHeaderLabels({tr("Run"), tr("Command line"), tr("Started"), tr("Duration"), tr("Status"),
                             tr("Calls"), tr("Exceptions")});
    // A child process's run (os.fork, multiprocessing) sits under the run of the process that started it;
    // a parent not in the list (deleted) leaves it at the top.
    std::unordered_map<std::int64_t, QTreeWidgetItem*> items;
    std::vector<std::pair<QTreeWidgetItem*, std::int64_t>> order;
    for (const RunInfo& run : runs) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QString::number(run.id));
        item->setText(1, toQString(run.commandLine));
        item->setText(2,
                      toQString(formatIso(run.startNs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        item->setText(3, run.durationNs() > 0 ? msText(run.durationNs()) : tr("unknown"));
        item->setText(4, toQString(run.status));
        item->setText(5, QString::number(run.callCount));
        item->setText(6, QString::number(run.exceptionCount));
        // The column cuts long command lines: every cell of the row tells the whole one on hover.
        const QString command =
            run.commandLine.empty() ? tr("(no command line recorded)") : toQString(run.commandLine);
        for (int column = 0; column < 7; ++column)
            item->setToolTip(column, command);
        item->setData(0, Qt::UserRole, qlonglong(run.id));
        if (run.parentRunId)
            item->setToolTip(0, tr("A child process of run %1").arg(run.parentRunId) + QLatin1Char('\n') +
                                    command);
        for (int column : {0, 3, 5, 6})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        items.emplace(run.id, item);
        order.emplace_back(item, run.parentRunId);
    }
    bool nested = false;
    for (const auto& [item, parentId] : order) {
        const auto parent = parentId && parentId != item->data(0, Qt::UserRole).toLongLong()
                                ? items.find(parentId)
                                : items.end();
        // a link that would close a loop (a hostile file) leaves the run at the top: every run stays pickable
        if (parent != items.end() && !isDescendant(parent->second, item)) {
            parent->second->addChild(item);
            nested = true;
        } else {
            m_list->addTopLevelItem(item);
        }
    }
    m_list->setRootIsDecorated(nested);
    m_list->expandAll();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < 7; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(
        1, std::min(m_list->columnWidth(1), 420)); // long command lines elide; the tooltip has all

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 360);
}

std::optional<std::int64_t> RunPickerDialog::selectedRun() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, Qt::UserRole).toLongLong();
}

} // namespace breadcrumb::gui
