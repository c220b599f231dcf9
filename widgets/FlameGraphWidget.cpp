#include "FlameGraphWidget.h"

#include "FlameGraphView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace breadcrumb {

namespace {

constexpr int kMaxCrumbTextPx = 180;

} // namespace

FlameGraphWidget::FlameGraphWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_back = new QToolButton(this);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Zoom out (Backspace)"));
    m_back->setAutoRaise(true);
    bar->addWidget(m_back);
    m_crumbBar = new QWidget(this);
    m_crumbLayout = new QHBoxLayout(m_crumbBar);
    m_crumbLayout->setContentsMargins(0, 0, 0, 0);
    m_crumbLayout->setSpacing(0);
    bar->addWidget(m_crumbBar, 1);
    m_info = new QLabel(this);
    bar->addWidget(m_info);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_view = new FlameGraphView; // the scroll area takes ownership
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_view);

    connect(m_back, &QToolButton::clicked, this, &FlameGraphWidget::zoomOut);
    connect(m_view, &FlameGraphView::functionClicked, this, &FlameGraphWidget::functionClicked);
    connect(m_view, &FlameGraphView::zoomChanged, this, [this](std::uint32_t node) {
        rebuildBreadcrumbs();
        Q_EMIT zoomChanged(node);
    });
    rebuildBreadcrumbs();
}

FlameGraphWidget::~FlameGraphWidget() = default;

void FlameGraphWidget::setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    m_view->setCallTree(std::move(run), std::move(tree));
    rebuildBreadcrumbs();
}

void FlameGraphWidget::clear()
{
    m_view->clear();
    rebuildBreadcrumbs();
}

std::uint32_t FlameGraphWidget::zoomNode() const
{
    return m_view->zoomNode();
}

int FlameGraphWidget::breadcrumbCount() const
{
    return m_view->tree() ? static_cast<int>(m_view->tree()->pathTo(m_view->zoomNode()).size()) : 0;
}

void FlameGraphWidget::setSearchText(const QString& text)
{
    m_view->setSearchText(text);
    if (text.isEmpty() || !m_view->tree())
        m_info->clear();
    else
        m_info->setText(tr("%n matching frame(s)", nullptr, static_cast<int>(m_view->matchCount())));
}

void FlameGraphWidget::setSelectedFunction(int function)
{
    m_view->setSelectedFunction(function);
}

void FlameGraphWidget::zoomToNode(std::uint32_t node)
{
    m_view->zoomToNode(node);
}

void FlameGraphWidget::zoomOut()
{
    const CallTree* tree = m_view->tree();
    if (!tree || m_view->zoomNode() == 0)
        return;
    const std::int32_t parent = tree->node(m_view->zoomNode()).parent;
    m_view->zoomToNode(parent < 0 ? 0 : static_cast<std::uint32_t>(parent));
}

void FlameGraphWidget::resetZoom()
{
    m_view->zoomToNode(0);
}

void FlameGraphWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape) {
        if (m_view->zoomNode() != 0) {
            zoomOut();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void FlameGraphWidget::rebuildBreadcrumbs()
{
    // Rebuilt on every zoom change: a handful of buttons, cheap. deleteLater because the clicked
    // button may be the one emitting.
    while (QLayoutItem* item = m_crumbLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const CallTree* tree = m_view->tree();
    const RunData* run = m_view->run();
    m_back->setEnabled(tree && m_view->zoomNode() != 0);
    if (!tree || !run) {
        m_crumbLayout->addStretch(1);
        return;
    }
    const std::vector<std::uint32_t> path = tree->pathTo(m_view->zoomNode());
    for (std::size_t i = 0; i < path.size(); ++i) {
        const std::uint32_t node = path[i];
        const std::int32_t function = tree->node(node).function;
        const QString name = function < 0 ? tr("All") : QString::fromStdString(run->displayName(function));
        if (i > 0) {
            auto* sep = new QLabel(QStringLiteral("›"), m_crumbBar);
            sep->setContentsMargins(3, 0, 3, 0);
            sep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
            m_crumbLayout->addWidget(sep);
            sep->show();
        }
        auto* button = new QToolButton(m_crumbBar);
        button->setAutoRaise(true);
        button->setText(fontMetrics().elidedText(name, Qt::ElideMiddle, kMaxCrumbTextPx));
        button->setToolTip(name);
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        button->setChecked(i + 1 == path.size());
        connect(button, &QToolButton::clicked, this, [this, node] { m_view->zoomToNode(node); });
        m_crumbLayout->addWidget(button);
        button->show();
    }
    m_crumbLayout->addStretch(1);
}

} // namespace breadcrumb
