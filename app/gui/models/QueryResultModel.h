#pragma once
// The rows of one SQL console query. Numbers in duration columns (core's isDurationColumn: *_ms, *_time,
// the rule the CLI's `query` uses) read as durations through the viewer's formatter; the raw value stays
// in the tooltip and sorts.

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
    bool isDurationColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
    std::vector<bool> m_durationColumns;
};

} // namespace breadcrumb::gui
