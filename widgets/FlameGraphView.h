#pragma once
// The drawing surface of the flame graph (icicle: the root on top, callees below; or inverted, the root
// at the bottom, for a sandwich's callers). Widths are proportional to inclusive time within the zoomed
// frame, and a horizontal window of it can be magnified (wheel, keys) around any point. Only frames at
// least a pixel wide and inside the window are laid out; the layout is cached per (zoom frame, window,
// width) and rebuilt only when one of them changes, so painting a big tree costs what is visible.
// The first tree of a big run is coloured from a pass over its calls made on a worker thread (0.1 s at 10 M
// calls, 0.5 s at 50 M), as the timeline lays out: the view says "Building…" meanwhile and finds no frame.

#include "CallTree.h"
#include "FrameColors.h"
#include "FunctionLabels.h"
#include "RunData.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <QFutureWatcher>
#include <QWidget>
#include <vector>

namespace breadcrumb {

class FlameGraphView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRowHeight = 20;
    using ColorMode = FrameColors::Mode;
    // Colours one frame; set by views that colour by something the flame graph does not know (Compare
    // colours by before/after change). Return an invalid QColor to fall back to the colour mode.
    using FrameColorFunction = std::function<QColor(const CallTreeNode&)>;
    // Where the view looks: the zoomed frame spans [0, 1]; [start, end] of it fills the width.
    struct ViewState
    {
        std::uint32_t zoom = 0;
        double start = 0;
        double end = 1;
        bool operator==(const ViewState&) const = default;
    };
    static constexpr double kMinSpan = 1e-7; // deepest magnification of the window
    // Runs of at least this many calls get their colours on a worker thread (below: in place, < 10 ms).
    static constexpr std::size_t kBackgroundColorsCalls = 1'000'000;

    explicit FlameGraphView(QWidget* parent = nullptr);
    ~FlameGraphView() override;

    void setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();
    // Root at the bottom, callees above it (a sandwich's callers read upwards to their callers).
    void setInverted(bool inverted);
    bool isInverted() const { return m_inverted; }

    const RunData* run() const { return m_run.get(); }
    const CallTree* tree() const { return m_tree.get(); }
    std::shared_ptr<const CallTree> treePtr() const { return m_tree; }
    std::uint32_t zoomNode() const { return m_view.zoom; }
    ViewState viewState() const { return m_view; }
    // Frame of a tree node in this widget's coordinates; empty when not laid out (too narrow, outside
    // the window or outside the zoomed subtree). May extend past the edges when partly visible.
    QRectF frameRect(std::uint32_t node) const;
    // The node under a point, or -1.
    std::int64_t nodeAt(const QPointF& pos) const;
    QString toolTipForNode(std::uint32_t node) const;
    // Nodes currently laid out: the view never lays out sub-pixel or off-window frames.
    std::size_t laidOutCount() const { return m_frames.size(); }
    std::size_t matchCount() const { return m_matchCount; }
    // Whether the run's colours are being worked out on a worker thread (the view shows a note, finds no
    // frame); colorsChanged() follows when they are in.
    bool isBuilding() const { return m_colorsWatcher != nullptr; }
    // From how many calls a run is coloured off the GUI thread (kBackgroundColorsCalls; tests lower it).
    void setBackgroundColorsFrom(std::size_t calls) { m_backgroundColorsFrom = calls; }
    QSize sizeHint() const override;

    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_colors.mode(); }
    // Overrides the colour mode for every frame while set; an empty function restores the mode.
    void setFrameColorFunction(FrameColorFunction function);
    // Text appended to a frame's tooltip (Compare adds the before/after numbers); empty function: none.
    using FrameToolTipFunction = std::function<QString(std::uint32_t node)>;
    void setFrameToolTipFunction(FrameToolTipFunction function) { m_toolTipFunction = std::move(function); }
    // The fill of a frame before search dimming and hover/selection outlines.
    QColor frameColor(std::uint32_t node) const;
    // What the current colours mean (empty while a frame colour function is set).
    std::vector<FrameColors::LegendEntry> legend() const;

    // The current view (all rows, this width) as an SVG (text stays text) or, for any other suffix, an
    // image QImageWriter knows (PNG). False when the file cannot be written.
    bool exportTo(const QString& path) const;
    // Paints the frames intersecting `exposed` (what paintEvent and the exports share).
    void paintFrames(QPainter& painter, const QRect& exposed) const;

public Q_SLOTS:
    void zoomToNode(std::uint32_t node);
    void setViewState(breadcrumb::FlameGraphView::ViewState state);
    // Magnifies the window by `factor` (< 1 zooms in) keeping the point at `x` pixels in place.
    void zoomAt(double x, double factor);
    // Moves the window by `fraction` of its span (negative: left), within the zoomed frame.
    void pan(double fraction);
    void setSearchText(const QString& text);
    void setSelectedFunction(int function);

Q_SIGNALS:
    void functionClicked(std::int32_t function);
    void nodeClicked(std::uint32_t node);
    void nodeDoubleClicked(std::uint32_t node);
    void zoomChanged(std::uint32_t node);
    // Any change of the view state (zoom frame or window).
    void viewChanged();
    // Emitted before the user's input (double-click, wheel, keys) moves the view, so a history can record
    // where it was; `continuous` for steps of one gesture (wheel notches, held keys) worth one entry.
    void aboutToNavigate(bool continuous);
    // Right-click: node is -1 on empty space.
    void frameContextMenuRequested(std::int64_t node, const QPoint& globalPos);
    void colorsChanged();
    // setCallTree() or clear() replaced the shown tree.
    void treeChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Frame
    {
        std::uint32_t node;
        std::uint32_t depth; // rows below the root (ancestors of the zoom frame get rows too)
        double x;            // pixels; may be negative for a frame cut by the left edge
        double width;
    };
    void relayout() const;
    // Gives m_colors the colours of m_run: known already, shared by another view of the run, worked out here
    // or, for a big run, on a worker thread (then true).
    bool resetColors();
    void dropBackgroundColors();
    void updateMatches();
    double rowTop(std::uint32_t depth) const;
    std::int64_t rowAt(double y) const;

    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    FunctionLabels m_labels;
    FrameColors m_colors;
    FrameColorFunction m_colorFunction;
    FrameToolTipFunction m_toolTipFunction;
    ViewState m_view;
    bool m_inverted = false;
    QString m_search;
    std::vector<bool> m_functionMatches; // per function, when m_search is not empty
    std::size_t m_matchCount = 0;
    int m_selectedFunction = -1;
    std::int64_t m_hovered = -1;

    // Layout cache, keyed by view state and width.
    mutable std::vector<Frame> m_frames;
    mutable std::vector<std::int32_t> m_frameOfNode; // node -> index into m_frames, -1 when not laid out
    mutable ViewState m_cachedView{UINT32_MAX, 0, 0};
    mutable int m_cachedWidth = -1;
    mutable std::uint32_t m_maxDepth = 0;
    std::uint32_t m_zoomDepth = 0; // depth of the zoom node below the root

    using ColorsWatcher = QFutureWatcher<std::shared_ptr<const FrameColors::RunColors>>;
    std::unique_ptr<ColorsWatcher> m_colorsWatcher;   // while a worker colours m_run
    std::shared_ptr<std::atomic_bool> m_colorsCancel; // that worker's cancel flag
    std::size_t m_backgroundColorsFrom = kBackgroundColorsCalls;
};

} // namespace breadcrumb
