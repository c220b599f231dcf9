#pragma once
// SQL over the read-only trace: an editor with history (Ctrl+Enter runs, Ctrl+Up/Down recall), the rows in
// a table, SQLite's errors inline, and a Cancel button. Queries run on a worker thread.

#include "TraceDatabase.h"
#include "TracePage.h"

#include <atomic>
#include <memory>
#include <QElapsedTimer>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace breadcrumb::gui {

class QueryResultModel;

class SqlConsolePage : public TracePage
{
    Q_OBJECT

public:
    explicit SqlConsolePage(FunctionSelection* selection, QWidget* parent = nullptr);
    ~SqlConsolePage() override;

    void setTrace(std::shared_ptr<const LoadedTrace> trace) override;

    QPlainTextEdit* editor() const { return m_editor; }
    QTableView* resultTable() const { return m_table; }
    QueryResultModel* resultModel() const { return m_model; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString statusText() const;
    bool isRunning() const { return m_watcher != nullptr; }
    QStringList history() const { return m_history; }

public Q_SLOTS:
    void runQuery();
    void cancelQuery();

Q_SIGNALS:
    void queryFinished(); // rows shown or an error reported

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public:
    struct Outcome
    {
        QueryResult result;
        QString error;
        int errorOffset = -1; // bytes into the SQL
        bool canceled = false;
    };

private:
    void onFinished();
    void setRunning(bool running);
    void recall(int step);
    void addToHistory(const QString& sql);

    std::shared_ptr<const LoadedTrace> m_trace;
    QPlainTextEdit* m_editor;
    QComboBox* m_historyBox;
    QCheckBox* m_thisRunOnly;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QLabel* m_status;
    QueryResultModel* m_model;
    QTableView* m_table;
    QStringList m_history;
    int m_historyPos = -1;
    QString m_runningSql;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
    QElapsedTimer m_clock;
};

} // namespace breadcrumb::gui
