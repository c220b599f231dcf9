#pragma once
// The drawing surface of the flame graph (icicle: the root on top, callees below). Widths are
// proportional to inclusive time within the zoomed frame. Only frames wider than a pixel are laid out;
// the layout is cached per (zoom frame, width) and rebuilt only when one of them changes.

#include "CallTree.h"
#include "FrameColors.h"
#include "FunctionLabels.h"
#include "RunData.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
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

    explicit FlameGraphView(QWidget* parent = nullptr);
    ~FlameGraphView() override;

    void setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();

    const RunData* run() const { return m_run.get(); }
    const CallTree* tree() const { return m_tree.get(); }
    std::uint32_t zoomNode() const { return m_zoom; }
    // Frame of a tree node in this widget's coordinates; empty when not laid out (too narrow or outside
    // the zoomed subtree).
    QRectF frameRect(std::uint32_t node) const;
    // The node under a point, or -1.
    std::int64_t nodeAt(const QPointF& pos) const;
    QString toolTipForNode(std::uint32_t node) const;
    // Nodes currently drawn (the layout's size): the view never lays out sub-pixel frames.
    std::size_t laidOutCount() const { return m_frames.size(); }
    std::size_t matchCount() const { return m_matchCount; }
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

public Q_SLOTS:
    void zoomToNode(std::uint32_t node);
    void setSearchText(const QString& text);
    void setSelectedFunction(int function);

Q_SIGNALS:
    void functionClicked(std::int32_t function);
    void nodeClicked(std::uint32_t node);
    void nodeDoubleClicked(std::uint32_t node);
    void zoomChanged(std::uint32_t node);
    void colorsChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Frame
    {
        std::uint32_t node;
        std::uint32_t depth; // relative to the zoomed frame (ancestors of the zoom frame get rows too)
        double x;            // pixels
        double width;
    };
    void relayout() const;
    void updateMatches();

    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    FunctionLabels m_labels;
    FrameColors m_colors;
    FrameColorFunction m_colorFunction;
    FrameToolTipFunction m_toolTipFunction;
    std::uint32_t m_zoom = 0;
    QString m_search;
    std::vector<bool> m_functionMatches; // per function, when m_search is not empty
    std::size_t m_matchCount = 0;
    int m_selectedFunction = -1;
    std::int64_t m_hovered = -1;

    // Layout cache, keyed by zoom node and width.
    mutable std::vector<Frame> m_frames;
    mutable std::vector<std::int32_t> m_frameOfNode; // node -> index into m_frames, -1 when not laid out
    mutable std::uint32_t m_cachedZoom = UINT32_MAX;
    mutable int m_cachedWidth = -1;
    mutable std::uint32_t m_maxDepth = 0;
    std::uint32_t m_zoomDepth = 0; // depth of the zoom node below the root
};

} // namespace breadcrumb
