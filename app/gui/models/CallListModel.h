#pragma once
// The calls of one function in start order, optionally only those whose duration lies in a range (the
// range selected in the histogram).

#include "RunData.h"

#include <memory>
#include <QAbstractTableModel>
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const RunData> m_run;
    std::vector<std::uint32_t> m_all;   // the function's calls
    std::vector<std::uint32_t> m_shown; // after the duration filter
    bool m_hasRange = false;
    Nanos m_lo = 0, m_hi = 0;
};

} // namespace breadcrumb::gui
