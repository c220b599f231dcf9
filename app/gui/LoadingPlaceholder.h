#pragma once
// What a tab that needs the run's calls (percentiles, histogram, call tree, flame graph, timeline) shows
// while the Functions table already shows the run from its stored summaries: the load's stage and percent,
// or why the calls did not come.

#include <QLabel>

namespace breadcrumb::gui {

class LoadingPlaceholder : public QLabel
{
    Q_OBJECT

public:
    explicit LoadingPlaceholder(QWidget* parent = nullptr);

    void setProgress(int percent, const QString& stage);
    void setFailure(const QString& message); // the load failed or was canceled: the calls will not come
};

} // namespace breadcrumb::gui
