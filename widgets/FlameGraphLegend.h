#pragma once
// A one-line legend of the flame graph's colours: a swatch and a label per module or package (most
// expensive first), or the ends of the self-time heat scale. Empty (and hidden) when colours mean nothing
// a legend could say (by function name, or a caller's own colour function).

#include "FrameColors.h"

#include <QWidget>
#include <vector>

namespace breadcrumb {

class FlameGraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit FlameGraphLegend(QWidget* parent = nullptr);

    void setEntries(std::vector<FrameColors::LegendEntry> entries);
    const std::vector<FrameColors::LegendEntry>& entries() const { return m_entries; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<FrameColors::LegendEntry> m_entries;
};

} // namespace breadcrumb
