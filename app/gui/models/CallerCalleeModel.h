#pragma once
// Base of CallersModel and CalleesModel: the functions on one side of the selected function with calls,
// total time and share of the function's time.

#include "CallerCalleeIndex.h"
#include "FunctionStats.h"

#include <memory>
#include <QAbstractTableModel>
#include <vector>

namespace breadcrumb::gui {

class CallerCalleeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Calls,
        Total,
        Share,
        ColumnCount
    };
    Q_ENUM(Column)

    // With `index` (the run's, built when it loaded) the lists are read from it instead of computed from
    // the calls: the same rows, in milliseconds instead of seconds at 10 M calls.
    void setFunction(std::shared_ptr<const RunData> run, std::uint32_t function,
                     const CallerCalleeIndex* index = nullptr);
    void clear();
    int functionAt(int row) const; // -1 for "<root>" or an invalid row

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    explicit CallerCalleeModel(QObject* parent);
    virtual std::vector<CallerCalleeEntry> entries(const RunData& run, std::uint32_t function,
                                                   const CallerCalleeIndex* index) const = 0;
    virtual QString nameHeader() const = 0;
    virtual QString totalToolTip() const = 0;

private:
    std::shared_ptr<const RunData> m_run;
    std::int64_t m_function = -1; // the selected function, what Share is a share of
    std::vector<CallerCalleeEntry> m_rows;
};

} // namespace breadcrumb::gui
