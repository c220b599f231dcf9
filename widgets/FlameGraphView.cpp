#include "FlameGraphView.h"

#include "DurationFormat.h"
#include "FunctionPalette.h"

#include <algorithm>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace breadcrumb {

namespace {

constexpr double kMinFrameWidthPx = 1.0; // narrower frames are not laid out (nor their subtrees)
constexpr double kMinTextWidthPx = 24.0;

} // namespace

FlameGraphView::FlameGraphView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(kRowHeight);
}

FlameGraphView::~FlameGraphView() = default;

QSize FlameGraphView::sizeHint() const
{
    return {800, static_cast<int>((m_maxDepth + 1) * kRowHeight)};
}

void FlameGraphView::setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree)
{
    if (!run || !tree || tree->size() == 0) {
        clear();
        return;
    }
    m_run = std::move(run);
    m_tree = std::move(tree);
    m_labels.reset(m_run.get(), font());
    m_colors.reset(m_run.get());
    m_colors.setTree(m_tree.get());
    m_zoom = 0;
    m_zoomDepth = 0;
    m_hovered = -1;
    m_cachedZoom = UINT32_MAX; // invalidate the layout
    updateMatches();
    relayout();
    update();
    Q_EMIT zoomChanged(0);
}

void FlameGraphView::clear()
{
    m_run.reset();
    m_tree.reset();
    m_labels.reset(nullptr, font());
    m_colors.reset(nullptr);
    m_colors.setTree(nullptr);
    m_zoom = 0;
    m_zoomDepth = 0;
    m_hovered = -1;
    m_frames.clear();
    m_frameOfNode.clear();
    m_functionMatches.clear();
    m_matchCount = 0;
    m_cachedZoom = UINT32_MAX;
    m_maxDepth = 0;
    setMinimumHeight(kRowHeight);
    update();
}

void FlameGraphView::zoomToNode(std::uint32_t node)
{
    if (!m_tree || node >= m_tree->size() || node == m_zoom)
        return;
    m_zoom = node;
    m_zoomDepth = static_cast<std::uint32_t>(m_tree->pathTo(node).size()) - 1;
    m_hovered = -1;
    relayout();
    update();
    Q_EMIT zoomChanged(node);
}

void FlameGraphView::setColorMode(ColorMode mode)
{
    if (mode == m_colors.mode())
        return;
    m_colors.setMode(mode);
    update();
    Q_EMIT colorsChanged();
}

void FlameGraphView::setFrameColorFunction(FrameColorFunction function)
{
    m_colorFunction = std::move(function);
    update();
    Q_EMIT colorsChanged();
}

QColor FlameGraphView::frameColor(std::uint32_t node) const
{
    if (!m_tree || node >= m_tree->size())
        return {};
    const CallTreeNode& n = m_tree->node(node);
    if (m_colorFunction) {
        const QColor custom = m_colorFunction(n);
        if (custom.isValid())
            return custom;
    }
    return m_colors.color(n);
}

std::vector<FrameColors::LegendEntry> FlameGraphView::legend() const
{
    if (m_colorFunction)
        return {};
    return m_colors.legend();
}

void FlameGraphView::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    updateMatches();
    update();
}

void FlameGraphView::setSelectedFunction(int function)
{
    if (function == m_selectedFunction)
        return;
    m_selectedFunction = function;
    update();
}

void FlameGraphView::updateMatches()
{
    m_functionMatches.clear();
    m_matchCount = 0;
    if (!m_run || !m_tree || m_search.isEmpty())
        return;
    m_functionMatches.resize(m_run->functions.size());
    for (std::size_t f = 0; f < m_run->functions.size(); ++f)
        m_functionMatches[f] =
            m_labels.name(static_cast<std::uint32_t>(f)).contains(m_search, Qt::CaseInsensitive);
    for (std::uint32_t n = 1; n < m_tree->size(); ++n) {
        const std::int32_t f = m_tree->node(n).function;
        if (f >= 0 && m_functionMatches[f])
            ++m_matchCount;
    }
}

