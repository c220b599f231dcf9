#include "HistogramPlot.h"

#include "DurationAxisTicker.h"
#include "DurationFormat.h"
#include "FunctionStats.h"
#include "PlotTheme.h"
#include "ThemeColors.h"

#include <algorithm>
#include <cmath>
#include <QHelpEvent>
#include <QToolTip>

namespace breadcrumb {

namespace {

constexpr double kMinLogMs = 1e-6; // 1 ns: log axes cannot show zero
constexpr int kDragThresholdPx = 4;

double toMs(Nanos ns)
{
    return static_cast<double>(ns) / 1e6;
}

Nanos toNs(double ms)
{
    return static_cast<Nanos>(std::llround(ms * 1e6));
}

} // namespace

HistogramPlot::HistogramPlot(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumSize(240, 160);
    yAxis->setLabel(tr("Calls"));
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    xAxis->grid()->setVisible(false);
    setMouseTracking(true);

    m_selectionRect = new QCPItemRect(this); // owned by the plot
    m_selectionRect->setLayer(QStringLiteral("overlay"));
    m_selectionRect->setPen(QPen(QColor(30, 100, 200), 1));
    m_selectionRect->setBrush(QColor(30, 100, 200, 50));
    m_selectionRect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionRect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionRect->setVisible(false);

    m_emptyText = new QCPItemText(this);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setText(tr("No function selected"));
    PlotTheme::apply(this);
    clear();
}

HistogramPlot::~HistogramPlot() = default;

void HistogramPlot::setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function)
{
    if (!run || function >= run->functions.size()) {
        clear();
        return;
    }
    setDurations(FunctionStats::durations(*run, function));
}

void HistogramPlot::setDurations(std::vector<Nanos> durations)
{
    setDurations(std::make_shared<const std::vector<Nanos>>(std::move(durations)));
}

void HistogramPlot::setDurations(std::shared_ptr<const std::vector<Nanos>> durations,
                                 const FunctionSummary* figures)
{
    m_durations = durations ? std::move(durations) : std::make_shared<const std::vector<Nanos>>();
    m_min = m_max = 0;
    m_p50 = m_p95 = m_p99 = 0;
    if (figures && figures->calls == static_cast<std::int64_t>(m_durations->size())) {
        m_min = figures->min;
        m_max = figures->max;
        m_p50 = figures->median / 1e6;
        m_p95 = figures->p95 / 1e6;
        m_p99 = figures->p99 / 1e6;
    } else if (!m_durations->empty()) {
        std::vector<Nanos> values = *m_durations; // selection reorders
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        m_min = *lo;
        m_max = *hi;
        m_p50 = FunctionStats::percentileUnsorted(values, 50) / 1e6;
        m_p95 = FunctionStats::percentileUnsorted(values, 95) / 1e6;
        m_p99 = FunctionStats::percentileUnsorted(values, 99) / 1e6;
    }
    m_hasSelection = false;
    m_dragging = false;
    rebuild();
}

void HistogramPlot::clear()
{
    m_durations = std::make_shared<const std::vector<Nanos>>();
    m_min = m_max = 0;
    m_p50 = m_p95 = m_p99 = 0;
    m_hasSelection = false;
    m_dragging = false;
    rebuild();
}

void HistogramPlot::setLogScale(bool log)
{
    if (log == m_logScale)
        return;
    m_logScale = log;
    rebuild();
    Q_EMIT logScaleChanged(log);
}

void HistogramPlot::clearSelection()
{
    const bool had = m_hasSelection;
    m_hasSelection = false;
    updateSelectionItem();
    replot();
    if (had)
        Q_EMIT selectionCleared();
}

void HistogramPlot::setSelection(Nanos lo, Nanos hi)
{
    m_hasSelection = true;
    m_selLo = std::min(lo, hi);
    m_selHi = std::max(lo, hi);
    updateSelectionItem();
    replot();
}

void HistogramPlot::removeDataItems()
{
    for (auto& item : m_binRects)
        if (item)
            removeItem(item);
    for (auto& item : m_markerLines)
        if (item)
            removeItem(item);
    for (auto& item : m_markerLabels)
        if (item)
            removeItem(item);
    m_binRects.clear();
    m_markerLines.clear();
    m_markerLabels.clear();
    m_markerLabelMs.clear();
}

