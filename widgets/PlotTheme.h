#pragma once
// Dresses a QCustomPlot in its widget's palette: background, axes, ticks, tick labels, grid and legend.
// QCustomPlot paints fixed black-on-white by default, so a plot calls this on construction and on every
// QEvent::PaletteChange (the application switched between light and dark).

class QCustomPlot;

namespace breadcrumb {

class PlotTheme
{
public:
    static void apply(QCustomPlot* plot);
};

} // namespace breadcrumb
