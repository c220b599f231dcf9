#include "DurationAxisTicker.h"

#include "DurationFormat.h"

#include <cmath>
#include <QFontMetrics>

namespace breadcrumb {

DurationAxisTicker::DurationAxisTicker(QCPAxis* axis) : m_axis(axis)
{
    setTickCount(6);
}

int DurationAxisTicker::minimumGap(const QCPAxis* axis)
{
    return QFontMetrics(axis->tickLabelFont()).horizontalAdvance(QLatin1Char('M'));
}

QString DurationAxisTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    // Ticks land on round values; a floating remainder (1e-17) must not read "0ns".
    return std::abs(tick) < 1e-9 ? QStringLiteral("0") : formatDurationMs(tick);
}

void DurationAxisTicker::generate(const QCPRange& range, const QLocale& locale, QChar formatChar,
                                  int precision, QVector<double>& ticks, QVector<double>* subTicks,
                                  QVector<QString>* tickLabels)
{
    // Fewer ticks until neighbouring labels keep a gap. The axis rectangle is the one of the last layout;
    // a resize lays out again before it draws (see the plots' resizeEvent).
    const bool horizontal =
        m_axis && (m_axis->axisType() == QCPAxis::atBottom || m_axis->axisType() == QCPAxis::atTop);
    QVector<QString> labels;
    for (int count = 6; count >= 1; --count) {
        setTickCount(count);
        ticks.clear();
        labels.clear();
        if (subTicks)
            subTicks->clear();
        QCPAxisTicker::generate(range, locale, formatChar, precision, ticks, subTicks, &labels);
        if (!horizontal || ticks.size() < 2)
            break;
        const QFontMetrics metrics(m_axis->tickLabelFont());
        const int gap = minimumGap(m_axis);
        bool apart = true;
        for (int i = 0; i + 1 < ticks.size() && apart; ++i) {
            const double a = m_axis->coordToPixel(ticks[i]);
            const double b = m_axis->coordToPixel(ticks[i + 1]);
            const double room = std::abs(b - a);
            const double need =
                (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i + 1])) / 2.0;
            apart = room >= need + gap;
        }
        if (apart)
            break;
    }
    if (tickLabels)
        *tickLabels = labels;
}

} // namespace breadcrumb
