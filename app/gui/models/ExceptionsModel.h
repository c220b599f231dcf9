#pragma once
// Every exception of the run: time, type, message, raising function, thread, and whether it escaped.
// A clean SystemExit (the program's normal end, isCleanSystemExit) is left out, as the CLI leaves it out.

#include "RunData.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace breadcrumb::gui {

class ExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Type, Message, Function, Thread, Escaped, ColumnCount };
    Q_ENUM(Column)

    explicit ExceptionsModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunData> run);
    const ExceptionRecord* exceptionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunData> m_run;
    std::vector<std::uint32_t> m_rows; // row -> index into m_run->exceptions
};

} // namespace breadcrumb::gui
