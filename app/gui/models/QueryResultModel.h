#pragma once
// The rows of one SQL console query.

#include "TraceDatabase.h"

#include <QAbstractTableModel>

namespace breadcrumb::gui {

class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit QueryResultModel(QObject* parent = nullptr);

    void setResult(QueryResult result);
    void clear();
    const QueryResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
};

} // namespace breadcrumb::gui
