#include "PlotTheme.h"

#include "ThemeColors.h"

#include <qcustomplot.h>

namespace breadcrumb {

void PlotTheme::apply(QCustomPlot* plot)
{
    const QPalette& palette = plot->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor axisColor = ThemeColors::axis(palette);
    plot->setBackground(base);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(axisColor, 1));
            axis->setTickPen(QPen(axisColor, 1));
            axis->setSubTickPen(QPen(axisColor, 1));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->setSelectedTickLabelColor(palette.color(QPalette::Highlight));
            axis->setSelectedLabelColor(palette.color(QPalette::Highlight));
            axis->grid()->setPen(QPen(ThemeColors::grid(palette), 1, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(ThemeColors::subGrid(palette), 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(ThemeColors::grid(palette), 1));
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(base);
        plot->legend->setTextColor(text);
        plot->legend->setSelectedTextColor(palette.color(QPalette::Highlight));
    }
}

} // namespace breadcrumb
