#include "NewRunBar.h"

#include "Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace breadcrumb::gui {

NewRunBar::NewRunBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_switch(new QPushButton(this))
{
    setObjectName(QStringLiteral("newRunBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(255, 244, 200)); // an information bar, not an error
    pal.setColor(QPalette::WindowText, QColor(60, 50, 0));
    setPalette(pal);
    m_label->setTextFormat(Qt::PlainText);
    m_switch->setObjectName(QStringLiteral("switchToNewRun"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeNewRunBar"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Stay on this run"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_switch);
    layout->addWidget(close);
    connect(m_switch, &QPushButton::clicked, this, [this] {
        hide();
        emit switchRequested(m_run);
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NewRunBar::showRun(const RunInfo& run)
{
    m_run = run.id;
    const QString command = toQString(run.commandLine);
    m_label->setText(
        tr("The trace has a newer run: run %1 (%2), started %3.")
            .arg(run.id)
            .arg(command.isEmpty() ? tr("no command line recorded") : command, clockText(run.startNs)));
    m_label->setToolTip(command);
    m_switch->setText(tr("Show run %1").arg(run.id));
    show();
}

QString NewRunBar::text() const
{
    return m_label->text();
}

} // namespace breadcrumb::gui
