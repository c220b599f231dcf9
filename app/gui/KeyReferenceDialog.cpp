#include "KeyReferenceDialog.h"

#include "KeyReference.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace breadcrumb::gui {

KeyReferenceDialog::KeyReferenceDialog(QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("keyReference"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<KeyBinding> bindings = KeyReference::bindings();
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action"), tr("Where")});
    m_table->setRowCount(int(bindings.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    QFont keyFont = font();
    keyFont.setBold(true);
    for (int row = 0; row < bindings.size(); ++row) {
        auto* key = new QTableWidgetItem(bindings[row].keys);
        key->setFont(keyFont);
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, new QTableWidgetItem(bindings[row].action));
        m_table->setItem(row, 2, new QTableWidgetItem(bindings[row].where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Tall enough for the whole list without scrolling, wide enough for the longest action.
    const int rows = m_table->verticalHeader()->length() + m_table->horizontalHeader()->height();
    resize(std::max(640, m_table->horizontalHeader()->length() + 40), std::min(720, rows + 90));
}

} // namespace breadcrumb::gui
