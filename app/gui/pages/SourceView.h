#pragma once
// The source lines of a function when its file exists on this machine (read-only, with line numbers).

#include "TraceTypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace breadcrumb::gui {

class SourceView : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget* parent = nullptr);

    void showFunction(const FunctionInfo& function);
    void clear();

    bool hasSource() const { return m_hasSource; }
    QString text() const;

    // The lines of the definition starting at `line` (1-based): the def line and everything indented
    // deeper, up to maxLines. Empty when the file cannot be read.
    static QStringList functionLines(const QString& path, int line, int maxLines = 400);

private:
    static QByteArray readSource(const QString& path);

    QLabel* m_header;
    QPlainTextEdit* m_text;
    bool m_hasSource = false;
};

} // namespace breadcrumb::gui
