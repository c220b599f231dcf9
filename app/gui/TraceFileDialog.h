#pragma once
// The file dialog for opening traces: trace filters, and a size where paths and dates can be read
// (at least 900 × 560; Qt's own dialog opens much smaller).

#include <QFileDialog>

namespace breadcrumb::gui {

class TraceFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    static constexpr QSize kMinimumSize{900, 560};

    TraceFileDialog(QWidget* parent, const QString& title, const QString& directory);

    // Runs the dialog; the chosen file, or empty when cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& title, const QString& directory);
};

} // namespace breadcrumb::gui
