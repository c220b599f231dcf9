#pragma once
// Draws a cell's share as a bar behind its text (hotspot's inline cost bars), so the expensive rows of a
// tree or table stand out without reading the numbers. The share, a fraction in [0, 1], comes from an
// item data role the view's model provides.

#include <QStyledItemDelegate>

namespace breadcrumb {

class CostBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CostBarDelegate(int fractionRole, QObject* parent = nullptr);

    // The bar's colour on a palette: the highlight, light enough for the text to stay readable.
    static QColor barColor(const QPalette& palette);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace breadcrumb