void FlameGraphView::relayout() const
{
    if (!m_tree) {
        m_frames.clear();
        return;
    }
    if (m_cachedZoom == m_zoom && m_cachedWidth == width())
        return;
    m_cachedZoom = m_zoom;
    m_cachedWidth = width();
    m_frames.clear();
    m_frameOfNode.assign(m_tree->size(), -1);
    m_maxDepth = 0;

    const double w = width();
    const auto add = [this](std::uint32_t node, std::uint32_t depth, double x, double width) {
        m_frameOfNode[node] = static_cast<std::int32_t>(m_frames.size());
        m_frames.push_back({node, depth, x, width});
        m_maxDepth = std::max(m_maxDepth, depth);
    };
    // The zoomed frame's ancestors keep a full-width row each, so the path stays visible and clickable.
    const std::vector<std::uint32_t> path = m_tree->pathTo(m_zoom);
    for (std::size_t i = 0; i + 1 < path.size(); ++i)
        add(path[i], static_cast<std::uint32_t>(i), 0, w);

    struct Pending
    {
        std::uint32_t node;
        std::uint32_t depth;
        double x;
        double width;
    };
    std::vector<Pending> stack{{m_zoom, static_cast<std::uint32_t>(path.size() - 1), 0, w}};
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        add(p.node, p.depth, p.x, p.width);
        // A frame's width is its inclusive time at the zoomed frame's scale, so a bar is exactly as wide
        // as its number says: children's times add up to at most their parent's (CallTree.h).
        const CallTreeNode& node = m_tree->node(p.node);
        const double scale = p.width / static_cast<double>(std::max<Nanos>(1, node.inclusive));
        double x = p.x;
        for (const std::uint32_t child : node.children) {
            const double cw = m_tree->node(child).inclusive * scale;
            if (cw >= kMinFrameWidthPx)
                stack.push_back({child, p.depth + 1, x, cw});
            x += cw;
        }
    }
    // Frames sorted by row make painting a contiguous scan of the exposed rows.
    std::stable_sort(m_frames.begin(), m_frames.end(),
                     [](const Frame& a, const Frame& b) { return a.depth < b.depth; });
    for (std::size_t i = 0; i < m_frames.size(); ++i)
        m_frameOfNode[m_frames[i].node] = static_cast<std::int32_t>(i);

    const int needed = static_cast<int>(m_maxDepth + 1) * kRowHeight;
    if (minimumHeight() != needed)
        const_cast<FlameGraphView*>(this)->setMinimumHeight(needed);
}

QRectF FlameGraphView::frameRect(std::uint32_t node) const
{
    relayout();
    if (node >= m_frameOfNode.size() || m_frameOfNode[node] < 0)
        return {};
    const Frame& f = m_frames[m_frameOfNode[node]];
    return {f.x, static_cast<double>(f.depth * kRowHeight), f.width, static_cast<double>(kRowHeight)};
}

std::int64_t FlameGraphView::nodeAt(const QPointF& pos) const
{
    relayout();
    if (pos.y() < 0)
        return -1;
    const auto depth = static_cast<std::uint32_t>(pos.y() / kRowHeight);
    const auto first = std::lower_bound(m_frames.begin(), m_frames.end(), depth,
                                        [](const Frame& f, std::uint32_t d) { return f.depth < d; });
    for (auto it = first; it != m_frames.end() && it->depth == depth; ++it)
        if (pos.x() >= it->x && pos.x() < it->x + it->width)
            return it->node;
    return -1;
}

QString FlameGraphView::toolTipForNode(std::uint32_t node) const
{
    if (!m_tree || !m_run || node >= m_tree->size())
        return {};
    const CallTreeNode& n = m_tree->node(node);
    const double share = m_tree->total() > 0 ? static_cast<double>(n.inclusive) / m_tree->total() : 0;
    if (n.function < 0)
        return tr("All calls\nTraced time: %1 (100%: the threads' traced time summed)").arg(formatDuration(n.inclusive));
    const FunctionInfo& info = m_run->functions[n.function];
    QString text = QString::fromStdString(m_run->displayName(n.function));
    text +=
        QLatin1Char('\n') + tr("%1 (%2:%3)")
                                .arg(QString::fromStdString(info.module), QString::fromStdString(info.file))
                                .arg(info.line);
    text += QLatin1Char('\n') +
            tr("Inclusive: %1 (%2 of the traced time)").arg(formatDuration(n.inclusive), formatPercent(share));
    text += QLatin1Char('\n') + tr("Self: %1").arg(formatDuration(n.self));
    text += QLatin1Char('\n') + tr("Calls: %1").arg(QLocale().toString(static_cast<qlonglong>(n.calls)));
    if (m_toolTipFunction)
        text += m_toolTipFunction(node);
    return text;
}

