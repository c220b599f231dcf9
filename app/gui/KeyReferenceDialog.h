#pragma once
// Help → Keyboard shortcuts (F1): the keys of KeyReference in a table, grouped by where they work.

#include <QDialog>

class QTableWidget;

namespace breadcrumb::gui {

class KeyReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyReferenceDialog(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace breadcrumb::gui