void HistogramPlot::rebuild()
{
    removeDataItems();
    m_bins.clear();
    m_emptyText->setColor(palette().color(QPalette::PlaceholderText));

    xAxis->setScaleType(m_logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_logScale) {
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setSubTickCount(8);
        xAxis->setTicker(ticker);
        xAxis->setNumberFormat(QStringLiteral("gb"));
        xAxis->setLabel(tr("Call duration (ms)"));
    } else {
        // Tick labels in the unit of the scale ("250µs", "1.50ms"), spaced for the axis' width.
        xAxis->setTicker(QSharedPointer<DurationAxisTicker>::create(xAxis));
        xAxis->setLabel(tr("Call duration"));
    }

    if (m_durations->empty()) {
        m_emptyText->setVisible(true);
        xAxis->setRange(m_logScale ? QCPRange(0.01, 100) : QCPRange(0, 1));
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        yAxis->setRange(0, 1);
        updateSelectionItem();
        replot();
        return;
    }
    m_emptyText->setVisible(false);

    // Bin edges: equal widths on the axis being shown (linear ms or log10 ms).
    const auto axisValue = [this](double ms) {
        return m_logScale ? std::log10(std::max(ms, kMinLogMs)) : ms;
    };
    const auto fromAxis = [this](double v) { return m_logScale ? std::pow(10.0, v) : v; };
    double lo = axisValue(toMs(m_min));
    double hi = axisValue(toMs(m_max));
    // All calls equally long (one call, or a steady function): one thin bar at the value, not a bin as wide
    // as the padding around it.
    const bool oneValue = hi - lo < 1e-12;
    const double value = lo;
    if (oneValue) {
        const double pad = m_logScale ? 0.1 : std::max(std::abs(lo) * 0.1, 0.001);
        lo -= pad;
        hi += pad;
    }
    if (!m_logScale)
        lo = std::max(lo, 0.0);
    const int n = static_cast<int>(m_durations->size());
    const int binCount =
        oneValue ? 1 : std::clamp(static_cast<int>(std::ceil(2.0 * std::cbrt(n))), 1, 60); // Rice rule
    const double step = (hi - lo) / binCount;
    m_bins.resize(binCount);
    for (int i = 0; i < binCount; ++i) {
        m_bins[i].loMs = fromAxis(lo + step * i);
        m_bins[i].hiMs = fromAxis(i == binCount - 1 ? hi : lo + step * (i + 1));
        m_bins[i].drawLoMs = m_bins[i].loMs;
        m_bins[i].drawHiMs = m_bins[i].hiMs;
    }
    if (oneValue) {
        const double half = (hi - lo) / 80; // about 1% of the axis each side
        m_bins[0].loMs = m_bins[0].hiMs = fromAxis(value);
        m_bins[0].drawLoMs = fromAxis(value - half);
        m_bins[0].drawHiMs = fromAxis(value + half);
    }
    for (const Nanos d : *m_durations) {
        const int i =
            oneValue ? 0 : std::clamp(static_cast<int>((axisValue(toMs(d)) - lo) / step), 0, binCount - 1);
        ++m_bins[i].count;
    }
    int maxCount = 0;
    for (const Bin& bin : m_bins)
        maxCount = std::max(maxCount, bin.count);

    const QColor fill(232, 126, 52);
    for (const Bin& bin : m_bins) {
        if (bin.count == 0)
            continue;
        auto* rect = new QCPItemRect(this); // owned by the plot
        rect->setPen(QPen(fill.darker(140), 1));
        rect->setBrush(fill);
        rect->topLeft->setCoords(bin.drawLoMs, bin.count);
        rect->bottomRight->setCoords(bin.drawHiMs, 0);
        rect->setSelectable(false);
        m_binRects.emplace_back(rect);
    }

    const double margin = (hi - lo) * 0.04;
    xAxis->setRange(fromAxis(lo - margin), fromAxis(hi + margin));
    yAxis->setRange(0, maxCount * 1.35 + 0.5); // headroom for the percentile labels
    // Counts are whole numbers: ticks on integer multiples of a 1-2-5 step only.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    const double rough = std::max(1.0, (maxCount * 1.35) / 5);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double tickStep = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (magnitude * m >= rough) {
            tickStep = magnitude * m;
            break;
        }
    ticker->setTickStep(tickStep);
    yAxis->setTicker(ticker);
    yAxis->setSubTicks(false);

    // P50/P95/P99 markers. Percentiles that print the same share one label ("P50 = P95 = P99 1.00ms");
    // placeMarkerLabels() stacks the labels so none hides another.
    const struct
    {
        const char* name;
        double ms;
        QColor color;
    } markers[] = {{"P50", m_p50, QColor(40, 120, 40)},
                   {"P95", m_p95, QColor(200, 120, 0)},
                   {"P99", m_p99, QColor(190, 30, 30)}};
    const QColor base = palette().color(QPalette::Base);
    QColor labelBackground = base;
    labelBackground.setAlpha(220);
    QString lastValue;
    for (const auto& m : markers) {
        const QColor color = ThemeColors::readableOn(m.color, base);
        auto* line = new QCPItemStraightLine(this);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        line->point1->setCoords(m.ms, 0);
        line->point2->setCoords(m.ms, 1);
        line->setSelectable(false);
        m_markerLines.emplace_back(line);

        const QString value = formatDurationMs(m.ms);
        if (!m_markerLabels.empty() && value == lastValue) {
            QCPItemText* shared = m_markerLabels.back();
            const QString text = shared->text();
            shared->setText(text.left(text.size() - value.size() - 1) + QStringLiteral(" = ") +
                            QLatin1String(m.name) + QLatin1Char(' ') + value);
            shared->setColor(ThemeColors::readableOn(color, base, 4.5)); // the highest percentile's colour
            continue;
        }
        lastValue = value;
        auto* label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(std::max(m.ms, m_logScale ? kMinLogMs : 0.0), 0.02);
        m_markerLabelMs.push_back(std::max(m.ms, m_logScale ? kMinLogMs : 0.0));
        label->setPadding(QMargins(4, 1, 4, 1));
        label->setText(QStringLiteral("%1 %2").arg(QLatin1String(m.name), value));
        label->setColor(ThemeColors::readableOn(color, base, 4.5));
        label->setBrush(labelBackground);
        label->setSelectable(false);
        m_markerLabels.emplace_back(label);
    }
    placeMarkerLabels();
    updateSelectionItem();
    replot();
}

