#include "TraceFileDialog.h"

namespace breadcrumb::gui {

TraceFileDialog::TraceFileDialog(QWidget* parent, const QString& title, const QString& directory)
    : QFileDialog(parent, title, directory, tr("Breadcrumb traces (*.db *.sqlite *.trace);;All files (*)"))
{
    setObjectName(QStringLiteral("traceFileDialog"));
    setFileMode(QFileDialog::ExistingFile);
    setAcceptMode(QFileDialog::AcceptOpen);
    resize(sizeHint().expandedTo(kMinimumSize));
}

QString TraceFileDialog::getOpenFileName(QWidget* parent, const QString& title, const QString& directory)
{
    TraceFileDialog dialog(parent, title, directory);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace breadcrumb::gui
