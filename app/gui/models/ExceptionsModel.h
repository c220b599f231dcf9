#pragma once
// Every exception of the run: time, type, message, raising function, thread, and its outcome (uncaught:
// it ended the run or a thread; handled: and where), as app/core's exceptionOutcomes() decides. A text
// filter keeps the exceptions whose type, message or function contains it; a group (ExceptionGroupsModel)
// can narrow the rows further. A clean SystemExit (the program's normal end, isCleanSystemExit) is left out,
// as the CLI leaves it out.

#include "ExceptionAnalysis.h"
#include "RunData.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <QAbstractTableModel>
#include <vector>

namespace breadcrumb::gui {

class ExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Type,
        Message,
        Function,
        Thread,
        Outcome,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ExceptionsModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunData> run);
    const ExceptionRecord* exceptionAt(int row) const;
    const std::vector<ExceptionOutcome>& outcomes() const { return m_outcomes; }

    // Case-insensitive; matches the type, the message or the raising function's name. Empty: all.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // Only these exceptions (indices into RunData::exceptions), or all with nullopt.
    void setOnly(std::optional<std::vector<std::uint32_t>> exceptions);
    // The exceptions the text filter keeps (before setOnly): what the groups are made of.
    const std::vector<std::uint32_t>& matching() const { return m_matching; }
    int uncaughtCount() const; // among the listed rows

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString outcomeText(std::uint32_t exception) const;
    QString outcomeDetail(std::uint32_t exception) const;

    std::shared_ptr<const RunData> m_run;
    std::vector<ExceptionOutcome> m_outcomes; // per RunData::exceptions
    std::vector<std::uint32_t> m_listed;      // every exception but a clean exit
    std::vector<std::uint32_t> m_matching;    // m_listed through the text filter
    std::vector<std::uint32_t> m_rows;        // row -> index into m_run->exceptions
    QString m_filter;
    std::optional<std::vector<std::uint32_t>> m_only; // sorted
};

} // namespace breadcrumb::gui
