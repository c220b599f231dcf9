#pragma once
// Before/after total time of the functions that changed most between two runs (horizontal bars).

#include "RunComparison.h"

#include <qcustomplot.h>
#include <QPointer>
#include <vector>

namespace breadcrumb {

class ComparisonBarChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ComparisonBarChart(QWidget* parent = nullptr);
    ~ComparisonBarChart() override;

    // Shows the first topN rows (compare() sorts by |deltaTotal|). Row indices in signals refer to `rows`.
    void setComparison(const std::vector<ComparisonRow>& rows, int topN = 15);
    // The rows in `order` (indices into `rows`, e.g. a sorted table's), the first topN of them.
    void setComparison(const std::vector<ComparisonRow>& rows, const std::vector<int>& order, int topN = 15);
    void setRunLabels(const QString& before, const QString& after);
    void clear();

    int barCount() const { return static_cast<int>(m_rows.size()); }
    // The rows shown, top to bottom (indices into the vector given to setComparison).
    std::vector<int> shownRows() const;
    // The row index (into the vector given to setComparison) under a widget position, or -1.
    int rowAt(const QPoint& pos) const;
    QString toolTipForRow(int row) const;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Entry
    {
        int row = -1;
        QString name;
        double beforeMs = 0;
        double afterMs = 0;
        std::optional<double> deltaPercent;
    };
    void rebuild();

    std::vector<Entry> m_rows; // top to bottom
    QString m_beforeLabel;
    QString m_afterLabel;
    QPointer<QCPBars> m_before;
    QPointer<QCPBars> m_after;
    std::vector<QPointer<QCPItemText>> m_deltaLabels;
};

} // namespace breadcrumb
