#pragma once
// Two runs' call durations of one function in one histogram: the same bins for both, two translucent
// bar sets (before, after) with a legend. Normalised, a bar is the fraction of its run's calls, so runs
// with different call counts compare by shape.

#include "RunData.h"

#include <qcustomplot.h>
#include <vector>

namespace breadcrumb {

class OverlaidHistogram : public QCustomPlot
{
    Q_OBJECT

public:
    explicit OverlaidHistogram(QWidget* parent = nullptr);

    void setDurations(std::vector<Nanos> before, std::vector<Nanos> after); // ns, any order
    void clear();
    void setRunLabels(const QString& before, const QString& after);

    bool isNormalised() const { return m_normalised; }
    // The bars' heights as drawn (counts, or fractions when normalised), bin by bin, for tests.
    std::vector<double> heights(bool after) const;
    int binCount() const { return int(m_beforeCounts.size()); }

public Q_SLOTS:
    void setNormalised(bool normalised);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QCPBars* m_before;
    QCPBars* m_after;
    std::vector<double> m_edgesMs; // bin edges, one more than bins
    std::vector<int> m_beforeCounts;
    std::vector<int> m_afterCounts;
    bool m_normalised = false;
};

} // namespace breadcrumb
