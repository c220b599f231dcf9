#pragma once
// The slowest-functions table: one row per function of the run with the figures of `breadcrumb performance`.

#include "FunctionStats.h"

#include <memory>
#include <QAbstractTableModel>
#include <vector>

namespace breadcrumb::gui {

class FunctionStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Calls,
        Total,
        Self,
        Avg,
        Median,
        P95,
        P99,
        Min,
        Max,
        Module,
        Location,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FunctionStatsModel(QObject* parent = nullptr);

    // `everyCall` false: the rows come from stored summaries (StoredFunctionStats) and the figures that need
    // every call (Min, Median, P95, P99) are unknown: those cells stay empty rather than show 0.
    void setRun(std::shared_ptr<const RunData> run, std::vector<FunctionSummary> summaries,
                bool everyCall = true);
    bool knows(Column column) const;
    void clear();
    int rowOfFunction(std::uint32_t function) const; // -1 when the function has no row
    const FunctionSummary* summaryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunData> m_run;
    std::vector<FunctionSummary> m_rows;
    std::vector<int> m_rowOfFunction;
    bool m_everyCall = true;
};

} // namespace breadcrumb::gui
