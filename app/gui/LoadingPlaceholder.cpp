#include "LoadingPlaceholder.h"

namespace breadcrumb::gui {

LoadingPlaceholder::LoadingPlaceholder(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("loadingPlaceholder"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(24);
    setProgress(0, QString());
}

void LoadingPlaceholder::setProgress(int percent, const QString& stage)
{
    setText(tr("<h3>Loading calls… %1%</h3><p>%2</p><p>This view needs every call of the run. The Functions "
               "table already shows the run's totals, from the summaries the tracer stored when it "
               "ended.</p>")
                .arg(percent)
                .arg(stage.toHtmlEscaped()));
}

void LoadingPlaceholder::setFailure(const QString& message)
{
    setText(tr("<h3>The calls were not loaded</h3><p>%1</p><p>The Functions table shows the run's stored "
               "totals. Reload (F5) to read the calls again.</p>")
                .arg(message.toHtmlEscaped()));
}

} // namespace breadcrumb::gui
