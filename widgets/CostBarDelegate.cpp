#include "CostBarDelegate.h"

#include <algorithm>
#include <QApplication>
#include <QPainter>

namespace breadcrumb {

CostBarDelegate::CostBarDelegate(int fractionRole, QObject* parent)
    : QStyledItemDelegate(parent), m_role(fractionRole)
{
}

QColor CostBarDelegate::barColor(const QPalette& palette)
{
    QColor color = palette.color(QPalette::Highlight);
    color.setAlpha(90);
    return color;
}

void CostBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const Qt::Alignment alignment = opt.displayAlignment;
    opt.text.clear(); // background, focus and selection from the style; the text goes over the bar
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double fraction = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    const QRect area = opt.rect.adjusted(2, 3, -2, -3);
    const int width = int(area.width() * fraction + 0.5);
    if (width > 0 && !(opt.state & QStyle::State_Selected)) {
        painter->fillRect(QRect(area.left(), area.top(), width, area.height()), barColor(opt.palette));
    } else if (width > 0) {
        QColor selected = opt.palette.color(QPalette::HighlightedText);
        selected.setAlpha(70);
        painter->fillRect(QRect(area.left(), area.top(), width, area.height()), selected);
    }

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->save();
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, int(alignment),
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace breadcrumb
