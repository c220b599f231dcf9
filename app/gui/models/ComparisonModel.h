#pragma once
// Before/after table of RunComparison: per function the verdict (with its p value), calls, total, self Δ,
// avg and P95 side by side with the deltas.

#include "RunComparison.h"

#include <QAbstractTableModel>
#include <vector>

namespace breadcrumb::gui {

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        // The deltas come early so they are visible without scrolling.
        Name,
        Status,
        Verdict,
        PValue,
        TotalBefore,
        TotalAfter,
        DeltaTotal,
        DeltaPercent,
        SelfDelta,
        CallsBefore,
        CallsAfter,
        AvgBefore,
        AvgAfter,
        P95Before,
        P95After,
        Module,
        ColumnCount
    };
    Q_ENUM(Column)
    // FunctionRole gives the function in the before run (-1 when new); this one in the after run (-1 when
    // gone).
    static constexpr int AfterFunctionRole = Qt::UserRole + 40;

    explicit ComparisonModel(QObject* parent = nullptr);

    void setRows(std::vector<ComparisonRow> rows);
    const ComparisonRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ComparisonRow> m_rows;
};

} // namespace breadcrumb::gui
