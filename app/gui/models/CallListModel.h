#pragma once
// The calls of one function in start order, optionally only those whose duration lies in a range (the
// range selected in the histogram), optionally sorted by a column.
//
// Rows are not materialised: unfiltered and unsorted (what a selection shows), a row is an index into the
// run's RunData::callsOf() span, so selecting a function with two million calls copies nothing. A row
// vector exists only while a duration range or a sort column is set; the model sorts itself (sort())
// instead of sitting under a QSortFilterProxyModel, whose mapping is two vectors per reset.

#include "RunData.h"

#include <memory>
#include <QAbstractTableModel>
#include <span>
#include <vector>

namespace breadcrumb::gui {

class CallListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Start,
        Duration,
        Self,
        Thread,
        Caller,
        Exception,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CallListModel(QObject* parent = nullptr);

    void setFunction(std::shared_ptr<const RunData> run, std::uint32_t function);
    void clear();
    void setDurationRange(Nanos lo, Nanos hi); // keeps calls with lo <= duration <= hi
    void clearDurationRange();
    bool hasDurationRange() const { return m_hasRange; }
    std::int64_t callAt(int row) const; // -1 for an invalid row
    int rowOfCall(std::uint32_t call) const;
    std::size_t totalCalls() const { return m_all.size(); }
    int sortColumn() const { return m_sortColumn; } // -1: start order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 restores the start order. Kept for the next function and duration range, as a sorting
    // proxy would.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();
    void fillRows(); // m_rows from m_all, the duration range and the sort column
    bool rowsMaterialised() const { return m_hasRange || m_sortColumn >= 0; }
    std::uint32_t callOfRow(std::size_t row) const { return rowsMaterialised() ? m_rows[row] : m_all[row]; }

    std::shared_ptr<const RunData> m_run;
    std::span<const std::uint32_t> m_all; // the function's calls, in m_run (which keeps them alive)
    std::vector<std::uint32_t> m_rows;    // only while rowsMaterialised()
    bool m_hasRange = false;
    Nanos m_lo = 0, m_hi = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace breadcrumb::gui
