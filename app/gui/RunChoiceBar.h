#pragma once
// The row above a tab when a comparison is open: which run the tab shows, before / after / both side by
// side, as three exclusive buttons (Alt+B, Alt+A, Alt+O while the tab is shown).

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace breadcrumb::gui {

enum class RunSide
{
    Before,
    After,
    Both
};

class RunChoiceBar : public QWidget
{
    Q_OBJECT

public:
    explicit RunChoiceBar(bool canShowBoth, QWidget* parent = nullptr);

    RunSide side() const { return m_side; }
    void setSide(RunSide side); // no signal
    QToolButton* button(RunSide side) const;

Q_SIGNALS:
    void sideChosen(breadcrumb::gui::RunSide side); // only when the user picks another side

private:
    QButtonGroup* m_group;
    RunSide m_side = RunSide::Before;
};

} // namespace breadcrumb::gui
