#include "FlameGraphView.h"

#include "DurationFormat.h"
#include "FunctionPalette.h"

#include <algorithm>
#include <cmath>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolTip>
#include <QWheelEvent>

namespace breadcrumb {

namespace {

constexpr double kMinFrameWidthPx = 1.0; // narrower frames are not laid out (nor their subtrees)
constexpr double kMinTextWidthPx = 24.0;
constexpr double kWheelZoomPerNotch = 0.8; // one wheel notch (120 units) shows 80% of the window
constexpr double kKeyZoom = 0.7;
constexpr double kPanStep = 0.15; // of the window, per key press or wheel notch

// The colours last worked out for a run, for every other view of it to take (the flame graph, a sandwich's
// two halves, the other side of a split view) instead of passing over its calls again. Weak: they go with
// the last view that shows the run. GUI thread only.
struct SharedColors
{
    std::weak_ptr<const RunData> run;
    std::weak_ptr<const FrameColors::RunColors> colors;
};

SharedColors& sharedColors()
{
    static SharedColors shared;
    return shared;
}

} // namespace

FlameGraphView::FlameGraphView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(kRowHeight);
}

FlameGraphView::~FlameGraphView()
{
    dropBackgroundColors();
}

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
    if (run != m_run)
        dropBackgroundColors();
    m_run = std::move(run);
    m_tree = std::move(tree);
    m_labels.reset(m_run.get(), font());
    resetColors();
    m_colors.setTree(m_tree.get());
    m_view = {};
    m_zoomDepth = 0;
    m_hovered = -1;
    m_cachedView.zoom = UINT32_MAX; // invalidate the layout
    updateMatches();
    relayout();
    update();
    Q_EMIT zoomChanged(0);
    Q_EMIT viewChanged();
    Q_EMIT treeChanged();
}

bool FlameGraphView::resetColors()
{
    if (m_colors.isFor(m_run.get()))
        return false;
    SharedColors& shared = sharedColors();
    if (auto colors = shared.colors.lock(); colors && shared.run.lock() == m_run) {
        m_colors.reset(m_run.get(), std::move(colors));
        return false;
    }
    if (m_run->calls.size() < m_backgroundColorsFrom) {
        m_colors.reset(m_run.get());
        shared = {m_run, m_colors.runColors()};
        return false;
    }
    m_colors.reset(nullptr); // no colour until the worker is done
    if (m_colorsWatcher)
        return true; // under way for this run: another tree of it came meanwhile
    m_colorsCancel = std::make_shared<std::atomic_bool>(false);
    m_colorsWatcher = std::make_unique<ColorsWatcher>();
    ColorsWatcher* watcher = m_colorsWatcher.get();
    connect(watcher, &ColorsWatcher::finished, this, [this, watcher] {
        std::shared_ptr<const FrameColors::RunColors> colors = watcher->result();
        m_colorsWatcher.release()->deleteLater(); // it is emitting this signal
        m_colorsCancel.reset();
        // The run cannot have changed (setCallTree and clear drop the watcher, and cancel it).
        if (!colors || !m_run)
            return;
        m_colors.reset(m_run.get(), colors);
        m_colors.setTree(m_tree.get());
        sharedColors() = {m_run, std::move(colors)};
        update();
        Q_EMIT colorsChanged();
    });
    watcher->setFuture(QtConcurrent::run(
        [run = m_run, cancel = m_colorsCancel] { return FrameColors::compute(*run, cancel.get()); }));
    return true;
}

void FlameGraphView::dropBackgroundColors()
{
    if (!m_colorsWatcher)
        return;
    // Not waited for: the worker holds its own reference to the run and stops at its next look at the flag
    // (within a millisecond), so a new run or closing the window never waits for the old one's pass.
    *m_colorsCancel = true;
    m_colorsCancel.reset();
    ColorsWatcher* watcher = m_colorsWatcher.release();
    watcher->disconnect(this);
    if (watcher->isFinished())
        watcher->deleteLater();
    else
        connect(watcher, &ColorsWatcher::finished, watcher, &QObject::deleteLater);
}

void FlameGraphView::clear()
{
    dropBackgroundColors();
    m_run.reset();
    m_tree.reset();
    m_labels.reset(nullptr, font());
    m_colors.reset(nullptr);
    m_colors.setTree(nullptr);
    m_view = {};
    m_zoomDepth = 0;
    m_hovered = -1;
    m_frames.clear();
    m_frameOfNode.clear();
    m_functionMatches.clear();
    m_matchCount = 0;
    m_cachedView.zoom = UINT32_MAX;
    m_maxDepth = 0;
    setMinimumHeight(kRowHeight);
    update();
    Q_EMIT treeChanged();
}

