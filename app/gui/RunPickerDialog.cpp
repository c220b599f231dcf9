#include "RunPickerDialog.h"

#include "Format.h"

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
        tr("%1 holds %2 runs. Which one do you want to see?").arg(fileName).arg(runs.size()), this);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Run"), tr("Started"), tr("Duration"), tr("Status"), tr("Calls"),
                             tr("Exceptions"), tr("Command line")});
    // A child process's run (os.fork, multiprocessing) sits under the run of the process that started it;
    // a parent not in the list (deleted) leaves it at the top.
    std::unordered_map<std::int64_t, QTreeWidgetItem*> items;
    std::vector<std::pair<QTreeWidgetItem*, std::int64_t>> order;
    for (const RunInfo& run : runs) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QString::number(run.id));
        item->setText(1,
                      toQString(formatIso(run.startNs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        item->setText(2, run.durationNs() > 0 ? msText(run.durationNs()) : tr("unknown"));
        item->setText(3, toQString(run.status));
        item->setText(4, QString::number(run.callCount));
        item->setText(5, QString::number(run.exceptionCount));
        item->setText(6, toQString(run.commandLine));
        item->setData(0, Qt::UserRole, qlonglong(run.id));
        if (run.parentRunId)
            item->setToolTip(0, tr("A child process of run %1").arg(run.parentRunId));
        for (int column : {0, 2, 4, 5})
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
    for (int column = 0; column < 6; ++column)
        m_list->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

std::optional<std::int64_t> RunPickerDialog::selectedRun() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, Qt::UserRole).toLongLong();
}

} // namespace breadcrumb::gui
