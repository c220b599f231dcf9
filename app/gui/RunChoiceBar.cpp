#include "RunChoiceBar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace breadcrumb::gui {

RunChoiceBar::RunChoiceBar(bool canShowBoth, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("runChoiceBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(0);
    auto* caption = new QLabel(tr("Run:"), this);
    layout->addWidget(caption);
    layout->addSpacing(6);
    const struct
    {
        RunSide side;
        QString text;
        QString tip;
        const char* name;
    } choices[] = {
        {RunSide::Before, tr("&Before"), tr("Show the before run (Alt+B)"), "runBefore"},
        {RunSide::After, tr("&After"), tr("Show the after run (Alt+A)"), "runAfter"},
        {RunSide::Both, tr("B&oth"), tr("Show both runs side by side, kept in step (Alt+O)"), "runBoth"},
    };
    for (const auto& choice : choices) {
        if (choice.side == RunSide::Both && !canShowBoth)
            continue;
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(choice.name));
        button->setText(choice.text);
        button->setToolTip(choice.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_group->addButton(button, int(choice.side));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_group->button(int(RunSide::Before))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (RunSide(id) == m_side)
            return;
        m_side = RunSide(id);
        emit sideChosen(m_side);
    });
}

void RunChoiceBar::setSide(RunSide side)
{
    if (QAbstractButton* button = m_group->button(int(side))) {
        m_side = side;
        button->setChecked(true);
    }
}

QToolButton* RunChoiceBar::button(RunSide side) const
{
    return static_cast<QToolButton*>(m_group->button(int(side)));
}

} // namespace breadcrumb::gui