void FlameGraphView::setInverted(bool inverted)
{
    m_inverted = inverted;
    update();
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

void FlameGraphView::zoomToNode(std::uint32_t node)
{
    if (!m_tree || node >= m_tree->size())
        return;
    setViewState({node, 0, 1});
}

void FlameGraphView::setViewState(ViewState state)
{
    if (!m_tree || state.zoom >= m_tree->size())
        return;
    state.end = std::clamp(state.end, 0.0, 1.0);
    state.start = std::clamp(state.start, 0.0, state.end);
    if (state.end - state.start < kMinSpan)
        return;
    if (state == m_view)
        return;
    const bool zoomed = state.zoom != m_view.zoom;
    m_view = state;
    m_zoomDepth = static_cast<std::uint32_t>(m_tree->pathTo(state.zoom).size()) - 1;
    m_hovered = -1;
    relayout();
    update();
    if (zoomed)
        Q_EMIT zoomChanged(state.zoom);
    Q_EMIT viewChanged();
}

void FlameGraphView::zoomAt(double x, double factor)
{
    if (!m_tree || width() <= 0)
        return;
    const double span = m_view.end - m_view.start;
    const double newSpan = std::clamp(span * factor, kMinSpan, 1.0);
    const double at = std::clamp(x / width(), 0.0, 1.0);
    const double anchor = m_view.start + at * span; // stays under the cursor
    double start = std::clamp(anchor - at * newSpan, 0.0, 1.0 - newSpan);
    setViewState({m_view.zoom, start, start + newSpan});
}

void FlameGraphView::pan(double fraction)
{
    const double span = m_view.end - m_view.start;
    const double start = std::clamp(m_view.start + fraction * span, 0.0, 1.0 - span);
    setViewState({m_view.zoom, start, start + span});
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
    if (m_cachedView == m_view && m_cachedWidth == width())
        return;
    m_cachedView = m_view;
    m_cachedWidth = width();
    m_frames.clear();
    m_frameOfNode.assign(m_tree->size(), -1);
    m_maxDepth = 0;

    const double w = width();
    const auto add = [this](std::uint32_t node, std::uint32_t depth, double x, double width) {
        m_frames.push_back({node, depth, x, width});
        m_maxDepth = std::max(m_maxDepth, depth);
    };
    // The zoomed frame's ancestors keep a full-width row each, so the path stays visible and clickable.
    const std::vector<std::uint32_t> path = m_tree->pathTo(m_view.zoom);
    for (std::size_t i = 0; i + 1 < path.size(); ++i)
        add(path[i], static_cast<std::uint32_t>(i), 0, w);

    struct Pending
    {
        std::uint32_t node;
        std::uint32_t depth;
        double x;
        double width;
    };
    // The zoomed frame spans w / span pixels, shifted so the window's start is at 0.
    const double span = m_view.end - m_view.start;
    const double full = w / span;
    std::vector<Pending> stack{
        {m_view.zoom, static_cast<std::uint32_t>(path.size() - 1), -m_view.start * full, full}};
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
            // Off-window frames and their subtrees cost nothing: culled here, never visited.
            if (cw >= kMinFrameWidthPx && x + cw > 0 && x < w)
                stack.push_back({child, p.depth + 1, x, cw});
            x += cw;
            if (x >= w)
                break;
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

double FlameGraphView::rowTop(std::uint32_t depth) const
{
    return m_inverted ? height() - (depth + 1.0) * kRowHeight : depth * static_cast<double>(kRowHeight);
}

std::int64_t FlameGraphView::rowAt(double y) const
{
    const double row = m_inverted ? (height() - y) / kRowHeight : y / kRowHeight;
    return row < 0 ? -1 : static_cast<std::int64_t>(row);
}

QRectF FlameGraphView::frameRect(std::uint32_t node) const
{
    relayout();
    if (node >= m_frameOfNode.size() || m_frameOfNode[node] < 0)
        return {};
    const Frame& f = m_frames[m_frameOfNode[node]];
    return {f.x, rowTop(f.depth), f.width, static_cast<double>(kRowHeight)};
}

std::int64_t FlameGraphView::nodeAt(const QPointF& pos) const
{
    if (isBuilding())
        return -1; // nothing is drawn yet
    relayout();
    const std::int64_t row = rowAt(pos.y());
    if (row < 0 || pos.y() < 0 || pos.y() >= height())
        return -1;
    const auto depth = static_cast<std::uint32_t>(row);
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
        return tr("All calls\nTraced time: %1 (100%: the threads' traced time summed)")
            .arg(formatDuration(n.inclusive));
    const FunctionInfo& info = m_run->functions[n.function];
    QString text = QString::fromStdString(m_run->displayName(n.function));
    text +=
        QLatin1Char('\n') + tr("%1 (%2:%3)")
                                .arg(QString::fromStdString(info.module), QString::fromStdString(info.file))
                                .arg(info.line);
    text +=
        QLatin1Char('\n') +
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
    if (isBuilding()) {
        // In the middle of what the scroll area shows, however tall the tree makes this widget.
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(visibleRegion().boundingRect(), Qt::AlignCenter,
                         tr("Building the flame graph of %L1 calls…").arg(qulonglong(m_run->calls.size())));
        return;
    }
    paintFrames(painter, event->rect());
}

void FlameGraphView::paintFrames(QPainter& painter, const QRect& exposed) const
{
    relayout();
    const bool searching = !m_search.isEmpty();
    // Rows intersecting the exposed band; inverted rows count up from the bottom.
    const std::int64_t rowA = rowAt(exposed.top());
    const std::int64_t rowB = rowAt(exposed.bottom());
    const auto firstRow = static_cast<std::uint32_t>(std::max<std::int64_t>(0, std::min(rowA, rowB)));
    const auto lastRow = static_cast<std::uint32_t>(std::max<std::int64_t>(0, std::max(rowA, rowB)));
    auto it = std::lower_bound(m_frames.begin(), m_frames.end(), firstRow,
                               [](const Frame& f, std::uint32_t d) { return f.depth < d; });
    const double w = width();
    for (; it != m_frames.end() && it->depth <= lastRow; ++it) {
        const Frame& f = *it;
        if (f.x > exposed.right() || f.x + f.width < exposed.left())
            continue;
        const CallTreeNode& n = m_tree->node(f.node);
        // Clip frames cut by the window's edges to it, so their labels stay readable.
        const double left = std::max(0.0, f.x);
        const double right = std::min(w, f.x + f.width);
        const QRectF r(left, rowTop(f.depth), right - left, kRowHeight);
        QColor fill = frameColor(f.node);
        QString name;
        if (n.function < 0)
            name = tr("all (%1)").arg(formatDuration(n.inclusive));
        else if (searching && !m_functionMatches[n.function])
            fill = FunctionPalette::dimmed(fill);
        const bool isAncestor = f.depth < m_zoomDepth;
        if (isAncestor)
            fill = fill.lighter(115);
        const bool selected = n.function >= 0 && n.function == m_selectedFunction;
        const bool hovered = static_cast<std::int64_t>(f.node) == m_hovered;
        const QRectF box = r.adjusted(0, 0, r.width() >= 3 ? -1 : 0, -1);
        painter.fillRect(box, fill);
        if (selected || hovered) {
            painter.setPen(QPen(selected ? QColor(20, 60, 160) : QColor(40, 40, 40), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(1, 1, -1, -1));
        }
        if (r.width() >= kMinTextWidthPx) {
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

bool FlameGraphView::exportTo(const QString& path) const
{
    if (!m_tree)
        return false;
    const QSize size(width(), std::max(height(), static_cast<int>(m_maxDepth + 1) * kRowHeight));
    const QRect all(QPoint(0, 0), size);
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(all);
        svg.setTitle(tr("Flame graph"));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.fillRect(all, palette().base());
        paintFrames(painter, all);
        return painter.end();
    }
    QImage image(size * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(&image);
    painter.fillRect(all, palette().base());
    paintFrames(painter, all);
    painter.end();
    return image.save(path);
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
    Q_EMIT aboutToNavigate(false);
    zoomToNode(static_cast<std::uint32_t>(node));
}

void FlameGraphView::wheelEvent(QWheelEvent* event)
{
    if (!m_tree) {
        event->ignore();
        return;
    }
    // Plain or Ctrl+wheel zooms around the cursor; Shift+wheel (which some platforms already turn into
    // a horizontal delta) or a horizontal wheel pans.
    const QPoint delta = event->angleDelta();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int horizontal = delta.x() != 0 ? delta.x() : (shift ? delta.y() : 0);
    if (horizontal != 0) {
        Q_EMIT aboutToNavigate(true);
        pan(-horizontal / 120.0 * kPanStep);
    } else if (delta.y() != 0) {
        Q_EMIT aboutToNavigate(true);
        zoomAt(event->position().x(), std::pow(kWheelZoomPerNotch, delta.y() / 120.0));
    }
    event->accept();
}

void FlameGraphView::keyPressEvent(QKeyEvent* event)
{
    if (!m_tree) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Zoom keys act around the mouse when it is over the view, else around the middle.
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    const double x = rect().contains(cursor) ? cursor.x() : width() / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_W:
        Q_EMIT aboutToNavigate(true);
        zoomAt(x, kKeyZoom);
        break;
    case Qt::Key_Minus:
    case Qt::Key_S:
        Q_EMIT aboutToNavigate(true);
        zoomAt(x, 1.0 / kKeyZoom);
        break;
    case Qt::Key_Left:
    case Qt::Key_A:
        Q_EMIT aboutToNavigate(true);
        pan(-kPanStep);
        break;
    case Qt::Key_Right:
    case Qt::Key_D:
        Q_EMIT aboutToNavigate(true);
        pan(kPanStep);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        Q_EMIT aboutToNavigate(false);
        setViewState({});
        break;
    default:
        QWidget::keyPressEvent(event); // Backspace/Escape go to the owner's history
        return;
    }
    event->accept();
}

void FlameGraphView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_tree)
        return;
    Q_EMIT frameContextMenuRequested(nodeAt(event->pos()), event->globalPos());
    event->accept();
}

} // namespace breadcrumb