void HistogramPlot::placeMarkerLabels()
{
    // Labels are placed in pixels: each goes on the highest row where it clears the labels already there,
    // right of its line, or left of it near the right edge.
    const QRect area = axisRect()->rect();
    if (area.height() <= 0 || area.width() <= 0)
        return;
    std::vector<std::vector<std::pair<double, double>>> rows; // per row: the x extents taken
    for (std::size_t i = 0; i < m_markerLabels.size(); ++i) {
        QCPItemText* label = m_markerLabels[i];
        if (!label)
            continue;
        const QFontMetrics metrics(label->font());
        const double width = metrics.horizontalAdvance(label->text()) + 8 + 6; // padding and a gap
        const double height = metrics.height() + 2 + 2;
        const double x = xAxis->coordToPixel(m_markerLabelMs[i]);
        // Right of the line; left of it where it would pass the right edge; inside the plot either way.
        double left = x + width > area.right() ? x - width : x;
        left = std::max(double(area.left()), std::min(left, area.right() - width));
        std::size_t row = 0;
        for (; row < rows.size(); ++row) {
            const bool clear = std::none_of(rows[row].begin(), rows[row].end(), [&](const auto& taken) {
                return left < taken.second && taken.first < left + width;
            });
            if (clear)
                break;
        }
        if (row == rows.size())
            rows.emplace_back();
        rows[row].emplace_back(left, left + width);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setTypeX(QCPItemPosition::ptAbsolute);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(left, (2 + row * height) / area.height());
    }
}

void HistogramPlot::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    replot(rpImmediateRefresh); // lay out at the new size, then place the labels and ticks for it
    placeMarkerLabels();
    replot(rpQueuedReplot);
}

