#include "FlameGraphPage.h"

#include <FlameGraphWidget.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace breadcrumb::gui {

FlameGraphPage::FlameGraphPage(FunctionSelection* selection, QWidget* parent)
    : TracePage(selection, parent), m_flame(new FlameGraphWidget(this)), m_search(new QLineEdit(this))
{
    m_flame->setObjectName(QStringLiteral("flameGraph"));
    m_search->setPlaceholderText(tr("Highlight functions matching…"));
    m_search->setClearButtonEnabled(true);
    auto* hint = new QLabel(tr("Click selects, double-click zooms in, Backspace zooms out"), this);
    hint->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(hint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_flame, 1);

    connect(m_search, &QLineEdit::textChanged, m_flame, &FlameGraphWidget::setSearchText);
    connect(m_flame, &FlameGraphWidget::functionClicked, this, [this](std::int32_t function) {
        if (function >= 0)
            this->selection()->select(function);
    });
    connect(selection, &FunctionSelection::currentChanged, m_flame, &FlameGraphWidget::setSelectedFunction);
}

void FlameGraphPage::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    if (!trace) {
        m_flame->clear();
        return;
    }
    m_flame->setCallTree(trace->main->data, trace->main->topDown);
    m_flame->setSelectedFunction(selection()->current());
}

} // namespace breadcrumb::gui
