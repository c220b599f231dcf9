#pragma once
// Exceptions grouped by type or by raise site (app/core's groupExceptions), one row per group: what it is,
// how many, how many uncaught; when the first and the last were raised in the count's tooltip. The largest
// group first.

#include "ExceptionAnalysis.h"

#include <memory>
#include <QAbstractTableModel>
#include <vector>

namespace breadcrumb::gui {

class ExceptionGroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Group,
        Count,
        Uncaught,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ExceptionGroupsModel(QObject* parent = nullptr);

    void setGroups(std::shared_ptr<const RunData> run, std::vector<ExceptionGroup> groups,
                   ExceptionGrouping grouping);
    void clear();
    const ExceptionGroup* groupAt(int row) const;
    ExceptionGrouping grouping() const { return m_grouping; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString groupName(const ExceptionGroup& group) const;

    std::shared_ptr<const RunData> m_run;
    std::vector<ExceptionGroup> m_groups;
    ExceptionGrouping m_grouping = ExceptionGrouping::Type;
};

} // namespace breadcrumb::gui