QStringList HistogramPlot::markerLabelTexts() const
{
    QStringList texts;
    for (const auto& label : m_markerLabels)
        if (label)
            texts << label->text();
    return texts;
}

QList<QRectF> HistogramPlot::markerLabelRects() const
{
    QList<QRectF> rects;
    for (const auto& label : m_markerLabels)
        if (label)
            rects
                << QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
    return rects;
}

void HistogramPlot::updateSelectionItem()
{
    m_selectionRect->setVisible(m_hasSelection || m_dragging);
    if (!m_hasSelection && !m_dragging)
        return;
    m_selectionRect->topLeft->setCoords(std::max(toMs(m_selLo), m_logScale ? kMinLogMs : toMs(m_selLo)), 0);
    m_selectionRect->bottomRight->setCoords(std::max(toMs(m_selHi), m_logScale ? kMinLogMs : toMs(m_selHi)),
                                            1);
}

double HistogramPlot::pixelForMs(double ms) const
{
    return xAxis->coordToPixel(m_logScale ? std::max(ms, kMinLogMs) : ms);
}

double HistogramPlot::msForPixel(double x) const
{
    return xAxis->pixelToCoord(x);
}

int HistogramPlot::binAt(const QPoint& pos) const
{
    if (!axisRect()->rect().contains(pos))
        return -1;
    const double ms = msForPixel(pos.x());
    const double count = yAxis->pixelToCoord(pos.y());
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
        const Bin& bin = m_bins[i];
        if (ms >= bin.drawLoMs && ms <= bin.drawHiMs)
            return (bin.count > 0 && count <= bin.count) ? i : -1;
    }
    return -1;
}

QString HistogramPlot::toolTipAt(const QPoint& pos) const
{
    const int i = binAt(pos);
    if (i < 0)
        return {};
    const Bin& bin = m_bins[i];
    const double share = m_durations->empty() ? 0 : static_cast<double>(bin.count) / m_durations->size();
    const QString range = bin.loMs == bin.hiMs
                              ? formatDurationMs(bin.loMs)
                              : tr("%1 – %2").arg(formatDurationMs(bin.loMs), formatDurationMs(bin.hiMs));
    return tr("%n call(s) (%1)", nullptr, bin.count).arg(formatPercent(share)) + QLatin1Char('\n') + range;
}

void HistogramPlot::changeEvent(QEvent* event)
{
    // The items take their colours when they are made: make them again in the new scheme.
    if (event->type() == QEvent::PaletteChange) {
        PlotTheme::apply(this);
        rebuild();
    }
    QCustomPlot::changeEvent(event);
}

bool HistogramPlot::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

void HistogramPlot::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !m_durations->empty() &&
        axisRect()->rect().contains(event->position().toPoint())) {
        m_dragging = true;
        m_dragStartX = event->position().x();
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void HistogramPlot::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QRect r = axisRect()->rect();
        const double x = std::clamp(event->position().x(), double(r.left()), double(r.right()));
        if (std::abs(x - m_dragStartX) >= kDragThresholdPx) {
            m_selLo = std::max<Nanos>(0, toNs(msForPixel(std::min(x, m_dragStartX))));
            m_selHi = std::max<Nanos>(0, toNs(msForPixel(std::max(x, m_dragStartX))));
            updateSelectionItem();
            replot(rpQueuedReplot);
        }
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
}

void HistogramPlot::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    event->accept();
    const QRect r = axisRect()->rect();
    const double x = std::clamp(event->position().x(), double(r.left()), double(r.right()));
    if (std::abs(x - m_dragStartX) < kDragThresholdPx) { // a click: drop the selection
        clearSelection();
        return;
    }
    m_hasSelection = true;
    m_selLo = std::max<Nanos>(0, toNs(msForPixel(std::min(x, m_dragStartX))));
    m_selHi = std::max<Nanos>(0, toNs(msForPixel(std::max(x, m_dragStartX))));
    updateSelectionItem();
    replot();
    Q_EMIT rangeSelected(m_selLo, m_selHi);
}

} // namespace breadcrumb
