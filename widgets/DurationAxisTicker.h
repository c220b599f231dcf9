#pragma once
// A linear axis over milliseconds whose tick labels go through the one duration formatter ("250µs",
// "1.50ms", "2.00s") and whose ticks are spaced so their labels never run together, whatever width the axis
// has (QCustomPlot's own ticker aims at a tick count, not at the room the labels need).

#include <qcustomplot.h>
#include <QPointer>

namespace breadcrumb {

class DurationAxisTicker : public QCPAxisTicker
{
public:
    explicit DurationAxisTicker(QCPAxis* axis);

    // The free room kept between two labels, in pixels.
    static int minimumGap(const QCPAxis* axis);

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                  QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels) override;

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    QPointer<QCPAxis> m_axis;
};

} // namespace breadcrumb