void FlameGraphView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    if (!m_tree) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No trace loaded"));
        return;
    }
    relayout();
    const bool searching = !m_search.isEmpty();
    const QRect exposed = event->rect();
    const auto firstRow = static_cast<std::uint32_t>(std::max(0, exposed.top() / kRowHeight));
    const auto lastRow = static_cast<std::uint32_t>(std::max(0, exposed.bottom() / kRowHeight));
    auto it = std::lower_bound(m_frames.begin(), m_frames.end(), firstRow,
                               [](const Frame& f, std::uint32_t d) { return f.depth < d; });
    for (; it != m_frames.end() && it->depth <= lastRow; ++it) {
        const Frame& f = *it;
        if (f.x > exposed.right() || f.x + f.width < exposed.left())
            continue;
        const CallTreeNode& n = m_tree->node(f.node);
        const QRectF r(f.x, f.depth * kRowHeight, f.width, kRowHeight);
        QString name;
        QColor fill;
        fill = frameColor(f.node);
        if (n.function < 0)
            name = tr("all (%1)").arg(formatDuration(n.inclusive));
        else if (searching && !m_functionMatches[n.function])
            fill = FunctionPalette::dimmed(fill);
        const bool isAncestor = f.depth < m_zoomDepth;
        if (isAncestor)
            fill = fill.lighter(115);
        const bool selected = n.function >= 0 && n.function == m_selectedFunction;
        const bool hovered = static_cast<std::int64_t>(f.node) == m_hovered;
        const QRectF box = r.adjusted(0, 0, f.width >= 3 ? -1 : 0, -1);
        painter.fillRect(box, fill);
        if (selected || hovered) {
            painter.setPen(QPen(selected ? QColor(20, 60, 160) : QColor(40, 40, 40), 2));
            painter.drawRect(box.adjusted(1, 1, -1, -1));
        }
        if (f.width >= kMinTextWidthPx) {
            const QRectF textRect = box.adjusted(3, 0, -3, 0);
            const QString text =
                n.function < 0
                    ? QFontMetricsF(font()).elidedText(name, Qt::ElideRight, textRect.width())
                    : m_labels.fitted(static_cast<std::uint32_t>(n.function), textRect.width(), selected);
            if (text.size() > 1) {
                painter.setFont(m_labels.font(selected));
                painter.setPen(FunctionPalette::textOn(fill));
                painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
            }
        }
    }
}

void FlameGraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool FlameGraphView::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::int64_t node = nodeAt(help->pos());
        if (node < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipForNode(static_cast<std::uint32_t>(node)), this);
        return true;
    }
    case QEvent::MouseMove: {
        const std::int64_t node = nodeAt(static_cast<QMouseEvent*>(event)->position());
        if (node != m_hovered) {
            m_hovered = node;
            update();
        }
        break;
    }
    case QEvent::Leave:
        if (m_hovered >= 0) {
            m_hovered = -1;
            update();
        }
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void FlameGraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const std::int64_t node = nodeAt(event->position());
    if (node < 0)
        return;
    Q_EMIT nodeClicked(static_cast<std::uint32_t>(node));
    const std::int32_t function = m_tree->node(static_cast<std::uint32_t>(node)).function;
    if (function >= 0) {
        setSelectedFunction(function);
        Q_EMIT functionClicked(function);
    }
}

void FlameGraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::int64_t node = nodeAt(event->position());
    if (node < 0)
        return;
    Q_EMIT nodeDoubleClicked(static_cast<std::uint32_t>(node));
    zoomToNode(static_cast<std::uint32_t>(node));
}

} // namespace breadcrumb
