#include "SqlConsolePage.h"

#include "Format.h"
#include "ModelRoles.h"
#include "QueryResultModel.h"
#include "ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBlock>
#include <QVBoxLayout>

namespace breadcrumb::gui {

namespace {

constexpr int kMaxHistory = 50;
constexpr std::size_t kMaxRows = 200000; // more would only make the table slow; the status says so

const char* const kExampleQuery = "SELECT function_name, COUNT(*) AS calls, AVG(duration_ms) AS avg_ms,\n"
                                  "       MAX(duration_ms) AS max_ms\n"
                                  "FROM events\n"
                                  "WHERE event_type = 'call' AND duration_ms > 0\n"
                                  "GROUP BY function_name\n"
                                  "ORDER BY avg_ms DESC\n"
                                  "LIMIT 10";

} // namespace

SqlConsolePage::SqlConsolePage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_editor(new QPlainTextEdit(this)), m_historyBox(new QComboBox(this)),
      m_thisRunOnly(new QCheckBox(tr("Only this run"), this)), m_run(new QPushButton(tr("Run"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)),
      m_model(new QueryResultModel(this)), m_table(new QTableView(this))
{
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(kExampleQuery));
    m_editor->setToolTip(tr("Ctrl+Enter runs the query; Ctrl+Up / Ctrl+Down recall earlier ones"));
    m_editor->installEventFilter(this);

    m_history = QSettings().value(QStringLiteral("sql/history")).toStringList();
    m_historyBox->setObjectName(QStringLiteral("sqlHistory"));
    m_historyBox->setPlaceholderText(tr("History"));
    m_historyBox->setMinimumContentsLength(30);
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString& sql : m_history)
        m_historyBox->addItem(sql.simplified(), sql);
    m_historyBox->setCurrentIndex(-1);
    connect(m_historyBox, &QComboBox::activated, this,
            [this](int index) { m_editor->setPlainText(m_historyBox->itemData(index).toString()); });

    m_thisRunOnly->setChecked(true);
    m_thisRunOnly->setToolTip(tr("Restrict the events view to the run shown in the window"));
    m_run->setObjectName(QStringLiteral("sqlRun"));
    m_run->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_cancel->setObjectName(QStringLiteral("sqlCancel"));
    m_cancel->setEnabled(false);
    m_status->setObjectName(QStringLiteral("sqlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("sqlResults"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_thisRunOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_historyBox);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sqlSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &SqlConsolePage::runQuery);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsolePage::cancelQuery);
    setRunning(false);
}

SqlConsolePage::~SqlConsolePage()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_watcher)
        m_watcher->waitForFinished();
}

void SqlConsolePage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    cancelQuery();
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker holds the old reader; let it finish before it goes
    m_trace = std::move(trace);
    m_model->clear();
    m_status->clear();
    setRunning(false);
}

QString SqlConsolePage::statusText() const
{
    return m_status->text();
}

void SqlConsolePage::runQuery()
{
    if (!m_trace || m_watcher)
        return;
    const QString sql = m_editor->toPlainText().trimmed();
    if (sql.isEmpty())
        return;
    addToHistory(sql);
    m_runningSql = sql;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    QueryOptions options;
    options.maxRows = kMaxRows;
    options.cancel = m_cancelFlag.get();
    // The time, memory and size limits are the core's defaults, as for `breadcrumb query` and MCP: a
    // query from a history or a shared snippet must not be able to take the viewer down.
    if (m_thisRunOnly->isChecked())
        options.run = m_trace->main->data->run.id;
    auto reader = m_trace->main->reader;
    auto flag = m_cancelFlag; // keeps the flag alive as long as the worker
    m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &SqlConsolePage::onFinished);
    m_watcher->setFuture(QtConcurrent::run([reader, flag, options, text = sql.toStdString()] {
        Outcome outcome;
        try {
            outcome.result = reader->database().query(text, options);
        } catch (const TraceError& error) {
            if (error.kind() == TraceError::Kind::Interrupted && *flag)
                outcome.canceled = true;
            outcome.error = QString::fromUtf8(error.what());
            outcome.errorOffset = error.offset;
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
    m_clock.start();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Running…"));
    setRunning(true);
}

void SqlConsolePage::cancelQuery()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
}

void SqlConsolePage::onFinished()
{
    Outcome outcome = m_watcher->result();
    m_watcher.reset();
    m_cancelFlag.reset();
    setRunning(false);
    const qint64 ms = m_clock.elapsed();
    if (outcome.canceled) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Canceled after %1 ms.").arg(ms));
    } else if (!outcome.error.isEmpty()) {
        m_model->clear();
        m_status->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg(ThemeColors::readableOn(QColor(0xc6, 0x28, 0x28), palette().color(QPalette::Window), 4.5)
                         .name()));
        m_status->setText(tr("Error: %1").arg(outcome.error));
        if (outcome.errorOffset >= 0) {
            // SQLite reports a byte offset; the editor counts characters.
            const QByteArray utf8 = m_runningSql.toUtf8();
            const int chars = int(QString::fromUtf8(utf8.left(outcome.errorOffset)).size());
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(std::min(chars, int(m_editor->toPlainText().size())));
            m_editor->setTextCursor(cursor);
        }
    } else {
        const std::size_t rows = outcome.result.rows.size();
        const bool truncated = outcome.result.truncated;
        const bool bytesExceeded = outcome.result.bytesExceeded;
        m_model->setResult(std::move(outcome.result));
        // Show the rows in the query's own ORDER BY until the user clicks a header.
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_table->resizeColumnsToContents();
        m_status->setStyleSheet(QString());
        m_status->setText(
            bytesExceeded ? tr("First %n row(s) shown: the result passed %1 (select fewer rows or columns); "
                               "%2 ms.",
                               nullptr, int(rows))
                                .arg(QString::fromStdString(formatBytes(kDefaultMaxResultBytes)))
                                .arg(ms)
            : truncated ? tr("First %n row(s) shown (more were found) in %1 ms.", nullptr, int(rows)).arg(ms)
                        : tr("%n row(s) in %1 ms.", nullptr, int(rows)).arg(ms));
    }
    emit queryFinished();
}

void SqlConsolePage::setRunning(bool running)
{
    m_run->setEnabled(!running && m_trace != nullptr);
    m_cancel->setEnabled(running);
}

void SqlConsolePage::addToHistory(const QString& sql)
{
    m_history.removeAll(sql);
    m_history.prepend(sql);
    while (m_history.size() > kMaxHistory)
        m_history.removeLast();
    m_historyPos = -1;
    m_historyBox->clear();
    for (const QString& entry : std::as_const(m_history))
        m_historyBox->addItem(entry.simplified(), entry);
    m_historyBox->setCurrentIndex(-1);
    QSettings().setValue(QStringLiteral("sql/history"), m_history);
}

void SqlConsolePage::recall(int step)
{
    if (m_history.isEmpty())
        return;
    m_historyPos = std::clamp(m_historyPos + step, 0, int(m_history.size()) - 1);
    m_editor->setPlainText(m_history[m_historyPos]);
}

bool SqlConsolePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            runQuery();
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up) {
                recall(+1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                recall(-1);
                return true;
            }
        }
    }
    return TracePage::eventFilter(watched, event);
}

} // namespace breadcrumb::gui
