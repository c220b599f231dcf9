#include "DifferentialFlameGraph.h"

#include "DifferentialColor.h"
#include "Format.h"

#include <FlameGraphView.h>
#include <FlameGraphWidget.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace breadcrumb::gui {

DifferentialFlameGraph::DifferentialFlameGraph(QWidget* parent)
    : QWidget(parent), m_flame(new FlameGraphWidget(this)),
      m_beforeShape(new QCheckBox(tr("Before shape"), this)), m_legend(new QLabel(this))
{
    m_flame->setObjectName(QStringLiteral("compareFlameGraph"));
    m_beforeShape->setObjectName(QStringLiteral("compareBeforeShape"));
    m_beforeShape->setToolTip(tr("Draw the before run's call paths (widths) instead of the after run's; the "
                                 "colours stay the change"));
    m_legend->setTextFormat(Qt::RichText);
    const auto swatch = [](Rgb c) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            .arg(QColor(c.r, c.g, c.b).name());
    };
    m_legend->setText(
        tr("%1 grew &nbsp; %2 shrank &nbsp; %3 unchanged &nbsp;— the stronger, the larger the change")
            .arg(swatch(DifferentialColor::kGrew), swatch(DifferentialColor::kShrank),
                 swatch(DifferentialColor::kNeutral)));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_beforeShape);
    bar->addSpacing(12);
    bar->addWidget(m_legend);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_flame, 1);

    FlameGraphView* view = m_flame->view();
    // The hook hands a node of the tree shown; the tree keeps its nodes in one vector, so its index follows.
    view->setFrameColorFunction([this, view](const CallTreeNode& node) {
        const CallTree* tree = view->tree();
        return tree ? frameColor(std::uint32_t(&node - &tree->node(0))) : QColor();
    });
    view->setFrameToolTipFunction([this](std::uint32_t node) { return frameToolTip(node); });
    connect(m_beforeShape, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(view, &FlameGraphView::nodeClicked, this, [this](std::uint32_t node) {
        const std::int32_t merged = comparisonNode(node);
        if (merged < 0 || !m_trace)
            return;
        const int function = m_trace->compareTopDown->node(std::uint32_t(merged)).functionBefore;
        if (function >= 0)
            Q_EMIT functionClicked(function);
    });
}

void DifferentialFlameGraph::setTrace(std::shared_ptr<const LoadedTrace> trace)
{
    m_trace = trace && trace->isComparison() && trace->compareTopDown ? std::move(trace) : nullptr;
    rebuild();
}

void DifferentialFlameGraph::setBeforeShape(bool before)
{
    m_beforeShape->setChecked(before);
}

bool DifferentialFlameGraph::showsBeforeShape() const
{
    return m_beforeShape->isChecked();
}

void DifferentialFlameGraph::rebuild()
{
    if (!m_trace) {
        m_flame->clear();
        return;
    }
    const LoadedRun& run = showsBeforeShape() ? *m_trace->main : *m_trace->after;
    m_flame->setCallTree(run.data, run.topDown);
    setSelectedFunction(m_selected);
}

std::int32_t DifferentialFlameGraph::comparisonNode(std::uint32_t frameNode) const
{
    if (!m_trace)
        return -1;
    return showsBeforeShape() ? m_trace->compareTopDown->nodeOfBefore(frameNode)
                              : m_trace->compareTopDown->nodeOfAfter(frameNode);
}

QColor DifferentialFlameGraph::frameColor(std::uint32_t frameNode) const
{
    const std::int32_t merged = comparisonNode(frameNode);
    if (merged < 0)
        return {};
    const ComparisonTree& tree = *m_trace->compareTopDown;
    const Rgb c = DifferentialColor::color(tree.node(std::uint32_t(merged)).delta(), tree.maxAbsDelta());
    return QColor(c.r, c.g, c.b);
}

QString DifferentialFlameGraph::frameToolTip(std::uint32_t frameNode) const
{
    const std::int32_t merged = comparisonNode(frameNode);
    if (merged < 0)
        return {};
    const ComparisonTreeNode& n = m_trace->compareTopDown->node(std::uint32_t(merged));
    QString text = QLatin1String("\n\n") +
                   tr("Before: %1 inclusive, %2 self, %3 calls")
                       .arg(n.isNew() ? tr("not called") : msText(n.inclusiveBefore), msText(n.selfBefore))
                       .arg(n.callsBefore);
    text += QLatin1Char('\n') +
            tr("After: %1 inclusive, %2 self, %3 calls")
                .arg(n.isGone() ? tr("not called") : msText(n.inclusiveAfter), msText(n.selfAfter))
                .arg(n.callsAfter);
    const auto percent = n.deltaPercent();
    text += QLatin1Char('\n') + tr("Change: %1 (%2)")
                                    .arg(signedMsText(n.delta()), n.isNew() ? tr("new")
                                                                  : percent
                                                                      ? QString::asprintf("%+.1f%%", *percent)
                                                                      : QStringLiteral("—"));
    return text;
}

void DifferentialFlameGraph::setSelectedFunction(int beforeFunction)
{
    m_selected = beforeFunction;
    if (!m_trace)
        return;
    // The frames are of the shown run: find the selected function there by name.
    int shown = beforeFunction;
    if (!showsBeforeShape() && beforeFunction >= 0) {
        shown = -1;
        const auto& f = m_trace->main->data->functions[std::size_t(beforeFunction)];
        const auto& functions = m_trace->after->data->functions;
        for (std::size_t i = 0; i < functions.size(); ++i)
            if (functions[i].name == f.name && functions[i].module == f.module)
                shown = int(i);
    }
    m_flame->setSelectedFunction(shown);
}

} // namespace breadcrumb::gui
